/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Start-up work that GTK 4.8 and libadwaita 1.2 do on the main thread before the first frame
 * and that the app can skip or hand to a worker thread; bench/startup measures what it saves.
 * Each checks the running GTK (pj-toolkit-version.h) and does only what the usual start-up
 * does when the toolkit does not need it. In order: pj_quick_start_init_gtk() before
 * GtkApplication starts up, pj_quick_start_load_icon_theme() just after. */

gboolean pj_quick_start_init_gtk (void);
GTask   *pj_quick_start_load_icon_theme (GdkDisplay *display);

G_END_DECLS
