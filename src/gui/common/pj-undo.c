/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-undo.h"
#include "pj-toast.h"

#define PENDING_KEY "pj-undo-pending"

typedef struct
{
  PjUndoFunc     undo;
  gpointer       user_data;
  GDestroyNotify destroy;
  AdwToast      *toast; /* weak: the overlay owns it */
} PendingUndo;

static void
pending_undo_free (PendingUndo *pending)
{
  if (pending->toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (pending->toast), (gpointer *) &pending->toast);
  if (pending->destroy != NULL)
    pending->destroy (pending->user_data);
  g_free (pending);
}

static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  GtkWidget *ancestor = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  /* A page can sit beside the overlay rather than under it (dialogs): fall back to the
   * overlay that the window keeps as its content's first toast overlay. */
  if (ancestor == NULL)
    {
      GtkRoot *root = gtk_widget_get_root (widget);

      if (root != NULL)
        ancestor = g_object_get_data (G_OBJECT (root), "pj-toast-overlay");
    }
  return ancestor ? ADW_TOAST_OVERLAY (ancestor) : NULL;
}

static void
run_pending (AdwToastOverlay *overlay)
{
  PendingUndo *pending = g_object_steal_data (G_OBJECT (overlay), PENDING_KEY);

  if (pending == NULL)
    return;
  if (pending->toast != NULL)
    adw_toast_dismiss (pending->toast);
  pending->undo (pending->user_data);
  pending_undo_free (pending);
}

static void
on_toast_button_clicked (AdwToast        *toast,
                         AdwToastOverlay *overlay)
{
  PendingUndo *pending = g_object_get_data (G_OBJECT (overlay), PENDING_KEY);

  /* A click on an older toast must not undo a newer delete. */
  if (pending != NULL && pending->toast == toast)
    run_pending (overlay);
}

void
pj_undo_offer (GtkWidget     *widget,
               const char    *message,
               PjUndoFunc     undo,
               gpointer       user_data,
               GDestroyNotify destroy)
{
  AdwToastOverlay *overlay;
  PendingUndo *pending;
  AdwToast *toast;
  g_autofree char *escaped = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (undo != NULL);

  overlay = find_overlay (widget);
  g_return_if_fail (overlay != NULL);

  /* libadwaita 1.2 always reads toast titles as markup: escape so a note can't break it. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 10);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_toast_button_clicked), overlay);

  pending = g_new0 (PendingUndo, 1);
  pending->undo = undo;
  pending->user_data = user_data;
  pending->destroy = destroy;
  pending->toast = toast;
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &pending->toast);

  /* Replacing the data frees the previous offer: only the latest delete stays undoable. */
  g_object_set_data_full (G_OBJECT (overlay), PENDING_KEY, pending,
                          (GDestroyNotify) pending_undo_free);
  pj_toast_show (overlay, toast);
}

gboolean
pj_undo_last (GtkWidget *widget)
{
  AdwToastOverlay *overlay;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  overlay = find_overlay (widget);
  if (overlay == NULL || g_object_get_data (G_OBJECT (overlay), PENDING_KEY) == NULL)
    return FALSE;
  run_pending (overlay);
  return TRUE;
}
