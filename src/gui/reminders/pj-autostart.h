/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Starting the reminder service at login, so reminders come with the window closed. On the
 * host that is an autostart entry, $XDG_CONFIG_HOME/autostart/<app id>.desktop, running
 * `pain-journal --gapplication-service`; inside Flatpak the Background portal keeps it. */
void   pj_autostart_set_enabled (gboolean    enabled,
                                 GtkWindow  *parent,
                                 const char *database_path);
/* The entry's path, and its text for a database at @database_path (NULL: the default). */
char  *pj_autostart_get_path (void);
char  *pj_autostart_build_entry (const char *binary,
                                 const char *database_path);
gboolean pj_autostart_in_flatpak (void);

G_END_DECLS
