/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-chart.h"

G_BEGIN_DECLS

/* The chart on screen: draws with the one renderer (pj-chart) from snapshot, in the colours of
 * the current style (accent, dark, high contrast), and adds what only a screen has: a crosshair
 * that follows the pointer or the arrow keys, a popover with that day's values, and Enter (or a
 * double click) to open the day.
 *
 * Keys: Left/Right a day, Page Up/Down a week, Home/End the ends, Enter opens, Escape hides.
 * They are bound to the actions "chart.move-cursor" (int days), "chart.cursor-edge" (bool end),
 * "chart.open-day" and "chart.hide-cursor".
 *
 * Signal "open-day" (guint date): the person asked to see that day. */
#define PJ_TYPE_CHART_WIDGET (pj_chart_widget_get_type ())
G_DECLARE_FINAL_TYPE (PjChartWidget, pj_chart_widget, PJ, CHART_WIDGET, GtkWidget)

GtkWidget           *pj_chart_widget_new (void);
/* Takes ownership of @series (NULL clears the chart). Keeps the cursor when it is still in
 * range. */
void                 pj_chart_widget_set_series (PjChartWidget *self,
                                                 PjChartSeries *series);
const PjChartSeries *pj_chart_widget_get_series (PjChartWidget *self);
/* Takes @rows (PjChartDoseRow*, pj-chart-doses.h); NULL removes them. */
void                 pj_chart_widget_set_dose_rows (PjChartWidget *self,
                                                    GPtrArray     *rows);
void                 pj_chart_widget_set_markers (PjChartWidget       *self,
                                                  const PjChartMarker *markers,
                                                  guint                n_markers);
/* The markers shown (owned by the widget); *@n_markers gets their count. */
const PjChartMarker *pj_chart_widget_get_markers (PjChartWidget *self,
                                                  guint         *n_markers);
/* The crosshair's day, PJ_DATE_NONE when hidden. Property "cursor-date". */
PjDate               pj_chart_widget_get_cursor_date (PjChartWidget *self);
void                 pj_chart_widget_set_cursor_date (PjChartWidget *self,
                                                      PjDate         date);
/* The palette the widget draws with now, for tests and for matching colours elsewhere. */
void                 pj_chart_widget_get_palette (PjChartWidget *self,
                                                  PjPalette     *out_palette);

G_END_DECLS
