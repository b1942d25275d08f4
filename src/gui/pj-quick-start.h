/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Two start-up costs that GTK and libadwaita pay on the main thread before the first frame
 * and that the app can avoid; bench/startup measures what they save. */

void   pj_quick_start_skip_gtk_theme (void);
GTask *pj_quick_start_load_icon_theme (GdkDisplay *display);

G_END_DECLS
