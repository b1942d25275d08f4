/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-chart-widget.h"
#include "pj-database.h"

G_BEGIN_DECLS

/* The Trends page: "am I getting better?" A chart of the period, how it compares with the
 * period before, and the days behind it. It reads only the days of the period shown (and of the
 * one before, for the comparison) and reloads when the database says it changed. Properties
 * "database" and "as-of" (pj-journal-properties.h): the last period ends on the "as-of" day.
 *
 * Signal "open-day" (guint date): the person asked to open that day (Enter or a double click on
 * the chart); the window shows it on the Today page. */
#define PJ_TYPE_TRENDS_PAGE (pj_trends_page_get_type ())
G_DECLARE_FINAL_TYPE (PjTrendsPage, pj_trends_page, PJ, TRENDS_PAGE, GtkWidget)

typedef enum
{
  PJ_TRENDS_RANGE_WEEK,
  PJ_TRENDS_RANGE_MONTH,
  PJ_TRENDS_RANGE_QUARTER,
  PJ_TRENDS_RANGE_YEAR,
  PJ_TRENDS_RANGE_ALL,
} PjTrendsRange;

GtkWidget     *pj_trends_page_new (void);
void           pj_trends_page_set_range (PjTrendsPage *self,
                                         PjTrendsRange range);
PjTrendsRange  pj_trends_page_get_range (PjTrendsPage *self);
void           pj_trends_page_set_factor (PjTrendsPage *self,
                                          PjChartFactor factor);
PjChartFactor  pj_trends_page_get_factor (PjTrendsPage *self);
/* The days shown now. */
void           pj_trends_page_get_period (PjTrendsPage *self,
                                          PjDate       *out_from,
                                          PjDate       *out_to);
PjChartWidget *pj_trends_page_get_chart (PjTrendsPage *self);
/* The chart's text summary, as screen readers get it ("Average pain 4.2 this month, down from
 * 5.1 the month before (better). Worst day: 14 March, pain 8."). */
const char    *pj_trends_page_get_summary (PjTrendsPage *self);

G_END_DECLS
