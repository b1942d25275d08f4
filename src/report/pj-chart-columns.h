/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-chart-axis.h"

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

G_END_DECLS
