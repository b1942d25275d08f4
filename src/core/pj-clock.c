/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-clock.h"

struct _PjClock
{
  GObject    parent_instance;

  GDateTime *manual_now; /* NULL for the system clock */
  guint      tick_id;
};

G_DEFINE_FINAL_TYPE (PjClock, pj_clock, G_TYPE_OBJECT)

enum {
  SIGNAL_MINUTE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule_tick (PjClock *self);

static gboolean
on_tick (gpointer user_data)
{
  PjClock *self = user_data;

  self->tick_id = 0;
  schedule_tick (self);
  g_signal_emit (self, signals[SIGNAL_MINUTE_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* One wake-up a minute, just after the minute turns (a second late rather than early, so the
 * new minute is the one read). */
static void
schedule_tick (PjClock *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  guint seconds = 60 - (guint) g_date_time_get_second (now) + 1;

  self->tick_id = g_timeout_add_seconds (seconds, on_tick, self);
}

static void
pj_clock_dispose (GObject *object)
{
  PjClock *self = PJ_CLOCK (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_pointer (&self->manual_now, g_date_time_unref);

  G_OBJECT_CLASS (pj_clock_parent_class)->dispose (object);
}

static void
pj_clock_class_init (PjClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pj_clock_dispose;

  signals[SIGNAL_MINUTE_CHANGED] = g_signal_new ("minute-changed", G_TYPE_FROM_CLASS (klass),
                                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                 G_TYPE_NONE, 0);
}

static void
pj_clock_init (PjClock *self)
{
}

PjClock *
pj_clock_new_system (void)
{
  PjClock *self = g_object_new (PJ_TYPE_CLOCK, NULL);

  schedule_tick (self);
  return self;
}

PjClock *
pj_clock_new_manual (GDateTime *now)
{
  PjClock *self;

  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (PJ_TYPE_CLOCK, NULL);
  self->manual_now = g_date_time_to_local (now);
  return self;
}

GDateTime *
pj_clock_get_now (PjClock *self)
{
  g_return_val_if_fail (PJ_IS_CLOCK (self), NULL);

  if (self->manual_now != NULL)
    return g_date_time_ref (self->manual_now);
  return g_date_time_new_now_local ();
}

int
pj_clock_get_minutes (PjClock *self)
{
  g_autoptr (GDateTime) now = pj_clock_get_now (self);

  return g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
}

void
pj_clock_set_now (PjClock   *self,
                  GDateTime *now)
{
  g_return_if_fail (PJ_IS_CLOCK (self));
  g_return_if_fail (self->manual_now != NULL);
  g_return_if_fail (now != NULL);

  g_date_time_unref (self->manual_now);
  self->manual_now = g_date_time_to_local (now);
  g_signal_emit (self, signals[SIGNAL_MINUTE_CHANGED], 0);
}
