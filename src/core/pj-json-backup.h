/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-database.h"
#include "pj-day.h"

G_BEGIN_DECLS

/* The full-fidelity JSON backup, data-format.md §3. Unknown values are left out, so a value
 * present in the file is always a known one. */

#define PJ_JSON_BACKUP_FORMAT "pain-journal"
#define PJ_JSON_BACKUP_VERSION 1

/* The document for @days, pretty-printed and ending in a newline. @exported is written as the
 * RFC 3339 "exported" time (in UTC); it is a parameter so that output is reproducible. */
char      *pj_json_backup_format (GPtrArray *days,
                                  GDateTime *exported);
/* The same with the "medicines" member (PjMedicine* carrying their doses; NULL or empty: the
 * member is left out). */
char      *pj_json_backup_format_full (GPtrArray *days,
                                       GPtrArray *medicines,
                                       GDateTime *exported);

/* Reads a backup into days sorted by date (GPtrArray of PjDay*). Every error names the file,
 * the day and the JSON path of the bad value. Dates after @today are refused. */
GPtrArray *pj_json_backup_parse (const char *data,
                                 gsize       length,
                                 const char *display_name,
                                 PjDate      today,
                                 GError    **error);

/* pj_json_backup_parse() that also returns the medicines with their doses in
 * @out_medicines (PjMedicine*; empty when the backup has none). */
GPtrArray *pj_json_backup_parse_full (const char *data,
                                      gsize       length,
                                      const char *display_name,
                                      PjDate      today,
                                      GPtrArray **out_medicines,
                                      GError    **error);

/* Reads @path and writes it into @database in one transaction; on error nothing is written. */
gboolean   pj_json_backup_import_file (PjDatabase    *database,
                                       const char    *path,
                                       PjImportStats *out_stats,
                                       GError       **error);
/* Writes the days in @from … @to (PJ_DATE_NONE = unbounded) to @path, owner-only. */
gboolean   pj_json_backup_export_file (PjDatabase *database,
                                       const char *path,
                                       PjDate      from,
                                       PjDate      to,
                                       GDateTime  *exported,
                                       guint      *out_n_days,
                                       GError    **error);

G_END_DECLS
