/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pj-day.h"

G_BEGIN_DECLS

/* Shared by the CSV writer (pj-csv.c) and reader (pj-csv-import.c). */

/* The CSV columns are the field table in order: the date, the check-in fields, then the day
 * fields. Only the two notes are renamed, because a flat row holds both. */
typedef enum
{
  PJ_CSV_COLUMN_DATE,
  PJ_CSV_COLUMN_CHECKIN,
  PJ_CSV_COLUMN_DAY,
} PjCsvColumnKind;

typedef struct
{
  PjCsvColumnKind    kind;
  const PjFieldInfo *info; /* NULL for the date */
} PjCsvColumn;

const char  *pj_csv_column_name (PjCsvColumnKind    kind,
                                 const PjFieldInfo *info);
/* Every column in header order; @out_n receives the count. */
PjCsvColumn *pj_csv_all_columns (guint *out_n);

G_END_DECLS
