/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-notify-after-layout.h"

typedef struct
{
  GWeakRef       widget;
  GParamSpec    *pspec;
  GdkFrameClock *clock;   /* NULL when waiting for an idle */
  gulong         handler;
} PendingNotify;

static void
pending_free (gpointer data)
{
  PendingNotify *pending = data;

  g_weak_ref_clear (&pending->widget);
  g_param_spec_unref (pending->pspec);
  g_clear_object (&pending->clock);
  g_free (pending);
}

static void
pending_closure_free (gpointer  data,
                      GClosure *closure)
{
  pending_free (data);
}

static void
emit (PendingNotify *pending)
{
  g_autoptr (GObject) widget = g_weak_ref_get (&pending->widget);

  if (widget != NULL)
    g_object_notify_by_pspec (widget, pending->pspec);
}

/* Connected after GTK's own handler: the window's allocation of this frame is done. */
static void
on_layout (GdkFrameClock *clock,
           PendingNotify *pending)
{
  /* Frees @pending once this emission lets go of the handler. */
  g_signal_handler_disconnect (clock, pending->handler);
  emit (pending);
}

static gboolean
on_idle (gpointer data)
{
  emit (data);
  return G_SOURCE_REMOVE;
}

void
pj_notify_after_layout (GtkWidget  *widget,
                        GParamSpec *pspec)
{
  GdkFrameClock *clock;
  PendingNotify *pending;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_PARAM_SPEC (pspec));

  pending = g_new0 (PendingNotify, 1);
  g_weak_ref_init (&pending->widget, widget);
  pending->pspec = g_param_spec_ref (pspec);
  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    {
      g_idle_add_full (G_PRIORITY_DEFAULT, on_idle, pending, pending_free);
      return;
    }
  pending->clock = g_object_ref (clock);
  pending->handler = g_signal_connect_data (clock, "layout", G_CALLBACK (on_layout), pending,
                                            pending_closure_free, G_CONNECT_AFTER);
  /* Asked for while the clock lays out, this makes it lay out once more in the same frame
   * (our handler runs in that pass if not in this one); otherwise it asks for a frame. */
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}
