/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* The top three tips for the Today page (clinical-rules.md §2), each with its "why". Hidden
 * while an urgent flag is active (tips give way to the flag) and refreshed on every change
 * of the journal. Properties "database" and "as-of" (pj-journal-properties.h). */
#define PJ_TYPE_TODAY_TIPS (pj_today_tips_get_type ())
G_DECLARE_FINAL_TYPE (PjTodayTips, pj_today_tips, PJ, TODAY_TIPS, AdwBin)

GtkWidget *pj_today_tips_new (void);
/* How many tips it shows now (0 while hidden). */
guint      pj_today_tips_get_n_tips (PjTodayTips *self);
/* TRUE while the first choice waits for the window's first frame (given a database early). */
gboolean   pj_today_tips_get_pending (PjTodayTips *self);

G_END_DECLS
