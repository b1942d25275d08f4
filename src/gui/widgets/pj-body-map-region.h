/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pj-codes.h"

G_BEGIN_DECLS

/* One location of the body map as a widget of its own: it draws nothing (PjBodyMap draws the
 * whole figure), but it takes the keyboard focus and is what assistive technologies see, a
 * check box named after the region ("Between the shoulder blades") with its checked state.
 * It receives no pointer input: the map does the hit testing.
 *
 * Private to PjBodyMap. */
#define PJ_TYPE_BODY_MAP_REGION (pj_body_map_region_get_type ())
G_DECLARE_FINAL_TYPE (PjBodyMapRegion, pj_body_map_region, PJ, BODY_MAP_REGION, GtkWidget)

GtkWidget  *pj_body_map_region_new (PjLocation location);
PjLocation  pj_body_map_region_get_location (PjBodyMapRegion *self);
void        pj_body_map_region_set_checked (PjBodyMapRegion *self,
                                            gboolean         checked);
/* In the read-only heat map the region is not focusable and describes its heat instead. */
void        pj_body_map_region_set_heat (PjBodyMapRegion *self,
                                         double           heat);
void        pj_body_map_region_clear_heat (PjBodyMapRegion *self);

G_END_DECLS
