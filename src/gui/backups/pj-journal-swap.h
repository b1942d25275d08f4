/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Replaces the journal at @journal_path on a worker thread: with the backup @backup_path
 * (pj_backups_restore()), or, when @backup_path is NULL or empty, with what can be recovered
 * from it (pj_recovery_run()). Nothing may have the journal open meanwhile. The result is the
 * sentence to show: what came back and where the old file is kept. */
void  pj_journal_swap_async (const char         *journal_path,
                             const char         *backup_path,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data);
char *pj_journal_swap_finish (GAsyncResult *result,
                              GError      **error);

G_END_DECLS
