/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "pj-chart-series.h"
#include "pj-palette.h"

G_BEGIN_DECLS

/* The chart's legend: one entry per thing drawn (pain, band, rolling mean, the factor, each kind
 * of marker present), flowed left to right and wrapped to the width. Used by pj-chart.c only. */

/* The colour of factor columns (the palette's factor colour, lighter). */
PjColor pj_chart_factor_column_color (const PjPalette *palette);

/* The height the legend needs at @width. @markers is an array of PjChartMarker. With @weekly
 * the line is the weekly average, the band the week's least to worst, and there is no 7-day
 * average. */
double pj_chart_legend_measure (const PjChartSeries *series,
                                GArray              *markers,
                                gboolean             weekly,
                                PangoLayout         *layout,
                                double               width,
                                double               line_height);
void   pj_chart_legend_draw (const PjChartSeries *series,
                             GArray              *markers,
                             gboolean             weekly,
                             cairo_t             *cr,
                             PangoLayout         *layout,
                             const PjPalette     *palette,
                             double               width,
                             double               line_height);

G_END_DECLS
