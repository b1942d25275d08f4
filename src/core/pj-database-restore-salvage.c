/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-database-files.h"
#include "pj-database-private.h"
#include "pj-error.h"

/* Recovery's rows other than days: medicines, doses and acknowledged warnings, written into
 * the new journal in one transaction. A failing INSERT undoes only itself in SQLite, so a row
 * refused by a CHECK or a key is skipped and the transaction goes on; any other failure (a
 * full disk) ends it and nothing of this step is kept. */

typedef struct
{
  PjDatabase *database;
  GHashTable *medicine_ids;   /* ids present in the new journal (gint64 keys) */
  guint       medicines;
  guint       stand_ins;
  guint       doses;
  guint       acknowledgements;
} Restore;

/* After a failed write: TRUE when only that row was refused (a CHECK, a key), so the next one
 * may follow; FALSE (with @error kept) when the whole step must stop. */
static gboolean
row_refused (Restore *restore,
             GError **error)
{
  if ((sqlite3_errcode (restore->database->db) & 0xff) != SQLITE_CONSTRAINT)
    return FALSE;
  g_debug ("Recovery skipped a row: %s", (*error)->message);
  g_clear_error (error);
  return TRUE;
}

static gboolean
write_medicine (Restore          *restore,
                const PjMedicine *medicine,
                GError          **error)
{
  g_autoptr (GError) invalid = NULL;

  if (!pj_medicine_validate (medicine, &invalid))
    {
      g_debug ("Recovery skipped a medicine: %s", invalid->message);
      return TRUE;
    }
  if (!pj_db_write_medicine (restore->database, INSERT_MEDICINE_SQL, medicine, error))
    return row_refused (restore, error);
  g_hash_table_add (restore->medicine_ids, g_memdup2 (&medicine->id, sizeof medicine->id));
  return TRUE;
}

/* A dose whose medicine row was lost: a medicine of that id, named so the person can see
 * what it is and rename it, with the dose's own unit and amount as the usual dose. */
static gboolean
write_stand_in (Restore      *restore,
                const PjDose *dose,
                GError      **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, dose->medicine_id);
  /* Translators: the name given to a medicine whose own name was lost in a damaged journal;
   * %s is its number, so the person can tell several apart and rename them */
  g_autofree char *name = g_strdup_printf (_("Recovered medicine %s"), number);
  g_autoptr (PjMedicine) medicine = pj_medicine_new (name);
  double min, max;
  guint before;

  pj_dose_unit_range (dose->unit, &min, &max);
  medicine->id = dose->medicine_id;
  medicine->kind = PJ_MEDICINE_KIND_OTHER;
  medicine->unit = dose->unit;
  medicine->amount = dose->taken && !isnan (dose->amount) && dose->amount >= min &&
                     dose->amount <= max ? dose->amount : min;
  before = g_hash_table_size (restore->medicine_ids);
  if (!write_medicine (restore, medicine, error))
    return FALSE;
  restore->stand_ins += g_hash_table_size (restore->medicine_ids) > before;
  return TRUE;
}

static gboolean
write_doses (Restore         *restore,
             const PjSalvage *salvage,
             GError         **error)
{
  g_autoptr (PjOwnedStatement) insert = pj_db_prepare_owned (restore->database,
                                                             INSERT_DOSE_SQL, error);
  PjDate today = pj_database_get_today (restore->database);

  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < salvage->doses->len; i++)
    {
      const PjDose *dose = g_ptr_array_index (salvage->doses, i);
      gboolean written;

      if (!pj_dose_validate (dose, today, NULL))
        continue;
      if (!g_hash_table_contains (restore->medicine_ids, &dose->medicine_id) &&
          !write_stand_in (restore, dose, error))
        return FALSE;
      pj_db_bind_dose (insert, dose);
      written = pj_db_step_write (restore->database, insert, NULL, _("Could not recover a dose."),
                                  error);
      sqlite3_reset (insert);
      sqlite3_clear_bindings (insert);
      if (written)
        restore->doses++;
      else if (!row_refused (restore, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_acknowledgements (Restore         *restore,
                        const PjSalvage *salvage,
                        GError         **error)
{
  g_autoptr (PjStatement) insert = pj_db_get_statement (restore->database,
                                                        STMT_ACKNOWLEDGE_FLAG, error);

  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < salvage->acknowledgements->len; i++)
    {
      const PjAcknowledgement *acknowledgement =
        g_ptr_array_index (salvage->acknowledgements, i);

      if (acknowledgement->trigger_date == PJ_DATE_NONE)
        continue;
      pj_db_bind_text (insert, 1, acknowledgement->flag_id);
      pj_db_bind_date (insert, 2, acknowledgement->trigger_date);
      pj_db_bind_text (insert, 3, acknowledgement->acknowledged_at);
      if (pj_db_step_write (restore->database, insert, NULL,
                            _("Could not recover an acknowledged warning."), error))
        restore->acknowledgements += sqlite3_changes (restore->database->db) > 0;
      else if (!row_refused (restore, error))
        return FALSE;
      sqlite3_reset (insert);
      sqlite3_clear_bindings (insert);
    }
  return TRUE;
}

static gboolean
write_everything (Restore         *restore,
                  const PjSalvage *salvage,
                  GError         **error)
{
  for (guint i = 0; i < salvage->medicines->len; i++)
    {
      guint before = g_hash_table_size (restore->medicine_ids);

      if (!write_medicine (restore, g_ptr_array_index (salvage->medicines, i), error))
        return FALSE;
      restore->medicines += g_hash_table_size (restore->medicine_ids) > before;
    }
  return write_doses (restore, salvage, error) &&
         write_acknowledgements (restore, salvage, error);
}

gboolean
pj_database_restore_salvaged (PjDatabase      *self,
                              const PjSalvage *salvage,
                              guint           *out_medicines,
                              guint           *out_stand_ins,
                              guint           *out_doses,
                              guint           *out_acknowledgements,
                              GError         **error)
{
  g_autoptr (GHashTable) medicine_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                               g_free, NULL);
  Restore restore = { self, medicine_ids };

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (salvage != NULL, FALSE);

  if (!pj_db_begin (self, error))
    return FALSE;
  if (!write_everything (&restore, salvage, error) || !pj_db_commit (self, error))
    {
      pj_db_rollback (self);
      return FALSE;
    }
  pj_db_emit_changed (self, PJ_DATE_NONE);
  *out_medicines = restore.medicines;
  *out_stand_ins = restore.stand_ins;
  *out_doses = restore.doses;
  *out_acknowledgements = restore.acknowledgements;
  return TRUE;
}
