/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-period.h"
#include "pj-test-utils.h"

static void
test_compare_boundaries (void)
{
  /* Two points is a change, just under two is not (when 30 % does not apply). */
  g_assert_cmpint (pj_period_compare (8.0, 6.0), ==, PJ_CHANGE_BETTER);
  g_assert_cmpint (pj_period_compare (8.0, 6.01), ==, PJ_CHANGE_SAME);
  g_assert_cmpint (pj_period_compare (6.0, 8.0), ==, PJ_CHANGE_WORSE);
  g_assert_cmpint (pj_period_compare (6.01, 8.0), ==, PJ_CHANGE_SAME);

  /* 30 %: from 5, 3.5 is 0.7× (1.5 points, under the 2-point rule) — better; 3.51 is not. */
  g_assert_cmpint (pj_period_compare (5.0, 3.5), ==, PJ_CHANGE_BETTER);
  g_assert_cmpint (pj_period_compare (5.0, 3.51), ==, PJ_CHANGE_SAME);
  /* Mirrored: 3.5 → 5 is worse, 3.51 → 5 is not. */
  g_assert_cmpint (pj_period_compare (3.5, 5.0), ==, PJ_CHANGE_WORSE);
  g_assert_cmpint (pj_period_compare (3.51, 5.0), ==, PJ_CHANGE_SAME);
  /* 10 → 7 is 0.7× exactly. */
  g_assert_cmpint (pj_period_compare (10.0, 7.0), ==, PJ_CHANGE_BETTER);

  /* The 0.5-point floor for the relative rule: 1.0 → 0.5 is a change, 1.0 → 0.6 is not even
   * though it is more than 30 % less … */
  g_assert_cmpint (pj_period_compare (1.0, 0.5), ==, PJ_CHANGE_BETTER);
  g_assert_cmpint (pj_period_compare (1.0, 0.7), ==, PJ_CHANGE_SAME);
  g_assert_cmpint (pj_period_compare (0.6, 0.4), ==, PJ_CHANGE_SAME);
  g_assert_cmpint (pj_period_compare (0.4, 0.6), ==, PJ_CHANGE_SAME);
  /* … and from no pain at all, half a point more is worse. */
  g_assert_cmpint (pj_period_compare (0.0, 0.5), ==, PJ_CHANGE_WORSE);
  g_assert_cmpint (pj_period_compare (0.0, 0.49), ==, PJ_CHANGE_SAME);

  g_assert_cmpint (pj_period_compare (4.2, 4.2), ==, PJ_CHANGE_SAME);
  g_assert_cmpint (pj_period_compare (NAN, 4.2), ==, PJ_CHANGE_UNKNOWN);
  g_assert_cmpint (pj_period_compare (4.2, NAN), ==, PJ_CHANGE_UNKNOWN);
}

static void
test_compare_is_symmetric (void)
{
  /* Swapping the periods swaps better and worse, everywhere on the scale. */
  for (double a = 0; a <= 10; a += 0.25)
    for (double b = 0; b <= 10; b += 0.25)
      {
        PjChange forward = pj_period_compare (a, b);
        PjChange backward = pj_period_compare (b, a);

        if (forward == PJ_CHANGE_BETTER)
          g_assert_cmpint (backward, ==, PJ_CHANGE_WORSE);
        else if (forward == PJ_CHANGE_WORSE)
          g_assert_cmpint (backward, ==, PJ_CHANGE_BETTER);
        else
          g_assert_cmpint (backward, ==, PJ_CHANGE_SAME);
      }
}

static void
test_labels (void)
{
  g_assert_cmpstr (pj_change_label (PJ_CHANGE_BETTER), ==, "better");
  g_assert_cmpstr (pj_change_label (PJ_CHANGE_SAME), ==, "about the same");
  g_assert_cmpstr (pj_change_label (PJ_CHANGE_WORSE), ==, "worse");
  g_assert_cmpstr (pj_change_label (PJ_CHANGE_UNKNOWN), ==, "");
}

static PjDay *
add_day (GPtrArray *days,
         PjDate     date,
         int        pain,
         PjCodeSet  locations)
{
  PjDay *day = pj_day_new (date);
  PjCheckin *checkin = pj_checkin_new (date, 9 * 60, pain);

  checkin->locations = locations;
  pj_day_add_checkin (day, checkin);
  g_ptr_array_add (days, day);
  return day;
}

static void
test_summarize (void)
{
  PjDate from = pj_date_from_ymd (2026, 3, 1);
  PjDate to = pj_date_from_ymd (2026, 3, 31);
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  PjPeriodSummary summary;
  PjDay *day;
  PjCheckin *second;

  day = add_day (days, from, 4, PJ_CODE_BIT (PJ_LOCATION_NECK));
  day->enjoyment_interference = 5;
  day->activity_interference = 6;  /* PEG (4 + 5 + 6) / 3 = 5 */
  /* Two check-ins on one day: the neck counts once for that day. */
  day = add_day (days, from + 1, 8, PJ_CODE_BIT (PJ_LOCATION_NECK) |
                 PJ_CODE_BIT (PJ_LOCATION_SHOULDER_LEFT));
  second = pj_checkin_new (from + 1, 20 * 60, 6);
  second->locations = PJ_CODE_BIT (PJ_LOCATION_NECK);
  pj_day_add_checkin (day, second);            /* day mean 7 */
  add_day (days, from + 13, 7, 0);             /* ties the worst mean, later: wins */
  add_day (days, from + 20, 2, PJ_CODE_BIT (PJ_LOCATION_MID_BACK));
  /* Factors only: logged, but no pain. */
  day = pj_day_new (from + 21);
  day->sleep_hours = 7;
  g_ptr_array_add (days, day);
  /* Outside the period: ignored. */
  add_day (days, to + 1, 10, PJ_CODE_BIT (PJ_LOCATION_NECK));
  add_day (days, from - 1, 0, PJ_CODE_BIT (PJ_LOCATION_NECK));

  pj_period_summarize (days, from, to, &summary);
  g_assert_cmpuint (summary.n_days, ==, 31);
  g_assert_cmpuint (summary.n_logged, ==, 5);
  g_assert_cmpuint (summary.n_pain_days, ==, 4);
  g_assert_cmpfloat_with_epsilon (summary.mean_pain, (4 + 7 + 7 + 2) / 4.0, 1e-9);
  g_assert_cmpuint (summary.best_date, ==, from + 20);
  g_assert_cmpfloat (summary.best_pain, ==, 2);
  g_assert_cmpuint (summary.worst_date, ==, from + 13);
  g_assert_cmpfloat (summary.worst_pain, ==, 7);
  g_assert_cmpuint (summary.n_peg_days, ==, 1);
  g_assert_cmpfloat_with_epsilon (summary.mean_peg, 5, 1e-9);

  /* The heat map: days each region hurt. */
  g_assert_cmpuint (summary.location_days[PJ_LOCATION_NECK], ==, 2);
  g_assert_cmpuint (summary.location_days[PJ_LOCATION_SHOULDER_LEFT], ==, 1);
  g_assert_cmpuint (summary.location_days[PJ_LOCATION_MID_BACK], ==, 1);
  g_assert_cmpuint (summary.location_days[PJ_LOCATION_ARM_RIGHT], ==, 0);
}

static void
test_summarize_empty (void)
{
  PjPeriodSummary summary;

  pj_period_summarize (NULL, pj_test_today () - 6, pj_test_today (), &summary);
  g_assert_cmpuint (summary.n_days, ==, 7);
  g_assert_cmpuint (summary.n_logged, ==, 0);
  g_assert_true (isnan (summary.mean_pain));
  g_assert_true (isnan (summary.mean_peg));
  g_assert_cmpuint (summary.worst_date, ==, PJ_DATE_NONE);
}

static void
test_previous_period (void)
{
  PjDate from = pj_date_from_ymd (2026, 3, 1), to = pj_date_from_ymd (2026, 3, 31);
  PjDate prev_from, prev_to;

  pj_period_previous (from, to, &prev_from, &prev_to);
  g_assert_cmpuint (prev_to, ==, from - 1);
  g_assert_cmpuint (prev_to - prev_from + 1, ==, 31);
  pj_period_previous (from, from, &prev_from, &prev_to);
  g_assert_cmpuint (prev_from, ==, from - 1);
  g_assert_cmpuint (prev_to, ==, from - 1);
}

static void
test_describe (void)
{
  PjDate from = pj_date_from_ymd (2026, 3, 1);
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  PjPeriodSummary current, previous;
  g_autofree char *text = NULL;
  g_autofree char *alone = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *same = NULL;
  g_autofree char *up = NULL;
  g_autofree char *empty = NULL;
  /* The caller's sentences, here plain test formats: which one is used is what is tested. */
  const PjPeriodSentences month = {
    "Average %s.", "Nothing.", "Average %s, down from %s (%s).", "Average %s, up from %s (%s).",
    "Average %s, as before.",
  };
  const PjPeriodSentences overall = { "Overall %s.", "Nothing at all.", NULL, NULL, NULL };

  add_day (days, from - 10, 6, 0);
  add_day (days, from - 20, 5, 0);  /* before: 5.5 */
  add_day (days, from + 3, 3, 0);
  add_day (days, from + 13, 8, 0);
  add_day (days, from + 20, 2, 0);  /* now: 13 / 3 = 4.33 */
  pj_period_summarize (days, from, from + 30, &current);
  pj_period_summarize (days, from - 31, from - 1, &previous);

  text = pj_period_describe (&current, &previous, &month);
  g_assert_cmpstr (text, ==, "Average 4.3, down from 5.5 (about the same). "
                   "Worst day: 14 March, pain 8.");
  alone = pj_period_describe (&current, NULL, &month);
  g_assert_cmpstr (alone, ==, "Average 4.3. Worst day: 14 March, pain 8.");
  /* A period without a previous one (the whole journal) has only the first sentence. */
  whole = pj_period_describe (&current, &previous, &overall);
  g_assert_cmpstr (whole, ==, "Overall 4.3. Worst day: 14 March, pain 8.");

  /* The same mean once rounded is "the same", whatever the unrounded difference. */
  pj_period_summarize (days, from + 3, from + 3, &previous);
  previous.mean_pain = 4.34;
  same = pj_period_describe (&current, &previous, &month);
  g_assert_cmpstr (same, ==, "Average 4.3, as before. Worst day: 14 March, pain 8.");
  previous.mean_pain = 3;
  up = pj_period_describe (&current, &previous, &month);
  g_assert_cmpstr (up, ==, "Average 4.3, up from 3 (worse). "
                   "Worst day: 14 March, pain 8.");

  pj_period_summarize (days, from + 40, from + 50, &current);
  empty = pj_period_describe (&current, &previous, &month);
  g_assert_cmpstr (empty, ==, "Nothing.");
}

static void
test_format_pain (void)
{
  g_autofree char *whole = pj_period_format_pain (8);
  g_autofree char *half = pj_period_format_pain (4.5);
  g_autofree char *rounded = pj_period_format_pain (4.96);
  g_autofree char *third = pj_period_format_pain (13 / 3.0);

  g_assert_cmpstr (whole, ==, "8");
  g_assert_cmpstr (half, ==, "4.5");
  g_assert_cmpstr (rounded, ==, "5");
  g_assert_cmpstr (third, ==, "4.3");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/period/compare-boundaries", test_compare_boundaries);
  g_test_add_func ("/period/compare-is-symmetric", test_compare_is_symmetric);
  g_test_add_func ("/period/labels", test_labels);
  g_test_add_func ("/period/summarize", test_summarize);
  g_test_add_func ("/period/summarize-empty", test_summarize_empty);
  g_test_add_func ("/period/previous", test_previous_period);
  g_test_add_func ("/period/describe", test_describe);
  g_test_add_func ("/period/format-pain", test_format_pain);
  return g_test_run ();
}
