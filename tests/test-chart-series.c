/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-chart-columns.h"
#include "pj-chart-series.h"
#include "pj-test-utils.h"

static PjDay *
day_with_pain (PjDate     date,
               const int *pains,
               guint      n_pains)
{
  PjDay *day = pj_day_new (date);

  for (guint i = 0; i < n_pains; i++)
    pj_day_add_checkin (day, pj_checkin_new (date, 8 * 60 + (int) i * 60, pains[i]));
  return day;
}

static void
assert_nan_or_close (double actual,
                     double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (actual));
  else
    g_assert_cmpfloat_with_epsilon (actual, expected, 1e-9);
}

static void
test_rolling_mean_with_gaps (void)
{
  const double values[] = { 1, 2, NAN, 4, NAN, NAN, NAN, NAN, NAN, 9, 10, 11 };
  /* Window of 7 days, at least 3 values:
   * day 0: {1}            → too few          day 6: {1,2,4}        → 7/3
   * day 1: {1,2}          → too few          day 7: {2,4}          → too few (1 left)
   * day 2: {1,2}          → too few          day 9: {4,9}          → too few
   * day 3: {1,2,4}        → 7/3              day 10: {9,10}        → too few (day 3 left)
   * day 11: {9,10,11}     → 10 */
  const double expected[] = { NAN, NAN, NAN, 7.0 / 3, 7.0 / 3, 7.0 / 3, 7.0 / 3, NAN, NAN, NAN,
                              NAN, 10 };
  double out[G_N_ELEMENTS (values)];

  pj_chart_rolling_mean (values, G_N_ELEMENTS (values), 7, 3, out);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    assert_nan_or_close (out[i], expected[i]);

  /* With min 1, a gap inside the window does not pull the mean towards zero. */
  pj_chart_rolling_mean (values, G_N_ELEMENTS (values), 7, 1, out);
  assert_nan_or_close (out[0], 1);
  assert_nan_or_close (out[2], 1.5);
  assert_nan_or_close (out[8], 4);
}

static void
test_series_from_days (void)
{
  PjDate first = pj_date_from_ymd (2026, 3, 1);
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (PjChartSeries) series = NULL;
  const int pains_a[] = { 2, 6, 7 };
  const int pains_b[] = { 4 };
  PjDay *day;

  day = day_with_pain (first, pains_a, 3);
  day->sitting_hours = 7.5;
  g_ptr_array_add (days, day);
  /* first + 1 missing entirely; first + 2 has factors but no pain */
  day = pj_day_new (first + 2);
  day->sitting_hours = 3;
  g_ptr_array_add (days, day);
  g_ptr_array_add (days, day_with_pain (first + 3, pains_b, 1));
  /* outside the range: ignored */
  g_ptr_array_add (days, day_with_pain (first + 40, pains_b, 1));

  series = pj_chart_series_new (days, first, first + 4, PJ_CHART_FACTOR_SITTING_HOURS);
  g_assert_cmpuint (series->n_days, ==, 5);
  g_assert_cmpuint (series->n_logged, ==, 2);
  assert_nan_or_close (series->mean[0], 5);
  assert_nan_or_close (series->least[0], 2);
  assert_nan_or_close (series->worst[0], 7);
  g_assert_true (isnan (series->mean[1]));
  g_assert_true (isnan (series->mean[2]));
  g_assert_true (isnan (series->worst[2]));
  assert_nan_or_close (series->mean[3], 4);
  g_assert_true (isnan (series->mean[4]));
  assert_nan_or_close (series->factor_values[0], 7.5);
  g_assert_true (isnan (series->factor_values[1]));
  assert_nan_or_close (series->factor_values[2], 3);
  g_assert_cmpfloat (series->factor_max, ==, 7.5);
  g_assert_cmpint (pj_chart_series_index (series, first + 3), ==, 3);
  g_assert_cmpint (pj_chart_series_index (series, first + 5), ==, -1);
  g_assert_cmpint (pj_chart_series_index (series, first - 1), ==, -1);
}

static void
test_factor_metadata (void)
{
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());

  day->stress = 6;
  day->exercise_minutes = 45;
  g_assert_cmpfloat (pj_chart_factor_value (PJ_CHART_FACTOR_STRESS, day), ==, 6);
  g_assert_cmpfloat (pj_chart_factor_value (PJ_CHART_FACTOR_EXERCISE_MINUTES, day), ==, 45);
  g_assert_true (isnan (pj_chart_factor_value (PJ_CHART_FACTOR_POSTURE, day)));
  g_assert_true (isnan (pj_chart_factor_value (PJ_CHART_FACTOR_NONE, day)));
  g_assert_cmpint (pj_chart_factor_style (PJ_CHART_FACTOR_STRESS), ==,
                   PJ_CHART_FACTOR_STYLE_LINE);
  g_assert_cmpint (pj_chart_factor_style (PJ_CHART_FACTOR_SLEEP_HOURS), ==,
                   PJ_CHART_FACTOR_STYLE_COLUMNS);
  g_assert_cmpfloat (pj_chart_factor_scale_max (PJ_CHART_FACTOR_POSTURE), ==, 5);
  for (guint f = PJ_CHART_FACTOR_SITTING_HOURS; f < PJ_N_CHART_FACTORS; f++)
    {
      g_assert_nonnull (pj_chart_factor_field_name (f));
      g_assert_cmpstr (pj_chart_factor_label (f), !=, "");
    }
}

static void
test_reduce_columns (void)
{
  const double values[] = { 1, 5, NAN, NAN, NAN, NAN, 2, 10, 3, 4 };
  PjChartTimeScale scale = { pj_test_today (), G_N_ELEMENTS (values), 100, 30 };
  PjChartColumn columns[3];
  guint total = 0;

  g_assert_cmpuint (pj_chart_column_count (10, 30), ==, 10);
  g_assert_cmpuint (pj_chart_column_count (10, 3.7), ==, 3);
  g_assert_cmpuint (pj_chart_column_count (36500, 1130.4), ==, 1130);

  /* 10 days into 3 columns: days 0-2, 3-5, 6-9. */
  pj_chart_reduce_columns (values, &scale, 3, columns);
  g_assert_cmpuint (columns[0].n, ==, 2);
  g_assert_cmpfloat (columns[0].min, ==, 1);
  g_assert_cmpfloat (columns[0].max, ==, 5);
  g_assert_cmpfloat (columns[0].mean, ==, 3);
  g_assert_cmpuint (columns[1].n, ==, 0);
  g_assert_true (isnan (columns[1].mean));
  g_assert_cmpuint (columns[2].n, ==, 4);
  g_assert_cmpfloat (columns[2].min, ==, 2);
  g_assert_cmpfloat (columns[2].max, ==, 10);
  g_assert_cmpfloat (columns[2].mean, ==, 4.75);
  /* Column centres follow their days: days 0-2 of 10 over 30 px from x = 100. */
  g_assert_cmpfloat_with_epsilon (columns[0].x, 100 + 1.5 * 3, 1e-9);
  for (guint i = 0; i < 3; i++)
    total += columns[i].n;
  g_assert_cmpuint (total, ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-series/rolling-mean-with-gaps", test_rolling_mean_with_gaps);
  g_test_add_func ("/chart-series/from-days", test_series_from_days);
  g_test_add_func ("/chart-series/factor-metadata", test_factor_metadata);
  g_test_add_func ("/chart-series/reduce-columns", test_reduce_columns);
  return g_test_run ();
}
