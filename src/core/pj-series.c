/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-series.h"

struct _PjSeries
{
  PjDate        first;
  PjDate        last;
  guint         n_days;
  const PjDay **days;  /* index = date - first; NULL when nothing is stored */
  double       *pain;  /* mean of the check-ins, NAN on a gap */
  guint        *medicine_doses;  /* taken doses of medicines per day; NULL: none added */
};

static const char * const factor_names[PJ_N_FACTORS] = {
  "sitting_hours",
  "screen_hours",
  "posture",
  "breaks",
  "exercise_minutes",
  "sleep_hours",
  "sleep_quality",
  "stress",
  "enjoyment_interference",
  "activity_interference",
};

const char *
pj_factor_name (PjFactor factor)
{
  g_return_val_if_fail (factor < PJ_N_FACTORS, NULL);
  return factor_names[factor];
}

static double
int_factor (int value)
{
  return pj_is_set_int (value) ? (double) value : NAN;
}

double
pj_day_factor (const PjDay *day,
               PjFactor     factor)
{
  g_return_val_if_fail (day != NULL, NAN);

  switch (factor)
    {
    case PJ_FACTOR_SITTING_HOURS:
      return day->sitting_hours;
    case PJ_FACTOR_SCREEN_HOURS:
      return day->screen_hours;
    case PJ_FACTOR_POSTURE:
      return int_factor (day->posture);
    case PJ_FACTOR_BREAKS:
      return int_factor (day->breaks);
    case PJ_FACTOR_EXERCISE_MINUTES:
      return int_factor (day->exercise_minutes);
    case PJ_FACTOR_SLEEP_HOURS:
      return day->sleep_hours;
    case PJ_FACTOR_SLEEP_QUALITY:
      return int_factor (day->sleep_quality);
    case PJ_FACTOR_STRESS:
      return int_factor (day->stress);
    case PJ_FACTOR_ENJOYMENT_INTERFERENCE:
      return int_factor (day->enjoyment_interference);
    case PJ_FACTOR_ACTIVITY_INTERFERENCE:
      return int_factor (day->activity_interference);
    case PJ_N_FACTORS:
    default:
      g_return_val_if_reached (NAN);
    }
}

PjSeries *
pj_series_new (GPtrArray *days,
               PjDate     first,
               PjDate     last)
{
  PjSeries *series;

  g_return_val_if_fail (days != NULL, NULL);
  g_return_val_if_fail (first != PJ_DATE_NONE && first <= last, NULL);

  series = g_new0 (PjSeries, 1);
  series->first = first;
  series->last = last;
  series->n_days = last - first + 1;
  series->days = g_new0 (const PjDay *, series->n_days);
  series->pain = g_new (double, series->n_days);
  for (guint i = 0; i < series->n_days; i++)
    series->pain[i] = NAN;

  for (guint i = 0; i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);
      guint index;

      if (day->date < first || day->date > last)
        continue;
      index = day->date - first;
      /* The journal holds one day per date; should a caller pass two, the first one wins so
       * the result does not depend on hidden state. */
      if (series->days[index] != NULL)
        continue;
      series->days[index] = day;
      series->pain[index] = pj_day_pain_mean (day);
    }
  return series;
}

void
pj_series_free (PjSeries *series)
{
  if (series == NULL)
    return;
  g_free (series->medicine_doses);
  g_free (series->days);
  g_free (series->pain);
  g_free (series);
}

PjDate
pj_series_get_first (const PjSeries *series)
{
  return series->first;
}

PjDate
pj_series_get_last (const PjSeries *series)
{
  return series->last;
}

static gboolean
in_series (const PjSeries *series,
           PjDate          date)
{
  return date >= series->first && date <= series->last;
}

const PjDay *
pj_series_get_day (const PjSeries *series,
                   PjDate          date)
{
  g_return_val_if_fail (series != NULL, NULL);
  return in_series (series, date) ? series->days[date - series->first] : NULL;
}

double
pj_series_get_pain (const PjSeries *series,
                    PjDate          date)
{
  g_return_val_if_fail (series != NULL, NAN);
  return in_series (series, date) ? series->pain[date - series->first] : NAN;
}

int
pj_series_get_pain_worst (const PjSeries *series,
                          PjDate          date)
{
  const PjDay *day = pj_series_get_day (series, date);

  return day != NULL ? pj_day_pain_worst (day) : PJ_UNSET;
}

int
pj_series_get_pain_least (const PjSeries *series,
                          PjDate          date)
{
  const PjDay *day = pj_series_get_day (series, date);

  return day != NULL ? pj_day_pain_least (day) : PJ_UNSET;
}

gboolean
pj_series_is_gap (const PjSeries *series,
                  PjDate          date)
{
  return isnan (pj_series_get_pain (series, date));
}

/* Clips @from … @to to the series; FALSE when nothing is left. */
static gboolean
clip (const PjSeries *series,
      PjDate         *from,
      PjDate         *to)
{
  *from = MAX (*from, series->first);
  *to = MIN (*to, series->last);
  return *from <= *to;
}

guint
pj_series_count_logged (const PjSeries *series,
                        PjDate          from,
                        PjDate          to)
{
  guint n = 0;

  g_return_val_if_fail (series != NULL, 0);
  if (!clip (series, &from, &to))
    return 0;
  for (PjDate date = from; date <= to; date++)
    if (!isnan (series->pain[date - series->first]))
      n++;
  return n;
}

static GArray *
dates_where (const PjSeries *series,
             PjDate          from,
             PjDate          to,
             gboolean        logged)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (PjDate));

  if (!clip (series, &from, &to))
    return dates;
  for (PjDate date = from; date <= to; date++)
    if (isnan (series->pain[date - series->first]) != logged)
      g_array_append_val (dates, date);
  return dates;
}

GArray *
pj_series_logged_dates (const PjSeries *series,
                        PjDate          from,
                        PjDate          to)
{
  g_return_val_if_fail (series != NULL, NULL);
  return dates_where (series, from, to, TRUE);
}

GArray *
pj_series_gaps (const PjSeries *series,
                PjDate          from,
                PjDate          to)
{
  g_return_val_if_fail (series != NULL, NULL);
  return dates_where (series, from, to, FALSE);
}

double
pj_series_mean_pain (const PjSeries *series,
                     PjDate          from,
                     PjDate          to,
                     guint          *out_n)
{
  double sum = 0;
  guint n = 0;

  g_return_val_if_fail (series != NULL, NAN);
  if (clip (series, &from, &to))
    for (PjDate date = from; date <= to; date++)
      {
        double pain = series->pain[date - series->first];

        if (!isnan (pain))
          {
            sum += pain;
            n++;
          }
      }
  if (out_n)
    *out_n = n;
  return n > 0 ? sum / n : NAN;
}

double
pj_series_sum_factor (const PjSeries *series,
                      PjFactor        factor,
                      PjDate          from,
                      PjDate          to,
                      guint          *out_n)
{
  double sum = 0;
  guint n = 0;

  g_return_val_if_fail (series != NULL, NAN);
  if (clip (series, &from, &to))
    for (PjDate date = from; date <= to; date++)
      {
        const PjDay *day = series->days[date - series->first];
        double value = day != NULL ? pj_day_factor (day, factor) : NAN;

        if (!isnan (value))
          {
            sum += value;
            n++;
          }
      }
  if (out_n)
    *out_n = n;
  return n > 0 ? sum : NAN;
}

double
pj_series_mean_factor (const PjSeries *series,
                       PjFactor        factor,
                       PjDate          from,
                       PjDate          to,
                       guint          *out_n)
{
  guint n = 0;
  double sum = pj_series_sum_factor (series, factor, from, to, &n);

  if (out_n)
    *out_n = n;
  return n > 0 ? sum / n : NAN;
}

void
pj_series_add_medicine_dose (PjSeries *series,
                             PjDate    date)
{
  g_return_if_fail (series != NULL);

  if (date < series->first || date > series->last)
    return;
  if (series->medicine_doses == NULL)
    series->medicine_doses = g_new0 (guint, series->n_days);
  series->medicine_doses[date - series->first]++;
}

guint
pj_series_get_medicine_doses (const PjSeries *series,
                              PjDate          date)
{
  g_return_val_if_fail (series != NULL, 0);

  if (series->medicine_doses == NULL || date < series->first || date > series->last)
    return 0;
  return series->medicine_doses[date - series->first];
}
