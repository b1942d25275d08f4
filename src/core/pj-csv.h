/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-database.h"
#include "pj-day.h"

G_BEGIN_DECLS

/* CSV interchange, data-format.md §2. Every error is a PJ_ERROR whose message names the file,
 * the line, the column and the bad value ("journal.csv, line 7, column sitting_hours: …"). */

/* The header row, in the documented column order, without a line break. */
const char *pj_csv_header (void);

/* Reads CSV text into days sorted by date, each with its check-ins sorted by time (a
 * GPtrArray of PjDay*). @display_name is the file name used in messages. Dates after @today
 * are refused. A row repeating an earlier check-in exactly is skipped; anything else that
 * disagrees within the file is an error naming both lines. */
GPtrArray  *pj_csv_parse (const char *data,
                          gsize       length,
                          const char *display_name,
                          PjDate      today,
                          GError    **error);

/* Appends the rows of @day (one per check-in, or one with empty check-in columns), each
 * ending in CRLF. Text is protected against spreadsheet formula injection. */
void        pj_csv_append_day (GString     *out,
                               const PjDay *day);
/* The whole file for @days: header and rows. */
char       *pj_csv_format_days (GPtrArray *days);

/* The formula-injection guard: the cell as exported, and the cell as read back. */
char       *pj_csv_guard_cell (const char *text);
const char *pj_csv_unguard_cell (const char *text);

/* Reads @path and writes it into @database in one transaction (pj_database_import_days). On
 * any error nothing is written. */
gboolean    pj_csv_import_file (PjDatabase    *database,
                                const char    *path,
                                PjImportStats *out_stats,
                                GError       **error);
/* Writes the days in @from … @to (PJ_DATE_NONE = unbounded) to @path, readable by the owner
 * only. @out_n_days (optional) receives the number of days written. */
gboolean    pj_csv_export_file (PjDatabase *database,
                                const char *path,
                                PjDate      from,
                                PjDate      to,
                                guint      *out_n_days,
                                GError    **error);

G_END_DECLS
