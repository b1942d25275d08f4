/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

#define PJ_TYPE_APPLICATION (pj_application_get_type ())
G_DECLARE_FINAL_TYPE (PjApplication, pj_application, PJ, APPLICATION, AdwApplication)

PjApplication *pj_application_new (void);
/* The open journal; NULL before the window opens or when it could not be opened. */
PjDatabase    *pj_application_get_database (PjApplication *self);
/* The journal file: --db PATH, or pj_database_default_path(). */
const char    *pj_application_get_journal_path (PjApplication *self);
/* Closes the windows (each saves its pending edits first; one that cannot stays open, and
 * then nothing changes: FALSE) and opens @path instead, in a new window, for the rest of this
 * run: the error pages' "Choose Another Journal…" (action app.open-journal, "s"). A file that
 * cannot be opened either shows its own error page. */
gboolean       pj_application_open_journal (PjApplication *self,
                                            const char    *path);
/* The translated note that the journal does not diagnose or replace care. */
const char    *pj_application_get_disclaimer (void);

G_END_DECLS
