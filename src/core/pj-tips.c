/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-correlation.h"
#include "pj-flags.h"
#include "pj-tip-triggers.h"
#include "pj-tips.h"

void
pj_tip_free (PjTip *tip)
{
  if (tip == NULL)
    return;
  g_free (tip->why);
  g_free (tip);
}

PjTip *
pj_tip_copy (const PjTip *tip)
{
  PjTip *copy = g_memdup2 (tip, sizeof (PjTip));

  copy->why = g_strdup (tip->why);
  return copy;
}

/* The strongest reported correlation that says the tip's factor tracks the person's pain. */
static double
correlation_bonus (const PjTipTrigger *trigger,
                   GPtrArray          *correlations)
{
  guint n_tracks;
  const PjTipTracks *tracks = pj_tip_trigger_get_tracks (trigger, &n_tracks);
  double bonus = 0;

  for (guint i = 0; correlations != NULL && i < correlations->len; i++)
    {
      const PjCorrelation *correlation = g_ptr_array_index (correlations, i);

      for (guint k = 0; k < n_tracks; k++)
        if (tracks[k].factor == correlation->factor && correlation->rho * tracks[k].sign > 0)
          bonus = MAX (bonus, fabs (correlation->rho));
    }
  return bonus;
}

static int
compare_score (gconstpointer a,
               gconstpointer b)
{
  const PjTip *ta = *(const PjTip **) a;
  const PjTip *tb = *(const PjTip **) b;

  if (ta->score != tb->score)
    return ta->score > tb->score ? -1 : 1;
  /* ties: the order of the catalogue */
  return ta->info < tb->info ? -1 : ta->info > tb->info;
}

static PjTip *
new_tip (const char *id,
         double      strength,
         double      score,
         char       *why)
{
  PjTip *tip = g_new0 (PjTip, 1);

  tip->info = pj_tips_lookup (id);
  g_assert (tip->info != NULL);
  tip->strength = strength;
  tip->score = score;
  tip->why = why;
  return tip;
}

GPtrArray *
pj_tips_evaluate (const PjSeries *series,
                  PjDate          as_of,
                  GPtrArray      *flags,
                  GPtrArray      *correlations)
{
  PjTipContext c = { series, as_of, flags };
  const PjTipTrigger *trigger;
  GPtrArray *tips = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_tip_free);

  g_return_val_if_fail (series != NULL, tips);

  /* One check-in says nothing about a habit: tips wait for a week with a few logged days,
   * so a new journal is not told it "logged no exercise". Flags do not wait. */
  if (pj_series_count_logged (series, PJ_WINDOW_FIRST (as_of, PJ_TIPS_WINDOW_DAYS), as_of)
      < PJ_TIPS_MIN_LOGGED_DAYS)
    return tips;

  for (guint i = 0; (trigger = pj_tip_trigger_get (i)) != NULL; i++)
    {
      g_autoptr (GString) why = g_string_new (NULL);
      double strength = pj_tip_trigger_evaluate (trigger, &c, why);

      if (strength <= 0)
        continue;
      g_ptr_array_add (tips, new_tip (pj_tip_trigger_get_id (trigger), strength,
                                      strength + correlation_bonus (trigger, correlations),
                                      g_string_free (g_steal_pointer (&why), FALSE)));
    }
  if (tips->len == 0)
    g_ptr_array_add (tips, new_tip ("daily-habits", 0.5, 0.5,
                                    g_strdup (_("Nothing in your last 7 days calls for a "
                                                "particular tip, so here are the everyday "
                                                "basics."))));
  g_ptr_array_sort (tips, compare_score);
  return tips;
}
