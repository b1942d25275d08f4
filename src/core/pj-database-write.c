/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-database-private.h"
#include "pj-error.h"


/* ----- Writes (each public one is a single transaction) ----- */

static gboolean
write_day_factors (PjDatabase  *self,
                   const PjDay *day,
                   StatementId  id,
                   gboolean    *out_changed,
                   GError     **error)
{
  g_autoptr (PjStatement) statement = pj_db_get_statement (self, id, error);

  if (statement == NULL)
    return FALSE;
  pj_db_bind_day (statement, day);
  if (!pj_db_run_statement (self, statement, _("Could not save the day"), error))
    return FALSE;
  if (out_changed)
    *out_changed = sqlite3_changes (self->db) > 0;
  return TRUE;
}

/* Runs one of the statements whose only parameter is a date. */
static gboolean
run_date_statement (PjDatabase *self,
                    StatementId id,
                    PjDate      date,
                    const char *doing,
                    GError    **error)
{
  g_autoptr (PjStatement) statement = pj_db_get_statement (self, id, error);

  if (statement == NULL)
    return FALSE;
  pj_db_bind_date (statement, 1, date);
  return pj_db_run_statement (self, statement, doing, error);
}

static gboolean
ensure_day (PjDatabase *self,
            PjDate      date,
            GError    **error)
{
  return run_date_statement (self, STMT_ENSURE_DAY, date, _("Could not save the day"), error);
}

/* A day left with no factor and no check-in is removed: it holds nothing and would only show
 * up as an empty row in History. */
static gboolean
prune_day (PjDatabase *self,
           PjDate      date,
           GError    **error)
{
  return run_date_statement (self, STMT_PRUNE_DAY, date, _("Could not save the day"), error);
}

/* Turns the result of writing a check-in into an error; a taken date and time gets its own
 * message because the person can fix it by choosing another time. */
static gboolean
check_checkin_write (PjDatabase      *self,
                     const PjCheckin *checkin,
                     int              result,
                     GError         **error)
{
  if (result == SQLITE_DONE)
    return TRUE;
  if (sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE)
    {
      char iso[PJ_DATE_ISO_LEN], time_text[PJ_TIME_TEXT_LEN];

      pj_date_format_iso (checkin->date, iso);
      pj_time_format (checkin->minutes, time_text);
      g_set_error (error, PJ_ERROR, PJ_ERROR_CONFLICT,
                   _("There is already a check-in at %s on %s; choose another time"),
                   time_text, iso);
      return FALSE;
    }
  pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                    _("Could not save the check-in"));
  return FALSE;
}

static gboolean
insert_checkin (PjDatabase      *self,
                const PjCheckin *checkin,
                StatementId      id,
                gboolean         keep_id,
                gint64          *out_id,
                GError         **error)
{
  g_autoptr (PjStatement) statement = pj_db_get_statement (self, id, error);
  int result;

  if (statement == NULL)
    return FALSE;
  pj_db_bind_checkin (statement, checkin, keep_id);
  result = sqlite3_step (statement);
  if (!check_checkin_write (self, checkin, result, error))
    return FALSE;
  if (out_id)
    *out_id = sqlite3_changes (self->db) > 0 ? sqlite3_last_insert_rowid (self->db) : 0;
  return TRUE;
}

gboolean
pj_database_save_day (PjDatabase  *self,
                      const PjDay *day,
                      GError     **error)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (!pj_day_validate (day, pj_database_get_today (self), error))
    return FALSE;

  if (!pj_db_begin (self, error))
    return FALSE;
  if (!write_day_factors (self, day, STMT_SAVE_DAY, NULL, error) ||
      !prune_day (self, day->date, error) ||
      !pj_db_commit (self, error))
    {
      pj_db_rollback (self);
      return FALSE;
    }
  pj_db_emit_changed (self, day->date);
  return TRUE;
}

gboolean
pj_database_add_checkin (PjDatabase *self,
                         PjCheckin  *checkin,
                         GError    **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (checkin != NULL, FALSE);

  if (!pj_checkin_validate (checkin, pj_database_get_today (self), error))
    return FALSE;

  if (!pj_db_begin (self, error))
    return FALSE;
  if (!ensure_day (self, checkin->date, error) ||
      !insert_checkin (self, checkin, STMT_INSERT_CHECKIN, FALSE, &id, error) ||
      !pj_db_commit (self, error))
    {
      pj_db_rollback (self);
      return FALSE;
    }
  checkin->id = id;
  pj_db_emit_changed (self, checkin->date);
  return TRUE;
}

gboolean
pj_database_update_checkin (PjDatabase      *self,
                            const PjCheckin *checkin,
                            GError         **error)
{
  g_autoptr (PjStatement) statement = NULL;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (checkin != NULL, FALSE);

  if (!pj_checkin_validate (checkin, pj_database_get_today (self), error))
    return FALSE;

  statement = pj_db_get_statement (self, STMT_UPDATE_CHECKIN, error);
  if (statement == NULL)
    return FALSE;
  pj_db_bind_checkin (statement, checkin, TRUE);

  /* A single statement is its own transaction. */
  result = sqlite3_step (statement);
  if (!check_checkin_write (self, checkin, result, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   _("The check-in was not found on that day; it may have been deleted"));
      return FALSE;
    }
  pj_db_emit_changed (self, checkin->date);
  return TRUE;
}

static gboolean
date_of_checkin (PjDatabase *self,
                 gint64      checkin_id,
                 PjDate     *out_date,
                 GError    **error)
{
  g_autoptr (PjStatement) statement = pj_db_get_statement (self, STMT_DATE_OF_CHECKIN, error);
  gboolean first = TRUE;
  int result;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, checkin_id);
  result = pj_db_step_query (self, statement, &first);
  if (result == SQLITE_ROW)
    {
      *out_date = pj_db_column_date (statement, 0);
      return TRUE;
    }
  if (result == SQLITE_DONE)
    g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                 _("The check-in was not found; it may already have been deleted"));
  else
    pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                      _("Could not read the journal"));
  return FALSE;
}

gboolean
pj_database_delete_checkin (PjDatabase *self,
                            gint64      checkin_id,
                            GError    **error)
{
  PjDate date = PJ_DATE_NONE;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);

  if (!pj_db_begin (self, error))
    return FALSE;

  if (date_of_checkin (self, checkin_id, &date, error))
    {
      g_autoptr (PjStatement) statement = pj_db_get_statement (self, STMT_DELETE_CHECKIN, error);

      if (statement != NULL)
        {
          sqlite3_bind_int64 (statement, 1, checkin_id);
          if (pj_db_run_statement (self, statement, _("Could not delete the check-in"), error) &&
              prune_day (self, date, error) && pj_db_commit (self, error))
            {
              pj_db_emit_changed (self, date);
              return TRUE;
            }
        }
    }
  pj_db_rollback (self);
  return FALSE;
}

gboolean
pj_database_delete_day (PjDatabase *self,
                        PjDate      date,
                        GError    **error)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);

  /* ON DELETE CASCADE removes the check-ins in the same statement; the doses, which do not
   * belong to the day row, go in the same transaction. */
  if (!pj_db_begin (self, error))
    return FALSE;
  if (run_date_statement (self, STMT_DELETE_DAY, date, _("Could not delete the day"), error) &&
      pj_db_delete_doses_on (self, date, error) && pj_db_commit (self, error))
    {
      pj_db_emit_changed (self, date);
      return TRUE;
    }
  pj_db_rollback (self);
  return FALSE;
}

gboolean
pj_database_restore_day (PjDatabase  *self,
                         const PjDay *day,
                         GError     **error)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (!pj_day_validate (day, pj_database_get_today (self), error))
    return FALSE;
  if (!pj_db_begin (self, error))
    return FALSE;
  if (pj_db_restore_day_within (self, day, error) && pj_db_commit (self, error))
    {
      pj_db_emit_changed (self, day->date);
      return TRUE;
    }
  pj_db_rollback (self);
  return FALSE;
}

gboolean
pj_db_restore_day_within (PjDatabase  *self,
                          const PjDay *day,
                          GError     **error)
{
  gboolean ok = write_day_factors (self, day, STMT_SAVE_DAY, NULL, error) &&
                run_date_statement (self, STMT_DELETE_CHECKINS_OF_DAY, day->date,
                                    _("Could not restore the day"), error);

  for (guint i = 0; ok && i < day->checkins->len; i++)
    ok = insert_checkin (self, g_ptr_array_index (day->checkins, i), STMT_INSERT_CHECKIN,
                         TRUE, NULL, error);
  return ok && prune_day (self, day->date, error);
}

static gboolean
import_one_day (PjDatabase    *self,
                const PjDay   *day,
                PjImportStats *stats,
                GError       **error)
{
  gboolean day_changed = FALSE;
  guint added = 0;

  if (!pj_day_factors_empty (day))
    {
      if (!write_day_factors (self, day, STMT_MERGE_DAY, &day_changed, error))
        return FALSE;
    }
  else if (day->checkins->len > 0)
    {
      if (!ensure_day (self, day->date, error))
        return FALSE;
    }

  for (guint i = 0; i < day->checkins->len; i++)
    {
      gint64 id = 0;

      if (!insert_checkin (self, g_ptr_array_index (day->checkins, i),
                           STMT_INSERT_CHECKIN_IF_NEW, FALSE, &id, error))
        return FALSE;
      if (id != 0)
        added++;
      else
        stats->checkins_skipped++;
    }

  stats->checkins_added += added;
  if (day_changed || added > 0)
    stats->days_written++;
  return TRUE;
}

gboolean
pj_database_import_days (PjDatabase    *self,
                         GPtrArray     *days,
                         PjImportStats *out_stats,
                         GError       **error)
{
  return pj_database_import (self, days, NULL, out_stats, error);
}

gboolean
pj_database_import (PjDatabase    *self,
                    GPtrArray     *days,
                    GPtrArray     *medicines,
                    PjImportStats *out_stats,
                    GError       **error)
{
  PjImportStats stats = { 0 };
  PjDate today;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (days != NULL, FALSE);

  /* Everything is checked before the first write, so a bad day late in a file cannot leave
   * the earlier ones half imported (the transaction would roll back anyway). */
  today = pj_database_get_today (self);
  for (guint i = 0; i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);
      g_autoptr (GError) local_error = NULL;

      if (!pj_day_validate (day, today, &local_error))
        {
          char iso[PJ_DATE_ISO_LEN] = "?";

          if (g_date_valid_julian (day->date))
            pj_date_format_iso (day->date, iso);
          g_set_error (error, PJ_ERROR, local_error->code, _("Day %s: %s"), iso,
                       local_error->message);
          return FALSE;
        }
    }
  if (medicines != NULL && !pj_db_validate_medicines (medicines, today, error))
    return FALSE;

  if (!pj_db_begin (self, error))
    return FALSE;
  for (guint i = 0; i < days->len; i++)
    {
      if (!import_one_day (self, g_ptr_array_index (days, i), &stats, error))
        {
          pj_db_rollback (self);
          return FALSE;
        }
    }
  if (medicines != NULL && !pj_db_import_medicines (self, medicines, &stats, error))
    {
      pj_db_rollback (self);
      return FALSE;
    }
  if (!pj_db_commit (self, error))
    return FALSE;

  if (out_stats)
    *out_stats = stats;
  if (stats.days_written > 0 || stats.medicines_added > 0 || stats.doses_added > 0)
    pj_db_emit_changed (self, PJ_DATE_NONE);
  return TRUE;
}

