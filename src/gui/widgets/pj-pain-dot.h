/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A small disc in the colour of a pain value, from the shared pain scale of pj-palette (the
 * same colours as the charts and the report), following the light, dark and high-contrast
 * styles. Decorative: the value is always written beside it too. */
#define PJ_TYPE_PAIN_DOT (pj_pain_dot_get_type ())
G_DECLARE_FINAL_TYPE (PjPainDot, pj_pain_dot, PJ, PAIN_DOT, GtkWidget)

GtkWidget *pj_pain_dot_new (void);
/* NAN: no pain recorded, drawn as an empty ring. */
void       pj_pain_dot_set_pain (PjPainDot *self,
                                 double     pain);

G_END_DECLS
