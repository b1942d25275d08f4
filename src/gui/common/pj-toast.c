/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-toast.h"

#define CURRENT_KEY "pj-toast-current"

static void
forget_toast (AdwToast        *toast,
              AdwToastOverlay *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), CURRENT_KEY) == toast)
    g_object_set_data (G_OBJECT (overlay), CURRENT_KEY, NULL);
}

/* Shows @toast at once (taking ownership), replacing the one shown before. Every toast of
 * the app goes through here: newer news replaces older news. It also steers clear of a
 * libadwaita 1.2 abort: a high-priority toast puts the shown one back in the queue while it
 * still has its widget, and dismissing the new one soon after (an Undo) shows the old one
 * again over that widget, failing an assertion in show_toast(). */
void
pj_toast_show (AdwToastOverlay *overlay,
               AdwToast        *toast)
{
  AdwToast *current;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  current = g_object_get_data (G_OBJECT (overlay), CURRENT_KEY);
  if (current != NULL)
    adw_toast_dismiss (current);
  g_object_set_data (G_OBJECT (overlay), CURRENT_KEY, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (forget_toast), overlay, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}
