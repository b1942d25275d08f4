/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"
#include "pj-insights.h"

G_BEGIN_DECLS

/* The Insights page (issue 5): warning flags grouped by level with their reasons and trigger
 * dates, the improving note, the fired tips with their "why", the personal patterns, the
 * tips library and a one-line reminder that it is no diagnosis. It re-evaluates whenever the
 * database changes.
 *
 * Signal "day-activated" (guint date): a trigger date was clicked; the window opens that day. */
#define PJ_TYPE_INSIGHTS_PAGE (pj_insights_page_get_type ())
G_DECLARE_FINAL_TYPE (PjInsightsPage, pj_insights_page, PJ, INSIGHTS_PAGE, AdwBin)

GtkWidget  *pj_insights_page_new (void);
void        pj_insights_page_set_database (PjInsightsPage *self,
                                           PjDatabase     *database);
/* Evaluate as of @as_of instead of today (tests, --as-of); PJ_DATE_NONE = today. */
void        pj_insights_page_set_as_of (PjInsightsPage *self,
                                        PjDate          as_of);
/* Re-reads the journal. Called on the database's "changed" signal. */
void        pj_insights_page_refresh (PjInsightsPage *self);
/* What the page shows now (NULL before a database is set or when reading failed). */
PjInsights *pj_insights_page_get_insights (PjInsightsPage *self);

/* The one-line reminder under the advice. */
const char *pj_insights_page_get_reminder (void);

G_END_DECLS
