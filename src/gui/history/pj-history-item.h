/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pj-day.h"

G_BEGIN_DECLS

/* One row of the History list: an immutable snapshot of a stored day, or the heading of a
 * month ("December 2026") above that month's days. A list model needs GObject items; the day
 * itself stays a plain struct owned by the item. */
#define PJ_TYPE_HISTORY_ITEM (pj_history_item_get_type ())
G_DECLARE_FINAL_TYPE (PjHistoryItem, pj_history_item, PJ, HISTORY_ITEM, GObject)

/* Takes ownership of @day. A NULL day stands for a row whose page could not be read. */
PjHistoryItem *pj_history_item_new (PjDay *day);
/* The heading of the month of @date. */
PjHistoryItem *pj_history_item_new_heading (PjDate date);
gboolean       pj_history_item_is_heading (PjHistoryItem *self);
/* NULL for a heading or an unreadable row. */
const PjDay   *pj_history_item_get_day (PjHistoryItem *self);
/* PJ_DATE_NONE for a heading or an unreadable row. */
PjDate         pj_history_item_get_date (PjHistoryItem *self);
/* A heading's text, the month and year in the locale's words ("December 2026"); NULL for a
 * day. */
char          *pj_history_item_dup_heading (PjHistoryItem *self);

G_END_DECLS
