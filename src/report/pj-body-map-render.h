/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "pj-codes.h"
#include "pj-palette.h"

G_BEGIN_DECLS

/* The body map: a figure seen from behind (head, neck, shoulders, back and arms) whose ten
 * location regions (PjLocation) can be filled. Pure cairo, so the GTK widget, the trends page
 * (as a heat map) and the PDF report all draw the very same figure.
 *
 * Coordinates are those of the area passed in (0…width, 0…height); the figure keeps its
 * proportions and is centred in that area. */
typedef struct
{
  PjCodeSet selection;       /* PJ_CODE_BIT (PJ_LOCATION_…) of the regions to fill */
  double    pain;            /* 0…10 colours the selected regions; NAN or < 0: the accent */
  int       hover;           /* a PjLocation highlighted under the pointer, or -1 */
  int       focus;           /* a PjLocation with the keyboard focus ring, or -1 */
  gboolean  show_heat;       /* draw heat[] for regions that are not selected */
  double    heat[PJ_N_LOCATIONS]; /* 0…1: how often each region hurt */
  gboolean  show_side_hint;  /* the small "L  R" under the figure */
} PjBodyMapState;

/* Nothing selected, no hover, no focus, no heat, side hint shown. */
void pj_body_map_state_init (PjBodyMapState *state);

void pj_body_map_render (cairo_t              *cr,
                         double                width,
                         double                height,
                         const PjPalette      *palette,
                         const PjBodyMapState *state);

/* The region (a PjLocation) under the point, or -1 (the head, the background). */
int  pj_body_map_hit_test (double width,
                           double height,
                           double x,
                           double y);

/* A point well inside the region, where a label or a focus target can go. */
void pj_body_map_region_center (double      width,
                                double      height,
                                PjLocation  region,
                                double     *out_x,
                                double     *out_y);

/* The region's bounding box. */
void pj_body_map_region_bounds (double      width,
                                double      height,
                                PjLocation  region,
                                double     *out_x,
                                double     *out_y,
                                double     *out_width,
                                double     *out_height);

/* The aspect ratio of the figure (width / height), for callers that size an area to it. */
double pj_body_map_aspect_ratio (void);

G_END_DECLS
