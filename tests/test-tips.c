/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-correlation.h"
#include "pj-tips.h"
#include "pj-tips-search.h"
#include "pj-test-journal.h"

static void
set_sitting (GPtrArray *days,
             PjDate     date,
             double     hours)
{
  journal_day (days, date)->sitting_hours = hours;
}

static void
test_breaks (void)
{
  /* mean sitting 6 (5 and 7): at the threshold; the day just outside does not count */
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_neutral_days (days, T - 3, 3, 2);
    set_sitting (days, T - 6, 5);
    set_sitting (days, T, 7);
    g_assert_true (fires_tip (days, T, "breaks"));
    set_sitting (days, T - 7, 1);
    g_assert_true (fires_tip (days, T, "breaks"));
    set_sitting (days, T - 6, 4.8);  /* mean 5.9 */
    g_assert_false (fires_tip (days, T, "breaks"));
  }
  /* breaks < 3 on a day with sitting ≥ 4 */
  {
    g_autoptr (GPtrArray) days = journal_new ();
    g_autoptr (PjInsights) insights = NULL;

    journal_neutral_days (days, T - 5, 3, 2);
    set_sitting (days, T - 2, 4);
    g_assert_false (fires_tip (days, T, "breaks"));  /* breaks unknown is not zero */
    journal_day (days, T - 2)->breaks = 3;
    g_assert_false (fires_tip (days, T, "breaks"));
    journal_day (days, T - 2)->breaks = 2;
    insights = pj_insights_evaluate_days (days, T);
    g_assert_nonnull (insights_tip (insights, "breaks"));
    g_assert_nonnull (strstr (insights_tip (insights, "breaks")->why, "28 Jun"));
    set_sitting (days, T - 2, 3.9);
    g_assert_false (fires_tip (days, T, "breaks"));
  }
}

static void
test_posture (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_neutral_days (days, T - 5, 3, 2);
  g_assert_false (fires_tip (days, T, "posture"));  /* no posture recorded */
  journal_day (days, T)->posture = 2;
  journal_day (days, T - 6)->posture = 3;
  g_assert_true (fires_tip (days, T, "posture"));  /* 2.5 */
  journal_day (days, T - 3)->posture = 3;
  g_assert_false (fires_tip (days, T, "posture"));  /* 2.67 */
}

static void
test_ergonomics (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_neutral_days (days, T - 5, 3, 2);
  set_sitting (days, T, 6);
  g_assert_true (fires_tip (days, T, "ergonomics"));
  /* ergonomics self-care 14 days ago (just outside) does not stop it; 13 days ago does */
  journal_day (days, T - 14)->self_care = PJ_CODE_BIT (PJ_SELF_CARE_ERGONOMICS);
  g_assert_true (fires_tip (days, T, "ergonomics"));
  journal_day (days, T - 13)->self_care = PJ_CODE_BIT (PJ_SELF_CARE_ERGONOMICS);
  g_assert_false (fires_tip (days, T, "ergonomics"));
  journal_day (days, T - 13)->self_care = 0;
  set_sitting (days, T, 5.5);
  g_assert_false (fires_tip (days, T, "ergonomics"));
  journal_day (days, T)->screen_hours = 6;
  g_assert_true (fires_tip (days, T, "ergonomics"));
}

static void
test_tech_neck (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_neutral_days (days, T - 4, 3, 2);
  journal_day (days, T)->screen_hours = 5.9;
  g_assert_false (fires_tip (days, T, "tech-neck"));
  journal_day (days, T)->screen_hours = 6;
  g_assert_true (fires_tip (days, T, "tech-neck"));
  journal_day (days, T)->screen_hours = NAN;
  journal_checkin (days, T - 7, 3)->locations = PJ_CODE_BIT (PJ_LOCATION_NECK);
  journal_checkin (days, T - 6, 3)->locations = PJ_CODE_BIT (PJ_LOCATION_NECK);
  journal_checkin (days, T - 5, 3)->locations = PJ_CODE_BIT (PJ_LOCATION_NECK);
  journal_checkin (days, T - 5, 3)->locations = PJ_CODE_BIT (PJ_LOCATION_NECK);
  g_assert_false (fires_tip (days, T, "tech-neck"));  /* 2 days inside */
  journal_checkin (days, T, 3)->locations = PJ_CODE_BIT (PJ_LOCATION_NECK);
  g_assert_true (fires_tip (days, T, "tech-neck"));
}

static void
test_heat (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_neutral_days (days, T - 1, 2, 2);
  journal_checkin (days, T - 6, 3)->qualities = PJ_CODE_BIT (PJ_QUALITY_STIFFNESS);
  g_assert_false (fires_tip (days, T, "heat"));
  journal_checkin (days, T - 4, 3)->qualities = PJ_CODE_BIT (PJ_QUALITY_STIFFNESS);
  g_assert_true (fires_tip (days, T, "heat"));
  /* an injury 3 days ago is outside "the last 3 days"; 2 days ago is inside */
  journal_checkin (days, T - 3, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY);
  g_assert_true (fires_tip (days, T, "heat"));
  journal_checkin (days, T - 2, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY);
  g_assert_false (fires_tip (days, T, "heat"));
}

static void
test_ice (void)
{
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_neutral_days (days, T - 1, 2, 2);
    journal_checkin (days, T - 3, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY);
    g_assert_false (fires_tip (days, T, "ice"));
    journal_checkin (days, T - 2, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY);
    g_assert_true (fires_tip (days, T, "ice"));
  }
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_checkin (days, T, 5)->qualities = PJ_CODE_BIT (PJ_QUALITY_SHARP);
    journal_checkin (days, T, 8)->qualities = PJ_CODE_BIT (PJ_QUALITY_ACHING);
    journal_checkin (days, T - 3, 9)->qualities = PJ_CODE_BIT (PJ_QUALITY_THROBBING);
    g_assert_false (fires_tip (days, T, "ice"));
    journal_checkin (days, T - 2, 6)->qualities = PJ_CODE_BIT (PJ_QUALITY_THROBBING);
    g_assert_true (fires_tip (days, T, "ice"));
  }
}

static void
set_exercise (GPtrArray *days,
              PjDate     date,
              int        minutes)
{
  journal_day (days, date)->exercise_minutes = minutes;
}

static void
test_gentle_stretches (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_checkin (days, T - 3, 3);
  journal_checkin (days, T - 2, 7);
  journal_checkin (days, T - 2, 8);
  journal_checkin (days, T - 1, 7);
  journal_checkin (days, T - 1, 8);
  journal_checkin (days, T, 7);
  /* exercise left blank is unknown, not "no exercise" */
  g_assert_false (fires_tip (days, T, "gentle-stretches"));
  set_exercise (days, T - 2, 0);
  set_exercise (days, T - 1, 0);
  g_assert_false (fires_tip (days, T, "gentle-stretches"));  /* today's is still blank */
  set_exercise (days, T, 0);
  /* mean daily pain over 7 days: (3 + 7.5 + 7.5 + 7) / 4 = 6.25 */
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);
    const PjTip *tip = insights_tip (insights, "gentle-stretches");

    g_assert_nonnull (tip);
    g_assert_cmpstr (tip->why, ==, "You logged no exercise (0 minutes) and no activity on "
                     "28 Jun, 29 Jun and 30 Jun, and your pain, averaging 6.3 over the last 7 "
                     "days, is not too high for gentle movement.");
  }
  journal_day (days, T - 3)->activities = PJ_CODE_BIT (PJ_ACTIVITY_WALKING);  /* outside */
  g_assert_true (fires_tip (days, T, "gentle-stretches"));
  set_exercise (days, T - 1, 10);
  g_assert_false (fires_tip (days, T, "gentle-stretches"));
  set_exercise (days, T - 1, 0);
  journal_day (days, T)->activities = PJ_CODE_BIT (PJ_ACTIVITY_YOGA);
  g_assert_false (fires_tip (days, T, "gentle-stretches"));
  journal_day (days, T)->activities = 0;
  /* mean daily pain exactly 7: (6 + 7.5 + 7.5 + 7) / 4 */
  ((PjCheckin *) journal_day (days, T - 3)->checkins->pdata[0])->pain = 6;
  g_assert_true (fires_tip (days, T, "gentle-stretches"));
  /* just above: (7 + 7.5 + 7.5 + 7) / 4 = 7.25 */
  ((PjCheckin *) journal_day (days, T - 3)->checkins->pdata[0])->pain = 7;
  g_assert_false (fires_tip (days, T, "gentle-stretches"));
}

static void
test_core (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_neutral_days (days, T - 5, 2, 5);
  journal_checkin (days, T, 5);
  /* no activity logged at all: nothing is known about core work */
  g_assert_false (fires_tip (days, T, "core"));
  journal_day (days, T - 5)->activities = PJ_CODE_BIT (PJ_ACTIVITY_WALKING);
  g_assert_true (fires_tip (days, T, "core"));
  journal_checkin (days, T - 1, 8);  /* mean 5.75 */
  g_assert_false (fires_tip (days, T, "core"));
  journal_checkin (days, T - 2, 2);  /* mean 5 */
  g_assert_true (fires_tip (days, T, "core"));
  journal_day (days, T - 7)->activities = PJ_CODE_BIT (PJ_ACTIVITY_PILATES);
  g_assert_true (fires_tip (days, T, "core"));
  journal_day (days, T - 6)->activities = PJ_CODE_BIT (PJ_ACTIVITY_STRENGTH);
  g_assert_false (fires_tip (days, T, "core"));
}

static void
test_low_impact (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_neutral_days (days, T - 3, 3, 6);
  journal_checkin (days, T, 6);
  g_assert_false (fires_tip (days, T, "low-impact"));  /* no exercise recorded: unknown */
  journal_day (days, T - 6)->exercise_minutes = 100;
  journal_day (days, T)->exercise_minutes = 49;
  journal_day (days, T - 7)->exercise_minutes = 300;  /* outside */
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

    /* 149 minutes, over the days that have them; the mean pain of the week */
    g_assert_cmpstr (insights_tip (insights, "low-impact")->why, ==,
                     "You logged 149 minutes of exercise in the last 7 days, less than the 150 "
                     "a week generally advised, and your pain, averaging 6, leaves room to "
                     "build up gently.");
  }
  journal_day (days, T)->exercise_minutes = 50;
  g_assert_false (fires_tip (days, T, "low-impact"));  /* 150 */
  journal_day (days, T)->exercise_minutes = 0;
  journal_checkin (days, T, 7);  /* today 6.5: mean pain 6.125 */
  g_assert_false (fires_tip (days, T, "low-impact"));
}

static void
test_stress (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_neutral_days (days, T - 5, 3, 2);
  journal_day (days, T)->stress = 7;
  journal_day (days, T - 1)->stress = 4;
  g_assert_false (fires_tip (days, T, "breathing"));  /* 5.5 */
  g_assert_false (fires_tip (days, T, "relaxation"));  /* one day ≥ 7 */
  journal_day (days, T - 1)->stress = 5;
  g_assert_true (fires_tip (days, T, "breathing"));  /* 6 */
  journal_day (days, T - 7)->stress = 9;
  g_assert_false (fires_tip (days, T, "relaxation"));
  journal_day (days, T - 6)->stress = 7;
  g_assert_true (fires_tip (days, T, "relaxation"));
}

static void
test_sleep (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_neutral_days (days, T - 5, 3, 2);
  journal_day (days, T)->sleep_hours = 6.5;
  g_assert_false (fires_tip (days, T, "sleep"));
  journal_day (days, T - 1)->sleep_hours = 6.3;  /* 6.4 */
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

    /* the mean says over how many nights it was taken */
    g_assert_cmpstr (insights_tip (insights, "sleep")->why, ==,
                     "You slept 6.4 hours a night on average on the 2 nights you logged sleep "
                     "in the last 7; short sleep makes pain harder to bear and slower to "
                     "settle.");
  }
  journal_day (days, T - 1)->sleep_hours = 8;
  journal_day (days, T)->sleep_quality = 5;
  journal_day (days, T - 1)->sleep_quality = 4;  /* 4.5 */
  g_assert_false (fires_tip (days, T, "sleep"));
  journal_day (days, T)->sleep_quality = 4;
  g_assert_true (fires_tip (days, T, "sleep"));
}

static void
rest_on (GPtrArray *days,
         PjDate     date)
{
  journal_day (days, date)->self_care |= PJ_CODE_BIT (PJ_SELF_CARE_REST);
}

static void
test_stay_active (void)
{
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_neutral_days (days, T - 2, 3, 2);
    rest_on (days, T - 8);
    rest_on (days, T - 7);
    rest_on (days, T - 6);
    rest_on (days, T - 4);
    rest_on (days, T - 3);
    g_assert_false (fires_tip (days, T, "stay-active"));
    rest_on (days, T - 5);
    g_assert_true (fires_tip (days, T, "stay-active"));
  }
  {
    g_autoptr (GPtrArray) days = journal_new ();

    journal_neutral_days (days, T - 6, 3, 2);
    rest_on (days, T - 2);
    rest_on (days, T - 1);
    rest_on (days, T);
    g_assert_true (fires_tip (days, T, "stay-active"));
  }
}

static void
test_medication (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_neutral_days (days, T - 4, 3, 5);
  journal_checkin (days, T, 5);
  journal_checkin (days, T - 1, 5);
  g_assert_true (fires_tip (days, T, "pain-relief"));
  journal_checkin (days, T - 1, 4);  /* day mean 4.5: mean 4.9 */
  g_assert_false (fires_tip (days, T, "pain-relief"));
  journal_checkin (days, T, 6);  /* mean 5 */
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

    /* what was logged: the mean over the logged days; no medicine recorded, not "none taken" */
    g_assert_cmpstr (insights_tip (insights, "pain-relief")->why, ==,
                     "Your pain averaged 5 over the 5 days you logged in the last 7 and no pain "
                     "medicine is recorded for any of them; at that level, pain relief can help "
                     "you keep moving.");
  }
  journal_day (days, T - 7)->self_care = PJ_CODE_BIT (PJ_SELF_CARE_MEDICATION);
  g_assert_true (fires_tip (days, T, "pain-relief"));
  journal_day (days, T - 6)->medication = g_strdup ("ibuprofen 200 mg");
  g_assert_false (fires_tip (days, T, "pain-relief"));

  for (PjDate date = T - 3; date <= T; date++)
    journal_day (days, date)->self_care = PJ_CODE_BIT (PJ_SELF_CARE_MEDICATION);
  g_assert_true (fires_tip (days, T, "medication-review"));  /* 4 + the written one */
  g_clear_pointer (&journal_day (days, T - 6)->medication, g_free);
  g_assert_false (fires_tip (days, T, "medication-review"));
}

static void
test_massage (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_checkin (days, T, 4)->qualities = PJ_CODE_BIT (PJ_QUALITY_ACHING);
  journal_checkin (days, T - 6, 4)->qualities = PJ_CODE_BIT (PJ_QUALITY_STIFFNESS);
  g_assert_false (fires_tip (days, T, "massage"));
  journal_checkin (days, T - 3, 3)->qualities = PJ_CODE_BIT (PJ_QUALITY_ACHING);
  g_assert_false (fires_tip (days, T, "massage"));  /* 3 days but mean pain 3.67 */
  journal_checkin (days, T - 3, 5);
  g_assert_true (fires_tip (days, T, "massage"));  /* mean 4 */
}

static void
test_physio_and_daily_habits (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjInsights) empty = pj_insights_evaluate_days (days, T);

  /* an empty journal: no tip at all, not even daily-habits (too few logged days) */
  g_assert_cmpuint (empty->tips->len, ==, 0);
  /* a background of neutral days: daily-habits and nothing else */
  journal_neutral_days (days, T - 3, 3, 2);
  {
    g_autoptr (PjInsights) neutral = pj_insights_evaluate_days (days, T);

    g_assert_cmpuint (neutral->tips->len, ==, 1);
    g_assert_nonnull (insights_tip (neutral, "daily-habits"));
    g_assert_cmpuint (neutral->flags->len, ==, 0);
  }

  /* a fever (see-soon) brings the physio tip; daily-habits goes */
  journal_checkin (days, T, 8)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_FEVER);
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

    g_assert_nonnull (insights_tip (insights, "physio"));
    g_assert_nonnull (strstr (insights_tip (insights, "physio")->why, "Fever"));
    g_assert_null (insights_tip (insights, "daily-habits"));
  }
  /* an urgent flag alone does not */
  ((PjCheckin *) journal_day (days, T)->checkins->pdata[0])->symptoms =
    PJ_CODE_BIT (PJ_SYMPTOM_BALANCE);
  g_assert_false (fires_tip (days, T, "physio"));
}

static void
test_only_daily_habits_when_nothing_fires (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjInsights) insights = NULL;

  /* active, well rested, calm, mild pain: none of the triggers */
  for (PjDate date = T - 6; date <= T; date++)
    {
      PjDay *day = journal_day (days, date);

      day->activities = PJ_CODE_BIT (PJ_ACTIVITY_YOGA);
      day->exercise_minutes = 30;
      day->self_care = PJ_CODE_BIT (PJ_SELF_CARE_MEDICATION);
      day->sleep_hours = 8;
      day->stress = 2;
      journal_checkin (days, date, 5);
    }
  for (PjDate date = T - 6; date <= T - 3; date++)
    journal_day (days, date)->self_care = 0;
  insights = pj_insights_evaluate_days (days, T);
  g_assert_cmpuint (insights->tips->len, ==, 1);
  g_assert_nonnull (insights_tip (insights, "daily-habits"));
}

static void
test_ranking (void)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjSeries) series = NULL;
  g_autoptr (GPtrArray) correlations = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pj_correlation_free);
  PjCorrelation *c = g_new0 (PjCorrelation, 1);

  journal_neutral_days (days, T - 5, 3, 2);
  /* posture exactly 2.5 and stress exactly 6: both fire just at the threshold (0.5) */
  journal_day (days, T)->posture = 2;
  journal_day (days, T - 1)->posture = 3;
  journal_day (days, T)->stress = 6;
  series = pj_series_new (days, T - 89, T);
  {
    g_autoptr (GPtrArray) tips = pj_tips_evaluate (series, T, NULL, NULL);

    g_assert_cmpuint (tips->len, ==, 2);
    /* a tie keeps the order of the catalogue */
    g_assert_cmpstr (((PjTip *) tips->pdata[0])->info->id, ==, "posture");
    g_assert_cmpstr (((PjTip *) tips->pdata[1])->info->id, ==, "breathing");
  }
  /* stress tracking pain lifts "breathing" */
  c->factor = PJ_FACTOR_STRESS;
  c->rho = 0.4;
  g_ptr_array_add (correlations, c);
  {
    g_autoptr (GPtrArray) tips = pj_tips_evaluate (series, T, NULL, correlations);

    g_assert_cmpstr (((PjTip *) tips->pdata[0])->info->id, ==, "breathing");
    g_assert_cmpfloat_with_epsilon (((PjTip *) tips->pdata[0])->score, 0.9, 1e-9);
  }
  /* the other direction (more stress, less pain) is not "tracking" for this tip */
  c->rho = -0.4;
  {
    g_autoptr (GPtrArray) tips = pj_tips_evaluate (series, T, NULL, correlations);

    g_assert_cmpstr (((PjTip *) tips->pdata[0])->info->id, ==, "posture");
  }
  /* a stronger firing ranks higher: stress 10 */
  journal_day (days, T)->stress = 10;
  {
    g_autoptr (GPtrArray) tips = pj_tips_evaluate (series, T, NULL, NULL);

    g_assert_cmpstr (((PjTip *) tips->pdata[0])->info->id, ==, "breathing");
    g_assert_cmpfloat (((PjTip *) tips->pdata[0])->strength, ==, 1.0);
  }
}

/* Tips wait for 3 logged days in the last 7; a flag in the same journal does not. */
static void
test_minimum_logged_days (void)
{
  g_autoptr (GPtrArray) days = journal_new ();

  journal_checkin (days, T, 6);
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

    g_assert_cmpuint (insights->tips->len, ==, 0);
  }
  journal_checkin (days, T - 1, 6);
  journal_checkin (days, T - 7, 6);
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

    /* the check-in 8 days ago lies outside the window */
    g_assert_cmpuint (insights->tips->len, ==, 0);
  }
  journal_checkin (days, T - 6, 6);
  {
    g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, T);

    g_assert_cmpuint (insights->tips->len, >, 0);
    g_assert_nonnull (insights_tip (insights, "pain-relief"));
  }
}

/* The library's search ranks title matches above body (or category) matches; within each, the
 * catalogue's order. "sleep" is in the title of "Sleep to recover", and only in the category
 * ("Stress and sleep") or body of "Breathe out the tension" and "Healthy everyday habits". */
static void
test_search_ranking (void)
{
  const PjTipInfo *sleep = pj_tips_lookup ("sleep");
  const PjTipInfo *breathing = pj_tips_lookup ("breathing");
  const PjTipInfo *habits = pj_tips_lookup ("daily-habits");
  const PjTipInfo *posture = pj_tips_lookup ("posture");
  guint n;
  const PjTipInfo *catalogue = pj_tips_catalogue (&n);
  g_autoptr (GPtrArray) sorted = g_ptr_array_new ();

  g_assert_cmpint (pj_tips_search_match (sleep, "SLEEP"), ==, PJ_TIP_MATCH_TITLE);
  g_assert_cmpint (pj_tips_search_match (breathing, "sleep"), ==, PJ_TIP_MATCH_BODY);
  g_assert_cmpint (pj_tips_search_match (habits, "sleep"), ==, PJ_TIP_MATCH_BODY);
  g_assert_cmpint (pj_tips_search_match (posture, "sleep"), ==, PJ_TIP_MATCH_NONE);
  g_assert_cmpint (pj_tips_search_match (posture, ""), ==, PJ_TIP_MATCH_TITLE);
  g_assert_cmpint (pj_tips_search_match (posture, NULL), ==, PJ_TIP_MATCH_TITLE);
  /* the title match comes first although "breathing" is earlier in the catalogue */
  g_assert_true (breathing < sleep);
  g_assert_cmpint (pj_tips_search_compare (sleep, breathing, "sleep"), <, 0);
  g_assert_cmpint (pj_tips_search_compare (breathing, sleep, "sleep"), >, 0);
  /* two body matches keep the catalogue's order; a non-match goes last */
  g_assert_cmpint (pj_tips_search_compare (breathing, habits, "sleep"), <, 0);
  g_assert_cmpint (pj_tips_search_compare (posture, habits, "sleep"), >, 0);
  g_assert_cmpint (pj_tips_search_compare (sleep, sleep, "sleep"), ==, 0);
  /* no search: the catalogue's order */
  g_assert_cmpint (pj_tips_search_compare (posture, sleep, ""), <, 0);
  /* sorting the whole catalogue: every title match before every other match */
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, (gpointer) &catalogue[i]);
  for (guint i = 0; i < n; i++)
    for (guint k = i + 1; k < n; k++)
      if (pj_tips_search_compare (sorted->pdata[k], sorted->pdata[i], "neck") < 0)
        {
          gpointer swap = sorted->pdata[i];

          sorted->pdata[i] = sorted->pdata[k];
          sorted->pdata[k] = swap;
        }
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (pj_tips_search_match (sorted->pdata[i - 1], "neck"), >=,
                     pj_tips_search_match (sorted->pdata[i], "neck"));
  g_assert_cmpstr (((const PjTipInfo *) sorted->pdata[0])->id, ==, "tech-neck");
}

static void
test_catalogue (void)
{
  guint n;
  const PjTipInfo *tips = pj_tips_catalogue (&n);

  g_assert_cmpuint (n, ==, 18);
  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (pj_tips_lookup (tips[i].id));
      g_assert_cmpuint (strlen (tips[i].title), >, 0);
      g_assert_cmpuint (strlen (tips[i].body), >, 60);
      g_assert_nonnull (pj_tip_category_label (tips[i].category));
    }
  g_assert_cmpstr (tips[n - 1].id, ==, "daily-habits");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tips/breaks", test_breaks);
  g_test_add_func ("/tips/minimum-logged-days", test_minimum_logged_days);
  g_test_add_func ("/tips/search-ranking", test_search_ranking);
  g_test_add_func ("/tips/posture", test_posture);
  g_test_add_func ("/tips/ergonomics", test_ergonomics);
  g_test_add_func ("/tips/tech-neck", test_tech_neck);
  g_test_add_func ("/tips/heat", test_heat);
  g_test_add_func ("/tips/ice", test_ice);
  g_test_add_func ("/tips/gentle-stretches", test_gentle_stretches);
  g_test_add_func ("/tips/core", test_core);
  g_test_add_func ("/tips/low-impact", test_low_impact);
  g_test_add_func ("/tips/stress", test_stress);
  g_test_add_func ("/tips/sleep", test_sleep);
  g_test_add_func ("/tips/stay-active", test_stay_active);
  g_test_add_func ("/tips/medication", test_medication);
  g_test_add_func ("/tips/massage", test_massage);
  g_test_add_func ("/tips/physio-and-daily-habits", test_physio_and_daily_habits);
  g_test_add_func ("/tips/only-daily-habits", test_only_daily_habits_when_nothing_fires);
  g_test_add_func ("/tips/ranking", test_ranking);
  g_test_add_func ("/tips/catalogue", test_catalogue);
  return g_test_run ();
}
