/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-date.h"

G_BEGIN_DECLS

/* Automatic backups (data-format.md §4, "Backups"): a folder "backups" beside the journal
 * (0700), one snapshot per day named "<journal name>-YYYY-MM-DD.db" (0600), kept 7 daily, 5
 * weekly and 12 monthly. Every function takes "today" so tests can walk a simulated year. */

#define PJ_BACKUPS_KEEP_DAILY 7
#define PJ_BACKUPS_KEEP_WEEKLY 5
#define PJ_BACKUPS_KEEP_MONTHLY 12

typedef struct
{
  char  *path;
  PjDate date;
} PjBackup;

void       pj_backup_free (PjBackup *backup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjBackup, pj_backup_free)

/* The folder "backups" beside @journal_path. */
char      *pj_backups_folder (const char *journal_path);
/* The backups of @journal_path, newest first (array of PjBackup*; empty when there are
 * none). Files in the folder that are not named like a backup are ignored. */
GPtrArray *pj_backups_list (const char *journal_path);
/* The newest backup or NULL. */
PjBackup  *pj_backups_newest (const char *journal_path);
/* TRUE when the newest backup is older than @today (or there is none): a save then makes
 * one. */
gboolean   pj_backups_is_due (const char *journal_path,
                              PjDate      today);
/* Writes today's backup (replacing an earlier one of @today), checks it, then drops the
 * backups the rotation no longer keeps. Returns the new backup's path. */
char      *pj_backups_make (const char *journal_path,
                            PjDate      today,
                            GError    **error);
/* Deletes the backups that the 7/5/12 rotation does not keep: the newest backup of each of
 * the 7 newest days, of each of the 5 newest ISO weeks and of each of the 12 newest months
 * that have one. */
gboolean   pj_backups_rotate (const char *journal_path,
                              GError    **error);

/* Replaces the journal at @journal_path with @source (a journal .db file or a JSON backup),
 * after checking it completely: the current journal is first moved aside to
 * "<journal>.replaced-YYYYMMDD-HHMMSS" (@now, local time), whose path goes to
 * @out_replaced_path (NULL when there was no journal). On failure nothing changed. */
gboolean   pj_backups_restore (const char *journal_path,
                               const char *source,
                               GDateTime  *now,
                               PjDate      today,
                               char      **out_replaced_path,
                               GError    **error);

/* "<path><suffix>-YYYYMMDD-HHMMSS" from @now; when that exists, "-2", "-3"… are added. */
char      *pj_backups_aside_path (const char *path,
                                  const char *suffix,
                                  GDateTime  *now);
/* Renames the journal at @path (and its -wal and -shm files) to @aside_path. */
gboolean   pj_backups_move_aside (const char *path,
                                  const char *aside_path,
                                  GError    **error);

G_END_DECLS
