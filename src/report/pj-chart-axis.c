/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-chart-axis.h"

void
pj_chart_nice_ticks (double        min,
                     double        max,
                     guint         max_ticks,
                     PjChartTicks *out)
{
  static const double multiples[] = { 1, 2, 5, 10 };
  double raw, magnitude, step = 1;

  g_return_if_fail (out != NULL);

  if (max_ticks < 1)
    max_ticks = 1;
  if (!(max > min))
    max = min + 1;

  raw = (max - min) / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      step = multiples[i] * magnitude;
      /* The small tolerance keeps 10 / 5 = 2 from becoming a step of 5 through rounding. */
      if (step >= raw * (1 - 1e-9))
        break;
    }

  out->step = step;
  out->min = floor (min / step + 1e-9) * step;
  out->max = ceil (max / step - 1e-9) * step;
  out->n_ticks = (guint) lround ((out->max - out->min) / step) + 1;
}

double
pj_chart_nice_ceil (double value)
{
  static const double multiples[] = { 1, 2, 2.5, 5, 10 };
  double magnitude;

  if (!(value > 0))
    return 1;
  magnitude = pow (10, floor (log10 (value)));
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    if (multiples[i] * magnitude >= value * (1 - 1e-9))
      return multiples[i] * magnitude;
  return 10 * magnitude;
}

void
pj_chart_pain_ticks (double        height_px,
                     double        min_spacing_px,
                     PjChartTicks *out)
{
  static const double steps[] = { 1, 2, 5, 10 };

  g_return_if_fail (out != NULL);

  /* Only steps that divide 10 evenly, so the top of the scale is always labelled. */
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      out->step = steps[i];
      if (height_px * steps[i] / 10.0 >= min_spacing_px)
        break;
    }
  out->min = 0;
  out->max = 10;
  out->n_ticks = (guint) (10 / out->step) + 1;
}

typedef struct
{
  PjChartDateUnit unit;
  guint           count;   /* days, months or years per tick */
  double          approx_days;
} DateStep;

static const DateStep date_steps[] = {
  { PJ_CHART_DATE_UNIT_DAY, 1, 1 },
  { PJ_CHART_DATE_UNIT_DAY, 2, 2 },
  { PJ_CHART_DATE_UNIT_DAY, 7, 7 },
  { PJ_CHART_DATE_UNIT_DAY, 14, 14 },
  { PJ_CHART_DATE_UNIT_MONTH, 1, 30.44 },
  { PJ_CHART_DATE_UNIT_MONTH, 2, 60.88 },
  { PJ_CHART_DATE_UNIT_MONTH, 3, 91.31 },
  { PJ_CHART_DATE_UNIT_MONTH, 6, 182.62 },
  { PJ_CHART_DATE_UNIT_YEAR, 1, 365.25 },
  { PJ_CHART_DATE_UNIT_YEAR, 2, 730.5 },
  { PJ_CHART_DATE_UNIT_YEAR, 5, 1826.25 },
  { PJ_CHART_DATE_UNIT_YEAR, 10, 3652.5 },
  { PJ_CHART_DATE_UNIT_YEAR, 20, 7305 },
  { PJ_CHART_DATE_UNIT_YEAR, 50, 18262.5 },
  { PJ_CHART_DATE_UNIT_YEAR, 100, 36525 },
  { PJ_CHART_DATE_UNIT_YEAR, 1000, 365250 },
};

char *
pj_chart_date_label (PjDate          date,
                     PjChartDateUnit unit)
{
  g_autoptr (GDateTime) datetime = NULL;
  int year, month, day;
  const char *format;

  pj_date_to_ymd (date, &year, &month, &day);
  datetime = g_date_time_new_utc (year, month, day, 12, 0, 0);

  switch (unit)
    {
    case PJ_CHART_DATE_UNIT_DAY:
      /* Translators: a short date on the chart's time axis ("4 Mar"); see strftime(3) */
      format = _("%-d %b");
      break;
    case PJ_CHART_DATE_UNIT_MONTH:
      /* January carries the year instead, so a long axis still says which year it is. */
      format = month == 1 ? "%Y" : "%b";
      break;
    case PJ_CHART_DATE_UNIT_YEAR:
    default:
      format = "%Y";
      break;
    }
  return g_date_time_format (datetime, format);
}

/* The first date >= @from that starts a tick of @step. */
static PjDate
align_date (PjDate          from,
            const DateStep *step)
{
  int year, month, day;

  pj_date_to_ymd (from, &year, &month, &day);
  switch (step->unit)
    {
    case PJ_CHART_DATE_UNIT_DAY:
      if (step->count == 7 || step->count == 14)
        {
          /* Mondays; fortnights counted from a fixed Monday so they do not drift. */
          PjDate date = from;

          while (pj_date_weekday (date) != G_DATE_MONDAY || (step->count == 14 && (date / 7) % 2))
            date++;
          return date;
        }
      return from + (step->count - from % step->count) % step->count;
    case PJ_CHART_DATE_UNIT_MONTH:
      {
        int index = year * 12 + (month - 1);

        if (day != 1)
          index++;
        index += (step->count - index % step->count) % step->count;
        return pj_date_from_ymd (index / 12, index % 12 + 1, 1);
      }
    case PJ_CHART_DATE_UNIT_YEAR:
    default:
      if (month != 1 || day != 1)
        year++;
      year += (step->count - year % step->count) % step->count;
      return pj_date_from_ymd (year, 1, 1);
    }
}

static PjDate
next_date (PjDate          date,
           const DateStep *step)
{
  int year, month, day, index;

  switch (step->unit)
    {
    case PJ_CHART_DATE_UNIT_DAY:
      return date + step->count;
    case PJ_CHART_DATE_UNIT_MONTH:
      pj_date_to_ymd (date, &year, &month, &day);
      index = year * 12 + (month - 1) + step->count;
      return pj_date_from_ymd (index / 12, index % 12 + 1, 1);
    case PJ_CHART_DATE_UNIT_YEAR:
    default:
      pj_date_to_ymd (date, &year, &month, &day);
      if (year + step->count > 9999)
        return G_MAXUINT32;
      return pj_date_from_ymd (year + step->count, 1, 1);
    }
}

static double
default_measure (const char *text,
                 gpointer    user_data)
{
  return 7.0 * g_utf8_strlen (text, -1);
}

/* The widest label a step can produce: every month name is tried, since "May" and
 * "September" differ a lot in some languages. */
static double
widest_label (const DateStep    *step,
              PjChartMeasureFunc measure,
              gpointer           user_data)
{
  double widest = 0;

  for (int month = 1; month <= 12; month++)
    {
      g_autofree char *label = NULL;

      label = pj_chart_date_label (pj_date_from_ymd (2000, month, 28), step->unit);
      widest = MAX (widest, measure (label, user_data));
      if (step->unit == PJ_CHART_DATE_UNIT_YEAR)
        break;
    }
  return widest;
}

static void
clear_tick (gpointer data)
{
  g_free (((PjChartDateTick *) data)->label);
}

GArray *
pj_chart_date_ticks (PjDate             first,
                     PjDate             last,
                     double             width_px,
                     PjChartMeasureFunc measure,
                     gpointer           user_data,
                     PjChartDateUnit   *out_unit)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (PjChartDateTick));
  const DateStep *step = &date_steps[G_N_ELEMENTS (date_steps) - 1];
  double n_days;

  g_array_set_clear_func (ticks, clear_tick);
  g_return_val_if_fail (first != PJ_DATE_NONE && last >= first, ticks);

  if (measure == NULL)
    measure = default_measure;
  n_days = (double) (last - first + 1);

  for (guint i = 0; i < G_N_ELEMENTS (date_steps); i++)
    {
      double spacing = width_px * date_steps[i].approx_days / n_days;
      /* Room for the label plus a gap of about two characters. */
      double needed = widest_label (&date_steps[i], measure, user_data) * 1.3 + 8;

      if (spacing >= needed)
        {
          step = &date_steps[i];
          break;
        }
    }

  for (PjDate date = align_date (first, step); date <= last; date = next_date (date, step))
    {
      PjChartDateTick tick = { date, pj_chart_date_label (date, step->unit) };

      g_array_append_val (ticks, tick);
    }
  if (out_unit != NULL)
    *out_unit = step->unit;
  return ticks;
}

double
pj_chart_time_scale_x (const PjChartTimeScale *scale,
                       PjDate                  date)
{
  double index = (double) date - (double) scale->first;

  return scale->x + (index + 0.5) * scale->width / MAX (scale->n_days, 1);
}

PjDate
pj_chart_time_scale_date (const PjChartTimeScale *scale,
                          double                  x)
{
  double index = floor ((x - scale->x) * MAX (scale->n_days, 1) / scale->width);

  index = CLAMP (index, 0, (double) scale->n_days - 1);
  return scale->first + (PjDate) index;
}
