/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-database-private.h"
#include "pj-error.h"

/* A day and the doses logged on it, deleted and brought back together (issue 15). Doses do
 * not hang on the day row (pj-migrations.c, 3 → 4), so no cascade takes them: History's
 * "delete day" removes them in its own transaction, and its Undo puts them back. */

gboolean
pj_db_delete_doses_on (PjDatabase *self,
                       PjDate      date,
                       GError    **error)
{
  g_autoptr (PjOwnedStatement) statement =
    pj_db_prepare_owned (self, "DELETE FROM dose WHERE date = ?1", error);

  if (statement == NULL)
    return FALSE;
  pj_db_bind_date (statement, 1, date);
  return pj_db_step_write (self, statement, NULL, _("Could not delete the day's doses"), error);
}

static gboolean
check_doses (GPtrArray *doses,
             PjDate     date,
             PjDate     today,
             GError   **error)
{
  for (guint i = 0; i < doses->len; i++)
    {
      const PjDose *dose = g_ptr_array_index (doses, i);

      g_return_val_if_fail (dose->date == date, FALSE);
      if (!pj_dose_validate (dose, today, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_doses (PjDatabase *self,
              GPtrArray  *doses,
              GError    **error)
{
  /* A dose logged again at the same medicine, date and time since the delete is the newer
   * record and stays; the old ids are never reused (AUTOINCREMENT), so nothing else can
   * conflict. */
  g_autoptr (PjOwnedStatement) insert =
    pj_db_prepare_owned (self, INSERT_DOSE_SQL " ON CONFLICT DO NOTHING", error);

  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < doses->len; i++)
    {
      pj_db_bind_dose (insert, g_ptr_array_index (doses, i));
      if (!pj_db_step_write (self, insert, NULL, _("Could not restore the day's doses"), error))
        return FALSE;
      sqlite3_reset (insert);
      sqlite3_clear_bindings (insert);
    }
  return TRUE;
}

gboolean
pj_database_restore_day_with_doses (PjDatabase  *self,
                                    const PjDay *day,
                                    GPtrArray   *doses,
                                    GError     **error)
{
  PjDate today;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (day != NULL && doses != NULL, FALSE);

  today = pj_database_get_today (self);
  if (!pj_day_validate (day, today, error) || !check_doses (doses, day->date, today, error))
    return FALSE;
  if (!pj_db_begin (self, error))
    return FALSE;
  if (pj_db_restore_day_within (self, day, error) && insert_doses (self, doses, error) &&
      pj_db_commit (self, error))
    {
      pj_db_emit_changed (self, day->date);
      return TRUE;
    }
  pj_db_rollback (self);
  return FALSE;
}
