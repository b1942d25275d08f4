/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-flags.h"
#include "pj-test-journal.h"

typedef struct
{
  const char *id;
  PjSymptom   symptom;
  guint       window;
  guint       min_days;
  PjFlagLevel level;
} SymptomCase;

static const SymptomCase symptom_cases[] = {
  { "bladder-bowel", PJ_SYMPTOM_BLADDER_BOWEL, 7, 1, PJ_FLAG_LEVEL_URGENT },
  { "chest-symptoms", PJ_SYMPTOM_CHEST_SYMPTOMS, 7, 1, PJ_FLAG_LEVEL_URGENT },
  { "weakness", PJ_SYMPTOM_WEAKNESS, 7, 1, PJ_FLAG_LEVEL_URGENT },
  { "balance", PJ_SYMPTOM_BALANCE, 7, 1, PJ_FLAG_LEVEL_URGENT },
  { "numbness", PJ_SYMPTOM_NUMBNESS_TINGLING, 14, 1, PJ_FLAG_LEVEL_SEE_SOON },
  { "radiating", PJ_SYMPTOM_RADIATING, 14, 2, PJ_FLAG_LEVEL_SEE_SOON },
  { "fever", PJ_SYMPTOM_FEVER, 14, 1, PJ_FLAG_LEVEL_SEE_SOON },
  { "weight-loss", PJ_SYMPTOM_WEIGHT_LOSS, 30, 1, PJ_FLAG_LEVEL_SEE_SOON },
  { "night-pain", PJ_SYMPTOM_NIGHT_PAIN, 14, 3, PJ_FLAG_LEVEL_SEE_SOON },
};

/* The symptom on @n days: @oldest, then as_of, as_of-1, … */
static GPtrArray *
symptom_journal (const SymptomCase *sc,
                 PjDate             oldest,
                 guint              n)
{
  GPtrArray *days = journal_new ();

  for (guint i = 0; i < n; i++)
    {
      PjDate date = i == 0 ? oldest : T - (i - 1);

      journal_checkin (days, date, 2)->symptoms = PJ_CODE_BIT (sc->symptom);
    }
  return days;
}

static void
test_symptom_flag (gconstpointer data)
{
  const SymptomCase *sc = data;
  PjDate inside = PJ_WINDOW_FIRST (T, sc->window);

  /* just inside the window, with exactly the number of days needed */
  {
    g_autoptr (GPtrArray) days = symptom_journal (sc, inside, sc->min_days);
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);
    const PjFlag *flag = insights_flag (insights, sc->id);
    g_autofree char *date = pj_analysis_format_date (inside, T);

    g_assert_nonnull (flag);
    g_assert_cmpint (flag->info->level, ==, sc->level);
    g_assert_cmpuint (flag->dates->len, ==, sc->min_days);
    g_assert_cmpuint (g_array_index (flag->dates, PjDate, 0), ==, inside);
    /* the reason quotes the date */
    g_assert_nonnull (strstr (flag->reason, date));
    g_assert_cmpstr (flag->title, !=, "");
  }
  /* the oldest day just outside: one day too few inside */
  {
    g_autoptr (GPtrArray) days = symptom_journal (sc, inside - 1, sc->min_days);

    g_assert_false (fires_flag (days, T, sc->id));
  }
  /* one day fewer than needed (several check-ins on one day count as one day) */
  if (sc->min_days > 1)
    {
      g_autoptr (GPtrArray) days = symptom_journal (sc, T - 1, sc->min_days - 1);

      journal_checkin (days, T - 1, 3)->symptoms = PJ_CODE_BIT (sc->symptom);
      journal_checkin (days, T - 1, 3)->symptoms = PJ_CODE_BIT (sc->symptom);
      g_assert_false (fires_flag (days, T, sc->id));
    }
  /* the last needed day on as_of: a day after as_of is not looked at */
  {
    g_autoptr (GPtrArray) days = journal_new ();

    for (PjDate date = T - (sc->min_days - 1); date <= T; date++)
      journal_checkin (days, date, 2)->symptoms = PJ_CODE_BIT (sc->symptom);
    g_assert_true (fires_flag (days, T, sc->id));
    g_assert_false (fires_flag (days, T - 1, sc->id));
  }
}

static void
test_injury_severe (void)
{
  /* pain 7 on the after-injury check-in, on the oldest day of the 7 */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    PjDate expected[] = { T - 6 };

    journal_checkin (days, T - 6, 7)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY);
    {
      g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

      assert_dates (insights_flag (insights, "injury-severe"), expected, 1);
      g_assert_cmpint (insights_flag (insights, "injury-severe")->info->level, ==,
                       PJ_FLAG_LEVEL_URGENT);
    }
    g_assert_false (fires_flag (days, T + 1, "injury-severe"));
  }
  /* pain 6: below */
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_checkin (days, T, 6)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY);
    g_assert_false (fires_flag (days, T, "injury-severe"));
  }
  /* pain 7 without the injury: not this flag */
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_checkin (days, T, 9);
    g_assert_false (fires_flag (days, T, "injury-severe"));
  }
  /* safer reading: the injury ticked on the morning check-in, pain 8 in the evening */
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_checkin (days, T, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY);
    journal_checkin (days, T, 8);
    g_assert_true (fires_flag (days, T, "injury-severe"));
  }
}

static void
test_severe_persistent (void)
{
  /* 7, 7, 7 on the last three days: at the threshold */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    int pains[] = { 7, 7, 7 };
    PjDate expected[] = { T - 2, T - 1, T };
    g_autoptr (PjInsights) insights = NULL;

    journal_pains (days, T - 2, pains, 3);
    insights = pj_insights_evaluate_days (days, T);
    assert_dates (insights_flag (insights, "severe-persistent"), expected, 3);
    g_assert_nonnull (strstr (insights_flag (insights, "severe-persistent")->reason, "7 on"));
  }
  /* the third day averages 6.5 from two check-ins (6 and 7): just below */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    int pains[] = { 7, 7, 6 };

    journal_pains (days, T - 2, pains, 3);
    journal_checkin (days, T, 7);
    g_assert_false (fires_flag (days, T, "severe-persistent"));
  }
  /* a day averaging exactly 7 from 6 and 8 counts */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    int pains[] = { 7, 7, 6 };

    journal_pains (days, T - 2, pains, 3);
    journal_checkin (days, T, 8);
    g_assert_true (fires_flag (days, T, "severe-persistent"));
  }
  /* a gap breaks the run: all three days must be logged */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    int pains[] = { 8, 8, -1, 8, 8 };

    journal_pains (days, T - 4, pains, 5);
    g_assert_false (fires_flag (days, T, "severe-persistent"));
  }
  /* window edges: T-13 … T-11 inside, T-14 … T-12 not */
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_fill (days, T - 13, T - 11, 9);
    g_assert_true (fires_flag (days, T, "severe-persistent"));
    g_assert_false (fires_flag (days, T + 1, "severe-persistent"));
  }
}

static void
test_worsening (void)
{
  /* 3.0 → 5.0: exactly 2 points, ratio 1.67 */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    g_autoptr (PjInsights) insights = NULL;
    const PjFlag *flag;

    journal_fill (days, T - 13, T - 10, 3);
    journal_fill (days, T - 3, T, 5);
    insights = pj_insights_evaluate_days (days, T);
    flag = insights_flag (insights, "worsening");
    g_assert_nonnull (flag);
    g_assert_cmpint (flag->info->level, ==, PJ_FLAG_LEVEL_SEE_SOON);
    g_assert_nonnull (strstr (flag->reason, "5 over the last 7 days, up from 3"));
    g_assert_cmpuint (flag->dates->len, ==, 4);
    g_assert_cmpuint (g_array_index (flag->dates, PjDate, 0), ==, T - 3);
  }
  /* 3.0 → 4.75 (the last day averages 4 from check-ins 3 and 5): 1.75 points */
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_fill (days, T - 13, T - 10, 3);
    journal_fill (days, T - 3, T - 1, 5);
    journal_checkin (days, T, 3);
    journal_checkin (days, T, 5);
    g_assert_false (fires_flag (days, T, "worsening"));
  }
  /* both thresholds exactly: 20/3 → 26/3 is +2.0 and × 1.3 */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    int before[] = { 7, 7, 7, 7, 6, 6 };
    int last[] = { 9, 9, 9, 9, 8, 8 };

    journal_pains (days, T - 13, before, 6);
    journal_pains (days, T - 6, last, 6);
    g_assert_true (fires_flag (days, T, "worsening"));
  }
  /* +2.0 but × 1.29 (7 → 9): the ratio is just below */
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_fill (days, T - 13, T - 10, 7);
    journal_fill (days, T - 3, T, 9);
    g_assert_false (fires_flag (days, T, "worsening"));
  }
  /* 3 logged days in the last week is too few; 4 (the day just inside, as_of-6) is enough */
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_fill (days, T - 13, T - 10, 2);
    journal_fill (days, T - 2, T, 6);
    journal_checkin (days, T - 7, 6);  /* belongs to the week before */
    g_assert_false (fires_flag (days, T, "worsening"));
    journal_checkin (days, T - 6, 6);
    g_assert_true (fires_flag (days, T, "worsening"));
  }
  /* gaps never count as zero: 4,4,4,4 with 3 gaps stays a mean of 4 */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    int before[] = { 4, -1, 4, -1, 4, -1, 4 };

    journal_pains (days, T - 13, before, 7);
    journal_fill (days, T - 6, T, 5);
    g_assert_false (fires_flag (days, T, "worsening"));
  }
  /* the day before the two weeks (as_of-14) is outside */
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_checkin (days, T - 14, 0);
    journal_fill (days, T - 13, T - 11, 4);
    journal_fill (days, T - 3, T, 6);
    g_assert_false (fires_flag (days, T, "worsening"));
  }
}

static void
test_improving (void)
{
  /* 6 → 4: 2 points lower and ≤ 0.7 × */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    g_autoptr (PjInsights) insights = NULL;

    journal_fill (days, T - 13, T - 10, 6);
    journal_fill (days, T - 3, T, 4);
    insights = pj_insights_evaluate_days (days, T);
    g_assert_true (insights->improving);
    g_assert_nonnull (strstr (insights->improving_reason, "4 over the last 7 days, down from 6"));
    /* a note, never a flag */
    g_assert_cmpuint (insights->flags->len, ==, 0);
  }
  /* both thresholds exactly: 20/3 → 14/3 */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    g_autoptr (PjInsights) insights = NULL;
    int before[] = { 7, 7, 7, 7, 6, 6 };
    int last[] = { 5, 5, 5, 5, 4, 4 };

    journal_pains (days, T - 13, before, 6);
    journal_pains (days, T - 6, last, 6);
    insights = pj_insights_evaluate_days (days, T);
    g_assert_true (insights->improving);
  }
  /* 9 → 7: 2 points but 0.78 ×: not yet */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    g_autoptr (PjInsights) insights = NULL;

    journal_fill (days, T - 13, T - 10, 9);
    journal_fill (days, T - 3, T, 7);
    insights = pj_insights_evaluate_days (days, T);
    g_assert_false (insights->improving);
    g_assert_null (insights->improving_reason);
  }
  /* 5 → 3.25: 1.75 points */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    g_autoptr (PjInsights) insights = NULL;

    journal_fill (days, T - 13, T - 10, 5);
    journal_fill (days, T - 3, T - 1, 3);
    journal_checkin (days, T, 4);
    insights = pj_insights_evaluate_days (days, T);
    g_assert_false (insights->improving);
  }
}

static void
test_persistent (void)
{
  /* 10 logged days in the last 14, all ≥ 4 (the lowest exactly 4) */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    int pains[] = { 4, -1, 5, -1, 6, 5, -1, 5, 5, -1, 5, 5, 6, 5 };
    g_autoptr (PjInsights) insights = NULL;

    journal_pains (days, T - 13, pains, 14);
    journal_checkin (days, T - 14, 1);  /* just outside */
    insights = pj_insights_evaluate_days (days, T);
    g_assert_nonnull (insights_flag (insights, "persistent"));
    g_assert_cmpuint (insights_flag (insights, "persistent")->dates->len, ==, 10);
    g_assert_nonnull (strstr (insights_flag (insights, "persistent")->reason, "10 days"));
  }
  /* 9 logged days: too few */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    int pains[] = { -1, -1, 5, -1, 6, 5, -1, 5, 5, -1, 5, 5, 6, 5 };

    journal_pains (days, T - 13, pains, 14);
    g_assert_false (fires_flag (days, T, "persistent"));
  }
  /* one day averages 3.5 (check-ins 3 and 4): below */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    int pains[] = { 3, -1, 5, -1, 6, 5, -1, 5, 5, -1, 5, 5, 6, 5 };

    journal_pains (days, T - 13, pains, 14);
    journal_checkin (days, T - 13, 4);
    g_assert_false (fires_flag (days, T, "persistent"));
  }
}

/* @first_pains on as_of-27 … as_of-24, @last_pains on as_of-3 … as_of, self-care on @n_care
 * days from as_of-27 on. */
static GPtrArray *
not_improving_journal (const int *first_pains,
                       const int *last_pains,
                       guint      n_care)
{
  GPtrArray *days = journal_new ();

  journal_pains (days, T - 27, first_pains, 4);
  journal_pains (days, T - 3, last_pains, 4);
  for (guint i = 0; i < n_care; i++)
    journal_day (days, T - 27 + 2 * i)->self_care = PJ_CODE_BIT (PJ_SELF_CARE_HEAT);
  return days;
}

static void
test_not_improving (void)
{
  int five[] = { 5, 5, 5, 5 };
  int four[] = { 4, 4, 4, 4 };
  int three_and_half[] = { 3, 4, 3, 4 };
  int under_four[] = { 4, 4, 4, 3 };

  /* 5 → 4 with self-care on 14 of 28 days */
  {
    g_autoptr (GPtrArray) days = not_improving_journal (five, four, 14);

    g_assert_true (fires_flag (days, T, "not-improving"));
    /* 13 days of self-care: below */
    journal_day (days, T - 1)->self_care = 0;
    g_assert_false (fires_flag (days, T, "not-improving"));
    /* exercise minutes count as activity; zero minutes do not */
    journal_day (days, T - 1)->exercise_minutes = 0;
    g_assert_false (fires_flag (days, T, "not-improving"));
    journal_day (days, T - 1)->exercise_minutes = 20;
    g_assert_true (fires_flag (days, T, "not-improving"));
  }
  /* 5 → 3.5 is exactly a 30 % improvement: does not fire */
  {
    g_autoptr (GPtrArray) days = not_improving_journal (five, three_and_half, 14);

    g_assert_false (fires_flag (days, T, "not-improving"));
  }
  /* 5 → 3.75: > 0.7 × but below 4 */
  {
    g_autoptr (GPtrArray) days = not_improving_journal (five, under_four, 14);

    g_assert_false (fires_flag (days, T, "not-improving"));
  }
  /* the first week starts on as_of-27: one day later its oldest logged day drops out */
  {
    g_autoptr (GPtrArray) days = not_improving_journal (five, four, 14);

    journal_day (days, T - 20)->activities = PJ_CODE_BIT (PJ_ACTIVITY_WALKING);
    g_assert_true (fires_flag (days, T, "not-improving"));
    /* as of tomorrow the first week (as_of-27 … as_of-21) holds only 3 logged days */
    g_assert_false (fires_flag (days, T + 1, "not-improving"));
  }
}

static void
test_function_loss (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  PjDate expected[] = { T - 6, T - 3, T };

  journal_day (days, T - 7)->activity_interference = 9;  /* outside */
  journal_day (days, T - 6)->activity_interference = 7;
  journal_day (days, T - 3)->activity_interference = 8;
  journal_day (days, T)->activity_interference = 6;
  g_assert_false (fires_flag (days, T, "function-loss"));
  journal_day (days, T)->activity_interference = 7;
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

    assert_dates (insights_flag (insights, "function-loss"), expected, 3);
  }
}

static void
test_empty_and_one_day (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

    g_assert_cmpuint (insights->flags->len, ==, 0);
    g_assert_false (insights->improving);
    g_assert_cmpuint (insights->episode_start, ==, PJ_DATE_NONE);
  }
  journal_checkin (days, T, 9);
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

    /* one day of pain 9 is not yet a pattern */
    g_assert_cmpuint (insights->flags->len, ==, 0);
    g_assert_cmpuint (insights->episode_start, ==, T);
  }
}

static void
test_order_urgent_first (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjInsights) insights = NULL;
  PjCheckin *checkin;

  journal_fill (days, T - 100, T - 1, 5);
  checkin = journal_checkin (days, T, 5);
  checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_FEVER) | PJ_CODE_BIT (PJ_SYMPTOM_BALANCE) |
                      PJ_CODE_BIT (PJ_SYMPTOM_BLADDER_BOWEL);
  insights = pj_insights_evaluate_days (days, T);
  g_assert_true (pj_insights_has_urgent (insights));
  g_assert_cmpuint (insights->flags->len, ==, 5);
  g_assert_cmpstr (((PjFlag *) insights->flags->pdata[0])->info->id, ==, "bladder-bowel");
  g_assert_cmpstr (((PjFlag *) insights->flags->pdata[1])->info->id, ==, "balance");
  g_assert_cmpstr (((PjFlag *) insights->flags->pdata[2])->info->id, ==, "fever");
  g_assert_cmpstr (((PjFlag *) insights->flags->pdata[3])->info->id, ==, "persistent");
  g_assert_cmpstr (((PjFlag *) insights->flags->pdata[4])->info->id, ==, "chronic");
}

static void
test_catalogue (void)
{
  guint n;
  const PjFlagInfo *flags = pj_flags_catalogue (&n);

  g_assert_cmpuint (n, ==, 17);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (flags[i - 1].level, <=, flags[i].level);
  g_assert_cmpstr (pj_flag_level_to_string (PJ_FLAG_LEVEL_SEE_SOON), ==, "see-soon");
  g_assert_nonnull (pj_flags_lookup ("not-improving"));
  g_assert_null (pj_flags_lookup ("nope"));
}

static void
test_urgent_for_checkin (void)
{
  g_autoptr (PjCheckin) checkin = pj_checkin_new (T, 8 * 60, 6);
  g_autoptr (GPtrArray) none = NULL, some = NULL, injury = NULL;

  checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY) | PJ_CODE_BIT (PJ_SYMPTOM_FEVER);
  none = pj_flags_urgent_for_checkin (checkin);
  /* fever is see-soon; an injury with pain 6 is below the threshold */
  g_assert_cmpuint (none->len, ==, 0);
  checkin->pain = 7;
  injury = pj_flags_urgent_for_checkin (checkin);
  g_assert_cmpuint (injury->len, ==, 1);
  g_assert_cmpstr (((PjFlagInfo *) injury->pdata[0])->id, ==, "injury-severe");
  checkin->pain = 2;
  checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_BALANCE) | PJ_CODE_BIT (PJ_SYMPTOM_BLADDER_BOWEL);
  some = pj_flags_urgent_for_checkin (checkin);
  g_assert_cmpuint (some->len, ==, 2);
  g_assert_cmpstr (((PjFlagInfo *) some->pdata[0])->id, ==, "bladder-bowel");
  g_assert_cmpstr (((PjFlagInfo *) some->pdata[1])->id, ==, "balance");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (symptom_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/flags/symptom/%s", symptom_cases[i].id);

      g_test_add_data_func (path, &symptom_cases[i], test_symptom_flag);
    }
  g_test_add_func ("/flags/injury-severe", test_injury_severe);
  g_test_add_func ("/flags/severe-persistent", test_severe_persistent);
  g_test_add_func ("/flags/worsening", test_worsening);
  g_test_add_func ("/flags/improving", test_improving);
  g_test_add_func ("/flags/persistent", test_persistent);
  g_test_add_func ("/flags/not-improving", test_not_improving);
  g_test_add_func ("/flags/function-loss", test_function_loss);
  g_test_add_func ("/flags/empty-and-one-day", test_empty_and_one_day);
  g_test_add_func ("/flags/order-urgent-first", test_order_urgent_first);
  g_test_add_func ("/flags/catalogue", test_catalogue);
  g_test_add_func ("/flags/urgent-for-checkin", test_urgent_for_checkin);
  return g_test_run ();
}
