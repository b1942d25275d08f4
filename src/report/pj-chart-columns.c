/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-chart-columns.h"

guint
pj_chart_column_count (guint  n_days,
                       double width_px)
{
  guint pixels = width_px >= 1 ? (guint) floor (width_px) : 1;

  return MIN (n_days, pixels);
}

void
pj_chart_reduce_columns (const double           *values,
                         const PjChartTimeScale *scale,
                         guint                   n_columns,
                         PjChartColumn          *out)
{
  guint n_days = scale->n_days;
  double day_width = scale->width / MAX (n_days, 1);

  g_return_if_fail (n_columns > 0 && n_columns <= n_days);

  for (guint c = 0; c < n_columns; c++)
    {
      /* 64-bit products: 36,500 days times a few thousand columns overflows 32 bits. */
      guint start = (guint) ((guint64) c * n_days / n_columns);
      guint end = (guint) ((guint64) (c + 1) * n_days / n_columns);
      PjChartColumn *column = &out[c];
      double sum = 0;

      column->x = scale->x + (start + end) * 0.5 * day_width;
      column->min = INFINITY;
      column->max = -INFINITY;
      column->n = 0;
      for (guint i = start; i < end; i++)
        {
          double value = values[i];

          if (isnan (value))
            continue;
          sum += value;
          column->n++;
          if (value < column->min)
            column->min = value;
          if (value > column->max)
            column->max = value;
        }
      if (column->n > 0)
        column->mean = sum / column->n;
      else
        column->mean = column->min = column->max = NAN;
    }
}
