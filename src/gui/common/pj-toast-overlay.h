/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The window's toasts: an AdwToastOverlay around "child" that also remembers the toast it
 * shows and the one delete that can still be undone, so that pages reach both through the
 * widget tree (pj_toast_overlay_find()) rather than through data kept under a key.
 *
 * Every toast of the app goes through here, and newer news replaces older news. That also
 * steers clear of a libadwaita 1.2 abort: a high-priority toast puts the shown one back in
 * the queue while it still has its widget, and dismissing the new one soon after (an Undo)
 * shows the old one again over that widget, failing an assertion in show_toast(). */
#define PJ_TYPE_TOAST_OVERLAY (pj_toast_overlay_get_type ())
G_DECLARE_FINAL_TYPE (PjToastOverlay, pj_toast_overlay, PJ, TOAST_OVERLAY, GtkWidget)

typedef void (*PjUndoFunc) (gpointer user_data);

GtkWidget      *pj_toast_overlay_new (void);
void            pj_toast_overlay_set_child (PjToastOverlay *self,
                                            GtkWidget      *child);
GtkWidget      *pj_toast_overlay_get_child (PjToastOverlay *self);
/* The overlay @widget sits in, or NULL. */
PjToastOverlay *pj_toast_overlay_find (GtkWidget *widget);

/* Shows @toast at once (taking ownership), replacing the one shown before. */
void            pj_toast_overlay_show (PjToastOverlay *self,
                                       AdwToast       *toast);
/* Shows @message (plain text) as a toast in @widget's overlay, if it is in one. */
void            pj_toast_overlay_show_message_for (GtkWidget  *widget,
                                                   const char *message);

/* Shows @message in @widget's overlay with an Undo button. The toast's button, or
 * pj_toast_overlay_undo() (Ctrl+Z), calls @undo once. Offering a new undo replaces the
 * previous one: only the last delete can be undone, as in GNOME Files and Contacts.
 * @destroy frees @user_data when the offer ends either way. */
void            pj_toast_overlay_offer_undo_for (GtkWidget     *widget,
                                                 const char    *message,
                                                 PjUndoFunc     undo,
                                                 gpointer       user_data,
                                                 GDestroyNotify destroy);
/* Runs the pending undo. FALSE when there is none. */
gboolean        pj_toast_overlay_undo (PjToastOverlay *self);
/* The same for the overlay @widget sits in. */
gboolean        pj_toast_overlay_undo_for (GtkWidget *widget);

G_END_DECLS
