/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "pj-chart-axis.h"
#include "pj-chart-series.h"
#include "pj-palette.h"

G_BEGIN_DECLS

/* The renderer layer: draws a PjChartSeries into any cairo context (a widget's snapshot, an
 * image, a PDF page) with the colours of a PjPalette. The work per frame grows with the width
 * in pixels, not with the days: above one day per pixel, each pixel column is reduced to the
 * minimum, maximum and mean of its days, so a single bad day among years stays visible. */

typedef enum
{
  PJ_CHART_MARKER_URGENT,
  PJ_CHART_MARKER_SEE_SOON,
  PJ_CHART_MARKER_WATCH,
} PjChartMarkerKind;

typedef struct
{
  PjDate            date;
  PjChartMarkerKind kind;
} PjChartMarker;

typedef struct
{
  double x, y, width, height;
} PjChartRect;

typedef struct _PjChart PjChart;

PjChart             *pj_chart_new (void);
void                 pj_chart_free (PjChart *chart);
/* Takes ownership of @series (may be NULL: an empty chart with axes). */
void                 pj_chart_set_series (PjChart       *chart,
                                          PjChartSeries *series);
const PjChartSeries *pj_chart_get_series (PjChart *chart);
void                 pj_chart_set_markers (PjChart             *chart,
                                           const PjChartMarker *markers,
                                           guint                n_markers);
/* The markers set last (owned by @chart); *@n_markers gets their count. */
const PjChartMarker *pj_chart_get_markers (PjChart *chart,
                                           guint   *n_markers);
/* Dose rows under the time axis (pj-chart-doses.h): takes @rows (PjChartDoseRow*, from
 * pj_chart_dose_rows_from_medicines()); NULL or empty removes them. */
void                 pj_chart_set_dose_rows (PjChart   *chart,
                                             GPtrArray *rows);
guint                pj_chart_get_n_dose_rows (PjChart *chart);
/* A vertical guide on @date, PJ_DATE_NONE for none. */
void                 pj_chart_set_crosshair (PjChart *chart,
                                             PjDate   date);
/* Text size in pixels (or points on paper) and family; defaults: 12, "Sans". */
void                 pj_chart_set_font (PjChart    *chart,
                                        const char *family,
                                        double      size);
void                 pj_chart_set_show_legend (PjChart *chart,
                                               gboolean show);
/* Spans of more than @above_days are drawn as weekly averages, their markers one per week
 * (PJ_CHART_WEEKLY_ABOVE_DAYS_SCREEN or _PRINT; 0, the default: always daily). */
void                 pj_chart_set_weekly_above_days (PjChart *chart,
                                                     guint    above_days);
/* TRUE when the last layout drew weeks. */
gboolean             pj_chart_get_weekly (PjChart *chart);
/* The axis titles of the last layout: "Pain 0–10" and the factor's ("Sitting, hours"), or
 * "" when there is no right-hand axis. Owned by @chart. */
const char          *pj_chart_get_axis_title (PjChart *chart,
                                              gboolean right);
/* When FALSE the chart leaves the background to the caller (a card in the window). */
void                 pj_chart_set_fill_background (PjChart *chart,
                                                   gboolean fill);

void                 pj_chart_render (PjChart         *chart,
                                      cairo_t         *cr,
                                      double           width,
                                      double           height,
                                      const PjPalette *palette);

/* Geometry of the last render, for hit-testing and tests. Before any render these return
 * FALSE / PJ_DATE_NONE / NAN. */
gboolean             pj_chart_get_plot_area (PjChart     *chart,
                                             PjChartRect *out_rect);
PjDate               pj_chart_date_at_x (PjChart *chart,
                                         double   x);
double               pj_chart_x_for_date (PjChart *chart,
                                          PjDate   date);
double               pj_chart_y_for_pain (PjChart *chart,
                                          double   pain);
double               pj_chart_y_for_factor (PjChart *chart,
                                            double   value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjChart, pj_chart_free)

G_END_DECLS
