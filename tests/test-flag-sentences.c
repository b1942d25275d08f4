/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every flag's sentence is true of its own numbers (clinical-rules.md §1): over the demo
 * journal and generated journals, evaluated on many days, the dates, day counts, start dates
 * and pains quoted in each reason are read back and compared with the flag's data and the
 * journal itself. The report's wording of the flags of a period is checked the same way. */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "pj-demo.h"
#include "pj-period-flags.h"
#include "pj-report-voice.h"
#include "pj-series.h"
#include "pj-test-journal.h"
#include "pj-test-scenarios.h"

/* "3 Jun", "3 Jun 2025", "3 Jun 2026" as the sentences write dates (LANG=C in the tests). */
static const char *const date_pattern = "\\b[0-9]{1,2} [A-Z][a-z]{2}( [0-9]{4})?\\b";

/* The dates written in @text, in order. */
static GPtrArray *
dates_in (const char *text)
{
  g_autoptr (GRegex) regex = g_regex_new (date_pattern, 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_ptr_array_add (found, g_match_info_fetch (match, 0));
      g_match_info_next (match, NULL);
    }
  return found;
}

/* The first unsigned number following @prefix in @text, or -1. */
static double
number_after (const char *text,
              const char *prefix)
{
  const char *at = strstr (text, prefix);

  if (at == NULL)
    return -1;
  return g_ascii_strtod (at + strlen (prefix), NULL);
}

static void
fail (const PjFlag *flag,
      const char   *text,
      const char   *what)
{
  g_error ("flag %s: %s\n  sentence: %s", flag->info->id, what, text);
}

/* The written dates of @text are exactly the flag's dates, as @format writes them. */
static void
assert_lists_dates (const PjFlag *flag,
                    const char   *text,
                    PjDate        as_of,
                    gboolean      report)
{
  g_autoptr (GPtrArray) written = dates_in (text);

  if (written->len != flag->dates->len)
    fail (flag, text, "it does not name every one of its dates");
  for (guint i = 0; i < flag->dates->len; i++)
    {
      PjDate date = g_array_index (flag->dates, PjDate, i);
      g_autofree char *expected = report ? pj_report_voice_format_date (date)
                                         : pj_analysis_format_date (date, as_of);

      if (g_strcmp0 (g_ptr_array_index (written, i), expected) != 0)
        fail (flag, text, "its dates are not the flag's dates");
    }
}

static gboolean
has_care (const PjDay *day)
{
  return day != NULL && (day->self_care != 0 || day->activities != 0 ||
                         (pj_is_set_int (day->exercise_minutes) && day->exercise_minutes > 0));
}

static void
assert_same_number (const PjFlag *flag,
                    const char   *text,
                    double        written,
                    double        value)
{
  g_autofree char *expected = pj_analysis_format_number (value);

  if (fabs (written - g_ascii_strtod (expected, NULL)) > 1e-9)
    fail (flag, text, "a number does not match the journal");
}

/* The window's reason of @flag, evaluated on @as_of over @series. */
static void
check_window_flag (const PjFlag   *flag,
                   const PjSeries *series,
                   PjDate          as_of,
                   PjDate          episode_start)
{
  const char *id = flag->info->id;
  const char *text = flag->reason;

  g_assert_nonnull (text);
  if (flag->dates->len == 0)
    fail (flag, text, "it has no trigger date");
  if (g_str_equal (id, "subacute") || g_str_equal (id, "chronic"))
    {
      PjDate start = g_array_index (flag->dates, PjDate, 0);
      double age = number_after (text, ": ");

      assert_lists_dates (flag, text, as_of, FALSE);
      if (start != episode_start)
        fail (flag, text, "its date is not the episode's first day");
      if (age != (double) (as_of - start))
        fail (flag, text, "its day count is not the episode's age");
      if (g_str_equal (id, "subacute") ? (age < 42 || age > 84) : age < 85)
        fail (flag, text, "its day count does not match its title");
      /* the episode allows gaps and lower days between its days of pain 4 or more */
      if (strstr (text, "daily pain has been") != NULL || strstr (text, "two-week") == NULL)
        fail (flag, text, "it claims every day's pain, or hides the two-week gaps");
    }
  else if (g_str_equal (id, "worsening"))
    {
      double last = number_after (text, "was ");
      double before = number_after (text, "up from ");
      double rise = number_after (text, "days before: ");

      assert_same_number (flag, text, last,
                          pj_series_mean_pain (series, as_of - 6, as_of, NULL));
      assert_same_number (flag, text, before,
                          pj_series_mean_pain (series, as_of - 13, as_of - 7, NULL));
      if (fabs (rise - (last - before)) > 0.1 + 1e-9 || rise < 2.0 - 0.05)
        fail (flag, text, "the rise is not the difference of its two means");
    }
  else if (g_str_equal (id, "persistent"))
    {
      double least = 10;

      for (guint i = 0; i < flag->dates->len; i++)
        least = MIN (least, pj_series_get_pain (series, g_array_index (flag->dates, PjDate, i)));
      if (number_after (text, "of the ") != flag->dates->len &&
          number_after (text, "on the ") != flag->dates->len)
        fail (flag, text, "its day count is not the number of its dates");
      assert_same_number (flag, text, number_after (text, "lowest "), least);
      if (least < 4)
        fail (flag, text, "a day below 4 is among its dates");
    }
  else if (g_str_equal (id, "not-improving"))
    {
      guint n_care = 0;

      for (PjDate date = as_of - 27; date <= as_of; date++)
        n_care += has_care (pj_series_get_day (series, date));
      if (number_after (text, "activity on ") != n_care || n_care < 14)
        fail (flag, text, "its count of days with self-care is wrong");
    }
  else if (g_str_equal (id, "severe-persistent"))
    {
      assert_lists_dates (flag, text, as_of, FALSE);
      for (guint i = 0; i < flag->dates->len; i++)
        {
          PjDate date = g_array_index (flag->dates, PjDate, i);
          g_autofree char *day = pj_analysis_format_date (date, as_of);
          g_autofree char *pain = pj_analysis_format_number (pj_series_get_pain (series, date));
          g_autofree char *item = g_strdup_printf ("%s on %s", pain, day);

          if (strstr (text, item) == NULL || pj_series_get_pain (series, date) < 7)
            fail (flag, text, "a day's pain is not the journal's");
        }
    }
  else if (g_str_equal (id, "injury-severe"))
    {
      int worst = 0;

      assert_lists_dates (flag, text, as_of, FALSE);
      for (guint i = 0; i < flag->dates->len; i++)
        worst = MAX (worst, pj_series_get_pain_worst (series,
                                                      g_array_index (flag->dates, PjDate, i)));
      if (number_after (text, "reaching ") != worst)
        fail (flag, text, "its worst pain is not the journal's");
    }
  else
    {
      /* the symptom flags and function-loss name every date they rest on */
      assert_lists_dates (flag, text, as_of, FALSE);
    }
}

static guint n_checked;

/* Evaluates @days on every third day of its last @span days and checks every flag. */
static void
check_journal (GPtrArray *days,
               PjDate     last,
               guint      span)
{
  for (PjDate as_of = last - span + 1; as_of <= last; as_of += 3)
    {
      g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, as_of);
      g_autoptr (PjSeries) series = pj_series_new (days, as_of - 89, as_of);

      for (guint i = 0; i < insights->flags->len; i++, n_checked++)
        check_window_flag (g_ptr_array_index (insights->flags, i), series, as_of,
                           insights->episode_start);
    }
}

/* The report's flags of the period @from … @to over @days. */
static void
check_period (GPtrArray *days,
              PjDate     from,
              PjDate     to)
{
  g_autoptr (GPtrArray) flags = pj_period_flags_evaluate (days, from, to);
  g_autoptr (PjInsights) at_end = pj_insights_evaluate_days (days, to);
  gboolean chronic = FALSE, subacute = FALSE;

  for (guint i = 0; i < flags->len; i++, n_checked++)
    {
      const PjFlag *flag = g_ptr_array_index (flags, i);
      const char *text = flag->report_reason;
      const char *id = flag->info->id;

      g_assert_nonnull (text);
      if (g_str_equal (id, "subacute") || g_str_equal (id, "chronic"))
        {
          g_autoptr (GPtrArray) written = dates_in (text);
          PjDate start = g_array_index (flag->dates, PjDate, flag->dates->len - 1);
          g_autofree char *since = pj_report_voice_format_date (start);
          double age = number_after (text, ": ");
          PjDate end;

          chronic |= g_str_equal (id, "chronic");
          subacute |= g_str_equal (id, "subacute");
          /* "since <start>: N days by <end>", N = end - start */
          if (written->len != 2 || g_strcmp0 (written->pdata[0], since) != 0)
            fail (flag, text, "it does not start on the episode's first day");
          end = start + (PjDate) age;
          {
            g_autofree char *by = pj_report_voice_format_date (end);

            if (g_strcmp0 (written->pdata[1], by) != 0 || end > to || end < from)
              fail (flag, text, "its day count does not lead to its end date");
          }
          /* the episode still running at the end is dated as the window dates it */
          if (g_str_equal (id, "chronic") && at_end->episode_start != PJ_DATE_NONE &&
              end == to && start != at_end->episode_start)
            fail (flag, text, "the report dates the episode differently from the window");
        }
      else if (pj_flag_report_reason_lists_dates (flag->info) && flag->dates->len <= 12)
        assert_lists_dates (flag, text, to, TRUE);
      else if (pj_flag_report_reason_lists_dates (flag->info))
        {
          /* "N days from <first> to <last>" */
          if (number_after (text, "on ") != flag->dates->len)
            fail (flag, text, "its summed-up day count is not the number of its dates");
        }
    }
  /* one episode is not both "more than six weeks" and "more than three months" */
  if (chronic && subacute)
    {
      const PjFlag *a = NULL, *b = NULL;

      for (guint i = 0; i < flags->len; i++)
        {
          const PjFlag *flag = g_ptr_array_index (flags, i);

          if (g_str_equal (flag->info->id, "subacute"))
            a = flag;
          else if (g_str_equal (flag->info->id, "chronic"))
            b = flag;
        }
      for (guint i = 0; i < a->dates->len; i++)
        for (guint k = 0; k < b->dates->len; k++)
          g_assert_cmpuint (g_array_index (a->dates, PjDate, i), !=,
                            g_array_index (b->dates, PjDate, k));
    }
}

static void
test_demo_journal (void)
{
  g_autoptr (GPtrArray) days = pj_demo_generate (T, 180, PJ_DEMO_SEED);

  n_checked = 0;
  check_journal (days, T, 150);
  check_period (days, T - 89, T);
  check_period (days, T - 29, T);
  /* every kind of sentence above is reached: the demo raises flags */
  g_assert_cmpuint (n_checked, >, 10);
}

static void
test_generated_journals (void)
{
  n_checked = 0;
  for (guint32 seed = 1; seed <= 6; seed++)
    {
      g_autoptr (GPtrArray) days = pj_demo_generate (T, 240, PJ_DEMO_SEED + seed * 7919);

      check_journal (days, T, 200);
      check_period (days, T - 89, T);
      check_period (days, T - 179, T - 60);
    }
  g_assert_cmpuint (n_checked, >, 30);
}

static void
test_scenarios (void)
{
  n_checked = 0;
  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autoptr (GPtrArray) days = load_fixture (scenarios[i].fixture);

      check_journal (days, T, 60);
      check_period (days, T - 59, T);
    }
  g_assert_cmpuint (n_checked, >, 5);
}

/* A symptom noted on two days in the window names both, not only the last. */
static void
test_two_symptom_dates (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_checkin (days, T - 5, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING);
  journal_checkin (days, T, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING);
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);
    g_autoptr (GPtrArray) flags = pj_period_flags_evaluate (days, T - 13, T);

    g_assert_cmpstr (insights_flag (insights, "numbness")->reason, ==,
                     "You noted numbness or tingling on 25 Jun and 30 Jun.");
    g_assert_cmpstr (((PjFlag *) flags->pdata[0])->report_reason, ==,
                     "Patient noted numbness or tingling on 25 Jun 2026 and 30 Jun 2026.");
  }
}

/* An episode that began long before the report's period is dated from its first day, and one
 * that passed six weeks and three months in the period is reported once. */
static void
test_report_episode (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  /* pain 5 every fourth day from 140 days ago: one episode */
  for (PjDate date = T - 140; date <= T; date += 4)
    journal_checkin (days, date, 5);
  {
    g_autoptr (GPtrArray) flags = pj_period_flags_evaluate (days, T - 29, T);

    g_assert_cmpuint (flags->len, ==, 1);
    g_assert_cmpstr (((PjFlag *) flags->pdata[0])->info->id, ==, "chronic");
    g_assert_cmpuint (g_array_index (((PjFlag *) flags->pdata[0])->dates, PjDate, 0), ==,
                      T - 140);
    g_assert_cmpstr (((PjFlag *) flags->pdata[0])->report_reason, ==,
                     "Pain of 4 or more has kept coming back, with no two-week break, since "
                     "10 Feb 2026: 140 days by 30 Jun 2026.");
  }
  {
    /* six weeks on T - 98, three months on T - 55: only "more than three months" */
    g_autoptr (GPtrArray) flags = pj_period_flags_evaluate (days, T - 119, T);

    g_assert_cmpuint (flags->len, ==, 1);
    g_assert_cmpstr (((PjFlag *) flags->pdata[0])->info->id, ==, "chronic");
  }
  {
    /* a period that ends before three months reports the six weeks */
    g_autoptr (GPtrArray) flags = pj_period_flags_evaluate (days, T - 119, T - 57);

    g_assert_cmpuint (flags->len, ==, 1);
    g_assert_cmpstr (((PjFlag *) flags->pdata[0])->info->id, ==, "subacute");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/flag-sentences/demo-journal", test_demo_journal);
  g_test_add_func ("/flag-sentences/generated-journals", test_generated_journals);
  g_test_add_func ("/flag-sentences/scenarios", test_scenarios);
  g_test_add_func ("/flag-sentences/two-symptom-dates", test_two_symptom_dates);
  g_test_add_func ("/flag-sentences/report-episode", test_report_episode);
  return g_test_run ();
}
