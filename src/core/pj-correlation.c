/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "pj-analysis-text.h"
#include "pj-correlation.h"

static const PjFactor factors[] = {
  PJ_FACTOR_SITTING_HOURS,
  PJ_FACTOR_SCREEN_HOURS,
  PJ_FACTOR_POSTURE,
  PJ_FACTOR_EXERCISE_MINUTES,
  PJ_FACTOR_SLEEP_HOURS,
  PJ_FACTOR_SLEEP_QUALITY,
  PJ_FACTOR_STRESS,
};

/* The comparison sentences: threshold, mean pain of those days, mean pain of the others. */
typedef struct
{
  PjFactor    factor;
  const char *same_day;
  const char *next_day;
} Wording;

static const Wording wordings[] = {
  { PJ_FACTOR_SITTING_HOURS,
    N_("On days you sat %s hours or more, your pain averaged %s, against %s on other days."),
    N_("On the day after you sat %s hours or more, your pain averaged %s, against %s after "
       "other days.") },
  { PJ_FACTOR_SCREEN_HOURS,
    N_("On days with %s hours or more of screen time, your pain averaged %s, against %s on "
       "other days."),
    N_("On the day after %s hours or more of screen time, your pain averaged %s, against %s "
       "after other days.") },
  { PJ_FACTOR_POSTURE,
    N_("On days you rated your posture %s or higher, your pain averaged %s, against %s on "
       "other days."),
    N_("On the day after you rated your posture %s or higher, your pain averaged %s, against "
       "%s after other days.") },
  { PJ_FACTOR_EXERCISE_MINUTES,
    N_("On days with %s minutes of exercise or more, your pain averaged %s, against %s on "
       "other days."),
    N_("On the day after %s minutes of exercise or more, your pain averaged %s, against %s "
       "after other days.") },
  { PJ_FACTOR_SLEEP_HOURS,
    N_("On days after %s hours of sleep or more, your pain averaged %s, against %s on other "
       "days."),
    N_("On the second day after %s hours of sleep or more, your pain averaged %s, against %s "
       "on other days.") },
  { PJ_FACTOR_SLEEP_QUALITY,
    N_("On days you rated your sleep %s or higher, your pain averaged %s, against %s on other "
       "days."),
    N_("On the day after you rated your sleep %s or higher, your pain averaged %s, against %s "
       "after other days.") },
  { PJ_FACTOR_STRESS,
    N_("On days your stress was %s or higher, your pain averaged %s, against %s on other "
       "days."),
    N_("On the day after your stress was %s or higher, your pain averaged %s, against %s after "
       "other days.") },
};

void
pj_correlation_free (PjCorrelation *correlation)
{
  if (correlation == NULL)
    return;
  g_free (correlation->text);
  g_free (correlation);
}

const PjFactor *
pj_correlation_factors (guint *n_factors)
{
  if (n_factors)
    *n_factors = G_N_ELEMENTS (factors);
  return factors;
}

typedef struct
{
  double value;
  guint  index;
} Ranked;

static int
compare_ranked (const void *a,
                const void *b)
{
  const Ranked *ra = a, *rb = b;

  if (ra->value != rb->value)
    return ra->value < rb->value ? -1 : 1;
  return ra->index < rb->index ? -1 : ra->index > rb->index;
}

void
pj_rank_average (const double *values,
                 guint         n,
                 double       *out_ranks)
{
  g_autofree Ranked *sorted = g_new (Ranked, MAX (n, 1));
  guint i = 0;

  for (guint k = 0; k < n; k++)
    sorted[k] = (Ranked) { values[k], k };
  qsort (sorted, n, sizeof (Ranked), compare_ranked);
  while (i < n)
    {
      guint j = i;
      double rank;

      while (j + 1 < n && sorted[j + 1].value == sorted[i].value)
        j++;
      /* positions i … j (0-based) share the mean of the ranks i+1 … j+1 */
      rank = (i + j) / 2.0 + 1.0;
      for (guint k = i; k <= j; k++)
        out_ranks[sorted[k].index] = rank;
      i = j + 1;
    }
}

double
pj_spearman (const double *x,
             const double *y,
             guint         n)
{
  g_autofree double *rx = NULL, *ry = NULL;
  double mean = (n + 1) / 2.0, sxy = 0, sxx = 0, syy = 0;

  if (n < 2)
    return NAN;
  rx = g_new (double, n);
  ry = g_new (double, n);
  pj_rank_average (x, n, rx);
  pj_rank_average (y, n, ry);
  /* average ranks keep the mean rank at (n+1)/2, ties or not */
  for (guint i = 0; i < n; i++)
    {
      sxy += (rx[i] - mean) * (ry[i] - mean);
      sxx += (rx[i] - mean) * (rx[i] - mean);
      syy += (ry[i] - mean) * (ry[i] - mean);
    }
  if (sxx == 0 || syy == 0)
    return NAN;
  return sxy / sqrt (sxx * syy);
}

static int
compare_double (const void *a,
                const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/* The median of the factor, moved up to the next distinct value when every value reaches it
 * (many ties at the bottom), so both groups of the comparison have days. NAN when all values
 * are equal. */
static double
split_threshold (const double *x,
                 guint         n)
{
  g_autofree double *sorted = g_memdup2 (x, n * sizeof (double));
  double median;

  qsort (sorted, n, sizeof (double), compare_double);
  median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  if (sorted[0] < median)
    return median;
  for (guint i = 0; i < n; i++)
    if (sorted[i] > median)
      return sorted[i];
  return NAN;
}

static void
describe (PjCorrelation *c,
          const double  *x,
          const double  *y)
{
  double sum_high = 0, sum_other = 0;
  guint n_high = 0;
  g_autofree char *threshold = NULL, *high = NULL, *other = NULL;
  const Wording *wording = NULL;

  c->threshold = split_threshold (x, c->n);
  if (isnan (c->threshold))
    return;
  for (guint i = 0; i < c->n; i++)
    if (x[i] >= c->threshold)
      {
        sum_high += y[i];
        n_high++;
      }
    else
      sum_other += y[i];
  c->mean_high = sum_high / n_high;
  c->mean_other = sum_other / (c->n - n_high);
  for (guint i = 0; i < G_N_ELEMENTS (wordings); i++)
    if (wordings[i].factor == c->factor)
      wording = &wordings[i];
  g_assert (wording != NULL);
  threshold = pj_analysis_format_number (c->threshold);
  high = pj_analysis_format_number (c->mean_high);
  other = pj_analysis_format_number (c->mean_other);
  c->text = pj_analysis_printf_table (_(c->lag == 0 ? wording->same_day : wording->next_day),
                                      threshold, high, other);
}

char *
pj_correlation_format_seen (const PjCorrelation *correlation)
{
  g_return_val_if_fail (correlation != NULL, NULL);

  if (correlation->lag == 0)
    /* Translators: under a pattern such as "On days you sat 7 hours or more, your pain
     * averaged 5.2…": the number of days it rests on */
    return g_strdup_printf (ngettext ("Seen over %u logged day.", "Seen over %u logged days.",
                                      correlation->n),
                            correlation->n);
  /* Translators: under a next-day pattern ("On the day after you sat 7 hours or more…"): the
   * number of logged days whose next day was logged too */
  return g_strdup_printf (ngettext ("Seen over %u logged day and the day after it.",
                                    "Seen over %u logged days and the days after them.",
                                    correlation->n),
                          correlation->n);
}

PjCorrelation *
pj_correlation_compute (const PjSeries *series,
                        PjDate          as_of,
                        PjFactor        factor,
                        guint           lag)
{
  PjDate first = PJ_WINDOW_FIRST (as_of, PJ_CORRELATION_WINDOW);
  double x[PJ_CORRELATION_WINDOW], y[PJ_CORRELATION_WINDOW];
  PjCorrelation *c;

  g_return_val_if_fail (series != NULL, NULL);
  g_return_val_if_fail (lag <= 1, NULL);

  c = g_new0 (PjCorrelation, 1);
  c->factor = factor;
  c->lag = lag;
  c->rho = c->threshold = c->mean_high = c->mean_other = NAN;
  /* Both days of a pair inside the window: the factor day runs up to as_of - lag. */
  for (PjDate date = first; date + lag <= as_of; date++)
    {
      const PjDay *day = pj_series_get_day (series, date);
      double value = day != NULL ? pj_day_factor (day, factor) : NAN;
      double pain = pj_series_get_pain (series, date + lag);

      if (isnan (value) || isnan (pain))
        continue;
      x[c->n] = value;
      y[c->n] = pain;
      c->n++;
    }
  c->rho = pj_spearman (x, y, c->n);
  if (c->n > 0)
    describe (c, x, y);
  return c;
}

gboolean
pj_correlation_is_reportable (const PjCorrelation *correlation)
{
  return correlation->n >= PJ_CORRELATION_MIN_PAIRS && !isnan (correlation->rho) &&
         fabs (correlation->rho) >= PJ_CORRELATION_MIN_RHO - 1e-12 && correlation->text != NULL;
}

GPtrArray *
pj_correlations_evaluate (const PjSeries *series,
                          PjDate          as_of)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_correlation_free);

  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    for (guint lag = 0; lag <= 1; lag++)
      {
        g_autoptr (PjCorrelation) c = pj_correlation_compute (series, as_of, factors[i], lag);

        if (pj_correlation_is_reportable (c))
          g_ptr_array_add (result, g_steal_pointer (&c));
      }
  return result;
}
