/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* Watches the window's journal: after a save, when the newest backup is older than today, it
 * makes one on a worker thread with its own connection; check() runs PRAGMA quick_check on a
 * worker. Whenever the journal is found damaged (by either, or by any read or write of the
 * window's connection) it emits "damaged" (const char *message) on the main thread, once. */
#define PJ_TYPE_JOURNAL_GUARD (pj_journal_guard_get_type ())
G_DECLARE_FINAL_TYPE (PjJournalGuard, pj_journal_guard, PJ, JOURNAL_GUARD, GObject)

PjJournalGuard *pj_journal_guard_new (PjDatabase *database);
void            pj_journal_guard_check (PjJournalGuard *self);
/* TRUE while a backup or check runs (tests wait on it). */
gboolean        pj_journal_guard_is_busy (PjJournalGuard *self);

G_END_DECLS
