/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An RFC 4180 record reader over text already in memory: comma separator, '"' quoting with
 * doubled quotes, line breaks inside quotes, CRLF or LF (a CR alone ends nothing: outside
 * quotes it is refused, naming the old Mac line endings). It knows nothing about the journal;
 * pj-csv.c maps its records onto days. */
typedef struct _PjCsvReader PjCsvReader;

/* A record with more values than this is refused as it is read. */
#define PJ_CSV_READER_MAX_FIELDS 1000

/* @data must stay alive as long as the reader. A leading UTF-8 byte order mark is skipped. */
PjCsvReader *pj_csv_reader_new (const char *data,
                                gsize       length);
void         pj_csv_reader_free (PjCsvReader *reader);

/* Reads the next record into @fields (a GPtrArray of g_free()d strings, emptied first). Blank
 * lines are skipped. Returns FALSE at the end of the text, or with @error set when the text
 * is not valid CSV. @out_line is the line where the record (or the problem) starts, from 1. */
gboolean     pj_csv_reader_next (PjCsvReader *reader,
                                 GPtrArray   *fields,
                                 guint       *out_line,
                                 GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjCsvReader, pj_csv_reader_free)

G_END_DECLS
