/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-analysis-text.h"
#include "pj-report-voice.h"

#define MAX_LISTED_DATES 12

const char *
pj_report_voice_disclaimer (void)
{
  return _("Self-reported by the patient. The journal helps notice patterns and prepare for a "
           "visit; it does not diagnose or replace professional assessment. Severe or sudden "
           "symptoms need medical help straight away.");
}

char *
pj_report_voice_format_date (PjDate date)
{
  g_autoptr (GDateTime) datetime = pj_date_to_local_datetime (date);

  /* Translators: a date in the report, e.g. "3 Jun 2026"; see g_date_time_format() */
  return g_date_time_format (datetime, _("%-d %b %Y"));
}

char *
pj_report_voice_format_dates (GArray  *dates,
                              gboolean with_on)
{
  g_autoptr (GString) text = g_string_new (NULL);

  g_return_val_if_fail (dates != NULL, NULL);

  if (dates->len > MAX_LISTED_DATES)
    {
      g_autofree char *first = pj_report_voice_format_date (g_array_index (dates, PjDate, 0));
      g_autofree char *last = pj_report_voice_format_date (g_array_index (dates, PjDate,
                                                                          dates->len - 1));

      if (with_on)
        /* Translators: many dates summed up, "on 46 days from 7 Jul 2026 to 25 Sep 2026" */
        return g_strdup_printf (ngettext ("on %u day from %s to %s",
                                          "on %u days from %s to %s", dates->len),
                                dates->len, first, last);
      /* Translators: many dates summed up, "46 days from 7 Jul 2026 to 25 Sep 2026" */
      return g_strdup_printf (ngettext ("%u day from %s to %s", "%u days from %s to %s",
                                        dates->len), dates->len, first, last);
    }
  for (guint i = 0; i < dates->len; i++)
    {
      g_autofree char *date = pj_report_voice_format_date (g_array_index (dates, PjDate, i));

      if (i > 0)
        g_string_append (text, i + 1 < dates->len ? _(", ") : _(" and "));
      g_string_append (text, date);
    }
  if (with_on && text->len > 0)
    /* Translators: before one or a few dates, "on 20 Sep 2026 and 25 Sep 2026" */
    return g_strdup_printf (_("on %s"), text->str);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
pj_flag_report_title (const PjFlagInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  if (g_str_equal (info->id, "worsening"))
    return _("Pain getting worse");
  return _(info->title);
}

/* The symptom flags: one %s, the dates with their "on". */
static const struct
{
  const char *id;
  const char *reason;
} symptom_reasons[] = {
  { "bladder-bowel", N_("Patient noted a loss of, or change in, bladder or bowel control %s.") },
  { "chest-symptoms", N_("Patient noted chest pain, shortness of breath or sweating with the "
                         "back pain %s.") },
  { "weakness", N_("Patient noted new weakness in the arms or legs %s.") },
  { "balance", N_("Patient noted unsteady walking or clumsy hands %s.") },
  { "numbness", N_("Patient noted numbness or tingling %s.") },
  { "radiating", N_("Patient noted pain spreading into the arms or legs %s.") },
  { "fever", N_("Patient noted fever, chills or night sweats %s.") },
  { "weight-loss", N_("Patient noted weight loss without trying %s.") },
  { "night-pain", N_("Patient noted pain at night not eased by rest or a change of position "
                     "%s.") },
  { "function-loss", N_("Patient rated the pain's interference with general activity at 7 or "
                        "more out of 10 %s.") },
};

static char *
number (double value)
{
  return pj_analysis_format_number (value);
}

static char *
worsening_reason (const PjSeries *series,
                  PjDate          as_of)
{
  double last = pj_series_mean_pain (series, PJ_WINDOW_FIRST (as_of, 7), as_of, NULL);
  double before = pj_series_mean_pain (series, PJ_WINDOW_FIRST (as_of, 14), as_of - 7, NULL);
  g_autofree char *last_text = number (last), *before_text = number (before);
  g_autofree char *rise = number (last - before);
  g_autofree char *end = pj_report_voice_format_date (as_of);

  return g_strdup_printf (_("Average pain rose to %s over the 7 days to %s, from %s in the 7 "
                            "days before (%s points higher)."),
                          last_text, end, before_text, rise);
}

static char *
persistent_reason (const PjSeries *series,
                   PjDate          as_of)
{
  PjDate first = PJ_WINDOW_FIRST (as_of, 14);
  g_autoptr (GArray) dates = pj_series_logged_dates (series, first, as_of);
  double least = 10;
  g_autofree char *mean = NULL, *least_text = NULL, *end = NULL;

  for (guint i = 0; i < dates->len; i++)
    least = MIN (least, pj_series_get_pain (series, g_array_index (dates, PjDate, i)));
  mean = number (pj_series_mean_pain (series, first, as_of, NULL));
  least_text = number (least);
  end = pj_report_voice_format_date (as_of);
  return g_strdup_printf (ngettext ("Daily pain was 4 or more on the %u day logged in the 14 "
                                    "days to %s (average %s, lowest %s).",
                                    "Daily pain was 4 or more on all %u days logged in the 14 "
                                    "days to %s (average %s, lowest %s).", dates->len),
                          dates->len, end, mean, least_text);
}

static gboolean
has_self_care_or_activity (const PjDay *day)
{
  return day != NULL && (day->self_care != 0 || day->activities != 0 ||
                         (pj_is_set_int (day->exercise_minutes) && day->exercise_minutes > 0));
}

static char *
not_improving_reason (const PjSeries *series,
                      PjDate          as_of)
{
  PjDate first = PJ_WINDOW_FIRST (as_of, 28);
  double mean_first = pj_series_mean_pain (series, first, first + 6, NULL);
  double mean_last = pj_series_mean_pain (series, PJ_WINDOW_FIRST (as_of, 7), as_of, NULL);
  g_autofree char *first_text = number (mean_first), *last_text = number (mean_last);
  g_autofree char *end = pj_report_voice_format_date (as_of);
  guint n_care = 0;

  for (PjDate date = first; date <= as_of; date++)
    if (has_self_care_or_activity (pj_series_get_day (series, date)))
      n_care++;
  return g_strdup_printf (_("Average pain was %s over the 7 days to %s against %s four weeks "
                            "earlier, although self-care or activity was logged on %u of those "
                            "28 days."), last_text, end, first_text, n_care);
}

static char *
severe_persistent_reason (const PjFlag   *flag,
                          const PjSeries *series)
{
  g_autofree char *dates = pj_report_voice_format_dates (flag->dates, FALSE);
  double worst = 0;
  g_autofree char *worst_text = NULL;

  for (guint i = 0; i < flag->dates->len; i++)
    worst = MAX (worst, pj_series_get_pain (series, g_array_index (flag->dates, PjDate, i)));
  worst_text = number (worst);
  return g_strdup_printf (_("Daily pain was 7 or more on at least three days in a row, up to "
                            "a daily average of %s: %s."), worst_text, dates);
}

static char *
injury_reason (const PjFlag   *flag,
               const PjSeries *series)
{
  g_autofree char *dates = pj_report_voice_format_dates (flag->dates, TRUE);
  int worst = 0;

  for (guint i = 0; i < flag->dates->len; i++)
    {
      const PjDay *day = pj_series_get_day (series, g_array_index (flag->dates, PjDate, i));

      if (day != NULL)
        worst = MAX (worst, pj_day_pain_worst (day));
    }
  return g_strdup_printf (_("Patient noted that the pain started after a fall, accident or "
                            "injury, with a check-in of %d out of 10, %s."), worst, dates);
}

static char *
episode_reason (const PjFlag *flag,
                PjDate        as_of)
{
  PjDate start = flag->dates->len > 0 ? g_array_index (flag->dates, PjDate, 0) : as_of;
  g_autofree char *since = pj_report_voice_format_date (start);
  g_autofree char *end = pj_report_voice_format_date (as_of);
  guint age = as_of - start;

  /* Translators: since the first day, the age in days, as of the last day the flag was
   * raised ("since 12 Jun 2026: 84 days by 3 Sep 2026") */
  return g_strdup_printf (ngettext ("Pain of 4 or more has kept coming back, with no two-week "
                                    "break, since %s: %u day by %s.",
                                    "Pain of 4 or more has kept coming back, with no two-week "
                                    "break, since %s: %u days by %s.", age),
                          since, age, end);
}

gboolean
pj_flag_report_reason_lists_dates (const PjFlagInfo *info)
{
  g_return_val_if_fail (info != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (symptom_reasons); i++)
    if (g_str_equal (info->id, symptom_reasons[i].id))
      return TRUE;
  return g_str_equal (info->id, "severe-persistent") || g_str_equal (info->id, "injury-severe");
}

char *
pj_flag_format_report_reason (const PjFlag   *flag,
                              const PjSeries *series,
                              PjDate          as_of)
{
  const char *id;

  g_return_val_if_fail (flag != NULL && series != NULL, NULL);

  id = flag->info->id;
  for (guint i = 0; i < G_N_ELEMENTS (symptom_reasons); i++)
    if (g_str_equal (id, symptom_reasons[i].id))
      {
        g_autofree char *dates = pj_report_voice_format_dates (flag->dates, TRUE);

        return pj_analysis_printf_table (_(symptom_reasons[i].reason), dates);
      }
  if (g_str_equal (id, "worsening"))
    return worsening_reason (series, as_of);
  if (g_str_equal (id, "persistent"))
    return persistent_reason (series, as_of);
  if (g_str_equal (id, "not-improving"))
    return not_improving_reason (series, as_of);
  if (g_str_equal (id, "severe-persistent"))
    return severe_persistent_reason (flag, series);
  if (g_str_equal (id, "injury-severe"))
    return injury_reason (flag, series);
  if (g_str_equal (id, "subacute") || g_str_equal (id, "chronic"))
    return episode_reason (flag, as_of);
  /* A flag added to the catalogue without a report wording keeps the window's. */
  g_warn_if_reached ();
  return g_strdup (flag->reason);
}

char *
pj_flags_improving_for_report (const PjSeries *series,
                               PjDate          as_of)
{
  double last, before;
  g_autofree char *last_text = NULL, *before_text = NULL, *end = NULL;

  g_return_val_if_fail (series != NULL, NULL);

  if (!pj_flags_improving (series, as_of, NULL))
    return NULL;
  last = pj_series_mean_pain (series, PJ_WINDOW_FIRST (as_of, 7), as_of, NULL);
  before = pj_series_mean_pain (series, PJ_WINDOW_FIRST (as_of, 14), as_of - 7, NULL);
  last_text = number (last);
  before_text = number (before);
  end = pj_report_voice_format_date (as_of);
  return g_strdup_printf (_("Average pain fell to %s over the 7 days to %s, from %s in the 7 "
                            "days before."), last_text, end, before_text);
}

/* Threshold, mean pain of those days, mean pain of the others; as in pj-correlation.c. */
static const struct
{
  PjFactor    factor;
  const char *same_day;
  const char *next_day;
} pattern_wordings[] = {
  { PJ_FACTOR_SITTING_HOURS,
    N_("On days with %s hours of sitting or more, pain averaged %s, against %s on other days."),
    N_("On the day after %s hours of sitting or more, pain averaged %s, against %s after other "
       "days.") },
  { PJ_FACTOR_SCREEN_HOURS,
    N_("On days with %s hours of screen time or more, pain averaged %s, against %s on other "
       "days."),
    N_("On the day after %s hours of screen time or more, pain averaged %s, against %s after "
       "other days.") },
  { PJ_FACTOR_POSTURE,
    N_("On days with posture rated %s or higher, pain averaged %s, against %s on other days."),
    N_("On the day after posture was rated %s or higher, pain averaged %s, against %s after "
       "other days.") },
  { PJ_FACTOR_EXERCISE_MINUTES,
    N_("On days with %s minutes of exercise or more, pain averaged %s, against %s on other "
       "days."),
    N_("On the day after %s minutes of exercise or more, pain averaged %s, against %s after "
       "other days.") },
  { PJ_FACTOR_SLEEP_HOURS,
    N_("On days after %s hours of sleep or more, pain averaged %s, against %s on other days."),
    N_("On the second day after %s hours of sleep or more, pain averaged %s, against %s on "
       "other days.") },
  { PJ_FACTOR_SLEEP_QUALITY,
    N_("On days with sleep rated %s or higher, pain averaged %s, against %s on other days."),
    N_("On the day after sleep was rated %s or higher, pain averaged %s, against %s after "
       "other days.") },
  { PJ_FACTOR_STRESS,
    N_("On days with stress of %s or higher, pain averaged %s, against %s on other days."),
    N_("On the day after stress of %s or higher, pain averaged %s, against %s after other "
       "days.") },
};

char *
pj_correlation_format_report (const PjCorrelation *correlation)
{
  g_return_val_if_fail (correlation != NULL, NULL);

  if (correlation->text == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (pattern_wordings); i++)
    if (pattern_wordings[i].factor == correlation->factor)
      {
        g_autofree char *threshold = number (correlation->threshold);
        g_autofree char *high = number (correlation->mean_high);
        g_autofree char *other = number (correlation->mean_other);

        return pj_analysis_printf_table (_(correlation->lag == 0 ? pattern_wordings[i].same_day
                                                                : pattern_wordings[i].next_day),
                                         threshold, high, other);
      }
  return g_strdup (correlation->text);
}
