/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-day.h"
#include "pj-report-summary.h"
#include "pj-test-utils.h"

static PjDay *
day_with_pain (PjDate date,
               int    first,
               int    second)
{
  PjDay *day = pj_day_new (date);

  pj_day_add_checkin (day, pj_checkin_new (date, 8 * 60, first));
  if (second >= 0)
    pj_day_add_checkin (day, pj_checkin_new (date, 20 * 60, second));
  return day;
}

static void
test_change_classify (void)
{
  /* About 2 points or about 30 % (with at least one point) is meaningful. */
  g_assert_cmpint (pj_pain_change_classify (6.0, 4.0), ==, PJ_PAIN_CHANGE_BETTER);
  g_assert_cmpint (pj_pain_change_classify (6.0, 4.5), ==, PJ_PAIN_CHANGE_SAME);
  g_assert_cmpint (pj_pain_change_classify (3.0, 2.0), ==, PJ_PAIN_CHANGE_BETTER);
  g_assert_cmpint (pj_pain_change_classify (1.4, 0.9), ==, PJ_PAIN_CHANGE_SAME);
  g_assert_cmpint (pj_pain_change_classify (4.0, 6.0), ==, PJ_PAIN_CHANGE_WORSE);
  g_assert_cmpint (pj_pain_change_classify (8.0, 9.5), ==, PJ_PAIN_CHANGE_SAME);
  g_assert_cmpint (pj_pain_change_classify (NAN, 3.0), ==, PJ_PAIN_CHANGE_UNKNOWN);
  g_assert_cmpint (pj_pain_change_classify (0.0, 1.5), ==, PJ_PAIN_CHANGE_SAME);
}

static void
test_figures (void)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (PjReportSummary) summary = NULL;
  PjDate to = pj_test_today ();
  PjDate from = to - 29;
  PjDay *day;

  /* First two weeks: pain 6 on five days; last two weeks: pain 3 on five days. */
  for (guint i = 0; i < 5; i++)
    {
      day = day_with_pain (from + i, 5, 7);
      day->enjoyment_interference = 6;
      day->activity_interference = 6;
      day->self_care = PJ_CODE_BIT (PJ_SELF_CARE_HEAT);
      day->medication = g_strdup (i < 3 ? " Ibuprofen 400 mg " : "Paracetamol");
      g_ptr_array_add (days, day);
      day = day_with_pain (to - i, 3, -1);
      day->enjoyment_interference = 3;
      day->activity_interference = 0;
      day->exercise_minutes = i == 0 ? 0 : 30;
      g_ptr_array_add (days, day);
    }
  /* A day outside the period and a day without check-ins. */
  g_ptr_array_add (days, day_with_pain (from - 1, 10, -1));
  day = pj_day_new (from + 20);
  day->sleep_hours = 7.5;
  g_ptr_array_add (days, day);
  ((PjCheckin *) g_ptr_array_index (((PjDay *) g_ptr_array_index (days, 0))->checkins, 0))
    ->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_NIGHT_PAIN);
  ((PjCheckin *) g_ptr_array_index (((PjDay *) g_ptr_array_index (days, 0))->checkins, 1))
    ->locations = PJ_CODE_BIT (PJ_LOCATION_NECK) | PJ_CODE_BIT (PJ_LOCATION_ARM_LEFT);

  summary = pj_report_summary_new (days, from, to);
  g_assert_cmpuint (summary->days_in_period, ==, 30);
  g_assert_cmpuint (summary->days_logged, ==, 10);
  g_assert_cmpuint (summary->checkins, ==, 15);
  g_assert_cmpfloat_with_epsilon (summary->pain_mean, 4.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary->pain_worst_day, 6.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary->pain_least_day, 3.0, 1e-9);
  g_assert_cmpint (summary->pain_peak, ==, 7);
  g_assert_cmpfloat_with_epsilon (summary->start_mean, 6.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary->end_mean, 3.0, 1e-9);
  g_assert_cmpint (summary->change, ==, PJ_PAIN_CHANGE_BETTER);
  g_assert_cmpfloat_with_epsilon (summary->peg_start, 6.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary->peg_end, 2.0, 1e-9);
  g_assert_cmpuint (summary->location_days[PJ_LOCATION_NECK], ==, 1);
  g_assert_cmpuint (summary->self_care_days[PJ_SELF_CARE_HEAT], ==, 5);
  g_assert_cmpuint (summary->exercise_days, ==, 4);
  g_assert_cmpfloat_with_epsilon (summary->exercise_minutes_mean, 24.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary->sleep_hours_mean, 7.5, 1e-9);
  g_assert_true (isnan (summary->stress_mean));
  g_assert_cmpuint (summary->symptom_dates[PJ_SYMPTOM_NIGHT_PAIN]->len, ==, 1);
  g_assert_cmpuint (g_array_index (summary->symptom_dates[PJ_SYMPTOM_NIGHT_PAIN], PjDate, 0),
                    ==, from);
  g_assert_cmpuint (summary->symptom_dates[PJ_SYMPTOM_FEVER]->len, ==, 0);

  /* Medications as written (trimmed), most days first, with their first and last dates. */
  g_assert_cmpuint (summary->medications->len, ==, 2);
  {
    PjMedicationUse *use = g_ptr_array_index (summary->medications, 0);

    g_assert_cmpstr (use->text, ==, "Ibuprofen 400 mg");
    g_assert_cmpuint (use->days, ==, 3);
    g_assert_cmpuint (use->first, ==, from);
    g_assert_cmpuint (use->last, ==, from + 2);
  }
}

static void
test_short_period_has_no_change (void)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (PjReportSummary) summary = NULL;
  PjDate to = pj_test_today ();

  for (guint i = 0; i < 20; i++)
    g_ptr_array_add (days, day_with_pain (to - i, i < 10 ? 2 : 8, -1));
  summary = pj_report_summary_new (days, to - 19, to);
  g_assert_cmpint (summary->change, ==, PJ_PAIN_CHANGE_UNKNOWN);
  g_assert_true (isnan (summary->start_mean));
}

static void
test_rank (void)
{
  guint counts[] = { 3, 0, 7, 3, 1 };
  guint order[G_N_ELEMENTS (counts)];
  guint n = pj_report_summary_rank (counts, G_N_ELEMENTS (counts), 3, order);

  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (order[0], ==, 2);
  g_assert_cmpuint (order[1], ==, 0);
  g_assert_cmpuint (order[2], ==, 3);
  g_assert_cmpuint (pj_report_summary_rank (counts, G_N_ELEMENTS (counts), 0, order), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-summary/change-classify", test_change_classify);
  g_test_add_func ("/report-summary/figures", test_figures);
  g_test_add_func ("/report-summary/short-period", test_short_period_has_no_change);
  g_test_add_func ("/report-summary/rank", test_rank);

  return g_test_run ();
}
