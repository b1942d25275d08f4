/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-episode.h"
#include "pj-period-flags.h"
#include "pj-report-voice.h"
#include "pj-series.h"

/* Appends the dates of @from not already in @into; @into is sorted again at the end. */
static void
merge_dates (GArray       *into,
             GHashTable   *seen,
             const GArray *from)
{
  for (guint i = 0; i < from->len; i++)
    {
      PjDate date = g_array_index (from, PjDate, i);

      if (g_hash_table_add (seen, GUINT_TO_POINTER (date)))
        g_array_append_val (into, date);
    }
}

static int
compare_flags (gconstpointer a,
               gconstpointer b)
{
  const PjFlag *x = *(const PjFlag **) a;
  const PjFlag *y = *(const PjFlag **) b;

  if (x->info->level != y->info->level)
    return x->info->level < y->info->level ? -1 : 1;
  /* The infos are entries of the one catalogue array: their order is the catalogue's. */
  return x->info < y->info ? -1 : x->info > y->info;
}

/* The current episode of every day, walked forward once (clinical-rules.md §1). A day's
 * episode hangs on its latest day with pain ≥ 4 in the last 14 days, and the start of that
 * day's chain of such days (each at most 14 days after the one before) does not depend on the
 * evaluation date; so one pass from the series' first day gives, for each date, exactly what
 * pj_episode_find_start() gives on the same series, in time linear in the period instead of
 * walking back over the whole episode once per day. */
typedef struct
{
  PjDate latest;       /* latest day with pain ≥ 4 so far, PJ_DATE_NONE before any */
  PjDate chain_start;  /* first day of the chain that ends on @latest */
} EpisodeTracker;

#define EPISODE_PAIN 4.0
#define EPISODE_MAX_STEP 14

static PjDate
episode_tracker_advance (EpisodeTracker *tracker,
                         const PjSeries *series,
                         PjDate          date)
{
  double pain = pj_series_get_pain (series, date);

  /* A gap is no value, never a low one: it neither extends nor ends the chain. */
  if (!isnan (pain) && pain >= EPISODE_PAIN)
    {
      if (tracker->latest == PJ_DATE_NONE || date - tracker->latest > EPISODE_MAX_STEP)
        tracker->chain_start = date;
      tracker->latest = date;
    }
  if (tracker->latest == PJ_DATE_NONE || date - tracker->latest > EPISODE_MAX_STEP - 1)
    return PJ_DATE_NONE;
  return tracker->chain_start;
}

static gboolean
dates_contain (const GArray *dates,
               PjDate        date)
{
  for (guint i = 0; i < dates->len; i++)
    if (g_array_index (dates, PjDate, i) == date)
      return TRUE;
  return FALSE;
}

/* One episode that passed six weeks and then three months in the period is one finding: the
 * "more than three months" flag says it all, and a "more than six weeks" beside it, from the
 * same first day with a smaller day count, would read as a contradiction. So "subacute" goes
 * when every episode it dates (its trigger dates are episode starts) is also "chronic". */
static void
drop_subacute_of_chronic (GPtrArray *flags)
{
  const PjFlag *chronic = NULL;
  guint subacute = G_MAXUINT;

  for (guint i = 0; i < flags->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (flags, i);

      if (g_str_equal (flag->info->id, "chronic"))
        chronic = flag;
      else if (g_str_equal (flag->info->id, "subacute"))
        subacute = i;
    }
  if (chronic == NULL || subacute == G_MAXUINT)
    return;
  for (guint k = 0; k < ((const PjFlag *) flags->pdata[subacute])->dates->len; k++)
    if (!dates_contain (chronic->dates,
                        g_array_index (((const PjFlag *) flags->pdata[subacute])->dates, PjDate,
                                       k)))
      return;
  g_ptr_array_remove_index (flags, subacute);
}

GPtrArray *
pj_period_flags_evaluate (GPtrArray *days,
                          PjDate     from,
                          PjDate     to)
{
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) seen_dates = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                             (GDestroyNotify) g_hash_table_unref);
  g_autoptr (PjSeries) series = NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_flag_free);
  EpisodeTracker tracker = { PJ_DATE_NONE, PJ_DATE_NONE };
  PjDate first;

  g_return_val_if_fail (days != NULL, result);
  g_return_val_if_fail (from != PJ_DATE_NONE && from <= to, result);

  first = from > PJ_PERIOD_FLAGS_LOOKBACK ? from - PJ_PERIOD_FLAGS_LOOKBACK : 1;
  /* The pain episode is followed back over every day the caller gave, not only the lookback:
   * an episode that began months before the period is dated from its real first day, as in
   * the window (which walks the database back to it). */
  for (guint i = 0; i < days->len; i++)
    first = MIN (first, ((const PjDay *) g_ptr_array_index (days, i))->date);
  series = pj_series_new (days, first, to);

  /* Every day of the period, not only its last: a warning sign in week two of a three-month
   * period matters to the clinician even if it has passed by the end. */
  for (PjDate date = first; date < from; date++)
    episode_tracker_advance (&tracker, series, date);
  for (PjDate as_of = from; as_of <= to; as_of++)
    {
      PjDate episode_start = episode_tracker_advance (&tracker, series, as_of);
      g_autoptr (GPtrArray) flags = pj_flags_evaluate (series, as_of, episode_start);

      for (guint i = 0; i < flags->len; i++)
        {
          PjFlag *flag = g_ptr_array_index (flags, i);
          PjFlag *merged = g_hash_table_lookup (by_id, flag->info->id);

          if (merged == NULL)
            {
              merged = g_new0 (PjFlag, 1);
              merged->info = flag->info;
              merged->title = g_strdup (flag->title);
              merged->dates = g_array_new (FALSE, FALSE, sizeof (PjDate));
              g_hash_table_insert (by_id, (gpointer) flag->info->id, merged);
              g_hash_table_insert (seen_dates, (gpointer) flag->info->id,
                                   g_hash_table_new (NULL, NULL));
              g_ptr_array_add (result, merged);
            }
          g_free (merged->reason);
          merged->reason = g_strdup (flag->reason);
          g_free (merged->report_reason);
          merged->report_reason = pj_flag_format_report_reason (flag, series, as_of);
          merge_dates (merged->dates, g_hash_table_lookup (seen_dates, flag->info->id),
                       flag->dates);
        }
    }

  drop_subacute_of_chronic (result);
  for (guint i = 0; i < result->len; i++)
    {
      PjFlag *flag = g_ptr_array_index (result, i);

      g_array_sort (flag->dates, pj_date_compare);
      /* A symptom noted on 20 and 25 Sep is reported with both dates, not only those of the
       * window of its latest day. */
      if (pj_flag_report_reason_lists_dates (flag->info))
        {
          g_free (flag->report_reason);
          flag->report_reason = pj_flag_format_report_reason (flag, series, to);
        }
    }
  g_ptr_array_sort (result, compare_flags);
  return result;
}
