/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-period.h"
#include "pj-series.h"

void
pj_period_previous (PjDate  from,
                    PjDate  to,
                    PjDate *out_from,
                    PjDate *out_to)
{
  guint length;

  g_return_if_fail (from != PJ_DATE_NONE && to >= from);

  length = to - from + 1;
  /* Julian day 1 is the earliest date: a period that would start before it is clipped. */
  *out_to = from > 1 ? from - 1 : 1;
  *out_from = from > length ? from - length : 1;
}

static void
note_extreme (PjPeriodSummary *out,
              PjDate           date,
              double           pain)
{
  /* Days arrive in any order; ties go to the most recent day, the one a person remembers. */
  if (out->best_date == PJ_DATE_NONE || pain < out->best_pain ||
      (pain == out->best_pain && date > out->best_date))
    {
      out->best_date = date;
      out->best_pain = pain;
    }
  if (out->worst_date == PJ_DATE_NONE || pain > out->worst_pain ||
      (pain == out->worst_pain && date > out->worst_date))
    {
      out->worst_date = date;
      out->worst_pain = pain;
    }
}

void
pj_period_summarize (GPtrArray       *days,
                     PjDate           from,
                     PjDate           to,
                     PjPeriodSummary *out)
{
  double pain_sum = 0, peg_sum = 0;

  g_return_if_fail (out != NULL);
  g_return_if_fail (from != PJ_DATE_NONE && to >= from);

  memset (out, 0, sizeof *out);
  out->from = from;
  out->to = to;
  out->n_days = to - from + 1;
  out->best_pain = out->worst_pain = NAN;

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);
      double pain, peg;
      PjCodeSet locations;

      if (day->date < from || day->date > to)
        continue;
      if (day->checkins->len > 0 || !pj_day_factors_empty (day))
        out->n_logged++;

      pain = pj_day_pain_mean (day);
      if (!isnan (pain))
        {
          out->n_pain_days++;
          pain_sum += pain;
          note_extreme (out, day->date, pain);
        }
      peg = pj_day_peg (day);
      if (!isnan (peg))
        {
          out->n_peg_days++;
          peg_sum += peg;
        }
      locations = pj_day_locations (day);
      for (guint loc = 0; loc < PJ_N_LOCATIONS; loc++)
        if (locations & PJ_CODE_BIT (loc))
          out->location_days[loc]++;
    }

  out->mean_pain = out->n_pain_days > 0 ? pain_sum / out->n_pain_days : NAN;
  out->mean_peg = out->n_peg_days > 0 ? peg_sum / out->n_peg_days : NAN;
}

/* TRUE when going from @from to @to is a clinically meaningful fall. */
static gboolean
meaningful_drop (double from,
                 double to)
{
  double drop = from - to;

  if (drop >= PJ_CHANGE_MIN_POINTS - PJ_EPSILON)
    return TRUE;
  return to <= PJ_CHANGE_MIN_RATIO * from + PJ_EPSILON &&
         drop >= PJ_CHANGE_RATIO_FLOOR_POINTS - PJ_EPSILON;
}

PjChange
pj_period_compare (double earlier_mean,
                   double later_mean)
{
  if (isnan (earlier_mean) || isnan (later_mean))
    return PJ_CHANGE_UNKNOWN;
  if (meaningful_drop (earlier_mean, later_mean))
    return PJ_CHANGE_BETTER;
  /* The mirror image: a rise is meaningful when the fall back would be. */
  if (meaningful_drop (later_mean, earlier_mean))
    return PJ_CHANGE_WORSE;
  return PJ_CHANGE_SAME;
}

const char *
pj_change_label (PjChange change)
{
  switch (change)
    {
    case PJ_CHANGE_BETTER:
      /* Translators: pain compared with the previous period */
      return _("better");
    case PJ_CHANGE_SAME:
      /* Translators: pain compared with the previous period */
      return _("about the same");
    case PJ_CHANGE_WORSE:
      /* Translators: pain compared with the previous period */
      return _("worse");
    case PJ_CHANGE_UNKNOWN:
    default:
      return "";
    }
}

char *
pj_period_format_pain (double pain)
{
  double rounded = round (pain * 10) / 10;

  if (isnan (pain))
    return g_strdup ("–");
  if (rounded == floor (rounded))
    return g_strdup_printf ("%.0f", rounded);
  return g_strdup_printf ("%.1f", rounded);
}

static char *
format_day (PjDate date)
{
  g_autoptr (GDateTime) datetime = NULL;
  int year, month, day;

  pj_date_to_ymd (date, &year, &month, &day);
  datetime = g_date_time_new_utc (year, month, day, 12, 0, 0);
  /* Translators: a day in a sentence, "14 March"; see strftime(3) */
  return g_date_time_format (datetime, _("%-d %B"));
}

/* The sentences come from the caller, one whole sentence per period and per case, since
 * "this month" or "the week before" inside another sentence cannot agree with it in every
 * language. They are translated formats, so the compiler cannot check them. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static char *
describe_average (const PjPeriodSummary   *current,
                  const PjPeriodSummary   *previous,
                  const PjPeriodSentences *sentences)
{
  g_autofree char *mean = pj_period_format_pain (current->mean_pain);
  g_autofree char *before = NULL;
  double now_rounded, then_rounded;
  PjChange change;

  if (previous == NULL || previous->n_pain_days == 0 || sentences->down == NULL)
    return g_strdup_printf (sentences->average, mean);

  before = pj_period_format_pain (previous->mean_pain);
  now_rounded = round (current->mean_pain * 10);
  then_rounded = round (previous->mean_pain * 10);
  change = pj_period_compare (previous->mean_pain, current->mean_pain);
  if (now_rounded < then_rounded)
    return g_strdup_printf (sentences->down, mean, before, pj_change_label (change));
  if (now_rounded > then_rounded)
    return g_strdup_printf (sentences->up, mean, before, pj_change_label (change));
  return g_strdup_printf (sentences->same, mean);
}
#pragma GCC diagnostic pop

char *
pj_period_describe (const PjPeriodSummary   *current,
                    const PjPeriodSummary   *previous,
                    const PjPeriodSentences *sentences)
{
  g_autofree char *average = NULL;
  g_autofree char *worst_day = NULL;
  g_autofree char *worst = NULL;
  g_autofree char *worst_sentence = NULL;

  g_return_val_if_fail (current != NULL && sentences != NULL, NULL);

  if (current->n_pain_days == 0)
    return g_strdup (sentences->nothing);

  average = describe_average (current, previous, sentences);
  worst_day = format_day (current->worst_date);
  worst = pj_period_format_pain (current->worst_pain);
  /* Translators: the day of the period's worst pain, "14 March", then that pain, "8" */
  worst_sentence = g_strdup_printf (_("Worst day: %s, pain %s."), worst_day, worst);
  /* Translators: two whole sentences, such as "Average pain 4.2 this month." and "Worst
   * day: 14 March, pain 8." */
  return g_strdup_printf (C_("two sentences", "%s %s"), average, worst_sentence);
}
