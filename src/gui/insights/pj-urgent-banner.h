/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* The banner across every page while an urgent flag is active and not yet acknowledged
 * (libadwaita 1.2 has no AdwBanner: a revealer with a styled box). It says what to do now,
 * links to the flag ("details-requested" signal: the window shows Insights) and can be
 * acknowledged, which is stored per flag and trigger date: a new trigger shows it again.
 * Acknowledging hides the banner, never the record.
 *
 * Properties "database" and "as-of" (pj-journal-properties.h): it re-evaluates when either
 * changes and on every "changed" of the database. A database given before the banner is on
 * screen is first checked once its window has drawn a frame. */
#define PJ_TYPE_URGENT_BANNER (pj_urgent_banner_get_type ())
G_DECLARE_FINAL_TYPE (PjUrgentBanner, pj_urgent_banner, PJ, URGENT_BANNER, AdwBin)

GtkWidget *pj_urgent_banner_new (void);
/* Stores the acknowledgement of every flag the banner shows and hides it. */
gboolean   pj_urgent_banner_acknowledge (PjUrgentBanner *self,
                                         GError        **error);
gboolean   pj_urgent_banner_get_revealed (PjUrgentBanner *self);
/* The text the banner shows now. */
const char *pj_urgent_banner_get_message (PjUrgentBanner *self);

G_END_DECLS
