/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-style-palette.h"

void
pj_style_palette_current (PjPalette *out_palette)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  gboolean high_contrast = adw_style_manager_get_high_contrast (style);

  g_return_if_fail (out_palette != NULL);

  /* The high-contrast palette is black on white; on a dark high-contrast window the dark
   * palette stays, with guide lines made as strong as the light one's. */
  if (high_contrast && !dark)
    {
      pj_palette_init (out_palette, PJ_PALETTE_HIGH_CONTRAST);
      return;
    }
  pj_palette_init (out_palette, dark ? PJ_PALETTE_DARK : PJ_PALETTE_LIGHT);
  if (high_contrast)
    {
      out_palette->grid = pj_color_with_alpha (out_palette->grid, 0.35);
      out_palette->figure_outline = out_palette->foreground;
    }
}

void
pj_style_palette_watch (gpointer  instance,
                        GCallback callback)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_return_if_fail (G_IS_OBJECT (instance));
  g_return_if_fail (callback != NULL);

  g_signal_connect_object (style, "notify::dark", callback, instance, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", callback, instance,
                           G_CONNECT_SWAPPED);
}
