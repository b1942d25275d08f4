/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Preferences: the daily reminder and the report's details, each control bound to its
 * GSettings key, so a change is kept at once and every other view of the key follows. */
#define PJ_TYPE_PREFERENCES_WINDOW (pj_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (PjPreferencesWindow, pj_preferences_window, PJ, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

PjPreferencesWindow *pj_preferences_window_new (GtkWindow *parent);
/* The page the groups are on: a feature with settings of its own (backups) adds its
 * AdwPreferencesGroup here, after the Reminder and Report groups. */
AdwPreferencesPage  *pj_preferences_window_get_page (PjPreferencesWindow *self);

G_END_DECLS
