/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-clock.h"

/* Microseconds added to the real time; fixed the first time the clock is read. */
static gint64
test_clock_offset (void)
{
  static gsize initialised = 0;
  static gint64 offset = 0;

  if (g_once_init_enter (&initialised))
    {
      const char *text = g_getenv ("PJ_TEST_CLOCK");
      g_autoptr (GTimeZone) local = g_time_zone_new_local ();
      g_autoptr (GDateTime) start = NULL;

      if (text != NULL && *text != '\0')
        start = g_date_time_new_from_iso8601 (text, local);
      if (start != NULL)
        offset = g_date_time_to_unix (start) * G_USEC_PER_SEC - g_get_real_time ();
      else if (text != NULL && *text != '\0')
        g_warning ("PJ_TEST_CLOCK=%s is not a local time of the form YYYY-MM-DDTHH:MM:SS; "
                   "using the system clock", text);
      g_once_init_leave (&initialised, 1);
    }
  return offset;
}

gboolean
pj_clock_is_test (void)
{
  return test_clock_offset () != 0;
}

/* The current time in @zone (NULL: the local time zone), to the second. */
GDateTime *
pj_clock_now (GTimeZone *zone)
{
  gint64 now = g_get_real_time () + test_clock_offset ();
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (now / G_USEC_PER_SEC);
  g_autoptr (GTimeZone) local = NULL;

  if (zone == NULL)
    zone = local = g_time_zone_new_local ();
  return g_date_time_to_timezone (utc, zone);
}

/* ----- The clock object: the system clock, or a manual one for tests ----- */

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
  g_autoptr (GDateTime) now = pj_clock_now (NULL);
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
  return pj_clock_now (NULL);
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
