/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "pj-day.h"
#include "pj-report-summary.h"

/* Below one point a 30 % change is within the noise of a single rating (a 1.4 → 1.0 drop is
 * 30 % but nobody feels it), so the relative rule only counts from one point up. */
#define MEANINGFUL_POINTS 2.0
#define MEANINGFUL_FRACTION 0.30
#define MEANINGFUL_FLOOR 1.0

typedef struct
{
  double sum;
  guint  n;
} Mean;

static void
mean_add (Mean  *mean,
          double value)
{
  if (isnan (value))
    return;
  mean->sum += value;
  mean->n++;
}

static double
mean_get (const Mean *mean)
{
  return mean->n > 0 ? mean->sum / mean->n : NAN;
}

static void
mean_add_int (Mean *mean,
              int   value)
{
  if (pj_is_set_int (value))
    mean_add (mean, value);
}

static void
count_set (guint     *counts,
           guint      n_codes,
           PjCodeSet  set)
{
  for (guint i = 0; i < n_codes; i++)
    if (set & PJ_CODE_BIT (i))
      counts[i]++;
}

static void
medication_use_free (gpointer data)
{
  PjMedicationUse *use = data;

  g_free (use->text);
  g_free (use);
}

static int
compare_medication (gconstpointer a,
                    gconstpointer b)
{
  const PjMedicationUse *x = *(PjMedicationUse * const *) a;
  const PjMedicationUse *y = *(PjMedicationUse * const *) b;

  if (x->days != y->days)
    return x->days > y->days ? -1 : 1;
  return g_utf8_collate (x->text, y->text);
}

static void
add_medication (GHashTable *by_text,
                const char *medication,
                PjDate      date)
{
  g_autofree char *text = NULL;
  PjMedicationUse *use;

  if (medication == NULL)
    return;
  text = g_strstrip (g_strdup (medication));
  if (*text == '\0')
    return;

  use = g_hash_table_lookup (by_text, text);
  if (use == NULL)
    {
      use = g_new0 (PjMedicationUse, 1);
      use->text = g_strdup (text);
      use->first = date;
      use->last = date;
      g_hash_table_insert (by_text, use->text, use);
    }
  use->days++;
  use->first = MIN (use->first, date);
  use->last = MAX (use->last, date);
}

typedef struct
{
  Mean pain, start, end, peg_start, peg_end;
  Mean exercise, sitting, screen, sleep, stress;
} Accumulators;

static void
add_day (PjReportSummary *summary,
         Accumulators    *acc,
         GHashTable      *medications,
         const PjDay     *day)
{
  double pain = pj_day_pain_mean (day);
  double peg = pj_day_peg (day);
  gboolean in_start = day->date < summary->from + PJ_REPORT_SUMMARY_WINDOW;
  gboolean in_end = day->date + PJ_REPORT_SUMMARY_WINDOW > summary->to;
  PjCodeSet symptoms = pj_day_symptoms (day);

  if (!isnan (pain))
    {
      summary->days_logged++;
      summary->checkins += day->checkins->len;
      mean_add (&acc->pain, pain);
      summary->pain_worst_day = isnan (summary->pain_worst_day)
                                ? pain : MAX (summary->pain_worst_day, pain);
      summary->pain_least_day = isnan (summary->pain_least_day)
                                ? pain : MIN (summary->pain_least_day, pain);
      summary->pain_peak = MAX (summary->pain_peak, pj_day_pain_worst (day));
      if (in_start)
        mean_add (&acc->start, pain);
      if (in_end)
        mean_add (&acc->end, pain);
    }
  if (in_start)
    mean_add (&acc->peg_start, peg);
  if (in_end)
    mean_add (&acc->peg_end, peg);

  count_set (summary->location_days, PJ_N_LOCATIONS, pj_day_locations (day));
  count_set (summary->quality_days, PJ_N_QUALITIES, pj_day_qualities (day));
  count_set (summary->self_care_days, PJ_N_SELF_CARE, day->self_care);
  count_set (summary->activity_days, PJ_N_ACTIVITIES, day->activities);
  for (guint i = 0; i < PJ_N_SYMPTOMS; i++)
    if (symptoms & PJ_CODE_BIT (i))
      g_array_append_val (summary->symptom_dates[i], day->date);

  if (pj_is_set_int (day->exercise_minutes) && day->exercise_minutes > 0)
    summary->exercise_days++;
  mean_add_int (&acc->exercise, day->exercise_minutes);
  mean_add (&acc->sitting, day->sitting_hours);
  mean_add (&acc->screen, day->screen_hours);
  mean_add (&acc->sleep, day->sleep_hours);
  mean_add_int (&acc->stress, day->stress);
  add_medication (medications, day->medication, day->date);
}

PjReportSummary *
pj_report_summary_new (GPtrArray *days,
                       PjDate     from,
                       PjDate     to)
{
  g_autoptr (GHashTable) medications = g_hash_table_new (g_str_hash, g_str_equal);
  PjReportSummary *summary;
  Accumulators acc = { 0 };
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (days != NULL, NULL);
  g_return_val_if_fail (from != PJ_DATE_NONE && from <= to, NULL);

  summary = g_new0 (PjReportSummary, 1);
  summary->from = from;
  summary->to = to;
  summary->days_in_period = to - from + 1;
  summary->pain_worst_day = NAN;
  summary->pain_least_day = NAN;
  summary->pain_peak = PJ_UNSET;
  for (guint i = 0; i < PJ_N_SYMPTOMS; i++)
    summary->symptom_dates[i] = g_array_new (FALSE, FALSE, sizeof (PjDate));
  summary->medications = g_ptr_array_new_with_free_func (medication_use_free);

  for (guint i = 0; i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);

      if (day->date >= from && day->date <= to)
        add_day (summary, &acc, medications, day);
    }

  summary->pain_mean = mean_get (&acc.pain);
  summary->exercise_minutes_mean = mean_get (&acc.exercise);
  summary->sitting_hours_mean = mean_get (&acc.sitting);
  summary->screen_hours_mean = mean_get (&acc.screen);
  summary->sleep_hours_mean = mean_get (&acc.sleep);
  summary->stress_mean = mean_get (&acc.stress);

  /* Two windows that overlap would compare a day with itself: a period shorter than four
   * weeks has no start-to-end comparison. */
  summary->start_days = acc.start.n;
  summary->end_days = acc.end.n;
  if (summary->days_in_period >= 2 * PJ_REPORT_SUMMARY_WINDOW)
    {
      summary->start_mean = mean_get (&acc.start);
      summary->end_mean = mean_get (&acc.end);
      summary->peg_start = mean_get (&acc.peg_start);
      summary->peg_end = mean_get (&acc.peg_end);
    }
  else
    {
      summary->start_mean = summary->end_mean = NAN;
      summary->peg_start = summary->peg_end = NAN;
    }
  if (acc.start.n >= PJ_REPORT_SUMMARY_MIN_DAYS && acc.end.n >= PJ_REPORT_SUMMARY_MIN_DAYS)
    summary->change = pj_pain_change_classify (summary->start_mean, summary->end_mean);
  else
    summary->change = PJ_PAIN_CHANGE_UNKNOWN;

  for (guint i = 0; i < PJ_N_SYMPTOMS; i++)
    g_array_sort (summary->symptom_dates[i], pj_date_compare);

  g_hash_table_iter_init (&iter, medications);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (summary->medications, value);
  g_ptr_array_sort (summary->medications, compare_medication);

  return summary;
}

void
pj_report_summary_free (PjReportSummary *summary)
{
  if (summary == NULL)
    return;
  for (guint i = 0; i < PJ_N_SYMPTOMS; i++)
    g_array_unref (summary->symptom_dates[i]);
  g_ptr_array_unref (summary->medications);
  g_free (summary);
}

PjPainChange
pj_pain_change_classify (double start,
                         double end)
{
  double delta, size;
  gboolean meaningful;

  if (isnan (start) || isnan (end))
    return PJ_PAIN_CHANGE_UNKNOWN;

  delta = end - start;
  size = fabs (delta);
  /* The tiny epsilon keeps 6.0 → 4.0 (which is 1.9999… in binary) meaningful. */
  meaningful = size >= MEANINGFUL_POINTS - 1e-9 ||
               (start > 0 && size >= MEANINGFUL_FLOOR - 1e-9 &&
                size >= MEANINGFUL_FRACTION * start - 1e-9);
  if (!meaningful)
    return PJ_PAIN_CHANGE_SAME;
  return delta < 0 ? PJ_PAIN_CHANGE_BETTER : PJ_PAIN_CHANGE_WORSE;
}

guint
pj_report_summary_rank (const guint *counts,
                        guint        n_counts,
                        guint        max,
                        guint       *out_indices)
{
  guint n = 0;

  for (guint i = 0; i < n_counts; i++)
    {
      guint j;

      if (counts[i] == 0)
        continue;
      /* Insertion sort: at most a dozen codes. Equal counts keep code order. */
      for (j = n; j > 0 && counts[out_indices[j - 1]] < counts[i]; j--)
        out_indices[j] = out_indices[j - 1];
      out_indices[j] = i;
      n++;
    }
  return max > 0 ? MIN (n, max) : n;
}
