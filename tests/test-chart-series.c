/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

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

/* 2026-08-03 is a Monday. Weeks run Monday to Sunday and are clipped to the series. */
static void
test_weeks_boundaries_and_gaps (void)
{
  PjDate monday = pj_date_from_ymd (2026, 8, 3);
  PjDate first = monday + 4;       /* a Friday: the first week is Fri–Sun */
  PjDate last = monday + 7 * 3 + 1; /* a Tuesday: the last week is Mon–Tue */
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (PjChartSeries) series = NULL;
  const int two[] = { 2 }, six[] = { 6 }, range[] = { 1, 9 };
  const PjChartWeek *week;

  g_assert_cmpint (pj_date_weekday (monday), ==, G_DATE_MONDAY);
  /* Week 1 (Fri 7 – Sun 9 Aug): 2 on Friday, 6 on Sunday (Saturday missed). */
  g_ptr_array_add (days, day_with_pain (first, two, 1));
  g_ptr_array_add (days, day_with_pain (first + 2, six, 1));
  /* Week 2 (10–16 Aug): nothing logged at all, though a factor is: still a gap. */
  g_ptr_array_add (days, pj_day_new (monday + 9));
  ((PjDay *) g_ptr_array_index (days, 2))->sitting_hours = 8;
  /* Week 3 (17–23 Aug): one day with check-ins of 1 and 9, mean 5. */
  g_ptr_array_add (days, day_with_pain (monday + 16, range, 2));
  /* Week 4 (24–25 Aug): its Monday. Sunday 23 Aug belongs to week 3, Monday 24 to week 4. */
  g_ptr_array_add (days, day_with_pain (monday + 21, two, 1));

  series = pj_chart_series_new (days, first, last, PJ_CHART_FACTOR_SITTING_HOURS);
  g_assert_cmpuint (series->weeks->len, ==, 4);

  week = &g_array_index (series->weeks, PjChartWeek, 0);
  g_assert_cmpint (week->first, ==, first);
  g_assert_cmpint (week->last, ==, monday + 6);
  g_assert_cmpuint (week->n_logged, ==, 2);
  assert_nan_or_close (week->mean, 4);  /* (2 + 6) / 2: the missed Saturday is no zero */
  assert_nan_or_close (week->least, 2);
  assert_nan_or_close (week->worst, 6);

  week = &g_array_index (series->weeks, PjChartWeek, 1);
  g_assert_cmpint (week->first, ==, monday + 7);
  g_assert_cmpint (week->last, ==, monday + 13);
  g_assert_cmpuint (week->n_logged, ==, 0);
  g_assert_true (isnan (week->mean));
  g_assert_true (isnan (week->least));
  g_assert_true (isnan (week->worst));
  g_assert_cmpuint (week->n_factor, ==, 1);
  assert_nan_or_close (week->factor, 8);

  week = &g_array_index (series->weeks, PjChartWeek, 2);
  assert_nan_or_close (week->mean, 5);
  assert_nan_or_close (week->least, 1);
  assert_nan_or_close (week->worst, 9);
  g_assert_true (isnan (week->factor));

  week = &g_array_index (series->weeks, PjChartWeek, 3);
  g_assert_cmpint (week->first, ==, monday + 21);
  g_assert_cmpint (week->last, ==, last);
  assert_nan_or_close (week->mean, 2);
}

static void
test_weekly_thresholds (void)
{
  /* Trends: Year and All are weekly, 3 months (up to 92 days) and less stay daily. */
  g_assert_false (pj_chart_series_use_weekly (92, PJ_CHART_WEEKLY_ABOVE_DAYS_SCREEN));
  g_assert_false (pj_chart_series_use_weekly (120, PJ_CHART_WEEKLY_ABOVE_DAYS_SCREEN));
  g_assert_true (pj_chart_series_use_weekly (121, PJ_CHART_WEEKLY_ABOVE_DAYS_SCREEN));
  g_assert_true (pj_chart_series_use_weekly (365, PJ_CHART_WEEKLY_ABOVE_DAYS_SCREEN));
  /* The report: 90 days are weekly, 60 and a month are daily. */
  g_assert_false (pj_chart_series_use_weekly (31, PJ_CHART_WEEKLY_ABOVE_DAYS_PRINT));
  g_assert_false (pj_chart_series_use_weekly (60, PJ_CHART_WEEKLY_ABOVE_DAYS_PRINT));
  g_assert_true (pj_chart_series_use_weekly (61, PJ_CHART_WEEKLY_ABOVE_DAYS_PRINT));
  g_assert_true (pj_chart_series_use_weekly (90, PJ_CHART_WEEKLY_ABOVE_DAYS_PRINT));
  g_assert_false (pj_chart_series_use_weekly (36500, 0));
}

static void
test_reduce_weeks (void)
{
  PjDate monday = pj_date_from_ymd (2026, 8, 3);
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (PjChartSeries) series = NULL;
  PjChartTimeScale scale = { 0 };
  PjChartColumn mean[4], band[4], factor[4];
  const int low[] = { 2 }, high[] = { 8 };

  /* Four whole weeks: week 1 two days of 2, week 2 nothing, weeks 3 and 4 one day of 8. */
  g_ptr_array_add (days, day_with_pain (monday, low, 1));
  g_ptr_array_add (days, day_with_pain (monday + 1, low, 1));
  g_ptr_array_add (days, day_with_pain (monday + 14, high, 1));
  g_ptr_array_add (days, day_with_pain (monday + 21, high, 1));
  series = pj_chart_series_new (days, monday, monday + 27, PJ_CHART_FACTOR_NONE);
  scale.x = 10;
  scale.width = 280;
  scale.first = monday;
  scale.n_days = 28;

  pj_chart_reduce_weeks (series->weeks, &scale, 4, mean, band, NULL);
  /* A week is 70 px wide; each point sits at its week's centre. */
  assert_nan_or_close (mean[0].x, 10 + 35);
  assert_nan_or_close (mean[3].x, 10 + 3 * 70 + 35);
  assert_nan_or_close (mean[0].mean, 2);
  g_assert_cmpuint (mean[1].n, ==, 0);
  g_assert_true (isnan (mean[1].mean));   /* a gap, never drawn at 0 */
  g_assert_cmpuint (band[1].n, ==, 0);

  /* Two columns of two weeks: the mean is over the days, so the week of two days counts
   * twice: (2 + 2) / 2 = 2 for the first, (8 + 8) / 2 for the second. */
  pj_chart_reduce_weeks (series->weeks, &scale, 2, mean, band, factor);
  assert_nan_or_close (mean[0].mean, 2);
  g_assert_cmpuint (mean[0].n, ==, 2);
  assert_nan_or_close (mean[1].mean, 8);
  g_assert_cmpuint (factor[0].n, ==, 0);
  g_assert_cmpuint (pj_chart_week_column_count (52, 1000, 3), ==, 52);
  g_assert_cmpuint (pj_chart_week_column_count (5200, 900, 3), ==, 300);
  g_assert_cmpuint (pj_chart_week_column_count (10, 1, 3), ==, 1);
}

static void
test_axis_titles (void)
{
  /* Amounts name their unit; ratings their scale and which end is better. */
  g_assert_nonnull (strstr (pj_chart_factor_axis_title (PJ_CHART_FACTOR_SITTING_HOURS),
                            "hours"));
  g_assert_nonnull (strstr (pj_chart_factor_axis_title (PJ_CHART_FACTOR_EXERCISE_MINUTES),
                            "minutes"));
  g_assert_nonnull (strstr (pj_chart_factor_axis_title (PJ_CHART_FACTOR_POSTURE),
                            "higher is better"));
  g_assert_nonnull (strstr (pj_chart_factor_axis_title (PJ_CHART_FACTOR_STRESS),
                            "higher is worse"));
  for (PjChartFactor f = PJ_CHART_FACTOR_NONE + 1; f < PJ_N_CHART_FACTORS; f++)
    g_assert_cmpstr (pj_chart_factor_axis_title (f), !=, "");
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
  g_test_add_func ("/chart-series/weeks-boundaries-and-gaps", test_weeks_boundaries_and_gaps);
  g_test_add_func ("/chart-series/weekly-thresholds", test_weekly_thresholds);
  g_test_add_func ("/chart-series/reduce-weeks", test_reduce_weeks);
  g_test_add_func ("/chart-series/axis-titles", test_axis_titles);
  return g_test_run ();
}
