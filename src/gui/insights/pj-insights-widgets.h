/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-insights.h"

G_BEGIN_DECLS

/* Building blocks shared by the Insights page, the tips library and the Today page. */

/* A card for @flag: its title, the reason with the person's numbers, what to do, and one
 * button per trigger date. A date button activates the action "insights.open-day" with the
 * date (type "u", a PjDate) on its ancestors; PjInsightsPage handles it. */
GtkWidget *pj_flag_card_new (const PjFlag *flag,
                             PjDate        as_of);

/* An expander row for a tip: title, the "why" line as subtitle (when @why is not NULL), and
 * the practical sentences inside. @info must outlive it (the catalogue's entries do). */
#define PJ_TYPE_TIP_ROW (pj_tip_row_get_type ())
G_DECLARE_FINAL_TYPE (PjTipRow, pj_tip_row, PJ, TIP_ROW, AdwExpanderRow)

GtkWidget       *pj_tip_row_new (const PjTipInfo *info,
                                 const char      *why);
const PjTipInfo *pj_tip_row_get_info (PjTipRow *self);

/* After a save: when @after has see-soon flags that @before did not, shows a toast on
 * @widget's window that names them and offers to open Insights (action "win.show-insights",
 * which the window provides). Returns TRUE when a toast was shown. */
gboolean   pj_insights_toast_new_flags (GtkWidget        *widget,
                                        const PjInsights *before,
                                        const PjInsights *after);

G_END_DECLS
