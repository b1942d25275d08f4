/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-database-private.h"
#include "pj-error.h"

/* Medicines and doses coming in from a file (pj_database_import()), and going out to the
 * exports: the rows and single writes they use are in pj-database-medicines.c. */

/* ----- Import ----- */

gboolean
pj_db_validate_medicines (GPtrArray *medicines,
                          PjDate     today,
                          GError   **error)
{
  for (guint i = 0; i < medicines->len; i++)
    {
      const PjMedicine *medicine = g_ptr_array_index (medicines, i);
      g_autoptr (GError) local_error = NULL;

      if (!pj_medicine_validate (medicine, &local_error))
        {
          g_set_error (error, PJ_ERROR, local_error->code, _("Medicine “%s”: %s"),
                       medicine->name ? medicine->name : "", local_error->message);
          return FALSE;
        }
      for (guint j = 0; j < medicine->doses->len; j++)
        if (!pj_dose_validate (g_ptr_array_index (medicine->doses, j), today, &local_error))
          {
            g_set_error (error, PJ_ERROR, local_error->code, _("Medicine “%s”, dose %u: %s"),
                         medicine->name, j + 1, local_error->message);
            return FALSE;
          }
    }
  return TRUE;
}

/* The id of the stored medicine called @name (in any case), 0 when there is none. */
static gboolean
find_medicine (PjDatabase *self,
               const char *name,
               gint64     *out_id,
               GError    **error)
{
  g_autoptr (PjOwnedStatement) statement =
    pj_db_prepare_owned (self, "SELECT id FROM medicine WHERE name = ?1", error);
  gboolean first = TRUE;
  int result;

  if (statement == NULL)
    return FALSE;
  pj_db_bind_text (statement, 1, name);
  result = pj_db_step_query (self, statement, &first);
  *out_id = result == SQLITE_ROW ? sqlite3_column_int64 (statement, 0) : 0;
  if (result != SQLITE_ROW && result != SQLITE_DONE)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                              _("Could not read the medicines"));
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_db_import_medicines (PjDatabase    *self,
                        GPtrArray     *medicines,
                        PjImportStats *stats,
                        GError       **error)
{
  g_autoptr (PjOwnedStatement) insert_dose = pj_db_prepare_owned (
    self, INSERT_DOSE_SQL " ON CONFLICT (medicine_id, date, time) DO NOTHING", error);

  if (insert_dose == NULL)
    return FALSE;
  for (guint i = 0; i < medicines->len; i++)
    {
      g_autoptr (PjMedicine) medicine = pj_medicine_copy (g_ptr_array_index (medicines, i));

      medicine->id = 0;
      if (!find_medicine (self, medicine->name, &medicine->id, error))
        return FALSE;
      if (medicine->id == 0)
        {
          if (!pj_db_write_medicine (self, INSERT_MEDICINE_SQL, medicine, error))
            return FALSE;
          medicine->id = sqlite3_last_insert_rowid (self->db);
          stats->medicines_added++;
        }
      for (guint j = 0; j < medicine->doses->len; j++)
        {
          PjDose dose = *(PjDose *) g_ptr_array_index (medicine->doses, j);

          dose.id = 0;
          dose.medicine_id = medicine->id;
          pj_db_bind_dose (insert_dose, &dose);
          if (!pj_db_step_write (self, insert_dose, NULL, _("Could not save the dose"), error))
            return FALSE;
          if (sqlite3_changes (self->db) > 0)
            stats->doses_added++;
          else
            stats->doses_skipped++;
          sqlite3_reset (insert_dose);
          sqlite3_clear_bindings (insert_dose);
        }
    }
  return TRUE;
}

GPtrArray *
pj_database_list_medicines_with_doses (PjDatabase *self,
                                       PjDate      from,
                                       PjDate      to,
                                       GError    **error)
{
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (GPtrArray) doses = NULL;
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  medicines = pj_database_list_medicines (self, TRUE, error);
  if (medicines == NULL)
    return NULL;
  doses = pj_database_list_doses_in_range (self, from, to, error);
  if (doses == NULL)
    return NULL;
  for (guint i = 0; i < medicines->len; i++)
    {
      PjMedicine *medicine = g_ptr_array_index (medicines, i);

      g_hash_table_insert (by_id, &medicine->id, medicine);
    }
  for (guint i = 0; i < doses->len; i++)
    {
      PjDose *dose = g_ptr_array_index (doses, i);
      PjMedicine *medicine = g_hash_table_lookup (by_id, &dose->medicine_id);

      /* the foreign key keeps every dose's medicine in the table; each dose moves over */
      if (medicine != NULL)
        g_ptr_array_add (medicine->doses, g_steal_pointer (&doses->pdata[i]));
    }
  return g_steal_pointer (&medicines);
}
