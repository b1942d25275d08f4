/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-series.h"
#include "pj-test-journal.h"

static void
test_daily_aggregates (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjSeries) series = NULL;

  /* several check-ins a day: mean, worst, least */
  journal_checkin (days, T - 1, 2);
  journal_checkin (days, T - 1, 7);
  journal_checkin (days, T - 1, 6);
  journal_checkin (days, T, 4);
  /* a day with factors but no check-in is a gap for pain */
  journal_day (days, T - 2)->stress = 5;
  series = pj_series_new (days, T - 6, T);

  g_assert_cmpfloat_with_epsilon (pj_series_get_pain (series, T - 1), 5.0, 1e-12);
  g_assert_cmpint (pj_series_get_pain_worst (series, T - 1), ==, 7);
  g_assert_cmpint (pj_series_get_pain_least (series, T - 1), ==, 2);
  g_assert_cmpfloat (pj_series_get_pain (series, T), ==, 4.0);
  g_assert_true (isnan (pj_series_get_pain (series, T - 2)));
  g_assert_true (pj_series_is_gap (series, T - 2));
  g_assert_nonnull (pj_series_get_day (series, T - 2));
  g_assert_cmpint (pj_series_get_pain_worst (series, T - 3), ==, PJ_UNSET);
  g_assert_null (pj_series_get_day (series, T - 3));
  /* outside the series */
  g_assert_null (pj_series_get_day (series, T + 1));
  g_assert_true (isnan (pj_series_get_pain (series, T - 7)));
  g_assert_cmpuint (pj_series_get_first (series), ==, T - 6);
  g_assert_cmpuint (pj_series_get_last (series), ==, T);
}

static void
test_gaps_never_zero (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjSeries) series = NULL;
  g_autoptr (GArray) gaps = NULL;
  g_autoptr (GArray) logged = NULL;
  int pains[] = { 6, -1, -1, 4, -1, 8, -1 };
  guint n = 99;

  journal_pains (days, T - 6, pains, 7);
  series = pj_series_new (days, T - 6, T);
  /* (6 + 4 + 8) / 3, not / 7 */
  g_assert_cmpfloat_with_epsilon (pj_series_mean_pain (series, T - 6, T, &n), 6.0, 1e-12);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (pj_series_count_logged (series, T - 6, T), ==, 3);
  gaps = pj_series_gaps (series, T - 6, T);
  g_assert_cmpuint (gaps->len, ==, 4);
  g_assert_cmpuint (g_array_index (gaps, PjDate, 0), ==, T - 5);
  g_assert_cmpuint (g_array_index (gaps, PjDate, 3), ==, T);
  logged = pj_series_logged_dates (series, T - 6, T);
  g_assert_cmpuint (logged->len, ==, 3);
  g_assert_cmpuint (g_array_index (logged, PjDate, 2), ==, T - 1);
  /* a window of gaps has no mean */
  g_assert_true (isnan (pj_series_mean_pain (series, T, T, &n)));
  g_assert_cmpuint (n, ==, 0);
}

static void
test_windows (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjSeries) series = NULL;

  g_assert_cmpuint (PJ_WINDOW_FIRST (T, 7), ==, T - 6);
  g_assert_cmpuint (PJ_WINDOW_FIRST (T, 1), ==, T);
  journal_fill (days, T - 20, T, 5);
  journal_checkin (days, T + 1, 9);  /* after the series: ignored */
  series = pj_series_new (days, T - 13, T);
  /* the day just inside and just outside of "the last 7 days" */
  g_assert_cmpuint (pj_series_count_logged (series, PJ_WINDOW_FIRST (T, 7), T), ==, 7);
  g_assert_cmpuint (pj_series_count_logged (series, T - 7, T - 7), ==, 1);
  /* windows are clipped to the series */
  g_assert_cmpuint (pj_series_count_logged (series, T - 30, T + 5), ==, 14);
  g_assert_cmpuint (pj_series_count_logged (series, T + 1, T + 5), ==, 0);
}

static void
test_factors (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjSeries) series = NULL;
  guint n;

  journal_day (days, T - 2)->sitting_hours = 7.5;
  journal_day (days, T - 1)->sitting_hours = 4.5;
  journal_day (days, T)->posture = 3;
  journal_day (days, T - 1)->exercise_minutes = 0;
  journal_day (days, T)->exercise_minutes = 30;
  series = pj_series_new (days, T - 6, T);

  g_assert_cmpfloat (pj_series_mean_factor (series, PJ_FACTOR_SITTING_HOURS, T - 6, T, &n), ==,
                     6.0);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (pj_series_mean_factor (series, PJ_FACTOR_POSTURE, T - 6, T, &n), ==, 3.0);
  g_assert_cmpuint (n, ==, 1);
  /* a recorded zero counts, an unknown does not */
  g_assert_cmpfloat (pj_series_mean_factor (series, PJ_FACTOR_EXERCISE_MINUTES, T - 6, T, &n),
                     ==, 15.0);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (pj_series_sum_factor (series, PJ_FACTOR_EXERCISE_MINUTES, T - 6, T, NULL),
                     ==, 30.0);
  g_assert_true (isnan (pj_series_mean_factor (series, PJ_FACTOR_STRESS, T - 6, T, &n)));
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (isnan (pj_series_sum_factor (series, PJ_FACTOR_STRESS, T - 6, T, NULL)));
  g_assert_cmpstr (pj_factor_name (PJ_FACTOR_SLEEP_QUALITY), ==, "sleep_quality");
  g_assert_true (isnan (pj_day_factor (journal_day (days, T), PJ_FACTOR_BREAKS)));
}

static void
test_empty_and_one_day (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjSeries) empty = pj_series_new (days, T - 89, T);
  g_autoptr (PjSeries) one = NULL;

  g_assert_cmpuint (pj_series_count_logged (empty, T - 89, T), ==, 0);
  g_assert_true (isnan (pj_series_mean_pain (empty, T - 89, T, NULL)));
  journal_checkin (days, T - 89, 3);
  one = pj_series_new (days, T - 89, T);
  g_assert_cmpuint (pj_series_count_logged (one, T - 89, T), ==, 1);
  g_assert_cmpfloat (pj_series_mean_pain (one, T - 89, T, NULL), ==, 3.0);
}

static gboolean
stress_at_least (const PjDay  *day,
                 gconstpointer data)
{
  return pj_is_set_int (day->stress) && day->stress >= *(const int *) data;
}

static void
assert_date_list (GArray       *dates,
                  const PjDate *expected,
                  guint         n)
{
  g_assert_cmpuint (dates->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (g_array_index (dates, PjDate, i), ==, expected[i]);
}

/* The two day walks of the analysis: dates that pass a test, and runs of such dates. */
static void
test_day_walks (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjSeries) series = NULL;
  g_autoptr (GArray) where = NULL, runs = NULL, long_runs = NULL, outside = NULL;
  /* stress by day T-9 … T; -1: no day stored (a gap ends a run) */
  const int stress[] = { 7, 7, 7, -1, 7, 7, 2, 8, 9, 7 };
  const int high = 7;

  for (guint i = 0; i < G_N_ELEMENTS (stress); i++)
    if (stress[i] >= 0)
      journal_day (days, T - 9 + i)->stress = stress[i];
  series = pj_series_new (days, T - 9, T);

  where = pj_series_dates_where (series, T - 5, T, stress_at_least, &high);
  assert_date_list (where, (PjDate[]) { T - 5, T - 4, T - 2, T - 1, T }, 5);

  /* T-9 … T-7 is a run of 3; T-5 … T-4 only 2; T-2 … T is 3 */
  runs = pj_series_run_dates (series, T - 9, T, 3, stress_at_least, &high);
  assert_date_list (runs, (PjDate[]) { T - 9, T - 8, T - 7, T - 2, T - 1, T }, 6);
  long_runs = pj_series_run_dates (series, T - 9, T, 4, stress_at_least, &high);
  g_assert_cmpuint (long_runs->len, ==, 0);

  /* a window reaching past the series is clipped, not an error */
  outside = pj_series_dates_where (series, T - 40, T - 8, stress_at_least, &high);
  assert_date_list (outside, (PjDate[]) { T - 9, T - 8 }, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/series/daily-aggregates", test_daily_aggregates);
  g_test_add_func ("/series/day-walks", test_day_walks);
  g_test_add_func ("/series/gaps-never-zero", test_gaps_never_zero);
  g_test_add_func ("/series/windows", test_windows);
  g_test_add_func ("/series/factors", test_factors);
  g_test_add_func ("/series/empty-and-one-day", test_empty_and_one_day);
  return g_test_run ();
}
