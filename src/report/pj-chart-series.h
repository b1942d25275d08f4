/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-day.h"
#include "pj-medicine.h"

G_BEGIN_DECLS

/* The values layer of the chart: one slot per calendar day from @first to @last, whether or not
 * the day was logged. A day without check-ins holds NAN, never 0, so every later layer sees the
 * gap. Nothing here knows about pixels or colours. */

/* The factors that can be shown beside the pain. Each maps to a field of PjDay. */
typedef enum
{
  PJ_CHART_FACTOR_NONE,
  PJ_CHART_FACTOR_SITTING_HOURS,
  PJ_CHART_FACTOR_SCREEN_HOURS,
  PJ_CHART_FACTOR_EXERCISE_MINUTES,
  PJ_CHART_FACTOR_SLEEP_HOURS,
  PJ_CHART_FACTOR_STRESS,
  PJ_CHART_FACTOR_POSTURE,
  PJ_CHART_FACTOR_DOSES,    /* doses of one medicine a day: see pj_chart_series_set_doses() */
  PJ_N_CHART_FACTORS
} PjChartFactor;

typedef enum
{
  PJ_CHART_FACTOR_STYLE_COLUMNS,  /* amounts (hours, minutes): one column per day */
  PJ_CHART_FACTOR_STYLE_LINE,     /* ratings (stress, posture): a line like the pain */
} PjChartFactorStyle;

/* The days that make up the rolling mean, and how many of them must have a value for the mean
 * to be drawn: with fewer, one or two logged days would pose as a weekly trend. */
#define PJ_CHART_ROLLING_DAYS 7
#define PJ_CHART_ROLLING_MIN_VALUES 3

/* Above these spans a chart draws weekly averages instead of hundreds of daily points that
 * read as a zig-zag (clinical-rules.md, "Charts"): a window is wider than a page, hence the
 * larger threshold on screen. */
#define PJ_CHART_WEEKLY_ABOVE_DAYS_SCREEN 120
#define PJ_CHART_WEEKLY_ABOVE_DAYS_PRINT 60

/* One calendar week (Monday to Sunday) of a series, clipped to the series' first and last day.
 * A week without a logged day is a gap: NAN, never 0. */
typedef struct
{
  PjDate first;     /* the week's first day inside the series */
  PjDate last;      /* … and its last */
  guint  n_logged;  /* days with pain */
  double mean;      /* mean of the daily mean pain of those days, NAN when none */
  double least;     /* the lowest daily least pain of the week, NAN when none */
  double worst;     /* the highest daily worst pain of the week, NAN when none */
  guint  n_factor;  /* days with the factor recorded */
  double factor;    /* mean of the factor over those days, NAN when none */
} PjChartWeek;

typedef struct
{
  PjDate        first;
  PjDate        last;
  guint         n_days;     /* last - first + 1 */
  double       *mean;       /* daily mean pain, NAN at gaps */
  double       *least;      /* least pain of the day, NAN at gaps */
  double       *worst;      /* worst pain of the day, NAN at gaps */
  double       *rolling;    /* 7-day rolling mean of @mean, NAN where too few values */
  PjChartFactor factor;
  double       *factor_values; /* NAN where unknown; NULL when @factor is NONE */
  double        factor_max;    /* the largest factor value, 0 when none */
  guint         n_logged;      /* days with pain */
  GArray       *weeks;         /* PjChartWeek, oldest first, covering first … last */
} PjChartSeries;

/* Builds the series for @first … @last from @days (PjDay*, any order; days outside the range
 * are ignored). Pain comes from pj_day_pain_mean/least/worst. */
PjChartSeries *pj_chart_series_new (GPtrArray    *days,
                                    PjDate        first,
                                    PjDate        last,
                                    PjChartFactor factor);
void           pj_chart_series_free (PjChartSeries *series);
/* Makes the factor the doses of @medicine (a PjMedicine carrying its doses) taken each day:
 * a count, 0 on a day without one. */
void           pj_chart_series_set_doses (PjChartSeries    *series,
                                          const PjMedicine *medicine);
/* The slot of @date, or -1 when it is outside the series. */
int            pj_chart_series_index (const PjChartSeries *series,
                                      PjDate               date);

/* TRUE when a chart of @n_days should draw weekly averages, with @above_days one of the
 * PJ_CHART_WEEKLY_ABOVE_DAYS_* thresholds (0: never). */
gboolean       pj_chart_series_use_weekly (guint n_days,
                                           guint above_days);

/* Mean over the @window days ending at each day, counting only days that have a value; NAN
 * where fewer than @min_values of them do. @out may not alias @values. */
void           pj_chart_rolling_mean (const double *values,
                                      guint         n_values,
                                      guint         window,
                                      guint         min_values,
                                      double       *out);

/* Factor metadata. The label is translated; the unit is short and translated ("h", "min"), or
 * empty for ratings. The axis title names the unit, or the scale of a rating and which end
 * is good ("Posture 1–5, higher is better"). */
const char        *pj_chart_factor_label (PjChartFactor factor);
const char        *pj_chart_factor_unit (PjChartFactor factor);
const char        *pj_chart_factor_axis_title (PjChartFactor factor);
const char        *pj_chart_factor_field_name (PjChartFactor factor);
PjChartFactorStyle pj_chart_factor_style (PjChartFactor factor);
/* The fixed top of the right-hand axis for ratings (10 for stress, 5 for posture), or 0 when
 * the axis follows the data (amounts). */
double             pj_chart_factor_scale_max (PjChartFactor factor);
/* The factor's value on @day, NAN when unknown. */
double             pj_chart_factor_value (PjChartFactor factor,
                                          const PjDay  *day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjChartSeries, pj_chart_series_free)

G_END_DECLS
