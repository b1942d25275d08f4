/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef void (*PjUndoFunc) (gpointer user_data);

/* Shows @message in the window's toast overlay (the nearest AdwToastOverlay above @widget)
 * with an Undo button. The toast's button, or pj_undo_last() (Ctrl+Z), calls @undo once.
 * Offering a new undo replaces the previous one: only the last delete can be undone, as in
 * GNOME Files and Contacts. @destroy frees @user_data when the offer ends either way. */
void     pj_undo_offer (GtkWidget     *widget,
                        const char    *message,
                        PjUndoFunc     undo,
                        gpointer       user_data,
                        GDestroyNotify destroy);
/* Runs the pending undo of @widget's window. FALSE when there is none. */
gboolean pj_undo_last (GtkWidget *widget);

G_END_DECLS
