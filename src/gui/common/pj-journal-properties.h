/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* The two properties of every page and widget that reads the journal, spelled the same
 * everywhere so that the window binds them from its .ui file:
 *
 *   "database" (PjDatabase, may be NULL): the journal to read and follow;
 *   "as-of" (guint, a PjDate): the day taken as today; PJ_DATE_NONE (the default) means the
 *   database's today (pj_database_get_today(), which --as-of and tests fix).
 *
 * Both are G_PARAM_EXPLICIT_NOTIFY: the owners notify only when the value really changes. */
GParamSpec   *pj_journal_param_database (void);
GParamSpec   *pj_journal_param_as_of (void);

/* A signal group that follows the database's "changed" (guint date) into @on_changed,
 * called as on_changed (@instance, date). Set its target to the current database; it drops
 * the old connection by itself. */
GSignalGroup *pj_journal_signal_group_new (gpointer  instance,
                                           GCallback on_changed);

/* Makes @database the one *@slot holds (a reference) and @signals follows; FALSE when it
 * already was, so a setter returns without refreshing or notifying. */
gboolean      pj_journal_follow_database (PjDatabase  **slot,
                                          GSignalGroup *signals,
                                          PjDatabase   *database);

/* For dispose: ends the handlers of *@signals at once, then drops it and the database. */
void          pj_journal_unfollow_database (PjDatabase   **slot,
                                            GSignalGroup **signals);

/* The day @as_of stands for: @as_of itself, or the database's today for PJ_DATE_NONE (the
 * real today without a database). */
PjDate        pj_journal_resolve_as_of (PjDatabase *database,
                                        PjDate      as_of);

G_END_DECLS
