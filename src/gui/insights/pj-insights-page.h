/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"
#include "pj-insights.h"

G_BEGIN_DECLS

/* The Insights page (issue 5): warning flags grouped by level with their reasons and trigger
 * dates, the improving note, the fired tips with their "why", the personal patterns, the
 * tips library and a one-line reminder that it is no diagnosis. Properties "database" and
 * "as-of" (pj-journal-properties.h): it re-evaluates when either is set and whenever the
 * database changes.
 *
 * Signal "day-activated" (guint date): a trigger date was clicked; the window opens that day. */
#define PJ_TYPE_INSIGHTS_PAGE (pj_insights_page_get_type ())
G_DECLARE_FINAL_TYPE (PjInsightsPage, pj_insights_page, PJ, INSIGHTS_PAGE, AdwBin)

GtkWidget  *pj_insights_page_new (void);
/* What the page shows now (NULL before a database is set or when reading failed). */
PjInsights *pj_insights_page_get_insights (PjInsightsPage *self);

/* The one-line reminder under the advice. */
const char *pj_insights_page_get_reminder (void);

G_END_DECLS
