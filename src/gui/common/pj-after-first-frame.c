/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-after-first-frame.h"

/* A tick callback runs while a frame is being made (before layout and drawing); an idle
 * added there runs only after the frame clock has drawn and sent that frame, since drawing
 * has a higher priority than idles. A widget that is not mapped yet has no frames: the tick
 * is added when it is. */
struct _PjAfterFirstFrame
{
  GtkWidget            *widget;  /* weak */
  PjAfterFirstFrameFunc func;
  gpointer              user_data;
  gulong                map_id;
  guint                 tick_id;
  guint                 idle_id;
};

static gboolean
run_idle (gpointer data)
{
  PjAfterFirstFrame *self = data;

  self->idle_id = 0;
  self->func (self->user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       data)
{
  PjAfterFirstFrame *self = data;

  self->tick_id = 0;
  self->idle_id = g_idle_add (run_idle, self);
  return G_SOURCE_REMOVE;
}

static void
add_tick (PjAfterFirstFrame *self)
{
  g_clear_signal_handler (&self->map_id, self->widget);
  self->tick_id = gtk_widget_add_tick_callback (self->widget, on_tick, self, NULL);
}

/* Calls @func once, with @user_data, after the first frame that shows @widget. The caller
 * owns the result and cancels it (pj_after_first_frame_cancel) when it is disposed or no
 * longer needs the work; cancelling after the call only frees it. */
PjAfterFirstFrame *
pj_after_first_frame (GtkWidget            *widget,
                      PjAfterFirstFrameFunc func,
                      gpointer              user_data)
{
  PjAfterFirstFrame *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_new0 (PjAfterFirstFrame, 1);
  self->widget = widget;
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &self->widget);
  self->func = func;
  self->user_data = user_data;
  if (gtk_widget_get_mapped (widget))
    add_tick (self);
  else
    self->map_id = g_signal_connect_swapped (widget, "map", G_CALLBACK (add_tick), self);
  return self;
}

/* Whether the call is still to come. */
gboolean
pj_after_first_frame_pending (PjAfterFirstFrame *self)
{
  return self != NULL && (self->map_id != 0 || self->tick_id != 0 || self->idle_id != 0);
}

void
pj_after_first_frame_cancel (PjAfterFirstFrame **self_pointer)
{
  PjAfterFirstFrame *self;

  g_return_if_fail (self_pointer != NULL);

  self = g_steal_pointer (self_pointer);
  if (self == NULL)
    return;
  if (self->widget != NULL)
    {
      g_clear_signal_handler (&self->map_id, self->widget);
      if (self->tick_id != 0)
        gtk_widget_remove_tick_callback (self->widget, self->tick_id);
      g_object_remove_weak_pointer (G_OBJECT (self->widget), (gpointer *) &self->widget);
    }
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_free (self);
}
