/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-date.h"

G_BEGIN_DECLS

/* Whole journal files, for backups and recovery: each function opens its own connections, so
 * it may run on any thread while the window keeps its own. */

/* Writes a consistent snapshot of the journal at @source_path to @dest_path with SQLite's
 * online backup API (the window may go on saving meanwhile), as an ordinary rollback-journal
 * file with mode 0600, and checks it with PRAGMA quick_check. @dest_path is replaced only
 * when the snapshot is complete and checked; on failure nothing is left behind. */
gboolean pj_database_snapshot (const char *source_path,
                               const char *dest_path,
                               GError    **error);

/* Opens @path read-only and checks that it is a Pain Journal file this version can read and
 * that PRAGMA quick_check passes; @out_n_days (may be NULL) receives its number of days. */
gboolean pj_database_check_file (const char *path,
                                 guint      *out_n_days,
                                 GError    **error);

/* Runs PRAGMA quick_check on the journal at @path (read-only): FALSE with PJ_ERROR_DAMAGED
 * and SQLite's first complaint when it finds damage. */
gboolean pj_database_quick_check_file (const char *path,
                                       GError    **error);

/* Reads every day and check-in that can still be read from the damaged journal at @path
 * (opened read-only; the file is not changed). Returns the days (array of PjDay*, oldest
 * first, each with its readable check-ins); @out_known_days and @out_known_checkins receive
 * how many days and check-ins the file shows signs of, read or not, so the caller can tell
 * how many were lost. NULL only when the file cannot be opened at all. */
GPtrArray *pj_database_salvage (const char *path,
                                guint      *out_known_days,
                                guint      *out_known_checkins,
                                GError    **error);

G_END_DECLS
