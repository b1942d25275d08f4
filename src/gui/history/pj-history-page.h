/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* Every logged day, newest first, under month headings, in a virtualised list, with a search
 * bar (history.find, Ctrl+F or typing; Escape closes it) that keeps the days whose notes
 * contain the words typed, and a toggle for only the days with warning signs; property
 * "search-mode" (boolean) is whether that bar is open. Activating a row emits
 * "day-activated" (guint date) so the window can open it on the Today page; each row can be
 * deleted with Undo. Properties "database" and "as-of" (pj-journal-properties.h; "as-of" is
 * the day the rows' dates are told against: "Today", "Yesterday"). */
#define PJ_TYPE_HISTORY_PAGE (pj_history_page_get_type ())
G_DECLARE_FINAL_TYPE (PjHistoryPage, pj_history_page, PJ, HISTORY_PAGE, AdwBin)

GtkWidget *pj_history_page_new (void);
/* Opens the search bar and puts the focus in its entry (the history.find action). */
void       pj_history_page_start_search (PjHistoryPage *self);
/* Deletes the day with its check-ins and offers Undo, which restores it exactly. */
gboolean   pj_history_page_delete_day (PjHistoryPage *self,
                                       PjDate         date,
                                       GError       **error);

G_END_DECLS
