/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* The top three tips for the Today page (clinical-rules.md §2), each with its "why". Hidden
 * while an urgent flag is active (tips give way to the flag) and refreshed on every change
 * of the journal. */
#define PJ_TYPE_TODAY_TIPS (pj_today_tips_get_type ())
G_DECLARE_FINAL_TYPE (PjTodayTips, pj_today_tips, PJ, TODAY_TIPS, AdwBin)

GtkWidget *pj_today_tips_new (void);
void       pj_today_tips_set_database (PjTodayTips *self,
                                       PjDatabase  *database);
/* PJ_DATE_NONE = today (the default). */
void       pj_today_tips_set_as_of (PjTodayTips *self,
                                    PjDate       as_of);
void       pj_today_tips_refresh (PjTodayTips *self);
/* How many tips it shows now (0 while hidden). */
guint      pj_today_tips_get_n_tips (PjTodayTips *self);
/* TRUE while the first choice waits for the window's first frame (see set_database). */
gboolean   pj_today_tips_get_pending (PjTodayTips *self);

G_END_DECLS
