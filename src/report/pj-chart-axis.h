/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-date.h"

G_BEGIN_DECLS

/* The scale layer of the chart: values and dates to ticks and to pixels. No drawing here. */

/* ----- Value axis ----- */
typedef struct
{
  double min;    /* first tick */
  double max;    /* last tick, >= the data */
  double step;   /* 1, 2 or 5 times a power of ten */
  guint  n_ticks;
} PjChartTicks;

/* "Nice" ticks covering @min … @max with at most @max_ticks intervals. */
void  pj_chart_nice_ticks (double        min,
                           double        max,
                           guint         max_ticks,
                           PjChartTicks *out);
/* The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) that is >= @value; used to
 * give a right-hand axis the same grid lines as the pain axis. */
double pj_chart_nice_ceil (double value);
/* The pain axis is always 0 … 10; only the step changes with the room available. */
void  pj_chart_pain_ticks (double        height_px,
                           double        min_spacing_px,
                           PjChartTicks *out);

/* ----- Time axis ----- */
typedef enum
{
  PJ_CHART_DATE_UNIT_DAY,
  PJ_CHART_DATE_UNIT_MONTH,
  PJ_CHART_DATE_UNIT_YEAR,
} PjChartDateUnit;

typedef struct
{
  PjDate date;
  char  *label; /* localised, e.g. "4 Mar", "Mar", "2027" */
} PjChartDateTick;

/* Measures a label in pixels; the renderer passes one backed by Pango. */
typedef double (*PjChartMeasureFunc) (const char *text,
                                      gpointer    user_data);

/* Date ticks for @first … @last drawn over @width_px: the finest of day, 2 days, week, 2 weeks,
 * month, 2/3/6 months, 1/2/5/10/20/50/100 years whose labels fit without touching. Ticks sit on
 * stable dates (Mondays, the 1st of a month, 1 January) so they do not jump while paging.
 * @measure may be NULL (7 px per character). Returns an array of PjChartDateTick. */
GArray *pj_chart_date_ticks (PjDate             first,
                             PjDate             last,
                             double             width_px,
                             PjChartMeasureFunc measure,
                             gpointer           user_data,
                             PjChartDateUnit   *out_unit);
/* The label of @date for ticks of @unit, from the locale (month names, day-month order). */
char   *pj_chart_date_label (PjDate          date,
                             PjChartDateUnit unit);

/* ----- Mapping ----- */
typedef struct
{
  PjDate first;
  guint  n_days;
  double x;      /* left edge of the plot */
  double width;  /* each day owns width / n_days pixels; its point sits in the middle */
} PjChartTimeScale;

double  pj_chart_time_scale_x (const PjChartTimeScale *scale,
                               PjDate                  date);
/* The day under @x, clamped into the range. */
PjDate  pj_chart_time_scale_date (const PjChartTimeScale *scale,
                                  double                  x);

G_END_DECLS
