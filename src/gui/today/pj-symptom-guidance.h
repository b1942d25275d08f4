/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-codes.h"

G_BEGIN_DECLS

/* For the check-in form: as soon as the person ticks a symptom that makes an urgent flag
 * (or an injury with pain ≥ 7), the urgent guidance appears right there, before saving. */
#define PJ_TYPE_SYMPTOM_GUIDANCE (pj_symptom_guidance_get_type ())
G_DECLARE_FINAL_TYPE (PjSymptomGuidance, pj_symptom_guidance, PJ, SYMPTOM_GUIDANCE, AdwBin)

GtkWidget  *pj_symptom_guidance_new (void);
/* Call whenever the form's symptoms or pain change. */
void        pj_symptom_guidance_update (PjSymptomGuidance *self,
                                        PjCodeSet          symptoms,
                                        int                pain);
/* Brings the guidance into view in its scrolled window once it is shown (right away, or
 * when its reveal animation ends). The form calls it after a change the person made: the
 * checklist is long, and a sign ticked near its top would otherwise show its guidance below
 * the fold. Does nothing while the guidance is hidden. */
void        pj_symptom_guidance_present (PjSymptomGuidance *self);
gboolean    pj_symptom_guidance_get_active (PjSymptomGuidance *self);
const char *pj_symptom_guidance_get_message (PjSymptomGuidance *self);

G_END_DECLS
