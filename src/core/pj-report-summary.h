/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-codes.h"
#include "pj-date.h"

G_BEGIN_DECLS

/* The figures on the first page of the clinician report, computed from the days of a period.
 * Pure arithmetic on the model (no drawing), so it is tested without a PDF. Unknown stays
 * unknown: NAN for a mean without data, never a fake zero. */

/* The start and end windows compared by the report: the first and the last two weeks. */
#define PJ_REPORT_SUMMARY_WINDOW 14
/* Each window needs this many days with pain for a comparison (as the flags do). */
#define PJ_REPORT_SUMMARY_MIN_DAYS 4

/* Clinically meaningful change on the 0–10 scale: about 2 points or about 30 %
 * (clinical-rules.md, Farrar 2001). */
typedef enum
{
  PJ_PAIN_CHANGE_UNKNOWN,   /* too few days in either window, or the period is too short */
  PJ_PAIN_CHANGE_BETTER,
  PJ_PAIN_CHANGE_SAME,
  PJ_PAIN_CHANGE_WORSE,
} PjPainChange;

typedef struct
{
  char  *text;    /* as written, trimmed */
  guint  days;    /* how many days it was written on */
  PjDate first;
  PjDate last;
} PjMedicationUse;

typedef struct
{
  PjDate from;
  PjDate to;
  guint  days_in_period;
  guint  days_logged;          /* days with at least one check-in */
  guint  checkins;

  double pain_mean;            /* mean of the daily pain (mean of each day's check-ins) */
  double pain_worst_day;       /* highest daily pain */
  double pain_least_day;       /* lowest daily pain */
  int    pain_peak;            /* highest single rating, PJ_UNSET without check-ins */

  double start_mean;           /* mean daily pain of the first two weeks */
  double end_mean;             /* … and of the last two */
  guint  start_days;
  guint  end_days;
  PjPainChange change;

  double peg_start;            /* mean PEG score of the first and last two weeks */
  double peg_end;

  guint  location_days[PJ_N_LOCATIONS];  /* on how many days each region hurt */
  guint  quality_days[PJ_N_QUALITIES];
  guint  self_care_days[PJ_N_SELF_CARE];
  guint  activity_days[PJ_N_ACTIVITIES];
  guint  exercise_days;        /* days with exercise_minutes > 0 */
  double exercise_minutes_mean;  /* over the days that recorded it */
  double sitting_hours_mean;
  double screen_hours_mean;
  double sleep_hours_mean;
  double stress_mean;
  GArray *symptom_dates[PJ_N_SYMPTOMS];  /* PjDate, oldest first */
  GPtrArray *medications;      /* PjMedicationUse*, most days first */
} PjReportSummary;

/* @days: PjDay* in any order; days outside @from … @to are ignored. */
PjReportSummary *pj_report_summary_new (GPtrArray *days,
                                        PjDate     from,
                                        PjDate     to);
void             pj_report_summary_free (PjReportSummary *summary);

/* Classifies the change from @start to @end (means on the 0–10 scale). */
PjPainChange     pj_pain_change_classify (double start,
                                          double end);

/* Indices of the codes of @kind with a count above zero, most days first (ties in code
 * order), at most @max (0 = all). @out_indices must hold @n_counts entries; returns how
 * many of them are meaningful. */
guint            pj_report_summary_rank (const guint *counts,
                                         guint        n_counts,
                                         guint        max,
                                         guint       *out_indices);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjReportSummary, pj_report_summary_free)

G_END_DECLS
