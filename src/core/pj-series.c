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

/* The value of @date the sum below adds: its daily pain when @factor is PJ_N_FACTORS. */
static double
value_of (const PjSeries *series,
          PjDate          date,
          PjFactor        factor)
{
  const PjDay *day;

  if (factor == PJ_N_FACTORS)
    return series->pain[date - series->first];
  day = series->days[date - series->first];
  return day != NULL ? pj_day_factor (day, factor) : NAN;
}

/* The sum over @from … @to of the days that have a value, and how many do. */
static double
sum_known (const PjSeries *series,
           PjFactor        factor,
           PjDate          from,
           PjDate          to,
           guint          *out_n)
{
  double sum = 0;
  guint n = 0;

  if (clip (series, &from, &to))
    for (PjDate date = from; date <= to; date++)
      {
        double value = value_of (series, date, factor);

        if (!isnan (value))
          {
            sum += value;
            n++;
          }
      }
  *out_n = n;
  return sum;
}

double
pj_series_mean_pain (const PjSeries *series,
                     PjDate          from,
                     PjDate          to,
                     guint          *out_n)
{
  guint n;
  double sum;

  g_return_val_if_fail (series != NULL, NAN);
  sum = sum_known (series, PJ_N_FACTORS, from, to, &n);
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
  guint n;
  double sum;

  g_return_val_if_fail (series != NULL, NAN);
  g_return_val_if_fail (factor < PJ_N_FACTORS, NAN);
  sum = sum_known (series, factor, from, to, &n);
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

static gboolean
passes (const PjSeries *series,
        PjDate          date,
        PjDayTest       test,
        gconstpointer   data)
{
  const PjDay *day = pj_series_get_day (series, date);

  return day != NULL && test (day, data);
}

GArray *
pj_series_dates_where (const PjSeries *series,
                       PjDate          from,
                       PjDate          to,
                       PjDayTest       test,
                       gconstpointer   data)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (PjDate));

  g_return_val_if_fail (series != NULL && test != NULL, dates);

  if (!clip (series, &from, &to))
    return dates;
  for (PjDate date = from; date <= to; date++)
    if (passes (series, date, test, data))
      g_array_append_val (dates, date);
  return dates;
}

GArray *
pj_series_run_dates (const PjSeries *series,
                     PjDate          from,
                     PjDate          to,
                     guint           min_run,
                     PjDayTest       test,
                     gconstpointer   data)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (PjDate));
  guint run = 0;

  g_return_val_if_fail (series != NULL && test != NULL && min_run > 0, dates);

  /* Days outside the series are not stored, so they would end any run: clipping changes
   * nothing but the length of the walk. */
  if (!clip (series, &from, &to))
    return dates;
  for (PjDate date = from; date <= to; date++)
    {
      run = passes (series, date, test, data) ? run + 1 : 0;
      /* A run that reaches @min_run adds its earlier days at once, then one day at a time. */
      if (run == min_run)
        for (PjDate d = date - (min_run - 1); d <= date; d++)
          g_array_append_val (dates, d);
      else if (run > min_run)
        g_array_append_val (dates, date);
    }
  return dates;
}
