/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-database-private.h"
#include "pj-error.h"

/* Medicines and doses: their rows, their writes (each one transaction) and their reads.
 * The import and the export reads are in pj-database-medicines-import.c. */

PjOwnedStatement *
pj_db_prepare_owned (PjDatabase *self,
                     const char *sql,
                     GError    **error)
{
  sqlite3_stmt *statement = NULL;
  int result = sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL);

  if (result != SQLITE_OK)
    {
      pj_db_set_sqlite_error (self, error, result, _("Could not read the medicines"));
      sqlite3_finalize (statement);
      return NULL;
    }
  return statement;
}

void
pj_db_bind_text (sqlite3_stmt *statement,
                 int           index,
                 const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (statement, index);
  else
    sqlite3_bind_text (statement, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_amount (sqlite3_stmt *statement,
             int           index,
             double        amount)
{
  if (isnan (amount))
    sqlite3_bind_null (statement, index);
  else
    sqlite3_bind_double (statement, index, amount);
}

static const char *
column_text (sqlite3_stmt *statement,
             int           column)
{
  return (const char *) sqlite3_column_text (statement, column);
}

/* ----- Rows ----- */

/* ?1 id (NULL for a new one), ?2 name … ?9 archived */
static void
bind_medicine (sqlite3_stmt     *statement,
               const PjMedicine *medicine)
{
  g_autofree char *times = pj_medicine_format_times (medicine);

  if (medicine->id > 0)
    sqlite3_bind_int64 (statement, 1, medicine->id);
  else
    sqlite3_bind_null (statement, 1);
  pj_db_bind_text (statement, 2, medicine->name);
  pj_db_bind_text (statement, 3, pj_medicine_kind_name (medicine->kind));
  pj_db_bind_text (statement, 4, medicine->form == PJ_MEDICINE_FORM_NONE
                           ? NULL : pj_medicine_form_name (medicine->form));
  bind_amount (statement, 5, medicine->amount);
  pj_db_bind_text (statement, 6, pj_dose_unit_name (medicine->unit));
  sqlite3_bind_int (statement, 7, medicine->regular ? 1 : 0);
  pj_db_bind_text (statement, 8, times);
  sqlite3_bind_int (statement, 9, medicine->archived ? 1 : 0);
}

PjMedicine *
pj_db_read_medicine (sqlite3_stmt *statement)
{
  PjMedicine *medicine = pj_medicine_new (column_text (statement, 1));
  int form = pj_medicine_form_from_name (column_text (statement, 3));

  medicine->id = sqlite3_column_int64 (statement, 0);
  medicine->kind = MAX (pj_medicine_kind_from_name (column_text (statement, 2)), 0);
  medicine->form = form < 0 ? PJ_MEDICINE_FORM_NONE : (PjMedicineForm) form;
  medicine->amount = sqlite3_column_double (statement, 4);
  medicine->unit = MAX (pj_dose_unit_from_name (column_text (statement, 5)), 0);
  medicine->regular = sqlite3_column_int (statement, 6) != 0;
  /* the CHECKs of the schema keep the text well formed */
  pj_medicine_parse_times (medicine, column_text (statement, 7), NULL);
  medicine->archived = sqlite3_column_int (statement, 8) != 0;
  return medicine;
}

/* ?1 id (NULL for a new one), ?2 medicine … ?8 relief */
void
pj_db_bind_dose (sqlite3_stmt *statement,
                 const PjDose *dose)
{
  char date[PJ_DATE_ISO_LEN], time[PJ_TIME_TEXT_LEN];

  pj_date_format_iso (dose->date, date);
  pj_time_format (dose->minutes, time);
  if (dose->id > 0)
    sqlite3_bind_int64 (statement, 1, dose->id);
  else
    sqlite3_bind_null (statement, 1);
  sqlite3_bind_int64 (statement, 2, dose->medicine_id);
  pj_db_bind_text (statement, 3, date);
  pj_db_bind_text (statement, 4, time);
  sqlite3_bind_int (statement, 5, dose->taken ? 1 : 0);
  bind_amount (statement, 6, dose->taken ? dose->amount : NAN);
  pj_db_bind_text (statement, 7, pj_dose_unit_name (dose->unit));
  if (dose->relief == PJ_UNSET)
    sqlite3_bind_null (statement, 8);
  else
    sqlite3_bind_int (statement, 8, dose->relief);
}

PjDose *
pj_db_read_dose (sqlite3_stmt *statement)
{
  PjDose *dose = pj_dose_new (sqlite3_column_int64 (statement, 1),
                              pj_db_column_date (statement, 2), 0);

  dose->id = sqlite3_column_int64 (statement, 0);
  pj_time_parse (column_text (statement, 3), &dose->minutes, NULL);
  dose->taken = sqlite3_column_int (statement, 4) != 0;
  dose->amount = sqlite3_column_type (statement, 5) == SQLITE_NULL
                 ? NAN : sqlite3_column_double (statement, 5);
  dose->unit = MAX (pj_dose_unit_from_name (column_text (statement, 6)), 0);
  dose->relief = sqlite3_column_type (statement, 7) == SQLITE_NULL
                 ? PJ_UNSET : sqlite3_column_int (statement, 7);
  return dose;
}

/* ----- Writing one statement ----- */

gboolean
pj_db_step_write (PjDatabase   *self,
                  sqlite3_stmt *statement,
                  const char   *conflict_message,
                  const char   *doing,
                  GError      **error)
{
  if (sqlite3_step (statement) == SQLITE_DONE)
    return TRUE;
  if (conflict_message != NULL &&
      sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_CONFLICT, conflict_message);
      return FALSE;
    }
  pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db), doing);
  return FALSE;
}

gboolean
pj_db_write_medicine (PjDatabase       *self,
                      const char       *sql,
                      const PjMedicine *medicine,
                      GError          **error)
{
  g_autoptr (PjOwnedStatement) statement = pj_db_prepare_owned (self, sql, error);
  g_autofree char *conflict = NULL;

  if (statement == NULL)
    return FALSE;
  bind_medicine (statement, medicine);
  conflict = g_strdup_printf (_("There is already a medicine called “%s”; choose another name"),
                              medicine->name);
  return pj_db_step_write (self, statement, conflict, _("Could not save the medicine"), error);
}

static gboolean
write_dose (PjDatabase   *self,
            const char   *sql,
            const PjDose *dose,
            GError      **error)
{
  g_autoptr (PjOwnedStatement) statement = pj_db_prepare_owned (self, sql, error);
  g_autofree char *conflict = NULL;
  char date[PJ_DATE_ISO_LEN], time[PJ_TIME_TEXT_LEN];

  if (statement == NULL)
    return FALSE;
  pj_db_bind_dose (statement, dose);
  pj_date_format_iso (dose->date, date);
  pj_time_format (dose->minutes, time);
  conflict = g_strdup_printf (_("This medicine already has a dose at %s on %s; "
                                "choose another time"), time, date);
  return pj_db_step_write (self, statement, conflict, _("Could not save the dose"), error);
}

/* Ends the transaction: commits when @ok_before and emits "changed" for @date, or rolls back. */
static gboolean
in_transaction (PjDatabase *self,
                gboolean    ok_before,
                PjDate      date,
                GError    **error)
{
  if (ok_before && pj_db_commit (self, error))
    {
      pj_db_emit_changed (self, date);
      return TRUE;
    }
  pj_db_rollback (self);
  return FALSE;
}

static gboolean
medicine_exists (PjDatabase *self,
                 gint64      medicine_id,
                 GError    **error)
{
  g_autoptr (PjMedicine) medicine = pj_database_get_medicine (self, medicine_id, error);

  return medicine != NULL;
}

/* ----- Medicines ----- */

gboolean
pj_database_add_medicine (PjDatabase *self,
                          PjMedicine *medicine,
                          GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (medicine != NULL && medicine->id == 0, FALSE);

  if (!pj_medicine_validate (medicine, error) || !pj_db_begin (self, error))
    return FALSE;
  ok = pj_db_write_medicine (self, INSERT_MEDICINE_SQL, medicine, error);
  if (ok)
    medicine->id = sqlite3_last_insert_rowid (self->db);
  return in_transaction (self, ok, PJ_DATE_NONE, error);
}

gboolean
pj_database_update_medicine (PjDatabase       *self,
                             const PjMedicine *medicine,
                             GError          **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (medicine != NULL && medicine->id > 0, FALSE);

  if (!pj_medicine_validate (medicine, error) || !medicine_exists (self, medicine->id, error) ||
      !pj_db_begin (self, error))
    return FALSE;
  ok = pj_db_write_medicine (self, "UPDATE medicine SET name = ?2, kind = ?3, form = ?4, "
                             "amount = ?5, unit = ?6, regular = ?7, times = ?8, archived = ?9 "
                             "WHERE id = ?1", medicine, error);
  return in_transaction (self, ok, PJ_DATE_NONE, error);
}

gboolean
pj_database_set_medicine_archived (PjDatabase *self,
                                   gint64      medicine_id,
                                   gboolean    archived,
                                   GError    **error)
{
  g_autoptr (PjMedicine) medicine = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);

  medicine = pj_database_get_medicine (self, medicine_id, error);
  if (medicine == NULL)
    return FALSE;
  medicine->archived = archived;
  return pj_database_update_medicine (self, medicine, error);
}

static GPtrArray *
read_medicines (PjDatabase   *self,
                sqlite3_stmt *statement,
                GError      **error)
{
  g_autoptr (GPtrArray) medicines =
    g_ptr_array_new_with_free_func ((GDestroyNotify) pj_medicine_free);
  gboolean first = TRUE;
  int result;

  while ((result = pj_db_step_query (self, statement, &first)) == SQLITE_ROW)
    g_ptr_array_add (medicines, pj_db_read_medicine (statement));
  if (result != SQLITE_DONE)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                              _("Could not read the medicines"));
      return NULL;
    }
  return g_steal_pointer (&medicines);
}

GPtrArray *
pj_database_list_medicines (PjDatabase *self,
                            gboolean    with_archived,
                            GError    **error)
{
  g_autoptr (PjOwnedStatement) statement = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  statement = pj_db_prepare_owned (self, "SELECT " MEDICINE_COLUMNS " FROM medicine "
                                   "WHERE archived <= ?1 "
                                   "ORDER BY archived, name COLLATE NOCASE, id", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int (statement, 1, with_archived ? 1 : 0);
  return read_medicines (self, statement, error);
}

PjMedicine *
pj_database_get_medicine (PjDatabase *self,
                          gint64      medicine_id,
                          GError    **error)
{
  g_autoptr (PjOwnedStatement) statement = NULL;
  g_autoptr (GPtrArray) medicines = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  statement = pj_db_prepare_owned (self, "SELECT " MEDICINE_COLUMNS " FROM medicine WHERE id = ?1",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, medicine_id);
  medicines = read_medicines (self, statement, error);
  if (medicines == NULL)
    return NULL;
  if (medicines->len == 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   _("The medicine is no longer in the journal"));
      return NULL;
    }
  return g_ptr_array_steal_index (medicines, 0);
}

/* ----- Doses ----- */

static gboolean
check_dose (PjDatabase   *self,
            const PjDose *dose,
            GError      **error)
{
  return pj_dose_validate (dose, pj_database_get_today (self), error) &&
         medicine_exists (self, dose->medicine_id, error);
}

gboolean
pj_database_add_dose (PjDatabase *self,
                      PjDose     *dose,
                      GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dose != NULL && dose->id == 0, FALSE);

  if (!check_dose (self, dose, error) || !pj_db_begin (self, error))
    return FALSE;
  ok = write_dose (self, INSERT_DOSE_SQL, dose, error);
  if (ok)
    dose->id = sqlite3_last_insert_rowid (self->db);
  return in_transaction (self, ok, dose->date, error);
}

gboolean
pj_database_restore_dose (PjDatabase   *self,
                          const PjDose *dose,
                          GError      **error)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dose != NULL && dose->id > 0, FALSE);

  if (!check_dose (self, dose, error) || !pj_db_begin (self, error))
    return FALSE;
  return in_transaction (self,
                         write_dose (self, INSERT_DOSE_SQL, dose, error),
                         dose->date, error);
}

static PjDose *
get_dose (PjDatabase *self,
          gint64      dose_id,
          GError    **error)
{
  g_autoptr (PjOwnedStatement) statement =
    pj_db_prepare_owned (self, "SELECT " DOSE_COLUMNS " FROM dose WHERE id = ?1", error);
  gboolean first = TRUE;
  int result;

  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, dose_id);
  result = pj_db_step_query (self, statement, &first);
  if (result == SQLITE_ROW)
    return pj_db_read_dose (statement);
  if (result == SQLITE_DONE)
    g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND, _("The dose is no longer in the journal"));
  else
    pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                            _("Could not read the doses"));
  return NULL;
}

gboolean
pj_database_update_dose (PjDatabase   *self,
                         const PjDose *dose,
                         GError      **error)
{
  g_autoptr (PjDose) stored = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dose != NULL && dose->id > 0, FALSE);

  stored = get_dose (self, dose->id, error);
  if (stored == NULL || !check_dose (self, dose, error) || !pj_db_begin (self, error))
    return FALSE;
  return in_transaction (self,
                         write_dose (self, "UPDATE dose SET medicine_id = ?2, date = ?3, "
                                     "time = ?4, taken = ?5, amount = ?6, unit = ?7, "
                                     "relief = ?8 WHERE id = ?1", dose, error),
                         dose->date, error);
}

gboolean
pj_database_delete_dose (PjDatabase *self,
                         gint64      dose_id,
                         PjDose    **out_deleted,
                         GError    **error)
{
  g_autoptr (PjDose) stored = NULL;
  g_autoptr (PjOwnedStatement) statement = NULL;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);

  stored = get_dose (self, dose_id, error);
  if (stored == NULL)
    return FALSE;
  statement = pj_db_prepare_owned (self, "DELETE FROM dose WHERE id = ?1", error);
  if (statement == NULL || !pj_db_begin (self, error))
    return FALSE;
  sqlite3_bind_int64 (statement, 1, dose_id);
  ok = pj_db_step_write (self, statement, NULL, _("Could not delete the dose"), error);
  if (!in_transaction (self, ok, stored->date, error))
    return FALSE;
  if (out_deleted != NULL)
    *out_deleted = g_steal_pointer (&stored);
  return TRUE;
}

/* Puts doses of the same date and time in medicine order. The SELECT reads them in the order
 * of the index on (date, time), where such ties are rare and short; asking SQLite for the
 * medicine order as well makes it sort every run of equal date and time on its own, which
 * costs more than the rest of the read. */
static void
order_ties_by_medicine (GPtrArray *doses)
{
  for (guint i = 1; i < doses->len; i++)
    {
      PjDose *dose = doses->pdata[i];
      guint j = i;

      for (; j > 0; j--)
        {
          const PjDose *before = doses->pdata[j - 1];

          if (before->date != dose->date || before->minutes != dose->minutes ||
              before->medicine_id <= dose->medicine_id)
            break;
          doses->pdata[j] = doses->pdata[j - 1];
        }
      doses->pdata[j] = dose;
    }
}

GPtrArray *
pj_database_list_doses_in_range (PjDatabase *self,
                                 PjDate      from,
                                 PjDate      to,
                                 GError    **error)
{
  g_autoptr (PjOwnedStatement) statement = NULL;
  g_autoptr (GPtrArray) doses = NULL;
  gboolean first = TRUE;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  statement = pj_db_prepare_owned (self, "SELECT " DOSE_COLUMNS " FROM dose "
                                   "WHERE date BETWEEN ?1 AND ?2 ORDER BY date, time",
                                   error);
  if (statement == NULL)
    return NULL;
  pj_db_bind_range (statement, from, to);
  doses = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_dose_free);
  while ((result = pj_db_step_query (self, statement, &first)) == SQLITE_ROW)
    g_ptr_array_add (doses, pj_db_read_dose (statement));
  if (result != SQLITE_DONE)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                              _("Could not read the doses"));
      return NULL;
    }
  order_ties_by_medicine (doses);
  return g_steal_pointer (&doses);
}
