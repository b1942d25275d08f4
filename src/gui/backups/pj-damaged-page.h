/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the window shows instead of the journal when SQLite reports the file damaged: what
 * happened, and two ways out through the app.replace-journal action: "Restore the Backup of
 * <date>" (with its day count; only when a good backup exists) and "Recover What Can Be
 * Read". The newest backup is looked up on a worker thread. */
#define PJ_TYPE_DAMAGED_PAGE (pj_damaged_page_get_type ())
G_DECLARE_FINAL_TYPE (PjDamagedPage, pj_damaged_page, PJ, DAMAGED_PAGE, AdwBin)

GtkWidget  *pj_damaged_page_new (const char *journal_path,
                                 const char *detail);
/* The restore button's label once the backup is known, NULL before or without one. */
const char *pj_damaged_page_get_restore_label (PjDamagedPage *self);

G_END_DECLS
