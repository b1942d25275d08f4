/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include <glib.h>

G_BEGIN_DECLS

/* The schema version this build writes (PRAGMA user_version). */
int      pj_migrations_latest_version (void);

/* Brings @db from @from_version to the latest, one version per transaction, so a failure
 * leaves the file at the last complete version. */
gboolean pj_migrations_apply (sqlite3 *db,
                              int      from_version,
                              GError **error);

G_END_DECLS
