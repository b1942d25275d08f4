/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-correlation.h"
#include "pj-test-journal.h"

static void
test_average_ranks (void)
{
  double values[] = { 20, 10, 30, 20, 20 };
  double ranks[5];

  pj_rank_average (values, 5, ranks);
  /* 10 → 1; the three 20s share (2 + 3 + 4) / 3 = 3; 30 → 5 */
  g_assert_cmpfloat (ranks[0], ==, 3.0);
  g_assert_cmpfloat (ranks[1], ==, 1.0);
  g_assert_cmpfloat (ranks[2], ==, 5.0);
  g_assert_cmpfloat (ranks[3], ==, 3.0);
  g_assert_cmpfloat (ranks[4], ==, 3.0);
}

static void
test_spearman_by_hand (void)
{
  /* x ranks 1, 2.5, 2.5, 4, 5; y ranks 2, 1, 3.5, 3.5, 5; mean rank 3.
   * Σ dx·dy = 2 + 1 - 0.25 + 0.5 + 4 = 7.25, Σ dx² = Σ dy² = 9.5: rho = 7.25 / 9.5 = 29/38 */
  double x[] = { 1, 2, 2, 3, 4 };
  double y[] = { 2, 1, 3, 3, 5 };
  double up[] = { 1, 2, 3, 4 };
  double down[] = { 8, 6, 4, 2 };
  double flat[] = { 5, 5, 5, 5 };

  g_assert_cmpfloat_with_epsilon (pj_spearman (x, y, 5), 29.0 / 38.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (pj_spearman (y, x, 5), 29.0 / 38.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (pj_spearman (up, up, 4), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (pj_spearman (up, down, 4), -1.0, 1e-12);
  /* no variation, or too few pairs: undefined, never 0 */
  g_assert_true (isnan (pj_spearman (up, flat, 4)));
  g_assert_true (isnan (pj_spearman (up, up, 1)));
}

/* Sleep hours i on day first + i and a daily pain whose rank is @pain_ranks[i] (pain = rank / 2,
 * from two check-ins when the rank is odd). */
static GPtrArray *
ranked_journal (PjDate     first,
                const int *pain_ranks,
                guint      n)
{
  GPtrArray *days = journal_new ();

  for (guint i = 0; i < n; i++)
    {
      int rank = pain_ranks[i];

      journal_day (days, first + i)->sleep_hours = i + 1;
      journal_checkin (days, first + i, rank / 2);
      if (rank % 2)
        journal_checkin (days, first + i, rank / 2 + 1);
    }
  return days;
}

static PjCorrelation *
compute (GPtrArray *days,
         PjFactor   factor,
         guint      lag)
{
  g_autoptr (PjSeries) series = pj_series_new (days, T - 89, T);

  return pj_correlation_compute (series, T, factor, lag);
}

static void
test_threshold (void)
{
  /* permutations of 1 … 15 with Σd² = 392, 394 and 728: rho = 1 - 6Σd² / (15 · 224) is
   * exactly 0.3, 0.2964… and -0.3 */
  int at[] = { 1, 9, 8, 3, 7, 6, 15, 11, 10, 5, 12, 4, 14, 2, 13 };
  int below[] = { 11, 9, 3, 6, 14, 7, 4, 1, 2, 5, 12, 8, 10, 13, 15 };
  int negative[] = { 12, 5, 14, 13, 7, 4, 9, 15, 2, 1, 11, 8, 3, 6, 10 };
  g_autoptr (GPtrArray) at_days = ranked_journal (T - 14, at, 15);
  g_autoptr (GPtrArray) below_days = ranked_journal (T - 14, below, 15);
  g_autoptr (GPtrArray) negative_days = ranked_journal (T - 14, negative, 15);
  g_autoptr (PjCorrelation) c_at = compute (at_days, PJ_FACTOR_SLEEP_HOURS, 0);
  g_autoptr (PjCorrelation) c_below = compute (below_days, PJ_FACTOR_SLEEP_HOURS, 0);
  g_autoptr (PjCorrelation) c_negative = compute (negative_days, PJ_FACTOR_SLEEP_HOURS, 0);

  g_assert_cmpuint (c_at->n, ==, 15);
  g_assert_cmpfloat_with_epsilon (c_at->rho, 0.3, 1e-12);
  g_assert_true (pj_correlation_is_reportable (c_at));
  g_assert_cmpfloat_with_epsilon (c_below->rho, 1 - 6 * 394 / 3360.0, 1e-12);
  g_assert_false (pj_correlation_is_reportable (c_below));
  g_assert_cmpfloat_with_epsilon (c_negative->rho, -0.3, 1e-12);
  g_assert_true (pj_correlation_is_reportable (c_negative));
}

static void
test_minimum_pairs (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  /* stress and pain rise together perfectly, on 13 days */
  for (guint i = 0; i < 13; i++)
    {
      journal_day (days, T - i)->stress = i % 11;
      journal_checkin (days, T - i, i % 11);
    }
  {
    g_autoptr (PjCorrelation) c = compute (days, PJ_FACTOR_STRESS, 0);

    g_assert_cmpuint (c->n, ==, 13);
    g_assert_cmpfloat_with_epsilon (c->rho, 1.0, 1e-9);
    g_assert_false (pj_correlation_is_reportable (c));
  }
  /* a day with only the factor, or only the pain, is no pair */
  journal_day (days, T - 20)->stress = 4;
  journal_checkin (days, T - 21, 4);
  {
    g_autoptr (PjCorrelation) c = compute (days, PJ_FACTOR_STRESS, 0);

    g_assert_cmpuint (c->n, ==, 13);
  }
  journal_checkin (days, T - 20, 4);
  {
    g_autoptr (PjCorrelation) c = compute (days, PJ_FACTOR_STRESS, 0);

    g_assert_cmpuint (c->n, ==, 14);
    g_assert_true (pj_correlation_is_reportable (c));
  }
}

static void
test_window_and_next_day (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjSeries) series = NULL;

  /* 101 days T-100 … T, every one with stress and pain */
  for (PjDate date = T - 100; date <= T; date++)
    {
      journal_day (days, date)->stress = date % 7;
      journal_checkin (days, date, (date % 7) < 3 ? 2 : 6);
    }
  journal_checkin (days, T + 1, 9);  /* after as_of: never paired */
  series = pj_series_new (days, T - 100, T + 1);
  {
    g_autoptr (PjCorrelation) same = pj_correlation_compute (series, T, PJ_FACTOR_STRESS, 0);
    g_autoptr (PjCorrelation) next = pj_correlation_compute (series, T, PJ_FACTOR_STRESS, 1);

    /* same day: T-89 … T; next day: factor on T-89 … T-1, pain on T-88 … T */
    g_assert_cmpuint (same->n, ==, 90);
    g_assert_cmpuint (next->n, ==, 89);
    g_assert_cmpint (next->lag, ==, 1);
  }
}

static void
test_comparison_text (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjSeries) series = NULL;

  /* 8 days of stress 2 / pain 3 and 8 days of stress 8 / pain 6, alternating: median 5 */
  for (guint i = 0; i < 16; i++)
    {
      journal_day (days, T - i)->stress = i % 2 ? 8 : 2;
      journal_checkin (days, T - i, i % 2 ? 6 : 3);
    }
  series = pj_series_new (days, T - 89, T);
  {
    g_autoptr (GPtrArray) all = pj_correlations_evaluate (series, T);
    const PjCorrelation *c;

    /* same day only: on the next day the pattern flips */
    g_assert_cmpuint (all->len, ==, 2);
    c = g_ptr_array_index (all, 0);
    g_assert_cmpint (c->factor, ==, PJ_FACTOR_STRESS);
    g_assert_cmpint (c->lag, ==, 0);
    g_assert_cmpfloat (c->rho, >, 0.99);
    g_assert_cmpstr (c->text, ==, "On days your stress was 5 or higher, your pain averaged 6, "
                                  "against 3 on other days.");
    {
      g_autofree char *seen = pj_correlation_format_seen (c);

      g_assert_cmpuint (c->n, ==, 16);
      g_assert_cmpstr (seen, ==, "Seen over 16 logged days.");
    }
    c = g_ptr_array_index (all, 1);
    g_assert_cmpint (c->lag, ==, 1);
    g_assert_cmpfloat (c->rho, <, -0.99);
    /* factor days T-15 … T-1: eight of 8 and seven of 2, so the median is 8 */
    g_assert_cmpuint (c->n, ==, 15);
    g_assert_cmpstr (c->text, ==, "On the day after your stress was 8 or higher, your pain "
                                  "averaged 3, against 6 after other days.");
    {
      g_autofree char *seen = pj_correlation_format_seen (c);

      g_assert_cmpstr (seen, ==, "Seen over 15 logged days and the days after them.");
    }
    /* one pair: the singular */
    {
      PjCorrelation one = *c;
      g_autofree char *seen = NULL;

      one.n = 1;
      seen = pj_correlation_format_seen (&one);
      g_assert_cmpstr (seen, ==, "Seen over 1 logged day and the day after it.");
      one.lag = 0;
      g_clear_pointer (&seen, g_free);
      seen = pj_correlation_format_seen (&one);
      g_assert_cmpstr (seen, ==, "Seen over 1 logged day.");
    }
  }
}

static void
test_split_with_ties_at_median (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjCorrelation) c = NULL;

  /* ten days of 1 hour of screen time (pain 2), four of 3 hours (pain 5): the median 1 is the
   * minimum, so the split moves up to 3 and both groups keep days */
  for (guint i = 0; i < 14; i++)
    {
      journal_day (days, T - i)->screen_hours = i < 10 ? 1 : 3;
      journal_checkin (days, T - i, i < 10 ? 2 : 5);
    }
  c = compute (days, PJ_FACTOR_SCREEN_HOURS, 0);
  g_assert_cmpfloat (c->threshold, ==, 3.0);
  g_assert_cmpfloat (c->mean_high, ==, 5.0);
  g_assert_cmpfloat (c->mean_other, ==, 2.0);
  g_assert_cmpstr (c->text, ==, "On days with 3 hours or more of screen time, your pain "
                                "averaged 5, against 2 on other days.");
}

static void
test_empty (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjSeries) series = pj_series_new (days, T - 89, T);
  g_autoptr (GPtrArray) all = pj_correlations_evaluate (series, T);
  guint n;

  g_assert_cmpuint (all->len, ==, 0);
  pj_correlation_factors (&n);
  g_assert_cmpuint (n, ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/correlation/average-ranks", test_average_ranks);
  g_test_add_func ("/correlation/spearman-by-hand", test_spearman_by_hand);
  g_test_add_func ("/correlation/threshold", test_threshold);
  g_test_add_func ("/correlation/minimum-pairs", test_minimum_pairs);
  g_test_add_func ("/correlation/window-and-next-day", test_window_and_next_day);
  g_test_add_func ("/correlation/comparison-text", test_comparison_text);
  g_test_add_func ("/correlation/split-with-ties", test_split_with_ties_at_median);
  g_test_add_func ("/correlation/empty", test_empty);
  return g_test_run ();
}
