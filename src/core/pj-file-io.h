/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* File helpers shared by the importers and exporters, so every format reports unreadable and
 * unwritable files the same way. */

/* The name to show in messages: the base name, valid UTF-8. */
char    *pj_file_display_name (const char *path);
gboolean pj_file_read (const char *path,
                       char      **out_contents,
                       gsize      *out_length,
                       GError    **error);
/* Whether @path is a device, a pipe or a socket (/dev/stdout, /dev/null, a FIFO): something
 * to write into, never a file to put a new one in place of. Renaming a finished export over
 * it would turn the node into a plain file (and /dev/null with it, for everyone on the
 * machine, when run as root). */
gboolean pj_file_is_stream (const char *path);
/* Replaces @path atomically with @contents, readable and writable by the owner only: an
 * export holds health data. A stream (pj_file_is_stream()) is written into instead. */
gboolean pj_file_write_private (const char *path,
                                const char *contents,
                                gsize       length,
                                GError    **error);

/* Reads a file as text of the format that @parse understands and imports its days and
 * medicines into @database in one transaction: the common path of every importer. A parser
 * returns the days and stores the medicines (with their doses) in @out_medicines. Once the
 * file has been read without error, and before anything is written, a journal that has days
 * is backed up (pj_backups_make()); if that fails nothing is imported. */
/* Before an import writes anything: backs up a journal that has days (pj_backups_make()).
 * FALSE with @error, and nothing may be imported, when that backup fails. */
gboolean pj_file_back_up_before_import (PjDatabase *database,
                                        GError    **error);

typedef GPtrArray *(*PjDaysParser) (const char *data,
                                    gsize       length,
                                    const char *display_name,
                                    PjDate      today,
                                    GPtrArray **out_medicines,
                                    GError    **error);

gboolean pj_file_import (PjDatabase    *database,
                         const char    *path,
                         PjDaysParser   parse,
                         PjImportStats *out_stats,
                         GError       **error);

G_END_DECLS
