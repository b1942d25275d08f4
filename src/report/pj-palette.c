/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-palette.h"

#define RGB(r, g, b) ((PjColor) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 })
#define RGBA(r, g, b, a) ((PjColor) { (r) / 255.0, (g) / 255.0, (b) / 255.0, (a) })

/* Colours follow the GNOME palette so the charts sit naturally in an Adwaita window. The pain
 * scale runs green → yellow → orange → red, and every step also changes lightness so it still
 * reads for people who do not tell red from green. */
void
pj_palette_init (PjPalette    *palette,
                 PjPaletteKind kind)
{
  g_return_if_fail (palette != NULL);

  switch (kind)
    {
    case PJ_PALETTE_DARK:
      *palette = (PjPalette) {
        .background = RGB (0x24, 0x24, 0x24),
        .foreground = RGB (0xff, 0xff, 0xff),
        .grid = RGBA (0xff, 0xff, 0xff, 0.12),
        .accent = RGB (0x78, 0xae, 0xed),
        .band = RGBA (0x78, 0xae, 0xed, 0.28),
        .rolling_mean = RGB (0xff, 0xbe, 0x6f),
        .factor = RGBA (0x9a, 0x99, 0x96, 0.55),
        .marker_urgent = RGB (0xff, 0x7b, 0x63),
        .marker_see_soon = RGB (0xf8, 0xe4, 0x5c),
        .marker_watch = RGB (0x99, 0xc1, 0xf1),
        .figure_fill = RGB (0x3a, 0x3a, 0x3a),
        .figure_outline = RGB (0x9a, 0x99, 0x96),
        .region_hover = RGBA (0xff, 0xff, 0xff, 0.18),
        .focus = RGB (0x78, 0xae, 0xed),
        .pain_none = RGB (0x57, 0xe3, 0x89),
        .pain_mild = RGB (0xf6, 0xd3, 0x2d),
        .pain_moderate = RGB (0xff, 0xa3, 0x48),
        .pain_severe = RGB (0xff, 0x5b, 0x4a),
      };
      break;
    case PJ_PALETTE_HIGH_CONTRAST:
      *palette = (PjPalette) {
        .background = RGB (0xff, 0xff, 0xff),
        .foreground = RGB (0x00, 0x00, 0x00),
        .grid = RGBA (0x00, 0x00, 0x00, 0.35),
        .accent = RGB (0x00, 0x33, 0x99),
        .band = RGBA (0x00, 0x33, 0x99, 0.30),
        .rolling_mean = RGB (0x00, 0x00, 0x00),
        .factor = RGBA (0x5e, 0x5c, 0x64, 0.80),
        .marker_urgent = RGB (0xa5, 0x1d, 0x2d),
        .marker_see_soon = RGB (0x86, 0x5e, 0x3c),
        .marker_watch = RGB (0x1a, 0x5f, 0xb4),
        .figure_fill = RGB (0xff, 0xff, 0xff),
        .figure_outline = RGB (0x00, 0x00, 0x00),
        .region_hover = RGBA (0x00, 0x00, 0x00, 0.20),
        .focus = RGB (0x00, 0x00, 0x00),
        .pain_none = RGB (0x26, 0xa2, 0x69),
        .pain_mild = RGB (0xc6, 0x9e, 0x00),
        .pain_moderate = RGB (0xc6, 0x46, 0x00),
        .pain_severe = RGB (0xa5, 0x1d, 0x2d),
      };
      break;
    case PJ_PALETTE_PRINT:
      *palette = (PjPalette) {
        .background = RGB (0xff, 0xff, 0xff),
        .foreground = RGB (0x24, 0x1f, 0x31),
        .grid = RGBA (0x00, 0x00, 0x00, 0.15),
        .accent = RGB (0x1c, 0x71, 0xd8),
        .band = RGBA (0x1c, 0x71, 0xd8, 0.20),
        .rolling_mean = RGB (0xc6, 0x46, 0x00),
        .factor = RGBA (0x77, 0x76, 0x7b, 0.55),
        .marker_urgent = RGB (0xc0, 0x1c, 0x28),
        .marker_see_soon = RGB (0xe5, 0xa5, 0x0a),
        .marker_watch = RGB (0x35, 0x84, 0xe4),
        .figure_fill = RGB (0xf6, 0xf5, 0xf4),
        .figure_outline = RGB (0x5e, 0x5c, 0x64),
        .region_hover = RGBA (0x00, 0x00, 0x00, 0.08),
        .focus = RGB (0x1c, 0x71, 0xd8),
        .pain_none = RGB (0x2e, 0xc2, 0x7e),
        .pain_mild = RGB (0xf5, 0xc2, 0x11),
        .pain_moderate = RGB (0xff, 0x78, 0x00),
        .pain_severe = RGB (0xc0, 0x1c, 0x28),
      };
      break;
    case PJ_PALETTE_LIGHT:
    default:
      *palette = (PjPalette) {
        .background = RGB (0xfa, 0xfa, 0xfa),
        .foreground = RGB (0x24, 0x1f, 0x31),
        .grid = RGBA (0x00, 0x00, 0x00, 0.10),
        .accent = RGB (0x35, 0x84, 0xe4),
        .band = RGBA (0x35, 0x84, 0xe4, 0.22),
        .rolling_mean = RGB (0xe6, 0x61, 0x00),
        .factor = RGBA (0x9a, 0x99, 0x96, 0.50),
        .marker_urgent = RGB (0xe0, 0x1b, 0x24),
        .marker_see_soon = RGB (0xe5, 0xa5, 0x0a),
        .marker_watch = RGB (0x35, 0x84, 0xe4),
        .figure_fill = RGB (0xde, 0xdd, 0xda),
        .figure_outline = RGB (0x77, 0x76, 0x7b),
        .region_hover = RGBA (0x00, 0x00, 0x00, 0.10),
        .focus = RGB (0x35, 0x84, 0xe4),
        .pain_none = RGB (0x33, 0xd1, 0x7a),
        .pain_mild = RGB (0xf6, 0xd3, 0x2d),
        .pain_moderate = RGB (0xff, 0x78, 0x00),
        .pain_severe = RGB (0xe0, 0x1b, 0x24),
      };
      break;
    }
}

PjColor
pj_color_mix (PjColor a,
              PjColor b,
              double  t)
{
  t = CLAMP (t, 0.0, 1.0);
  return (PjColor) {
    a.red + (b.red - a.red) * t,
    a.green + (b.green - a.green) * t,
    a.blue + (b.blue - a.blue) * t,
    a.alpha + (b.alpha - a.alpha) * t,
  };
}

PjColor
pj_color_with_alpha (PjColor color,
                     double  alpha)
{
  color.alpha = alpha;
  return color;
}

PjColor
pj_palette_pain_color (const PjPalette *palette,
                       double           pain)
{
  pain = CLAMP (pain, 0.0, 10.0);
  if (pain <= 2.0)
    return pj_color_mix (palette->pain_none, palette->pain_mild, pain / 2.0);
  if (pain <= 5.0)
    return pj_color_mix (palette->pain_mild, palette->pain_moderate, (pain - 2.0) / 3.0);
  return pj_color_mix (palette->pain_moderate, palette->pain_severe, (pain - 5.0) / 5.0);
}
