/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-date.h"

G_BEGIN_DECLS

/* The Backups window (main menu): the journal's backups with their dates and day counts,
 * read on a worker thread; Back Up Now, Restore… (confirmed in an AdwMessageDialog that says
 * what happens to the current journal, then done through app.replace-journal) and Open
 * Folder. */
#define PJ_TYPE_BACKUPS_WINDOW (pj_backups_window_get_type ())
G_DECLARE_FINAL_TYPE (PjBackupsWindow, pj_backups_window, PJ, BACKUPS_WINDOW, AdwWindow)

PjBackupsWindow *pj_backups_window_new (GtkWindow  *parent,
                                        const char *journal_path,
                                        PjDate      today);
/* How many backup rows are shown; FALSE while the list is being read (tests wait on it). */
gboolean         pj_backups_window_get_n_rows (PjBackupsWindow *self,
                                               guint           *out_n_rows);

G_END_DECLS
