/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Two children side by side when the box is given at least "wide-width" pixels, stacked
 * otherwise. libadwaita 1.2 has no breakpoints, so the choice is made from the allocated
 * width; the box asks only for what the stacked layout needs, so it never holds a window
 * wider than a phone. Property "narrow" (read-only) says which layout is in use; it notifies
 * once the allocation that changed it is over (pj-notify-after-layout.h), never from inside
 * it, so a handler may rearrange the widgets.
 * With "homogeneous" the two get equal widths; otherwise the first gets its natural width. */
#define PJ_TYPE_ADAPTIVE_BOX (pj_adaptive_box_get_type ())
G_DECLARE_FINAL_TYPE (PjAdaptiveBox, pj_adaptive_box, PJ, ADAPTIVE_BOX, GtkWidget)

GtkWidget *pj_adaptive_box_new (int wide_width);
gboolean   pj_adaptive_box_get_narrow (PjAdaptiveBox *self);
/* Adds @child after the others; only the first two are laid out. */
void       pj_adaptive_box_append (PjAdaptiveBox *self,
                                   GtkWidget     *child);

G_END_DECLS
