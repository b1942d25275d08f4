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

guint
pj_chart_week_column_count (guint  n_weeks,
                            double width_px,
                            double min_px)
{
  guint fit = width_px >= min_px && min_px > 0 ? (guint) floor (width_px / min_px) : 1;

  return MAX (MIN (n_weeks, fit), 1);
}

static void
column_clear (PjChartColumn *column,
              double         x)
{
  column->x = x;
  column->min = INFINITY;
  column->max = -INFINITY;
  column->mean = 0;
  column->n = 0;
}

static void
column_finish (PjChartColumn *column)
{
  if (column->n > 0)
    column->mean /= column->n;
  else
    column->mean = column->min = column->max = NAN;
}

void
pj_chart_reduce_weeks (GArray                 *weeks,
                       const PjChartTimeScale *scale,
                       guint                   n_columns,
                       PjChartColumn          *mean,
                       PjChartColumn          *band,
                       PjChartColumn          *factor)
{
  guint n_weeks = weeks->len;
  double day_width = scale->width / MAX (scale->n_days, 1);

  g_return_if_fail (n_columns > 0 && n_columns <= n_weeks);

  for (guint c = 0; c < n_columns; c++)
    {
      guint start = (guint) ((guint64) c * n_weeks / n_columns);
      guint end = (guint) ((guint64) (c + 1) * n_weeks / n_columns);
      const PjChartWeek *first = &g_array_index (weeks, PjChartWeek, start);
      const PjChartWeek *last = &g_array_index (weeks, PjChartWeek, end - 1);
      double x = scale->x + ((first->first - scale->first) + (last->last - scale->first) + 1) *
                            0.5 * day_width;

      column_clear (&mean[c], x);
      column_clear (&band[c], x);
      if (factor != NULL)
        column_clear (&factor[c], x);
      for (guint w = start; w < end; w++)
        {
          const PjChartWeek *week = &g_array_index (weeks, PjChartWeek, w);

          if (week->n_logged > 0)
            {
              mean[c].mean += week->mean * week->n_logged;
              mean[c].n += week->n_logged;
              mean[c].min = MIN (mean[c].min, week->mean);
              mean[c].max = MAX (mean[c].max, week->mean);
              band[c].min = MIN (band[c].min, week->least);
              band[c].max = MAX (band[c].max, week->worst);
              band[c].n += week->n_logged;
            }
          if (factor != NULL && week->n_factor > 0)
            {
              factor[c].mean += week->factor * week->n_factor;
              factor[c].n += week->n_factor;
              factor[c].min = MIN (factor[c].min, week->factor);
              factor[c].max = MAX (factor[c].max, week->factor);
            }
        }
      column_finish (&mean[c]);
      /* The band's own mean is never drawn; its n says whether there is a band. */
      band[c].mean = 0;
      column_finish (&band[c]);
      if (factor != NULL)
        column_finish (&factor[c]);
    }
}
