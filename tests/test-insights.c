/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pj-database.h"
#include "pj-insights.h"
#include "pj-test-journal.h"
#include "pj-test-scenarios.h"

static char *
ids_of (const PjInsights *insights,
        gboolean          flags)
{
  GPtrArray *items = flags ? insights->flags : insights->tips;
  g_autoptr (GString) ids = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const char *id = flags ? ((PjFlag *) items->pdata[i])->info->id
                             : ((PjTip *) items->pdata[i])->info->id;

      g_string_append_printf (ids, "%s%s", i ? " " : "", id);
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_scenario (gconstpointer data)
{
  const Scenario *scenario = data;
  g_autoptr (GPtrArray) days = load_fixture (scenario->fixture);
  g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);
  g_autofree char *flags = ids_of (insights, TRUE);
  g_autofree char *tips_unsorted = ids_of (insights, FALSE);
  g_autofree char *tips = sorted_ids (tips_unsorted);
  g_autofree char *expected_tips = sorted_ids (scenario->tips);

  g_test_message ("%s: flags [%s] tips [%s] improving %d", scenario->fixture, flags, tips,
                  insights->improving);
  for (guint i = 0; i < insights->flags->len; i++)
    g_test_message ("  %s", ((PjFlag *) insights->flags->pdata[i])->reason);
  for (guint i = 0; i < insights->tips->len; i++)
    g_test_message ("  %s: %s", ((PjTip *) insights->tips->pdata[i])->info->id,
                    ((PjTip *) insights->tips->pdata[i])->why);
  g_assert_cmpstr (flags, ==, scenario->flags);
  g_assert_cmpstr (tips, ==, expected_tips);
  g_assert_cmpint (insights->improving, ==, scenario->improving);
}

static void
test_worsening_scenario_numbers (void)
{
  g_autoptr (GPtrArray) days = load_fixture ("scenario-worsening.csv");
  g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);
  const PjFlag *flag = insights_flag (insights, "worsening");

  g_assert_nonnull (flag);
  g_assert_cmpint (flag->info->level, ==, PJ_FLAG_LEVEL_SEE_SOON);
  /* 45/7 against 27/7 */
  g_assert_cmpstr (flag->reason, ==, "Your average pain was 6.4 over the last 7 days, up from "
                                     "3.9 in the 7 days before: 2.6 points higher.");
}

/* ----- the database path ----- */

typedef struct
{
  char       *dir;
  PjDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = pj_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->db = pj_database_open (path, &error);
  g_assert_no_error (error);
  pj_database_set_today (fixture->db, T + 1);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->db);
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
import (Fixture   *fixture,
        GPtrArray *days)
{
  g_autoptr (GError) error = NULL;

  pj_database_import_days (fixture->db, days, NULL, &error);
  g_assert_no_error (error);
}

static void
test_database_matches_memory (Fixture      *fixture,
                              gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autoptr (GPtrArray) days = load_fixture (scenarios[i].fixture);
      g_autoptr (GError) error = NULL;
      g_autoptr (PjInsights) from_memory = NULL;
      g_autoptr (PjInsights) from_database = NULL;
      g_autofree char *json_memory = NULL, *json_database = NULL;
      Fixture own;

      fixture_set_up (&own, NULL);
      import (&own, days);
      from_memory = pj_insights_evaluate_days (days, T);
      from_database = pj_insights_evaluate (own.db, T, &error);
      g_assert_no_error (error);
      json_memory = pj_insights_to_json_string (from_memory, FALSE);
      json_database = pj_insights_to_json_string (from_database, FALSE);
      g_assert_cmpstr (json_database, ==, json_memory);
      g_clear_pointer (&from_database, pj_insights_unref);
      fixture_tear_down (&own, NULL);
    }
}

static void
test_reads_only_what_it_needs (Fixture      *fixture,
                               gconstpointer data)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (GError) error = NULL;
  guint64 before;

  /* an old episode long ago, a 100-day gap, then 300 days of pain 5 up to as_of */
  journal_fill (days, T - 1000, T - 400, 8);
  journal_fill (days, T - 299, T, 5);
  import (fixture, days);

  before = pj_database_get_read_count (fixture->db);
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate (fixture->db, T, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (insights->episode_start, ==, T - 299);
    g_assert_nonnull (insights_flag (insights, "chronic"));
  }
  /* the 90-day window (four SELECTs: days, check-ins, medicines, their doses), then the pain
   * alone of T-179…T-90, T-269…T-180 and T-359…T-270, where the walk ends (one SELECT each);
   * never the years before */
  g_assert_cmpuint (pj_database_get_read_count (fixture->db) - before, ==, 7);

  /* as of T-350 the last pain (T-400) is 50 days back: no current episode, so nothing older
   * than the window T-439 … T-350 is read */
  before = pj_database_get_read_count (fixture->db);
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate (fixture->db, T - 350, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (insights->episode_start, ==, PJ_DATE_NONE);
  }
  g_assert_cmpuint (pj_database_get_read_count (fixture->db) - before, ==, 4);
}

/* The light read of the episode walk gives the same days and daily pain as the full read. */
static void
test_pain_days_match_full_days (Fixture      *fixture,
                                gconstpointer data)
{
  g_autoptr (GPtrArray) days = load_fixture ("scenario-improving.csv");
  g_autoptr (GError) error = NULL;

  journal_day (days, T - 40)->stress = 3;  /* a day without check-ins is not listed */
  import (fixture, days);
  for (PjOrder order = PJ_ORDER_OLDEST_FIRST; order <= PJ_ORDER_NEWEST_FIRST; order++)
    {
      guint64 reads = pj_database_get_read_count (fixture->db);
      g_autoptr (GPtrArray) full = pj_database_list_days_in_range (fixture->db, T - 40, T - 3,
                                                                   order, 0, 0, &error);
      g_autoptr (GPtrArray) light = NULL;

      g_assert_no_error (error);
      reads = pj_database_get_read_count (fixture->db);
      light = pj_database_list_pain_days_in_range (fixture->db, T - 40, T - 3, order, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (pj_database_get_read_count (fixture->db) - reads, ==, 1);
      g_assert_cmpuint (full->len, ==, light->len + 1);
      for (guint i = 0, k = 0; i < full->len; i++)
        {
          const PjDay *a = g_ptr_array_index (full, i);
          const PjDay *b;

          if (a->checkins->len == 0)
            continue;
          b = g_ptr_array_index (light, k++);
          g_assert_cmpuint (a->date, ==, b->date);
          g_assert_cmpfloat (pj_day_pain_mean (a), ==, pj_day_pain_mean (b));
          g_assert_cmpuint (b->checkins->len, ==, a->checkins->len);
          for (guint c = 0; c < a->checkins->len; c++)
            g_assert_cmpint (((PjCheckin *) a->checkins->pdata[c])->minutes, ==,
                             ((PjCheckin *) b->checkins->pdata[c])->minutes);
          g_assert_true (isnan (b->sitting_hours));
          g_assert_null (b->note);
        }
    }
}

static void
test_as_of_ignores_later_days (Fixture      *fixture,
                               gconstpointer data)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (GError) error = NULL;

  journal_checkin (days, T - 5, 3);
  journal_checkin (days, T, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_BLADDER_BOWEL);
  import (fixture, days);
  {
    g_autoptr (PjInsights) now = pj_insights_evaluate (fixture->db, T, &error);
    g_autoptr (PjInsights) earlier = pj_insights_evaluate (fixture->db, T - 1, &error);

    g_assert_true (pj_insights_has_urgent (now));
    g_assert_false (pj_insights_has_urgent (earlier));
    g_assert_cmpuint (earlier->as_of, ==, T - 1);
  }
}

static void
test_empty_and_one_day_database (Fixture      *fixture,
                                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = journal_new ();

  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate (fixture->db, T, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (insights->flags->len, ==, 0);
    g_assert_cmpuint (insights->correlations->len, ==, 0);
    /* tips wait for 3 logged days in the last 7 (clinical-rules.md §2) */
    g_assert_cmpuint (insights->tips->len, ==, 0);
    g_assert_false (insights->improving);
  }
  journal_checkin (days, T, 2);
  import (fixture, days);
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate (fixture->db, T, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (insights->flags->len, ==, 0);
    g_assert_cmpuint (insights->episode_start, ==, PJ_DATE_NONE);
    g_assert_cmpuint (insights->tips->len, ==, 0);
  }
}

/* ----- the JSON of data-format.md §4 ----- */

/* Numbers in the JSON are as short as they are exact: rho 0.641, never 0.64100000000000001. */
static void
test_json_numbers_are_short (void)
{
  g_autoptr (GPtrArray) days = load_fixture ("scenario-improving.csv");
  g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);
  g_autofree char *text = pj_insights_to_json_string (insights, TRUE);
  g_autoptr (GRegex) long_fraction = g_regex_new ("\\.[0-9]{6,}", 0, 0, NULL);

  g_assert_cmpuint (insights->correlations->len, >, 0);
  g_assert_nonnull (strstr (text, "\"rho\": "));
  if (g_regex_match (long_fraction, text, 0, NULL))
    g_error ("a number is printed with needless digits:\n%s", text);
}


static void
test_json (void)
{
  g_autoptr (GPtrArray) days = load_fixture ("scenario-red-flag.csv");
  g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);
  g_autofree char *text = pj_insights_to_json_string (insights, TRUE);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root, *flag, *tip;
  JsonArray *flags, *dates, *tips;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (root), ==, 6);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "dose_patterns")),
                    ==, 0);
  g_assert_cmpstr (json_object_get_string_member (root, "as_of"), ==, "2026-06-30");
  g_assert_false (json_object_get_boolean_member (root, "improving"));
  flags = json_object_get_array_member (root, "flags");
  g_assert_cmpuint (json_array_get_length (flags), ==, 2);
  flag = json_array_get_object_element (flags, 0);
  g_assert_cmpuint (json_object_get_size (flag), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (flag, "id"), ==, "bladder-bowel");
  g_assert_cmpstr (json_object_get_string_member (flag, "level"), ==, "urgent");
  g_assert_nonnull (strstr (json_object_get_string_member (flag, "reason"), "28 Jun"));
  g_assert_cmpstr (json_object_get_string_member (flag, "title"), !=, "");
  dates = json_object_get_array_member (flag, "dates");
  g_assert_cmpuint (json_array_get_length (dates), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (dates, 0), ==, "2026-06-28");
  flag = json_array_get_object_element (flags, 1);
  g_assert_cmpstr (json_object_get_string_member (flag, "level"), ==, "see-soon");
  tips = json_object_get_array_member (root, "tips");
  g_assert_cmpuint (json_array_get_length (tips), ==, insights->tips->len);
  tip = json_array_get_object_element (tips, 0);
  g_assert_cmpuint (json_object_get_size (tip), ==, 3);
  g_assert_true (json_object_has_member (tip, "why"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "correlations")),
                    ==, 0);
}

static void
test_json_correlations (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjInsights) insights = NULL;
  g_autoptr (JsonNode) root = NULL;
  JsonObject *c;

  for (guint i = 0; i < 20; i++)
    {
      journal_day (days, T - i)->sitting_hours = i % 2 ? 9 : 5;
      journal_checkin (days, T - i, i % 2 ? 6 : 2);
    }
  insights = pj_insights_evaluate_days (days, T);
  root = pj_insights_to_json (insights);
  c = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (root), "correlations"), 0);
  g_assert_cmpstr (json_object_get_string_member (c, "factor"), ==, "sitting_hours");
  g_assert_cmpint (json_object_get_int_member (c, "lag"), ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (c, "rho"), ==, 1.0);
  g_assert_cmpint (json_object_get_int_member (c, "n"), ==, 20);
  g_assert_cmpstr (json_object_get_string_member (c, "text"), ==,
                   "On days you sat 7 hours or more, your pain averaged 6, against 2 on other "
                   "days.");
  /* mean sitting 6.7 fires "breaks" only just, yet it ranks first: sitting tracks this
   * person's pain */
  g_assert_cmpstr (((PjTip *) insights->tips->pdata[0])->info->id, ==, "breaks");
}

static void
test_new_flags (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjInsights) before = NULL, after = NULL;
  g_autoptr (GPtrArray) added = NULL, none = NULL;

  journal_checkin (days, T - 1, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_FEVER);
  before = pj_insights_evaluate_days (days, T);
  journal_checkin (days, T, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING);
  after = pj_insights_evaluate_days (days, T);
  added = pj_insights_new_flags (before, after, PJ_FLAG_LEVEL_SEE_SOON);
  g_assert_cmpuint (added->len, ==, 1);
  g_assert_cmpstr (((PjFlag *) added->pdata[0])->info->id, ==, "numbness");
  none = pj_insights_new_flags (after, after, PJ_FLAG_LEVEL_SEE_SOON);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_nonnull (strstr (pj_insights_get_disclaimer (), "does not diagnose"));
}

static void
test_today_tips (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  /* sitting, screens, stress and poor sleep: more than three tips fire */
  for (PjDate date = T - 6; date <= T; date++)
    {
      PjDay *day = journal_day (days, date);

      day->sitting_hours = 9;
      day->screen_hours = 10;
      day->stress = 8;
      day->sleep_hours = 5;
      journal_checkin (days, date, 3);
    }
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);
    g_autoptr (GPtrArray) today = pj_insights_get_today_tips (insights, 3);

    g_assert_cmpuint (insights->tips->len, >, 3);
    g_assert_cmpuint (today->len, ==, 3);
    g_assert_true (today->pdata[0] == insights->tips->pdata[0]);
  }
  /* an urgent flag: the tips give way (but they are all still evaluated) */
  journal_checkin (days, T, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS);
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);
    g_autoptr (GPtrArray) today = pj_insights_get_today_tips (insights, 3);

    g_assert_cmpuint (today->len, ==, 0);
    g_assert_cmpuint (insights->tips->len, >, 3);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autofree char *path = g_strdup_printf ("/insights/scenario/%s", scenarios[i].fixture);

      g_test_add_data_func (path, &scenarios[i], test_scenario);
    }
  g_test_add_func ("/insights/worsening-numbers", test_worsening_scenario_numbers);
  g_test_add_func ("/insights/json-numbers-are-short", test_json_numbers_are_short);
  g_test_add ("/insights/database-matches-memory", Fixture, NULL, fixture_set_up,
              test_database_matches_memory, fixture_tear_down);
  g_test_add ("/insights/reads-only-what-it-needs", Fixture, NULL, fixture_set_up,
              test_reads_only_what_it_needs, fixture_tear_down);
  g_test_add ("/insights/pain-days-match-full-days", Fixture, NULL, fixture_set_up,
              test_pain_days_match_full_days, fixture_tear_down);
  g_test_add ("/insights/as-of-ignores-later-days", Fixture, NULL, fixture_set_up,
              test_as_of_ignores_later_days, fixture_tear_down);
  g_test_add ("/insights/empty-and-one-day", Fixture, NULL, fixture_set_up,
              test_empty_and_one_day_database, fixture_tear_down);
  g_test_add_func ("/insights/json", test_json);
  g_test_add_func ("/insights/json-correlations", test_json_correlations);
  g_test_add_func ("/insights/new-flags", test_new_flags);
  g_test_add_func ("/insights/today-tips", test_today_tips);
  return g_test_run ();
}
