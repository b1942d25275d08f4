/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Private to pj-tips.c: the trigger of each tip of clinical-rules.md §2. Each returns how
 * strongly it fired (0 = not at all, 0.5 at its threshold … 1 far past it) and appends its
 * "why you're seeing this" sentences to @why. */

#include <glib.h>

#include "pj-series.h"

G_BEGIN_DECLS

typedef struct
{
  const PjSeries *series;
  PjDate          as_of;
  PjDate          week;    /* as_of-6: first day of the last 7 */
  PjDate          three;   /* as_of-2: first day of the last 3 */
  GPtrArray      *flags;
} PjTipContext;

double pj_tip_trigger_breaks (PjTipContext *c,
                              GString      *why);
double pj_tip_trigger_posture (PjTipContext *c,
                               GString      *why);
double pj_tip_trigger_ergonomics (PjTipContext *c,
                                  GString      *why);
double pj_tip_trigger_tech_neck (PjTipContext *c,
                                 GString      *why);
double pj_tip_trigger_heat (PjTipContext *c,
                            GString      *why);
double pj_tip_trigger_ice (PjTipContext *c,
                           GString      *why);
double pj_tip_trigger_gentle_stretches (PjTipContext *c,
                                        GString      *why);
double pj_tip_trigger_core (PjTipContext *c,
                            GString      *why);
double pj_tip_trigger_low_impact (PjTipContext *c,
                                  GString      *why);
double pj_tip_trigger_breathing (PjTipContext *c,
                                 GString      *why);
double pj_tip_trigger_relaxation (PjTipContext *c,
                                  GString      *why);
double pj_tip_trigger_sleep (PjTipContext *c,
                             GString      *why);
double pj_tip_trigger_stay_active (PjTipContext *c,
                                   GString      *why);
double pj_tip_trigger_pain_relief (PjTipContext *c,
                                   GString      *why);
double pj_tip_trigger_medication_review (PjTipContext *c,
                                         GString      *why);
double pj_tip_trigger_massage (PjTipContext *c,
                               GString      *why);
double pj_tip_trigger_physio (PjTipContext *c,
                              GString      *why);

G_END_DECLS
