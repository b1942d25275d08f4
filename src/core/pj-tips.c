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

typedef double (*Trigger) (PjTipContext *c, GString *why);

/* A factor the tip is about, and the sign of a correlation with pain that would mean "this
 * tracks your pain" for that tip (more sitting, more pain: +1; more sleep, less pain: -1). */
typedef struct
{
  PjFactor factor;
  int      sign;
} Tracks;

typedef struct
{
  const char *id;
  Trigger     trigger;
  Tracks      tracks[3];  /* ends at sign 0 */
} Rule;

static const Rule rules[] = {
  { "breaks", pj_tip_trigger_breaks, { { PJ_FACTOR_SITTING_HOURS, 1 } } },
  { "posture", pj_tip_trigger_posture, { { PJ_FACTOR_POSTURE, -1 } } },
  { "ergonomics", pj_tip_trigger_ergonomics,
    { { PJ_FACTOR_SITTING_HOURS, 1 }, { PJ_FACTOR_SCREEN_HOURS, 1 }, { PJ_FACTOR_POSTURE, -1 } } },
  { "tech-neck", pj_tip_trigger_tech_neck, { { PJ_FACTOR_SCREEN_HOURS, 1 } } },
  { "heat", pj_tip_trigger_heat, { { 0 } } },
  { "ice", pj_tip_trigger_ice, { { 0 } } },
  { "gentle-stretches", pj_tip_trigger_gentle_stretches,
    { { PJ_FACTOR_EXERCISE_MINUTES, -1 } } },
  { "core", pj_tip_trigger_core,
    { { PJ_FACTOR_EXERCISE_MINUTES, -1 }, { PJ_FACTOR_POSTURE, -1 } } },
  { "low-impact", pj_tip_trigger_low_impact, { { PJ_FACTOR_EXERCISE_MINUTES, -1 } } },
  { "breathing", pj_tip_trigger_breathing, { { PJ_FACTOR_STRESS, 1 } } },
  { "relaxation", pj_tip_trigger_relaxation, { { PJ_FACTOR_STRESS, 1 } } },
  { "sleep", pj_tip_trigger_sleep,
    { { PJ_FACTOR_SLEEP_HOURS, -1 }, { PJ_FACTOR_SLEEP_QUALITY, -1 } } },
  { "stay-active", pj_tip_trigger_stay_active, { { PJ_FACTOR_EXERCISE_MINUTES, -1 } } },
  { "pain-relief", pj_tip_trigger_pain_relief, { { 0 } } },
  { "medication-review", pj_tip_trigger_medication_review, { { 0 } } },
  { "massage", pj_tip_trigger_massage, { { 0 } } },
  { "physio", pj_tip_trigger_physio, { { 0 } } },
};

/* The strongest reported correlation that says the tip's factor tracks the person's pain. */
static double
correlation_bonus (const Rule *rule,
                   GPtrArray  *correlations)
{
  double bonus = 0;

  for (guint i = 0; correlations != NULL && i < correlations->len; i++)
    {
      const PjCorrelation *correlation = g_ptr_array_index (correlations, i);

      for (guint k = 0; k < G_N_ELEMENTS (rule->tracks) && rule->tracks[k].sign != 0; k++)
        if (rule->tracks[k].factor == correlation->factor &&
            correlation->rho * rule->tracks[k].sign > 0)
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
  PjTipContext c = {
    series, as_of, PJ_WINDOW_FIRST (as_of, 7), PJ_WINDOW_FIRST (as_of, 3), flags
  };
  GPtrArray *tips = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_tip_free);

  g_return_val_if_fail (series != NULL, tips);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr (GString) why = g_string_new (NULL);
      double strength = rules[i].trigger (&c, why);

      if (strength <= 0)
        continue;
      g_ptr_array_add (tips, new_tip (rules[i].id, strength,
                                      strength + correlation_bonus (&rules[i], correlations),
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
