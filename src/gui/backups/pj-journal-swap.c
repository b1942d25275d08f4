/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-backups.h"
#include "pj-journal-swap.h"
#include "pj-recovery.h"

typedef struct
{
  char *journal_path;
  char *backup_path; /* NULL: recover */
} Swap;

static void
swap_free (Swap *swap)
{
  g_free (swap->journal_path);
  g_free (swap->backup_path);
  g_free (swap);
}

static char *
restore (const Swap *swap,
         GDateTime  *now,
         GError    **error)
{
  g_autofree char *replaced = NULL;
  g_autofree char *backup_name = g_filename_display_basename (swap->backup_path);

  if (!pj_backups_restore (swap->journal_path, swap->backup_path, now, pj_date_today (),
                           &replaced, error))
    return NULL;
  if (replaced != NULL)
    {
      g_autofree char *replaced_name = g_filename_display_basename (replaced);

      return g_strdup_printf (_("Restored the backup %s; the journal it replaced is kept as "
                                "%s."), backup_name, replaced_name);
    }
  return g_strdup_printf (_("Restored the backup %s."), backup_name);
}

static char *
recover (const Swap *swap,
         GDateTime  *now,
         GError    **error)
{
  g_autofree char *damaged = NULL;
  g_autofree char *damaged_name = NULL;
  g_autofree char *summary = NULL;
  PjRecoveryStats stats = { 0 };

  if (!pj_recovery_run (swap->journal_path, now, &stats, &damaged, error))
    return NULL;
  summary = pj_recovery_describe (&stats);
  damaged_name = g_filename_display_basename (damaged);
  /* Translators: the recovery summary, then the name of the damaged file */
  return g_strdup_printf (_("%s The damaged file is kept as %s."), summary, damaged_name);
}

static void
run_swap (GTask        *task,
          gpointer      source,
          gpointer      task_data,
          GCancellable *cancellable)
{
  const Swap *swap = task_data;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  GError *error = NULL;
  char *message = swap->backup_path != NULL ? restore (swap, now, &error)
                                            : recover (swap, now, &error);

  if (message == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, message, g_free);
}

void
pj_journal_swap_async (const char         *journal_path,
                       const char         *backup_path,
                       GCancellable       *cancellable,
                       GAsyncReadyCallback callback,
                       gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Swap *swap = g_new0 (Swap, 1);

  g_return_if_fail (journal_path != NULL);

  swap->journal_path = g_strdup (journal_path);
  swap->backup_path = backup_path != NULL && *backup_path != '\0' ? g_strdup (backup_path)
                                                                  : NULL;
  g_task_set_source_tag (task, pj_journal_swap_async);
  g_task_set_task_data (task, swap, (GDestroyNotify) swap_free);
  g_task_run_in_thread (task, run_swap);
}

char *
pj_journal_swap_finish (GAsyncResult *result,
                        GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pj_journal_swap_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
