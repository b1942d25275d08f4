/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every colour the renderers use comes from a palette the caller passes in, so the same
 * drawing code serves the light and dark window, high contrast, and paper. Components 0…1. */
typedef struct
{
  double red, green, blue, alpha;
} PjColor;

typedef enum
{
  PJ_PALETTE_LIGHT,
  PJ_PALETTE_DARK,
  PJ_PALETTE_HIGH_CONTRAST,
  PJ_PALETTE_PRINT,
} PjPaletteKind;

typedef struct
{
  PjColor background;
  PjColor foreground;     /* text, axis labels */
  PjColor grid;           /* faint guide lines */
  PjColor accent;         /* the pain line; the app's accent colour on screen */
  PjColor band;           /* least … worst pain band (usually the accent, translucent) */
  PjColor rolling_mean;   /* 7-day mean */
  PjColor factor;         /* factor columns/lines */
  PjColor marker_urgent;
  PjColor marker_see_soon;
  PjColor marker_watch;
  PjColor figure_fill;    /* body-map silhouette */
  PjColor figure_outline;
  PjColor region_hover;
  PjColor focus;          /* keyboard focus ring */
  PjColor pain_none;      /* pain colour scale: 0 … */
  PjColor pain_mild;      /* … 2 */
  PjColor pain_moderate;  /* … 5 */
  PjColor pain_severe;    /* … 10 */
} PjPalette;

void    pj_palette_init (PjPalette    *palette,
                         PjPaletteKind kind);
/* The colour for a pain value 0 … 10 (fractions allowed), interpolated along the scale. */
PjColor pj_palette_pain_color (const PjPalette *palette,
                               double           pain);
PjColor pj_color_mix (PjColor a,
                      PjColor b,
                      double  t);
PjColor pj_color_with_alpha (PjColor color,
                             double  alpha);

G_END_DECLS
