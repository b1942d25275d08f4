/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-application.h"
#include "pj-history-page.h"
#include "pj-insights-page.h"
#include "pj-trends-page.h"

G_BEGIN_DECLS

#define PJ_TYPE_WINDOW (pj_window_get_type ())
G_DECLARE_FINAL_TYPE (PjWindow, pj_window, PJ, WINDOW, AdwApplicationWindow)

/* @application may be NULL (tests). @database may be NULL when opening failed; @open_error
 * then says why and is shown instead of the journal. */
PjWindow *pj_window_new (PjApplication *application,
                         PjDatabase    *database,
                         const GError  *open_error);
/* Switches to the Today page showing @date (pending edits of the shown day are saved). */
void      pj_window_show_date (PjWindow *self,
                               PjDate    date);
/* The journal every page shows: the person's own, or the demo journal while that is shown. */
PjDatabase     *pj_window_get_database (PjWindow *self);
/* TRUE while the window shows the demo journal (Try Demo Data) instead of the person's. */
gboolean        pj_window_get_showing_demo (PjWindow *self);
/* The History, Trends and Insights pages are built when first shown; these return the page,
 * building it (without showing it) when that has not happened yet. */
PjHistoryPage  *pj_window_get_history_page (PjWindow *self);
PjTrendsPage   *pj_window_get_trends_page (PjWindow *self);
PjInsightsPage *pj_window_get_insights_page (PjWindow *self);

G_END_DECLS
