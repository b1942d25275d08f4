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

/* PRAGMA application_id of every Pain Journal file: "PjJn" in ASCII. */
#define PJ_APPLICATION_ID 0x506a4a6e

/* Like pj_migrations_apply(), but inside a transaction the caller began and ends. */
gboolean pj_migrations_apply_within_transaction (sqlite3 *db,
                                                 int      from_version,
                                                 GError **error);
gboolean pj_migrations_set_application_id (sqlite3 *db,
                                           GError **error);

G_END_DECLS
