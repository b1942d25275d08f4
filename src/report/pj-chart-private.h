/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared between the renderer's files (pj-chart.c: layout, axes, legend; pj-chart-data.c: the
 * series themselves). Not for use outside src/report. */

#include "pj-chart.h"
#include "pj-chart-columns.h"
#include "pj-chart-doses.h"

G_BEGIN_DECLS

/* Which reduced columns a render needs, one array each. */
enum
{
  COLUMNS_MEAN,
  COLUMNS_LEAST,
  COLUMNS_WORST,
  COLUMNS_ROLLING,
  COLUMNS_FACTOR,
  N_COLUMN_SETS
};

struct _PjChart
{
  PjChartSeries    *series;
  GArray           *markers;     /* PjChartMarker */
  GPtrArray        *dose_rows;   /* PjChartDoseRow*, NULL: none */
  PjDate            crosshair;
  char             *font_family;
  double            font_size;
  gboolean          show_legend;
  gboolean          fill_background;
  guint             weekly_above_days; /* 0: always daily */
  gboolean          weekly;            /* of the last layout */

  /* Geometry of the last render. */
  gboolean          has_layout;
  PjChartRect       plot;
  PjChartTimeScale  time;
  PjChartTicks      pain_ticks;
  double            factor_max;  /* top of the right-hand axis; 0 without a factor */
  double            line_height;
  double            legend_height;
  double            doses_top;   /* where the dose rows start; their height is below */
  double            dose_row_height;

  /* Scratch space kept between renders so a frame does not allocate per day. */
  PjChartColumn    *columns[N_COLUMN_SETS];
  guint             n_columns_allocated;
};

void pj_chart_set_source (cairo_t *cr,
                          PjColor  color);
/* A line through the columns' means, broken at every column without values (a lone value is
 * a dot), and the least … worst band, one polygon per run of columns with values. */
void pj_chart_draw_line (cairo_t             *cr,
                         const PjChartColumn *columns,
                         guint                n,
                         double               y0,
                         double               y_per_unit,
                         double               line_width);
void pj_chart_draw_band (cairo_t             *cr,
                         const PjChartColumn *least,
                         const PjChartColumn *worst,
                         guint                n,
                         double               y0,
                         double               y_per_unit,
                         double               column_width);
void pj_chart_ensure_columns (PjChart *chart,
                              guint    n_columns);
/* Weekly averages instead of days (pj-chart-weekly.c), for spans above weekly_above_days. */
void pj_chart_draw_weekly (PjChart         *chart,
                           cairo_t         *cr,
                           const PjPalette *palette);
/* Draws factor, band, rolling mean and pain line into the plot area of the current layout. */
void pj_chart_draw_series (PjChart         *chart,
                           cairo_t         *cr,
                           const PjPalette *palette);

G_END_DECLS
