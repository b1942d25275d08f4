/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-day.h"

G_BEGIN_DECLS

/* The first day of the window of @n_days calendar days ending on @as_of: "the last 7 days" is
 * PJ_WINDOW_FIRST (as_of, 7) … as_of, that is as_of-6 … as_of (clinical-rules.md). */
#define PJ_WINDOW_FIRST(as_of, n_days) ((PjDate) ((as_of) - ((n_days) - 1)))

/* Every threshold of the analysis compares a mean with this slack, so that a mean landing
 * exactly on a boundary (3.5 against 0.7 × 5, 6 against 6) is decided as the rule reads and
 * not by the rounding of a decimal fraction. Counts are whole numbers and unaffected. */
#define PJ_EPSILON 1e-9

/* The numeric day factors the analysis looks at, named as in data-format.md. */
typedef enum
{
  PJ_FACTOR_SITTING_HOURS,
  PJ_FACTOR_SCREEN_HOURS,
  PJ_FACTOR_POSTURE,
  PJ_FACTOR_BREAKS,
  PJ_FACTOR_EXERCISE_MINUTES,
  PJ_FACTOR_SLEEP_HOURS,
  PJ_FACTOR_SLEEP_QUALITY,
  PJ_FACTOR_STRESS,
  PJ_FACTOR_ENJOYMENT_INTERFERENCE,
  PJ_FACTOR_ACTIVITY_INTERFERENCE,
  PJ_N_FACTORS
} PjFactor;

/* "sitting_hours", … */
const char *pj_factor_name (PjFactor factor);
/* The factor of @day as a double, NAN when unknown (never a fake zero). */
double      pj_day_factor (const PjDay *day,
                           PjFactor     factor);

/* A daily series over the calendar days @first … @last: each date maps to its PjDay (or none)
 * and its daily pain (mean, worst and least of the check-ins). A date without check-ins is a
 * gap: it has no pain value and never counts as zero. The series borrows the PjDay pointers,
 * so the array they came from must outlive it. */
typedef struct _PjSeries PjSeries;

/* Days outside @first … @last are ignored; @days may be in any order. */
PjSeries    *pj_series_new (GPtrArray *days,
                            PjDate     first,
                            PjDate     last);
void         pj_series_free (PjSeries *series);
PjDate       pj_series_get_first (const PjSeries *series);
PjDate       pj_series_get_last (const PjSeries *series);

/* NULL when nothing is stored for @date (or it lies outside the series). */
const PjDay *pj_series_get_day (const PjSeries *series,
                                PjDate          date);
/* Daily pain = mean of the check-ins, NAN on a gap. */
double       pj_series_get_pain (const PjSeries *series,
                                 PjDate          date);
/* PJ_UNSET on a gap. */
int          pj_series_get_pain_worst (const PjSeries *series,
                                       PjDate          date);
int          pj_series_get_pain_least (const PjSeries *series,
                                       PjDate          date);
/* TRUE when @date has no check-in. */
gboolean     pj_series_is_gap (const PjSeries *series,
                               PjDate          date);

/* Windows are clipped to the series. Counts and means skip gaps and unknown values. */
guint        pj_series_count_logged (const PjSeries *series,
                                     PjDate          from,
                                     PjDate          to);
/* Array of PjDate: the dates in @from … @to that have a check-in, oldest first. */
GArray      *pj_series_logged_dates (const PjSeries *series,
                                     PjDate          from,
                                     PjDate          to);
/* Array of PjDate: the dates in @from … @to without a check-in, oldest first. */
GArray      *pj_series_gaps (const PjSeries *series,
                             PjDate          from,
                             PjDate          to);
/* Mean daily pain over the days that have one; NAN when none. @out_n: how many days. */
double       pj_series_mean_pain (const PjSeries *series,
                                  PjDate          from,
                                  PjDate          to,
                                  guint          *out_n);
/* Mean of @factor over the days that have it recorded; NAN when none. */
double       pj_series_mean_factor (const PjSeries *series,
                                    PjFactor        factor,
                                    PjDate          from,
                                    PjDate          to,
                                    guint          *out_n);
/* Sum of @factor over the days that have it recorded; NAN when none has it. */
double       pj_series_sum_factor (const PjSeries *series,
                                   PjFactor        factor,
                                   PjDate          from,
                                   PjDate          to,
                                   guint          *out_n);

/* A question about one stored day; @data is what the caller passed along. */
typedef gboolean (*PjDayTest) (const PjDay  *day,
                               gconstpointer data);

/* Array of PjDate: the dates in @from … @to whose stored day passes @test, oldest first. A
 * date without a stored day never passes. */
GArray      *pj_series_dates_where (const PjSeries *series,
                                    PjDate          from,
                                    PjDate          to,
                                    PjDayTest       test,
                                    gconstpointer   data);
/* Array of PjDate: every date of each run of at least @min_run consecutive calendar days in
 * @from … @to that all pass @test, oldest first. A date without a stored day ends a run. */
GArray      *pj_series_run_dates (const PjSeries *series,
                                  PjDate          from,
                                  PjDate          to,
                                  guint           min_run,
                                  PjDayTest       test,
                                  gconstpointer   data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjSeries, pj_series_free)

G_END_DECLS
