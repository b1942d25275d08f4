/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A short help page: how to log a day, look back, read the warnings and make a report, the
 * keys, and where the data lives. A window of its own that Escape closes. */
#define PJ_TYPE_HELP_WINDOW (pj_help_window_get_type ())
G_DECLARE_FINAL_TYPE (PjHelpWindow, pj_help_window, PJ, HELP_WINDOW, AdwPreferencesWindow)

GtkWidget *pj_help_window_new (GtkWindow *parent);
/* Shows the help over @parent (one help window per parent: a second F1 raises it). */
void       pj_help_window_present (GtkWindow *parent);

G_END_DECLS
