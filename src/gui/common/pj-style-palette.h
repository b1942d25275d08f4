/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-palette.h"

G_BEGIN_DECLS

/* The renderers' palette (src/report/pj-palette.h) for the app's style right now: light,
 * dark, or high contrast (in light or dark). Every widget that draws with the renderers asks
 * here, so they all agree on which palette a style means. */
void pj_style_palette_current (PjPalette *out_palette);

/* Calls @callback with @instance as its only argument whenever the style switches between
 * light, dark and high contrast, for as long as @instance lives. */
void pj_style_palette_watch (gpointer  instance,
                             GCallback callback);

G_END_DECLS
