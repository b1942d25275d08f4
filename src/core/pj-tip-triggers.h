/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Private to pj-tips.c: the trigger of each tip of clinical-rules.md §2, as one table. A
 * trigger has conditions that must all hold (they add no words) and reasons; each reason that
 * holds appends its "why you're seeing this" sentence, and the strongest sets how strongly
 * the tip fired (0 = not at all, 0.5 at its threshold … 1 far past it). */

#include <glib.h>

#include "pj-series.h"

G_BEGIN_DECLS

typedef struct
{
  const PjSeries *series;
  PjDate          as_of;
  GPtrArray      *flags;   /* PjFlag*, for the tip that follows the see-soon flags */
} PjTipContext;

/* A factor a tip is about, and the sign of a correlation with pain that would mean "this
 * tracks your pain" for that tip (more sitting, more pain: +1; more sleep, less pain: -1). */
typedef struct
{
  PjFactor factor;
  int      sign;
} PjTipTracks;

typedef struct _PjTipTrigger PjTipTrigger;

/* The triggers one by one, in the order of the catalogue, NULL past the last ("daily-habits"
 * has none: it is what shows when nothing fires). */
const PjTipTrigger *pj_tip_trigger_get (guint index);
const char         *pj_tip_trigger_get_id (const PjTipTrigger *trigger);
/* The factors the tip is about; ends at sign 0. */
const PjTipTracks  *pj_tip_trigger_get_tracks (const PjTipTrigger *trigger,
                                               guint              *n_tracks);
/* How strongly @trigger fires as of c->as_of; appends its sentences to @why. */
double              pj_tip_trigger_evaluate (const PjTipTrigger *trigger,
                                             const PjTipContext *c,
                                             GString            *why);

G_END_DECLS
