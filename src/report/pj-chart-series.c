/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-chart-series.h"

typedef struct
{
  const char        *field;
  const char        *label;
  const char        *unit;
  const char        *axis_title;
  PjChartFactorStyle style;
  double             scale_max;
} FactorInfo;

static const FactorInfo factor_info[PJ_N_CHART_FACTORS] = {
  [PJ_CHART_FACTOR_NONE] = { NULL, N_("None"), "", "", PJ_CHART_FACTOR_STYLE_COLUMNS, 0 },
  [PJ_CHART_FACTOR_SITTING_HOURS] = { "sitting_hours", N_("Sitting"), N_("h"),
                                      N_("Sitting, hours"), PJ_CHART_FACTOR_STYLE_COLUMNS, 0 },
  [PJ_CHART_FACTOR_SCREEN_HOURS] = { "screen_hours", N_("Screen time"), N_("h"),
                                     N_("Screen time, hours"), PJ_CHART_FACTOR_STYLE_COLUMNS,
                                     0 },
  [PJ_CHART_FACTOR_EXERCISE_MINUTES] = { "exercise_minutes", N_("Exercise"), N_("min"),
                                         N_("Exercise, minutes"),
                                         PJ_CHART_FACTOR_STYLE_COLUMNS, 0 },
  [PJ_CHART_FACTOR_SLEEP_HOURS] = { "sleep_hours", N_("Sleep"), N_("h"), N_("Sleep, hours"),
                                    PJ_CHART_FACTOR_STYLE_COLUMNS, 0 },
  [PJ_CHART_FACTOR_STRESS] = { "stress", N_("Stress"), "", N_("Stress 0–10, higher is worse"),
                               PJ_CHART_FACTOR_STYLE_LINE, 10 },
  [PJ_CHART_FACTOR_POSTURE] = { "posture", N_("Posture"), "",
                                N_("Posture 1–5, higher is better"), PJ_CHART_FACTOR_STYLE_LINE,
                                5 },
  [PJ_CHART_FACTOR_DOSES] = { "doses", N_("Doses"), "", N_("Doses per day"),
                              PJ_CHART_FACTOR_STYLE_COLUMNS, 0 },
};

const char *
pj_chart_factor_label (PjChartFactor factor)
{
  g_return_val_if_fail (factor < PJ_N_CHART_FACTORS, "");
  return _(factor_info[factor].label);
}

const char *
pj_chart_factor_unit (PjChartFactor factor)
{
  g_return_val_if_fail (factor < PJ_N_CHART_FACTORS, "");
  return factor_info[factor].unit[0] != '\0' ? _(factor_info[factor].unit) : "";
}

const char *
pj_chart_factor_axis_title (PjChartFactor factor)
{
  g_return_val_if_fail (factor < PJ_N_CHART_FACTORS, "");
  return factor_info[factor].axis_title[0] != '\0' ? _(factor_info[factor].axis_title) : "";
}

const char *
pj_chart_factor_field_name (PjChartFactor factor)
{
  g_return_val_if_fail (factor < PJ_N_CHART_FACTORS, NULL);
  return factor_info[factor].field;
}

PjChartFactorStyle
pj_chart_factor_style (PjChartFactor factor)
{
  g_return_val_if_fail (factor < PJ_N_CHART_FACTORS, PJ_CHART_FACTOR_STYLE_COLUMNS);
  return factor_info[factor].style;
}

double
pj_chart_factor_scale_max (PjChartFactor factor)
{
  g_return_val_if_fail (factor < PJ_N_CHART_FACTORS, 0);
  return factor_info[factor].scale_max;
}

/* Reads through the model's field table so the chart never needs to know PjDay's layout. */
static double
field_value (const PjFieldInfo *info,
             const PjDay       *day)
{
  if (info == NULL || !pj_field_is_set (day, info))
    return NAN;
  if (info->type == PJ_FIELD_DECIMAL)
    return *PJ_FIELD_PTR (day, info, const double);
  return *PJ_FIELD_PTR (day, info, const int);
}

static const PjFieldInfo *
factor_field (PjChartFactor factor)
{
  guint n_fields;
  const PjFieldInfo *fields = pj_day_fields (&n_fields);

  if (factor == PJ_CHART_FACTOR_NONE || factor == PJ_CHART_FACTOR_DOSES ||
      factor >= PJ_N_CHART_FACTORS)
    return NULL;
  return pj_field_lookup (fields, n_fields, factor_info[factor].field);
}

double
pj_chart_factor_value (PjChartFactor factor,
                       const PjDay  *day)
{
  g_return_val_if_fail (day != NULL, NAN);
  return field_value (factor_field (factor), day);
}

void
pj_chart_rolling_mean (const double *values,
                       guint         n_values,
                       guint         window,
                       guint         min_values,
                       double       *out)
{
  double sum = 0;
  guint count = 0;

  g_return_if_fail (window > 0);
  g_return_if_fail (values != out || n_values == 0);

  /* A sliding sum: each day enters once and leaves once, so the cost is linear in the days
   * however wide the window. */
  for (guint i = 0; i < n_values; i++)
    {
      if (!isnan (values[i]))
        {
          sum += values[i];
          count++;
        }
      if (i >= window && !isnan (values[i - window]))
        {
          sum -= values[i - window];
          count--;
        }
      out[i] = (count > 0 && count >= min_values) ? sum / count : NAN;
    }
}

gboolean
pj_chart_series_use_weekly (guint n_days,
                            guint above_days)
{
  return above_days > 0 && n_days > above_days;
}

static void
week_add_day (PjChartWeek         *week,
              const PjChartSeries *series,
              guint                slot)
{
  if (!isnan (series->mean[slot]))
    {
      week->mean += series->mean[slot];
      week->least = week->n_logged == 0 ? series->least[slot]
                                        : MIN (week->least, series->least[slot]);
      week->worst = week->n_logged == 0 ? series->worst[slot]
                                        : MAX (week->worst, series->worst[slot]);
      week->n_logged++;
    }
  if (series->factor_values != NULL && !isnan (series->factor_values[slot]))
    {
      week->factor += series->factor_values[slot];
      week->n_factor++;
    }
}

static void
week_finish (PjChartWeek *week)
{
  week->mean = week->n_logged > 0 ? week->mean / week->n_logged : NAN;
  week->factor = week->n_factor > 0 ? week->factor / week->n_factor : NAN;
  if (week->n_logged == 0)
    week->least = week->worst = NAN;
}

/* Calendar weeks from Monday, so that "the week of 3 Aug" means the same days whatever the
 * period's first day; the first and last week are only the days inside the series. */
static GArray *
compute_weeks (const PjChartSeries *series)
{
  GArray *weeks = g_array_sized_new (FALSE, TRUE, sizeof (PjChartWeek), series->n_days / 7 + 2);
  PjDate date = series->first;

  while (date <= series->last)
    {
      PjChartWeek week = { 0 };
      /* G_DATE_MONDAY = 1 … G_DATE_SUNDAY = 7 */
      PjDate sunday = date + (7 - pj_date_weekday (date));

      week.first = date;
      week.last = MIN (sunday, series->last);
      for (PjDate day = week.first; day <= week.last; day++)
        week_add_day (&week, series, day - series->first);
      week_finish (&week);
      g_array_append_val (weeks, week);
      date = week.last + 1;
    }
  return weeks;
}

static void
fill_nan (double *values,
          guint   n)
{
  for (guint i = 0; i < n; i++)
    values[i] = NAN;
}

PjChartSeries *
pj_chart_series_new (GPtrArray    *days,
                     PjDate        first,
                     PjDate        last,
                     PjChartFactor factor)
{
  PjChartSeries *series;
  const PjFieldInfo *info;

  g_return_val_if_fail (first != PJ_DATE_NONE && last >= first, NULL);
  g_return_val_if_fail (factor < PJ_N_CHART_FACTORS, NULL);

  series = g_new0 (PjChartSeries, 1);
  series->first = first;
  series->last = last;
  series->n_days = last - first + 1;
  series->factor = factor;
  series->mean = g_new (double, series->n_days);
  series->least = g_new (double, series->n_days);
  series->worst = g_new (double, series->n_days);
  series->rolling = g_new (double, series->n_days);
  fill_nan (series->mean, series->n_days);
  fill_nan (series->least, series->n_days);
  fill_nan (series->worst, series->n_days);

  info = factor_field (factor);
  if (info != NULL)
    {
      series->factor_values = g_new (double, series->n_days);
      fill_nan (series->factor_values, series->n_days);
    }

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);
      int slot = pj_chart_series_index (series, day->date);
      double mean;

      if (slot < 0)
        continue;
      mean = pj_day_pain_mean (day);
      if (!isnan (mean))
        {
          series->mean[slot] = mean;
          series->least[slot] = pj_day_pain_least (day);
          series->worst[slot] = pj_day_pain_worst (day);
          series->n_logged++;
        }
      if (info != NULL)
        {
          double value = field_value (info, day);

          series->factor_values[slot] = value;
          if (!isnan (value))
            series->factor_max = MAX (series->factor_max, value);
        }
    }

  pj_chart_rolling_mean (series->mean, series->n_days, PJ_CHART_ROLLING_DAYS,
                         PJ_CHART_ROLLING_MIN_VALUES, series->rolling);
  series->weeks = compute_weeks (series);
  return series;
}

void
pj_chart_series_free (PjChartSeries *series)
{
  if (series == NULL)
    return;
  g_free (series->mean);
  g_free (series->least);
  g_free (series->worst);
  g_free (series->rolling);
  g_free (series->factor_values);
  g_clear_pointer (&series->weeks, g_array_unref);
  g_free (series);
}

int
pj_chart_series_index (const PjChartSeries *series,
                       PjDate               date)
{
  g_return_val_if_fail (series != NULL, -1);
  if (date < series->first || date > series->last)
    return -1;
  return (int) (date - series->first);
}

void
pj_chart_series_set_doses (PjChartSeries    *series,
                           const PjMedicine *medicine)
{
  g_return_if_fail (series != NULL);
  g_return_if_fail (medicine != NULL);

  series->factor = PJ_CHART_FACTOR_DOSES;
  g_free (series->factor_values);
  series->factor_values = g_new0 (double, series->n_days);
  series->factor_max = 0;
  for (guint i = 0; i < medicine->doses->len; i++)
    {
      const PjDose *dose = g_ptr_array_index (medicine->doses, i);
      int slot = pj_chart_series_index (series, dose->date);

      if (slot < 0 || !dose->taken)
        continue;
      series->factor_values[slot] += 1;
      series->factor_max = MAX (series->factor_max, series->factor_values[slot]);
    }
}
