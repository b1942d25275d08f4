/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-report-builder.h"

G_BEGIN_DECLS

/* The padding inside each cell of a report table, on every side. */
#define PJ_REPORT_CELL_PAD 3.0
#define PJ_REPORT_MAX_COLUMNS 8

/* Where each column of a report table starts and how wide its text may be, inside the
 * padding of its cell. */
typedef struct
{
  double x[PJ_REPORT_MAX_COLUMNS];
  double width[PJ_REPORT_MAX_COLUMNS];
} PjReportColumns;

/* Splits @width into @n_columns cells of @shares of it (they add up to 1). */
void pj_report_columns_init (PjReportColumns *columns,
                             const double    *shares,
                             guint            n_columns,
                             double           width);

/* Lays @text out in cell @column of a table row @block; an empty text leaves the cell blank. */
void pj_report_columns_add_cell (PjReportBuilder       *builder,
                                 PjReportBlock         *block,
                                 const PjReportColumns *columns,
                                 guint                  column,
                                 PjTextStyle            style,
                                 const char            *text);

G_END_DECLS
