/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-chart.h"
#include "pj-flags.h"

G_BEGIN_DECLS

/* The chart's annotation markers for a set of flags, shared by the Trends page and the PDF
 * report so both mark the same days the same way: one marker per date a flag names inside
 * @from … @to, in the level of the most serious flag naming that date. @flags: PjFlag*, in any
 * order. Returns an array of PjChartMarker, oldest first. */
GArray *pj_chart_markers_from_flags (GPtrArray *flags,
                                     PjDate     from,
                                     PjDate     to);

/* The markers of a span drawn as weeks (pj_chart_set_weekly_above_days): one per calendar week
 * of @series that has any, on the week's first marked day, in the most serious kind of the
 * week. @markers: oldest first. Returns an array of PjChartMarker, oldest first. */
GArray *pj_chart_markers_group_by_week (const PjChartMarker *markers,
                                        guint                n_markers,
                                        const PjChartSeries *series);

G_END_DECLS
