/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-chart-axis.h"
#include "pj-chart-series.h"

G_BEGIN_DECLS

/* Decimation: the days of a series are grouped into at most one column per pixel, and each
 * column keeps its minimum, maximum and mean. Drawing then costs the same for ten years as for
 * one, while a lone extreme day still reaches its column's minimum or maximum. */
typedef struct
{
  double x;     /* centre of the column's days, in pixels */
  double min;
  double max;
  double mean;  /* NAN when the column has no value: a gap */
  guint  n;     /* days with a value */
} PjChartColumn;

/* How many columns @n_days get over @width_px: one per day while they fit, else one per
 * pixel. */
guint pj_chart_column_count (guint  n_days,
                             double width_px);

/* Reduces @values (one per day of @scale, NAN = no value) into @n_columns columns. Column c
 * covers days [c·n/n_columns, (c+1)·n/n_columns), so every day lands in exactly one column. */
void  pj_chart_reduce_columns (const double           *values,
                               const PjChartTimeScale *scale,
                               guint                   n_columns,
                               PjChartColumn          *out);

/* How many week columns @n_weeks get over @width_px: one per week while each gets at least
 * @min_px pixels, else neighbouring weeks share a column. */
guint pj_chart_week_column_count (guint  n_weeks,
                                  double width_px,
                                  double min_px);

/* Reduces @weeks (PjChartWeek of a series on @scale) into @n_columns columns, column c
 * covering weeks [c·n/n_columns, (c+1)·n/n_columns). Each column sits at the centre of its
 * days. @mean: the mean of the logged days' pain (weighted by days, so a short week counts
 * less), with n = logged days; @band: min = the lowest daily least, max = the highest daily
 * worst; @factor (may be NULL): the factor's mean over the days that have it. A column whose
 * weeks have no value has n = 0 and NAN values: a gap, never a zero. */
void  pj_chart_reduce_weeks (GArray                 *weeks,
                             const PjChartTimeScale *scale,
                             guint                   n_columns,
                             PjChartColumn          *mean,
                             PjChartColumn          *band,
                             PjChartColumn          *factor);

G_END_DECLS
