/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-codes.h"
#include "pj-day.h"

G_BEGIN_DECLS

/* What a span of days says about the pain, for the Trends page and the clinician report:
 * averages, the best and worst day, how complete the diary is, and where it hurt. */

typedef enum
{
  PJ_CHANGE_UNKNOWN,  /* one of the periods has no pain logged */
  PJ_CHANGE_BETTER,
  PJ_CHANGE_SAME,
  PJ_CHANGE_WORSE,
} PjChange;

/* The smallest change of mean pain on the 0–10 scale that people notice as a real difference:
 * about 2 points or about 30 % (Farrar et al. 2001; IMMPACT). */
#define PJ_CHANGE_MIN_POINTS 2.0
#define PJ_CHANGE_MIN_RATIO 0.7
/* A relative change must also be at least this many points: from 0.6 to 0.4 is a third less,
 * yet a single check-in's rounding. */
#define PJ_CHANGE_RATIO_FLOOR_POINTS 0.5

typedef struct
{
  PjDate from;
  PjDate to;
  guint  n_days;        /* days in the period */
  guint  n_logged;      /* days with anything recorded (check-ins or factors) */
  guint  n_pain_days;   /* days with at least one check-in */
  double mean_pain;     /* mean of the daily mean pain, each logged day counted once; NAN if none */
  PjDate best_date;     /* lowest daily mean (the latest such day); PJ_DATE_NONE if none */
  double best_pain;
  PjDate worst_date;    /* highest daily mean (the latest such day) */
  double worst_pain;
  double mean_peg;      /* mean of pj_day_peg where it exists; NAN if never */
  guint  n_peg_days;
  guint  location_days[PJ_N_LOCATIONS]; /* days each region hurt: the heat map */
} PjPeriodSummary;

/* Summarises the days of @days (PjDay*, any order) that fall in @from … @to; others are
 * ignored, so one query can serve a period and the one before it. */
void        pj_period_summarize (GPtrArray       *days,
                                 PjDate           from,
                                 PjDate           to,
                                 PjPeriodSummary *out);
/* The period of equal length just before @from … @to. */
void        pj_period_previous (PjDate  from,
                                PjDate  to,
                                PjDate *out_from,
                                PjDate *out_to);
/* Compares the mean pain of an earlier and a later period. The rules, exactly:
 *   BETTER when later <= earlier - 2.0, or when later <= 0.7 × earlier and the drop is at
 *          least 0.5 points;
 *   WORSE  mirrored: when later >= earlier + 2.0, or when earlier <= 0.7 × later and the rise is
 *          at least 0.5 points — so swapping the periods swaps BETTER and WORSE;
 *   SAME   otherwise; UNKNOWN when either mean is NAN.
 * Boundaries count as a change (a tolerance of 1e-9 absorbs floating-point error). */
PjChange    pj_period_compare (double earlier_mean,
                               double later_mean);
/* "better", "about the same", "worse", or "" for UNKNOWN; translated. */
const char *pj_change_label (PjChange change);
/* The caller's translated whole sentences for one kind of period, each a printf format:
 *   average  %s the mean: "Average pain %s this month."
 *   nothing  no format: "No pain logged this month."
 *   down, up %s the mean, %s the previous mean, %s pj_change_label(): "Average pain %s this
 *            month, down from %s the month before (%s)."
 *   same     %s the mean: "Average pain %s this month, the same as the month before."
 * down, up and same are NULL for a period without a previous one. */
typedef struct
{
  const char *average;
  const char *nothing;
  const char *down;
  const char *up;
  const char *same;
} PjPeriodSentences;

/* The text a screen reader gets for the chart, e.g. "Average pain 4.2 this month, down from 5.1
 * the month before (better). Worst day: 14 March, pain 8."; @previous may be NULL. */
char       *pj_period_describe (const PjPeriodSummary   *current,
                                const PjPeriodSummary   *previous,
                                const PjPeriodSentences *sentences);
/* A day's mean pain for people: one decimal, without ".0" ("8", "4.5"). */
char       *pj_period_format_pain (double pain);

G_END_DECLS
