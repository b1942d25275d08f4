/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-toast-overlay.h"

typedef struct
{
  PjUndoFunc     undo;
  gpointer       user_data;
  GDestroyNotify destroy;
  AdwToast      *toast; /* weak: the overlay owns it */
} PendingUndo;

struct _PjToastOverlay
{
  GtkWidget        parent_instance;

  AdwToastOverlay *overlay;
  AdwToast        *current;  /* weak: the toast shown now */
  PendingUndo     *pending;  /* the last delete, while it can be undone */
};

G_DEFINE_FINAL_TYPE (PjToastOverlay, pj_toast_overlay, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pending_undo_free (PendingUndo *pending)
{
  g_clear_weak_pointer (&pending->toast);
  if (pending->destroy != NULL)
    pending->destroy (pending->user_data);
  g_free (pending);
}

/* ----- Toasts ----- */

static void
forget_toast (AdwToast       *toast,
              PjToastOverlay *self)
{
  if (self->current == toast)
    g_clear_weak_pointer (&self->current);
}

void
pj_toast_overlay_show (PjToastOverlay *self,
                       AdwToast       *toast)
{
  g_return_if_fail (PJ_IS_TOAST_OVERLAY (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  if (self->current != NULL)
    adw_toast_dismiss (self->current);
  g_set_weak_pointer (&self->current, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (forget_toast), self, 0);
  adw_toast_overlay_add_toast (self->overlay, toast);
}

PjToastOverlay *
pj_toast_overlay_find (GtkWidget *widget)
{
  GtkWidget *ancestor;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  ancestor = gtk_widget_get_ancestor (widget, PJ_TYPE_TOAST_OVERLAY);
  return ancestor != NULL ? PJ_TOAST_OVERLAY (ancestor) : NULL;
}

void
pj_toast_overlay_show_message_for (GtkWidget  *widget,
                                   const char *message)
{
  PjToastOverlay *self = pj_toast_overlay_find (widget);
  g_autofree char *escaped = NULL;

  if (self == NULL)
    return;
  /* libadwaita 1.2 always reads toast titles as markup: escape so a note can't break it. */
  escaped = g_markup_escape_text (message, -1);
  pj_toast_overlay_show (self, adw_toast_new (escaped));
}

/* ----- Undo ----- */

gboolean
pj_toast_overlay_undo (PjToastOverlay *self)
{
  PendingUndo *pending;

  g_return_val_if_fail (PJ_IS_TOAST_OVERLAY (self), FALSE);

  pending = g_steal_pointer (&self->pending);
  if (pending == NULL)
    return FALSE;
  if (pending->toast != NULL)
    adw_toast_dismiss (pending->toast);
  pending->undo (pending->user_data);
  pending_undo_free (pending);
  return TRUE;
}

gboolean
pj_toast_overlay_undo_for (GtkWidget *widget)
{
  PjToastOverlay *self = pj_toast_overlay_find (widget);

  return self != NULL && pj_toast_overlay_undo (self);
}

static void
on_undo_clicked (AdwToast       *toast,
                 PjToastOverlay *self)
{
  /* A click on an older toast must not undo a newer delete. */
  if (self->pending != NULL && self->pending->toast == toast)
    pj_toast_overlay_undo (self);
}

void
pj_toast_overlay_offer_undo_for (GtkWidget     *widget,
                                 const char    *message,
                                 PjUndoFunc     undo,
                                 gpointer       user_data,
                                 GDestroyNotify destroy)
{
  PjToastOverlay *self;
  PendingUndo *pending;
  AdwToast *toast;
  g_autofree char *escaped = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (undo != NULL);

  self = pj_toast_overlay_find (widget);
  g_return_if_fail (self != NULL);

  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);

  pending = g_new0 (PendingUndo, 1);
  pending->undo = undo;
  pending->user_data = user_data;
  pending->destroy = destroy;
  g_set_weak_pointer (&pending->toast, toast);

  /* Only the latest delete stays undoable: the previous offer ends here. */
  g_clear_pointer (&self->pending, pending_undo_free);
  self->pending = pending;
  pj_toast_overlay_show (self, toast);
}

/* ----- The child ----- */

void
pj_toast_overlay_set_child (PjToastOverlay *self,
                            GtkWidget      *child)
{
  g_return_if_fail (PJ_IS_TOAST_OVERLAY (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (adw_toast_overlay_get_child (self->overlay) == child)
    return;
  adw_toast_overlay_set_child (self->overlay, child);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

GtkWidget *
pj_toast_overlay_get_child (PjToastOverlay *self)
{
  g_return_val_if_fail (PJ_IS_TOAST_OVERLAY (self), NULL);
  return adw_toast_overlay_get_child (self->overlay);
}

GtkWidget *
pj_toast_overlay_new (void)
{
  return g_object_new (PJ_TYPE_TOAST_OVERLAY, NULL);
}

static void
pj_toast_overlay_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PjToastOverlay *self = PJ_TOAST_OVERLAY (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, pj_toast_overlay_get_child (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_toast_overlay_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PjToastOverlay *self = PJ_TOAST_OVERLAY (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      pj_toast_overlay_set_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_toast_overlay_dispose (GObject *object)
{
  PjToastOverlay *self = PJ_TOAST_OVERLAY (object);

  g_clear_pointer (&self->pending, pending_undo_free);
  g_clear_weak_pointer (&self->current);
  g_clear_pointer ((GtkWidget **) &self->overlay, gtk_widget_unparent);

  G_OBJECT_CLASS (pj_toast_overlay_parent_class)->dispose (object);
}

static void
pj_toast_overlay_class_init (PjToastOverlayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pj_toast_overlay_get_property;
  object_class->set_property = pj_toast_overlay_set_property;
  object_class->dispose = pj_toast_overlay_dispose;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pj_toast_overlay_init (PjToastOverlay *self)
{
  self->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->overlay), GTK_WIDGET (self));
}
