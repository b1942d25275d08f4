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
