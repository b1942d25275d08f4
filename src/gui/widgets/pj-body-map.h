/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pj-codes.h"

G_BEGIN_DECLS

/* The body map widget: the back-view figure of pj-body-map-render.h with the ten location
 * regions. Hover highlights a region, a click or Space/Enter toggles it, Tab and the arrow
 * keys move between regions, and every region is exposed to assistive technologies as a
 * named check box. With a heat map set it is read-only. */
#define PJ_TYPE_BODY_MAP (pj_body_map_get_type ())
G_DECLARE_FINAL_TYPE (PjBodyMap, pj_body_map, PJ, BODY_MAP, GtkWidget)

GtkWidget *pj_body_map_new (void);
/* The selected regions, PJ_CODE_BIT (PJ_LOCATION_…); property "selection" (guint), notifies. */
PjCodeSet  pj_body_map_get_selection (PjBodyMap *self);
void       pj_body_map_set_selection (PjBodyMap *self,
                                      PjCodeSet  selection);
/* The pain 0…10 whose colour fills the selected regions; PJ_UNSET (-1) for the accent. */
void       pj_body_map_set_pain (PjBodyMap *self,
                                 int        pain);
/* How often each region hurt, 0…1, drawn as a read-only heat map; NULL turns it off. */
void       pj_body_map_set_heat (PjBodyMap    *self,
                                 const double  heat[PJ_N_LOCATIONS]);

G_END_DECLS
