/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-day.h"

G_BEGIN_DECLS

/* One day in the History list: date, average and worst pain with its colour, check-ins, key
 * factors and a delete button (it activates "history.delete-day" with the date). */
#define PJ_TYPE_HISTORY_ROW (pj_history_row_get_type ())
G_DECLARE_FINAL_TYPE (PjHistoryRow, pj_history_row, PJ, HISTORY_ROW, GtkWidget)

GtkWidget *pj_history_row_new (void);
/* Shows @day (NULL: a day that could not be read); @today decides whether years are shown. */
void       pj_history_row_set_day (PjHistoryRow *self,
                                   const PjDay  *day,
                                   PjDate        today);
/* Shows @note under the pain line (the note a search found; NULL hides it): call after
 * pj_history_row_set_day(), whose sentence for screen readers it ends. */
void       pj_history_row_set_note (PjHistoryRow *self,
                                    const char   *note);
PjDate     pj_history_row_get_date (PjHistoryRow *self);
/* The row read as one sentence (its accessible name); NULL before the first day is set. */
const char *pj_history_row_get_summary (PjHistoryRow *self);
GtkWidget *pj_history_row_get_delete_button (PjHistoryRow *self);

G_END_DECLS
