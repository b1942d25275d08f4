/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-report-columns.h"

void
pj_report_columns_init (PjReportColumns *columns,
                        const double    *shares,
                        guint            n_columns,
                        double           width)
{
  double x = 0;

  g_return_if_fail (n_columns <= PJ_REPORT_MAX_COLUMNS);

  for (guint i = 0; i < n_columns; i++)
    {
      columns->x[i] = x + PJ_REPORT_CELL_PAD;
      columns->width[i] = width * shares[i] - 2 * PJ_REPORT_CELL_PAD;
      x += width * shares[i];
    }
}

void
pj_report_columns_add_cell (PjReportBuilder       *builder,
                            PjReportBlock         *block,
                            const PjReportColumns *columns,
                            guint                  column,
                            PjTextStyle            style,
                            const char            *text)
{
  if (text == NULL || *text == '\0')
    return;
  pj_report_block_add_layout (block, pj_report_text (builder, style, text,
                                                     columns->width[column]),
                              columns->x[column], PJ_REPORT_CELL_PAD);
}
