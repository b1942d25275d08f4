/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-application.h"

G_BEGIN_DECLS

#define PJ_TYPE_WINDOW (pj_window_get_type ())
G_DECLARE_FINAL_TYPE (PjWindow, pj_window, PJ, WINDOW, AdwApplicationWindow)

/* @application may be NULL (tests). @database may be NULL when opening failed; @open_error
 * then says why and is shown instead of the journal. */
PjWindow *pj_window_new (PjApplication *application,
                         PjDatabase    *database,
                         const GError  *open_error);
/* Switches to the Today page showing @date (pending edits of the shown day are saved). */
void      pj_window_show_date (PjWindow *self,
                               PjDate    date);

G_END_DECLS
