/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Start-up work that GTK and libadwaita do on the main thread before the first frame and that
 * the app can skip or hand to a worker thread; bench/startup measures what it saves. In order:
 * pj_quick_start_init_gtk() and pj_quick_start_init_classes() before GtkApplication starts up,
 * pj_quick_start_load_icon_theme() just after. */

gboolean pj_quick_start_init_gtk (void);
GThread *pj_quick_start_init_classes (void);
GTask   *pj_quick_start_load_icon_theme (GdkDisplay *display);

G_END_DECLS
