/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The 0–10 Numeric Rating Scale as one focusable control: the number, its word band and its
 * colour, eleven buttons for the pointer, and the keyboard for everything else:
 *   0 … 9        that value
 *   1 then 0     10 (a "1" followed by a "0" within a moment; "1" alone stays 1)
 *   Left/Down, Right/Up   one step;  Home 0;  End 10
 * The value is PJ_UNSET (-1) until a person chooses one: a check-in has no default pain. */
#define PJ_TYPE_PAIN_SCALE (pj_pain_scale_get_type ())
G_DECLARE_FINAL_TYPE (PjPainScale, pj_pain_scale, PJ, PAIN_SCALE, GtkWidget)

GtkWidget  *pj_pain_scale_new (void);
int         pj_pain_scale_get_value (PjPainScale *self);
void        pj_pain_scale_set_value (PjPainScale *self,
                                     int          value);

/* "none", "mild", "moderate", "severe" translated; NULL for an unset value. */
const char *pj_pain_scale_band_label (int value);

G_END_DECLS
