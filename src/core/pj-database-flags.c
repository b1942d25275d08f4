/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-database-private.h"
#include "pj-error.h"
#include "pj-flags.h"


/* ----- Flag acknowledgements (issue 5) ----- */

static gboolean
check_flag (const char *flag_id,
            PjDate      trigger_date,
            GError    **error)
{
  if (flag_id == NULL || pj_flags_lookup (flag_id) == NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Cannot acknowledge the warning “%s”: there is no such warning"),
                   flag_id ? flag_id : "");
      return FALSE;
    }
  if (trigger_date == PJ_DATE_NONE || !g_date_valid_julian (trigger_date))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Cannot acknowledge the warning “%s”: it needs the date that triggered it"),
                   flag_id);
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_database_acknowledge_flag (PjDatabase *self,
                              const char *flag_id,
                              PjDate      trigger_date,
                              GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  g_autoptr (GDateTime) now = NULL;
  g_autofree char *now_text = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);

  if (!check_flag (flag_id, trigger_date, error))
    return FALSE;
  statement = pj_db_get_statement (self, STMT_ACKNOWLEDGE_FLAG, error);
  if (statement == NULL)
    return FALSE;
  now = g_date_time_new_now_utc ();
  now_text = g_date_time_format_iso8601 (now);
  sqlite3_bind_text (statement, 1, flag_id, -1, SQLITE_TRANSIENT);
  pj_db_bind_date (statement, 2, trigger_date);
  sqlite3_bind_text (statement, 3, now_text, -1, SQLITE_TRANSIENT);
  /* a single statement is its own transaction */
  return pj_db_run_statement (self, statement, _("Could not save that the warning was seen."),
                              error);
}

gboolean
pj_database_is_flag_acknowledged (PjDatabase *self,
                                  const char *flag_id,
                                  PjDate      trigger_date,
                                  gboolean   *out_acknowledged,
                                  GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  gboolean first = TRUE;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (out_acknowledged != NULL, FALSE);

  *out_acknowledged = FALSE;
  if (!check_flag (flag_id, trigger_date, error))
    return FALSE;
  statement = pj_db_get_statement (self, STMT_IS_FLAG_ACKNOWLEDGED, error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, flag_id, -1, SQLITE_TRANSIENT);
  pj_db_bind_date (statement, 2, trigger_date);
  result = pj_db_step_query (self, statement, &first);
  if (result != SQLITE_ROW && result != SQLITE_DONE)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal."));
      return FALSE;
    }
  *out_acknowledged = result == SQLITE_ROW;
  return TRUE;
}

