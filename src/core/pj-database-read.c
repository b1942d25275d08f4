/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-database-private.h"
#include "pj-error.h"


/* ----- Reads ----- */

static gboolean
read_checkins_into (PjDatabase *self,
                    GHashTable *days_by_date,
                    PjDate      from,
                    PjDate      to,
                    GError    **error)
{
  g_autoptr (PjStatement) statement = pj_db_get_statement (self, STMT_SELECT_CHECKINS, error);
  guint n_fields;
  const PjFieldInfo *fields = pj_checkin_fields (&n_fields);
  gboolean first = TRUE;
  int result;

  if (statement == NULL)
    return FALSE;
  pj_db_bind_range (statement, from, to);
  while ((result = pj_db_step_query (self, statement, &first)) == SQLITE_ROW)
    {
      PjDate date = pj_db_column_date (statement, 1);
      PjDay *day = g_hash_table_lookup (days_by_date, GUINT_TO_POINTER (date));
      PjCheckin *checkin;

      if (day == NULL)
        continue;
      checkin = pj_checkin_new (date, 0, 0);
      checkin->id = sqlite3_column_int64 (statement, 0);
      for (guint i = 0; i < n_fields; i++)
        pj_db_read_field (statement, i + 2, checkin, &fields[i]);
      /* Rows arrive ordered by time, so appending keeps the day sorted. */
      g_ptr_array_add (day->checkins, checkin);
    }
  if (result != SQLITE_DONE)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal."));
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
pj_database_list_days_in_range (PjDatabase *self,
                                PjDate      from,
                                PjDate      to,
                                PjOrder     order,
                                guint       offset,
                                guint       limit,
                                GError    **error)
{
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GHashTable) days_by_date = NULL;
  g_autoptr (PjStatement) statement = NULL;
  guint n_fields;
  const PjFieldInfo *fields = pj_day_fields (&n_fields);
  PjDate first_date = PJ_DATE_NONE, last_date = PJ_DATE_NONE;
  gboolean first = TRUE;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  statement = pj_db_get_statement (self, order == PJ_ORDER_NEWEST_FIRST
                                    ? STMT_SELECT_DAYS_NEWEST_FIRST
                                    : STMT_SELECT_DAYS_OLDEST_FIRST, error);
  if (statement == NULL)
    return NULL;

  days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  days_by_date = g_hash_table_new (NULL, NULL);

  pj_db_bind_range (statement, from, to);
  sqlite3_bind_int64 (statement, 3, limit > 0 ? (gint64) limit : -1);
  sqlite3_bind_int64 (statement, 4, offset);

  while ((result = pj_db_step_query (self, statement, &first)) == SQLITE_ROW)
    {
      PjDate date = pj_db_column_date (statement, 0);
      PjDay *day;

      if (date == PJ_DATE_NONE)
        continue;
      day = pj_day_new (date);
      for (guint i = 0; i < n_fields; i++)
        pj_db_read_field (statement, i + 1, day, &fields[i]);
      g_ptr_array_add (days, day);
      g_hash_table_insert (days_by_date, GUINT_TO_POINTER (date), day);
      first_date = first_date == PJ_DATE_NONE ? date : MIN (first_date, date);
      last_date = MAX (last_date, date);
    }
  if (result != SQLITE_DONE)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal."));
      return NULL;
    }

  /* One query for the check-ins of the whole page rather than one per day. */
  if (days->len > 0 &&
      !read_checkins_into (self, days_by_date, first_date, last_date, error))
    return NULL;

  return g_steal_pointer (&days);
}

PjDay *
pj_database_get_day (PjDatabase *self,
                     PjDate      date,
                     GError    **error)
{
  g_autoptr (GPtrArray) days = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  days = pj_database_list_days_in_range (self, date, date, PJ_ORDER_OLDEST_FIRST, 0, 1, error);
  if (days == NULL || days->len == 0)
    return NULL;
  return g_ptr_array_steal_index (days, 0);
}

GArray *
pj_database_list_dates_in_range (PjDatabase *self,
                                 PjDate      from,
                                 PjDate      to,
                                 GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  g_autoptr (GArray) dates = NULL;
  gboolean first = TRUE;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  statement = pj_db_get_statement (self, STMT_SELECT_DATES, error);
  if (statement == NULL)
    return NULL;
  dates = g_array_new (FALSE, FALSE, sizeof (PjDate));
  pj_db_bind_range (statement, from, to);
  while ((result = pj_db_step_query (self, statement, &first)) == SQLITE_ROW)
    {
      PjDate date = pj_db_column_date (statement, 0);

      if (date != PJ_DATE_NONE)
        g_array_append_val (dates, date);
    }
  if (result != SQLITE_DONE)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal."));
      return NULL;
    }
  return g_steal_pointer (&dates);
}

gboolean
pj_database_count_days (PjDatabase *self,
                        guint      *out_count,
                        GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  gboolean first = TRUE;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (out_count != NULL, FALSE);

  statement = pj_db_get_statement (self, STMT_COUNT_DAYS, error);
  if (statement == NULL)
    return FALSE;
  if (pj_db_step_query (self, statement, &first) != SQLITE_ROW)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal."));
      return FALSE;
    }
  *out_count = (guint) sqlite3_column_int64 (statement, 0);
  return TRUE;
}

gboolean
pj_database_get_date_bounds (PjDatabase *self,
                             PjDate     *out_first,
                             PjDate     *out_last,
                             GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  gboolean first = TRUE;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);

  statement = pj_db_get_statement (self, STMT_DATE_BOUNDS, error);
  if (statement == NULL)
    return FALSE;
  if (pj_db_step_query (self, statement, &first) != SQLITE_ROW)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal."));
      return FALSE;
    }
  if (out_first)
    *out_first = sqlite3_column_type (statement, 0) == SQLITE_NULL
                 ? PJ_DATE_NONE : pj_db_column_date (statement, 0);
  if (out_last)
    *out_last = sqlite3_column_type (statement, 1) == SQLITE_NULL
                ? PJ_DATE_NONE : pj_db_column_date (statement, 1);
  return TRUE;
}

/* ----- Pain only, for the pain-episode walk (issue 5) ----- */

GPtrArray *
pj_database_list_pain_days_in_range (PjDatabase *self,
                                     PjDate      from,
                                     PjDate      to,
                                     PjOrder     order,
                                     GError    **error)
{
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (PjStatement) statement = NULL;
  PjDay *day = NULL;
  gboolean first = TRUE;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  statement = pj_db_get_statement (self, order == PJ_ORDER_NEWEST_FIRST
                                    ? STMT_SELECT_PAINS_NEWEST_FIRST
                                    : STMT_SELECT_PAINS_OLDEST_FIRST, error);
  if (statement == NULL)
    return NULL;
  days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  pj_db_bind_range (statement, from, to);
  /* One query over the check-ins alone, rows grouped by date. Newest first walks the (date,
   * time) index backwards, time too, which spares SQLite a sort; each day's check-ins are
   * then put back in time order by prepending. */
  while ((result = pj_db_step_query (self, statement, &first)) == SQLITE_ROW)
    {
      const char *date_text = (const char *) sqlite3_column_text (statement, 0);
      int minutes = 0;
      PjDate date;

      if (day == NULL || !g_str_equal (date_text, day->note))
        {
          date = pj_db_column_date (statement, 0);
          if (date == PJ_DATE_NONE)
            continue;
          day = pj_day_new (date);
          /* the note holds the stored date text while the day is being read, to group rows
           * without parsing every date; it is cleared before returning */
          day->note = g_strdup (date_text);
          g_ptr_array_add (days, day);
        }
      pj_time_parse ((const char *) sqlite3_column_text (statement, 1), &minutes, NULL);
      g_ptr_array_insert (day->checkins, order == PJ_ORDER_NEWEST_FIRST ? 0 : -1,
                          pj_checkin_new (day->date, minutes, sqlite3_column_int (statement, 2)));
    }
  for (guint i = 0; i < days->len; i++)
    g_clear_pointer (&((PjDay *) g_ptr_array_index (days, i))->note, g_free);
  if (result != SQLITE_DONE)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal."));
      return NULL;
    }
  return g_steal_pointer (&days);
}


/* ----- Notes and warning signs, for History's search ----- */

static void
append_note (PjDayDigest *digest,
             const char  *note)
{
  g_autofree char *before = NULL;

  if (note == NULL || note[0] == '\0')
    return;
  before = g_steal_pointer (&digest->notes);
  digest->notes = before != NULL ? g_strconcat (before, "\n", note, NULL) : g_strdup (note);
}

GPtrArray *
pj_database_list_day_digests (PjDatabase *self,
                              GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  g_autoptr (GPtrArray) digests = NULL;
  PjDayDigest *digest = NULL;
  gboolean first = TRUE;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  statement = pj_db_get_statement (self, STMT_SELECT_DAY_DIGESTS, error);
  if (statement == NULL)
    return NULL;
  digests = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_digest_free);
  while ((result = pj_db_step_query (self, statement, &first)) == SQLITE_ROW)
    {
      PjDate date = pj_db_column_date (statement, 0);

      if (date == PJ_DATE_NONE)
        continue;
      /* Rows come grouped by day: a new date starts the next digest. */
      if (digest == NULL || digest->date != date)
        {
          digest = g_new0 (PjDayDigest, 1);
          digest->date = date;
          append_note (digest, (const char *) sqlite3_column_text (statement, 1));
          g_ptr_array_add (digests, digest);
        }
      append_note (digest, (const char *) sqlite3_column_text (statement, 2));
      digest->symptoms |= (PjCodeSet) sqlite3_column_int64 (statement, 3);
    }
  if (result != SQLITE_DONE)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                              _("Could not read the journal."));
      return NULL;
    }
  return g_steal_pointer (&digests);
}
