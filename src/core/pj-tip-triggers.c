/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-analysis-text.h"
#include "pj-flags.h"
#include "pj-tip-medication.h"
#include "pj-tip-triggers.h"

#define EPSILON 1e-9

/* How far past its threshold a trigger fired: 0.5 at the threshold, rising to 1 at @limit. */
static double
strength_above (double value,
                double threshold,
                double limit)
{
  return 0.5 + 0.5 * CLAMP ((value - threshold) / (limit - threshold), 0.0, 1.0);
}

static double
mean_factor (PjTipContext *c,
             PjFactor      factor)
{
  return pj_series_mean_factor (c->series, factor, c->week, c->as_of, NULL);
}

static double
mean_pain (PjTipContext *c)
{
  return pj_series_mean_pain (c->series, c->week, c->as_of, NULL);
}

static GArray *
new_dates (void)
{
  return g_array_new (FALSE, FALSE, sizeof (PjDate));
}

/* Appends one sentence to the "why" line. */
static void
add_reason (GString    *why,
            const char *sentence)
{
  if (why->len > 0)
    g_string_append_c (why, ' ');
  g_string_append (why, sentence);
}

typedef gboolean (*DayTest) (const PjDay *day);

/* Dates in @from … as_of whose day passes @test. */
static GArray *
dates_where (PjTipContext *c,
             PjDate        from,
             DayTest       test)
{
  GArray *dates = new_dates ();

  for (PjDate date = from; date <= c->as_of; date++)
    {
      const PjDay *day = pj_series_get_day (c->series, date);

      if (day != NULL && test (day))
        g_array_append_val (dates, date);
    }
  return dates;
}

static char *
dates_text (PjTipContext *c,
            GArray       *dates)
{
  return pj_analysis_format_dates (dates, c->as_of);
}

static char *
number (double value)
{
  return pj_analysis_format_number (value);
}

/* ----- triggers: each returns the strength (0 = did not fire) and appends its "why" ----- */

static gboolean
few_breaks (const PjDay *day)
{
  return pj_is_set_decimal (day->sitting_hours) && day->sitting_hours >= 4 &&
         pj_is_set_int (day->breaks) && day->breaks < 3;
}

double
pj_tip_trigger_breaks (PjTipContext *c,
                       GString      *why)
{
  double sitting = mean_factor (c, PJ_FACTOR_SITTING_HOURS);
  g_autoptr (GArray) dates = dates_where (c, c->week, few_breaks);
  double strength = 0;

  if (!isnan (sitting) && sitting >= 6 - EPSILON)
    {
      g_autofree char *hours = number (sitting);
      g_autofree char *text = g_strdup_printf (_("You sat %s hours a day on average over the "
                                                 "last 7 days."), hours);

      add_reason (why, text);
      strength = strength_above (sitting, 6, 12);
    }
  if (dates->len > 0)
    {
      g_autofree char *list = dates_text (c, dates);
      g_autofree char *text = g_strdup_printf (_("On %s you sat 4 hours or more and took fewer "
                                                 "than 3 breaks."), list);

      add_reason (why, text);
      strength = MAX (strength, strength_above (dates->len, 1, 7));
    }
  return strength;
}

double
pj_tip_trigger_posture (PjTipContext *c,
                        GString      *why)
{
  double posture = mean_factor (c, PJ_FACTOR_POSTURE);
  g_autofree char *value = NULL, *text = NULL;

  if (isnan (posture) || posture > 2.5 + EPSILON)
    return 0;
  value = number (posture);
  text = g_strdup_printf (_("You rated your posture %s out of 5 on average over the last 7 "
                            "days."), value);
  add_reason (why, text);
  return strength_above (-posture, -2.5, -1);
}

static gboolean
has_ergonomics (const PjDay *day)
{
  return (day->self_care & PJ_CODE_BIT (PJ_SELF_CARE_ERGONOMICS)) != 0;
}

/* Appends "You sat … / spent … at screens" for the means at or above 6; returns the strength. */
static double
desk_hours (PjTipContext *c,
            GString      *why)
{
  double sitting = mean_factor (c, PJ_FACTOR_SITTING_HOURS);
  double screen = mean_factor (c, PJ_FACTOR_SCREEN_HOURS);
  double strength = 0;

  if (!isnan (sitting) && sitting >= 6 - EPSILON)
    {
      g_autofree char *hours = number (sitting);
      g_autofree char *text = g_strdup_printf (_("You sat %s hours a day on average over the "
                                                 "last 7 days."), hours);

      add_reason (why, text);
      strength = strength_above (sitting, 6, 12);
    }
  if (!isnan (screen) && screen >= 6 - EPSILON)
    {
      g_autofree char *hours = number (screen);
      g_autofree char *text = g_strdup_printf (_("You spent %s hours a day at screens on "
                                                 "average over the last 7 days."), hours);

      add_reason (why, text);
      strength = MAX (strength, strength_above (screen, 6, 12));
    }
  return strength;
}

double
pj_tip_trigger_ergonomics (PjTipContext *c,
                           GString      *why)
{
  g_autoptr (GArray) ergonomics = dates_where (c, PJ_WINDOW_FIRST (c->as_of, 14),
                                               has_ergonomics);
  g_autoptr (GString) reasons = g_string_new (NULL);
  double strength;

  if (ergonomics->len > 0)
    return 0;
  strength = desk_hours (c, reasons);
  if (strength == 0)
    return 0;
  add_reason (why, reasons->str);
  add_reason (why, _("You have not logged any ergonomics changes in the last 14 days."));
  return strength;
}

static gboolean
has_neck (const PjDay *day)
{
  return (pj_day_locations (day) & PJ_CODE_BIT (PJ_LOCATION_NECK)) != 0;
}

double
pj_tip_trigger_tech_neck (PjTipContext *c,
                          GString      *why)
{
  double screen = mean_factor (c, PJ_FACTOR_SCREEN_HOURS);
  g_autoptr (GArray) neck = dates_where (c, c->week, has_neck);
  double strength = 0;

  if (!isnan (screen) && screen >= 6 - EPSILON)
    {
      g_autofree char *hours = number (screen);
      g_autofree char *text = g_strdup_printf (_("You spent %s hours a day at screens on "
                                                 "average over the last 7 days."), hours);

      add_reason (why, text);
      strength = strength_above (screen, 6, 12);
    }
  if (neck->len >= 3)
    {
      g_autofree char *list = dates_text (c, neck);
      g_autofree char *text = g_strdup_printf (_("You noted neck pain on %s."), list);

      add_reason (why, text);
      strength = MAX (strength, strength_above (neck->len, 3, 7));
    }
  return strength;
}

static gboolean
has_stiffness (const PjDay *day)
{
  return (pj_day_qualities (day) & PJ_CODE_BIT (PJ_QUALITY_STIFFNESS)) != 0;
}

static gboolean
has_injury (const PjDay *day)
{
  return (pj_day_symptoms (day) & PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY)) != 0;
}

double
pj_tip_trigger_heat (PjTipContext *c,
                     GString      *why)
{
  g_autoptr (GArray) stiff = dates_where (c, c->week, has_stiffness);
  g_autoptr (GArray) injury = dates_where (c, c->three, has_injury);
  g_autofree char *list = NULL, *text = NULL;

  /* heat is for stiffness; a fresh injury calls for cold instead */
  if (stiff->len < 2 || injury->len > 0)
    return 0;
  list = dates_text (c, stiff);
  text = g_strdup_printf (_("You noted stiffness on %s."), list);
  add_reason (why, text);
  return strength_above (stiff->len, 2, 7);
}

double
pj_tip_trigger_ice (PjTipContext *c,
                    GString      *why)
{
  g_autoptr (GArray) injury = dates_where (c, c->three, has_injury);
  g_autoptr (GArray) sharp = new_dates ();
  double strength = 0;
  int worst = 0;

  for (PjDate date = c->three; date <= c->as_of; date++)
    {
      const PjDay *day = pj_series_get_day (c->series, date);

      for (guint i = 0; day != NULL && i < day->checkins->len; i++)
        {
          const PjCheckin *checkin = g_ptr_array_index (day->checkins, i);
          PjCodeSet acute = PJ_CODE_BIT (PJ_QUALITY_SHARP) | PJ_CODE_BIT (PJ_QUALITY_THROBBING);

          if ((checkin->qualities & acute) && checkin->pain >= 6)
            {
              pj_analysis_add_date (sharp, date);
              worst = MAX (worst, checkin->pain);
            }
        }
    }
  if (injury->len > 0)
    {
      g_autofree char *list = dates_text (c, injury);
      g_autofree char *text = g_strdup_printf (_("On %s you noted that the pain started after a "
                                                 "fall, accident or injury."), list);

      add_reason (why, text);
      strength = 1.0;
    }
  if (sharp->len > 0)
    {
      g_autofree char *list = dates_text (c, sharp);
      g_autofree char *text = g_strdup_printf (_("You noted sharp or throbbing pain of up to %d "
                                                 "out of 10 on %s."), worst, list);

      add_reason (why, text);
      strength = MAX (strength, strength_above (worst, 6, 10));
    }
  return strength;
}

static gboolean
is_active (const PjDay *day)
{
  return day->activities != 0 ||
         (pj_is_set_int (day->exercise_minutes) && day->exercise_minutes > 0);
}

double
pj_tip_trigger_gentle_stretches (PjTipContext *c,
                                 GString      *why)
{
  g_autoptr (GArray) active = dates_where (c, c->three, is_active);
  double pain = mean_pain (c);

  /* a check-in in the last 3 days, no activity on any of them, mean pain of the week ≤ 7 */
  if (pj_series_count_logged (c->series, c->three, c->as_of) == 0 || active->len > 0 ||
      isnan (pain) || pain > 7 + EPSILON)
    return 0;
  add_reason (why, _("You logged no exercise or activity in the last 3 days."));
  return 0.75;
}

static gboolean
has_core_work (const PjDay *day)
{
  PjCodeSet core = PJ_CODE_BIT (PJ_ACTIVITY_STRENGTH) | PJ_CODE_BIT (PJ_ACTIVITY_CORE) |
                   PJ_CODE_BIT (PJ_ACTIVITY_PILATES) | PJ_CODE_BIT (PJ_ACTIVITY_YOGA);

  return (day->activities & core) != 0;
}

double
pj_tip_trigger_core (PjTipContext *c,
                     GString      *why)
{
  g_autoptr (GArray) core = dates_where (c, c->week, has_core_work);
  double pain = mean_pain (c);
  g_autofree char *value = NULL, *text = NULL;

  if (isnan (pain) || pain > 5 + EPSILON || core->len > 0)
    return 0;
  value = number (pain);
  text = g_strdup_printf (_("Your pain averaged %s over the last 7 days and you logged no "
                            "strength, core, pilates or yoga work."), value);
  add_reason (why, text);
  return 0.5;
}

double
pj_tip_trigger_low_impact (PjTipContext *c,
                           GString      *why)
{
  guint n;
  double total = pj_series_sum_factor (c->series, PJ_FACTOR_EXERCISE_MINUTES, c->week,
                                       c->as_of, &n);
  double pain = mean_pain (c);
  g_autofree char *value = NULL, *text = NULL;

  /* an unknown total is not a total of zero: some exercise must have been recorded */
  if (n == 0 || total >= 150 || isnan (pain) || pain > 6 + EPSILON)
    return 0;
  value = number (total);
  text = g_strdup_printf (_("You logged %s minutes of exercise in the last 7 days."), value);
  add_reason (why, text);
  return strength_above (150 - total, 0, 150);
}

double
pj_tip_trigger_breathing (PjTipContext *c,
                          GString      *why)
{
  double stress = mean_factor (c, PJ_FACTOR_STRESS);
  g_autofree char *value = NULL, *text = NULL;

  if (isnan (stress) || stress < 6 - EPSILON)
    return 0;
  value = number (stress);
  text = g_strdup_printf (_("Your stress averaged %s out of 10 over the last 7 days."), value);
  add_reason (why, text);
  return strength_above (stress, 6, 10);
}

static gboolean
high_stress (const PjDay *day)
{
  return pj_is_set_int (day->stress) && day->stress >= 7;
}

double
pj_tip_trigger_relaxation (PjTipContext *c,
                           GString      *why)
{
  g_autoptr (GArray) dates = dates_where (c, c->week, high_stress);
  g_autofree char *list = NULL, *text = NULL;

  if (dates->len < 2)
    return 0;
  list = dates_text (c, dates);
  text = g_strdup_printf (_("Your stress was 7 or more out of 10 on %s."), list);
  add_reason (why, text);
  return strength_above (dates->len, 2, 7);
}

double
pj_tip_trigger_sleep (PjTipContext *c,
                      GString      *why)
{
  double hours = mean_factor (c, PJ_FACTOR_SLEEP_HOURS);
  double quality = mean_factor (c, PJ_FACTOR_SLEEP_QUALITY);
  double strength = 0;

  if (!isnan (hours) && hours < 6.5 - EPSILON)
    {
      g_autofree char *value = number (hours);
      g_autofree char *text = g_strdup_printf (_("You slept %s hours a night on average over "
                                                 "the last 7 days."), value);

      add_reason (why, text);
      strength = strength_above (-hours, -6.5, -4);
    }
  if (!isnan (quality) && quality <= 4 + EPSILON)
    {
      g_autofree char *value = number (quality);
      g_autofree char *text = g_strdup_printf (_("You rated your sleep %s out of 10 on average "
                                                 "over the last 7 days."), value);

      add_reason (why, text);
      strength = MAX (strength, strength_above (-quality, -4, 0));
    }
  return strength;
}

double
pj_tip_trigger_stay_active (PjTipContext *c,
                            GString      *why)
{
  g_autoptr (GArray) dates = new_dates ();
  g_autofree char *list = NULL, *text = NULL;
  guint run = 0;

  for (PjDate date = c->week; date <= c->as_of; date++)
    {
      const PjDay *day = pj_series_get_day (c->series, date);

      run = (day != NULL && (day->self_care & PJ_CODE_BIT (PJ_SELF_CARE_REST))) ? run + 1 : 0;
      if (run == 3)
        for (PjDate d = date - 2; d <= date; d++)
          pj_analysis_add_date (dates, d);
      else if (run > 3)
        pj_analysis_add_date (dates, date);
    }
  if (dates->len == 0)
    return 0;
  list = dates_text (c, dates);
  text = g_strdup_printf (_("You logged rest on several days in a row: %s."), list);
  add_reason (why, text);
  return strength_above (dates->len, 3, 7);
}

double
pj_tip_trigger_pain_relief (PjTipContext *c,
                            GString      *why)
{
  g_autoptr (GArray) medication = pj_tip_medication_dates (c->series, c->week, c->as_of);
  double pain = mean_pain (c);
  g_autofree char *value = NULL, *text = NULL;

  if (isnan (pain) || pain < 5 - EPSILON || medication->len > 0)
    return 0;
  value = number (pain);
  text = g_strdup_printf (_("Your pain averaged %s over the last 7 days and you logged no "
                            "medication."), value);
  add_reason (why, text);
  return strength_above (pain, 5, 10);
}

double
pj_tip_trigger_medication_review (PjTipContext *c,
                                  GString      *why)
{
  g_autoptr (GArray) medication = pj_tip_medication_dates (c->series, c->week, c->as_of);
  g_autofree char *text = NULL;

  if (medication->len < 5)
    return 0;
  text = g_strdup_printf (_("You logged medication on %u of the last 7 days."),
                          medication->len);
  add_reason (why, text);
  return strength_above (medication->len, 5, 7);
}

static gboolean
stiff_or_aching (const PjDay *day)
{
  PjCodeSet set = PJ_CODE_BIT (PJ_QUALITY_STIFFNESS) | PJ_CODE_BIT (PJ_QUALITY_ACHING);

  return (pj_day_qualities (day) & set) != 0;
}

double
pj_tip_trigger_massage (PjTipContext *c,
                        GString      *why)
{
  g_autoptr (GArray) dates = dates_where (c, c->week, stiff_or_aching);
  double pain = mean_pain (c);
  g_autofree char *value = NULL, *list = NULL, *text = NULL;

  if (dates->len < 3 || isnan (pain) || pain < 4 - EPSILON)
    return 0;
  value = number (pain);
  list = dates_text (c, dates);
  text = g_strdup_printf (_("You noted stiff or aching pain on %s, with pain averaging %s."),
                          list, value);
  add_reason (why, text);
  return strength_above (dates->len, 3, 7);
}

double
pj_tip_trigger_physio (PjTipContext *c,
                       GString      *why)
{
  g_autoptr (GString) titles = g_string_new (NULL);

  /* any see-soon flag; not-improving is one of them */
  for (guint i = 0; c->flags != NULL && i < c->flags->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (c->flags, i);

      if (flag->info->level != PJ_FLAG_LEVEL_SEE_SOON)
        continue;
      if (titles->len > 0)
        g_string_append (titles, _("; "));
      g_string_append (titles, flag->title);
    }
  if (titles->len == 0)
    return 0;
  {
    g_autofree char *text = g_strdup_printf (_("Your journal shows a pattern worth having "
                                               "checked: %s."), titles->str);

    add_reason (why, text);
  }
  return 1.0;
}

