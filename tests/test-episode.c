/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-episode.h"
#include "pj-test-journal.h"

/* Pain ≥ 4 every @step days from @start to as_of. */
static GPtrArray *
episode_journal (PjDate start,
                 guint  step)
{
  GPtrArray *days = journal_new ();

  for (PjDate date = T; date >= start && date <= T; date -= step)
    {
      journal_checkin (days, date, 5);
      if (date - start < step)
        break;
    }
  journal_checkin (days, start, 4);
  return days;
}

static void
test_episode (void)
{
  /* age 41: nothing; 42: subacute; 84: subacute; 85: chronic */
  {
    g_autoptr (GPtrArray) days = episode_journal (T - 41, 14);

    g_assert_false (fires_flag (days, T, "subacute"));
    g_assert_false (fires_flag (days, T, "chronic"));
  }
  {
    g_autoptr (GPtrArray) days = episode_journal (T - 42, 14);
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);
    PjDate expected[] = { T - 42 };

    g_assert_cmpuint (insights->episode_start, ==, T - 42);
    assert_dates (insights_flag (insights, "subacute"), expected, 1);
    g_assert_cmpint (insights_flag (insights, "subacute")->info->level, ==, PJ_FLAG_LEVEL_WATCH);
    g_assert_nonnull (strstr (insights_flag (insights, "subacute")->reason, "42 days"));
  }
  {
    g_autoptr (GPtrArray) days = episode_journal (T - 84, 14);

    g_assert_true (fires_flag (days, T, "subacute"));
    g_assert_false (fires_flag (days, T, "chronic"));
  }
  {
    g_autoptr (GPtrArray) days = episode_journal (T - 85, 14);

    g_assert_false (fires_flag (days, T, "subacute"));
    g_assert_true (fires_flag (days, T, "chronic"));
  }
}

static void
test_episode_walk (void)
{
  /* a 15-day stretch without pain ≥ 4 ends the episode; 14 days does not */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    g_autoptr (PjSeries) series = NULL;

    journal_checkin (days, T - 60, 6);
    journal_checkin (days, T - 45, 6);  /* 15 days later */
    journal_checkin (days, T - 31, 6);  /* 14 days later */
    journal_checkin (days, T - 17, 6);
    journal_checkin (days, T - 3, 6);
    journal_checkin (days, T - 10, 3);  /* below 4: not an episode day */
    series = pj_series_new (days, T - 89, T);
    g_assert_cmpuint (pj_episode_find_start (series, T), ==, T - 45);
  }
  /* the latest day ≥ 4 must lie in the last 14 days */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    g_autoptr (PjSeries) series = NULL;

    journal_checkin (days, T - 14, 8);
    journal_checkin (days, T, 3);
    series = pj_series_new (days, T - 89, T);
    g_assert_cmpuint (pj_episode_find_start (series, T), ==, PJ_DATE_NONE);
    g_assert_cmpuint (pj_episode_find_start (series, T - 1), ==, T - 14);
  }
  /* a day averaging 3.5 (3 and 4) is not ≥ 4 */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    g_autoptr (PjSeries) series = NULL;

    journal_checkin (days, T, 3);
    journal_checkin (days, T, 4);
    series = pj_series_new (days, T - 89, T);
    g_assert_cmpuint (pj_episode_find_start (series, T), ==, PJ_DATE_NONE);
  }
  /* the walk asks for older days exactly while they could extend the episode */
  {
    PjEpisodeWalk walk;

    pj_episode_walk_init (&walk, T);
    g_assert_true (pj_episode_walk_needs_before (&walk, T - 12));
    g_assert_false (pj_episode_walk_needs_before (&walk, T - 13));
    g_assert_true (pj_episode_walk_feed (&walk, T - 20, NAN) == FALSE);
    pj_episode_walk_init (&walk, T);
    g_assert_true (pj_episode_walk_feed (&walk, T - 5, 4));
    g_assert_true (pj_episode_walk_needs_before (&walk, T - 18));
    g_assert_false (pj_episode_walk_needs_before (&walk, T - 19));
    g_assert_cmpuint (pj_episode_walk_finish (&walk), ==, T - 5);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/episode/subacute-and-chronic", test_episode);
  g_test_add_func ("/episode/walk", test_episode_walk);
  return g_test_run ();
}
