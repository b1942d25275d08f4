/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the window shows instead of the journal when it could not be opened (a folder, another
 * program's database, a newer version, a file that cannot be read): what is wrong, in a title
 * for the kind of problem and the core's message, and what the person can do, each an action:
 * Choose Another Journal… (win.choose-journal), Restore a Backup… (win.backups, only when the
 * journal has backups, looked up on a worker thread) and Quit (app.quit). A damaged journal
 * has its own page (pj-damaged-page.h). */
#define PJ_TYPE_JOURNAL_PROBLEM_PAGE (pj_journal_problem_page_get_type ())
G_DECLARE_FINAL_TYPE (PjJournalProblemPage, pj_journal_problem_page, PJ, JOURNAL_PROBLEM_PAGE,
                      AdwBin)

/* @journal_path may be NULL (no backups are looked for). */
GtkWidget *pj_journal_problem_page_new (const char   *journal_path,
                                        const GError *error);
/* FALSE until the backups have been looked for; then @out_offers_restore says whether the
 * page offers Restore a Backup… (tests wait on it). */
gboolean   pj_journal_problem_page_get_offers_restore (PjJournalProblemPage *self,
                                                       gboolean             *out_offers_restore);

G_END_DECLS
