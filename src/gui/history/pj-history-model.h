/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pj-database.h"
#include "pj-history-item.h"

G_BEGIN_DECLS

/* A GListModel of PjHistoryItem, newest day first, each month's days under a heading item,
 * that reads the journal in pages on demand and keeps only a few pages in memory, so a
 * ten-year journal opens as fast as a new one (only its dates are read at once). It follows
 * the database's "changed" signal and reports the smallest items-changed it can, so the list
 * keeps its scroll position when one day is edited or deleted.
 *
 * Properties: "database" (pj-journal-properties.h; a list of every day, it has no "as-of");
 * "search-text" (string): only days whose day note or check-in notes contain every word of
 * it, ignoring case and accents (pj-day-search.h); "warning-signs-only" (boolean): only days
 * with a warning sign ticked. */
#define PJ_TYPE_HISTORY_MODEL (pj_history_model_get_type ())
G_DECLARE_FINAL_TYPE (PjHistoryModel, pj_history_model, PJ, HISTORY_MODEL, GObject)

/* Days read from the database at once. */
#define PJ_HISTORY_MODEL_PAGE_SIZE 100
/* Pages kept in memory; the least recently used one is dropped first. */
#define PJ_HISTORY_MODEL_MAX_PAGES 4

/* @database may be NULL: the model is then empty. */
PjHistoryModel *pj_history_model_new (PjDatabase *database);
PjDatabase     *pj_history_model_get_database (PjHistoryModel *self);
void            pj_history_model_set_search_text (PjHistoryModel *self,
                                                  const char     *text);
const char     *pj_history_model_get_search_text (PjHistoryModel *self);
void            pj_history_model_set_warning_signs_only (PjHistoryModel *self,
                                                         gboolean        only);
gboolean        pj_history_model_get_warning_signs_only (PjHistoryModel *self);
/* The search in force, or NULL while nothing is left out. */
const PjDaySearch *pj_history_model_get_search (PjHistoryModel *self);
/* TRUE while the search text or the warning-sign filter leaves days out. */
gboolean        pj_history_model_is_filtered (PjHistoryModel *self);
/* How many days the list shows (headings not counted). */
guint           pj_history_model_get_n_days (PjHistoryModel *self);
/* The position of @date's row; FALSE when the list does not show it. */
gboolean        pj_history_model_find_date (PjHistoryModel *self,
                                            PjDate          date,
                                            guint          *out_position);
/* How many pages were read from the database since the model was created. */
guint           pj_history_model_get_pages_read (PjHistoryModel *self);
/* The last failure to count or read days, or NULL. */
const GError   *pj_history_model_get_error (PjHistoryModel *self);

G_END_DECLS
