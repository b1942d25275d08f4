/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-reminder-schedule.h"

/* Every clock here is fixed: a local time in a named zone. 2026-06-29 is a Monday. */

static GDateTime *
at (const char *zone_id,
    const char *local)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier (zone_id);
  GDateTime *time;

  g_assert_nonnull (zone);
  time = g_date_time_new_from_iso8601 (local, zone);
  g_assert_nonnull (time);
  return time;
}

static PjDate
day (const char *iso)
{
  PjDate date = PJ_DATE_NONE;

  g_assert_true (pj_date_parse_iso (iso, &date, NULL));
  return date;
}

static PjReminderSettings
evening (void)
{
  return (PjReminderSettings) { TRUE, 20 * 60, PJ_WEEKDAYS_ALL, TRUE };
}

/* The next reminder as "YYYY-MM-DDTHH:MM:SS+hh" local time of its zone, or "none". */
static char *
next_text (const PjReminderSettings *settings,
           const PjReminderState    *state,
           GDateTime                *now)
{
  g_autoptr (GDateTime) next = pj_reminder_schedule_next (settings, state, now);

  if (next == NULL)
    return g_strdup ("none");
  return g_date_time_format (next, "%Y-%m-%dT%H:%M:%S%:::z");
}

static void
assert_next (const PjReminderSettings *settings,
             const PjReminderState    *state,
             GDateTime                *now,
             const char               *expected)
{
  g_autofree char *text = next_text (settings, state, now);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_schedule_later_today (void)
{
  PjReminderSettings settings = evening ();
  PjReminderState state = { day ("2026-06-28"), PJ_DATE_NONE, NULL };
  g_autoptr (GDateTime) now = at ("Europe/Berlin", "2026-06-29T08:15:00");
  g_autoptr (GDateTime) next = pj_reminder_schedule_next (&settings, &state, now);

  assert_next (&settings, &state, now, "2026-06-29T20:00:00+02");
  g_assert_false (pj_reminder_schedule_is_due (next, now));
}

static void
test_schedule_due_within_grace (void)
{
  PjReminderSettings settings = evening ();
  PjReminderState state = { PJ_DATE_NONE, PJ_DATE_NONE, NULL };
  g_autoptr (GDateTime) exactly = at ("UTC", "2026-06-29T20:00:00");
  g_autoptr (GDateTime) late = at ("UTC", "2026-06-29T20:59:00");
  g_autoptr (GDateTime) early = at ("UTC", "2026-06-29T19:59:59");
  g_autoptr (GDateTime) next = pj_reminder_schedule_next (&settings, &state, exactly);
  g_autoptr (GDateTime) next_late = pj_reminder_schedule_next (&settings, &state, late);

  g_assert_true (pj_reminder_schedule_is_due (next, exactly));
  g_assert_false (pj_reminder_schedule_is_due (next, early));
  /* Woken 59 minutes after the time with nothing sent yet: it comes now. */
  assert_next (&settings, &state, late, "2026-06-29T20:00:00+00");
  g_assert_true (pj_reminder_schedule_is_due (next_late, late));
}

static void
test_schedule_slept_through (void)
{
  PjReminderSettings settings = evening ();
  PjReminderState state = { day ("2026-06-27"), PJ_DATE_NONE, NULL };
  g_autoptr (GDateTime) woke = at ("UTC", "2026-06-29T21:00:01");
  g_autoptr (GDateTime) next = pj_reminder_schedule_next (&settings, &state, woke);

  /* More than an hour late after a night asleep: no reminder now, the next is tomorrow's. */
  assert_next (&settings, &state, woke, "2026-06-30T20:00:00+00");
  g_assert_false (pj_reminder_schedule_is_due (next, woke));
}

static void
test_schedule_never_twice (void)
{
  PjReminderSettings settings = evening ();
  PjReminderState state = { PJ_DATE_NONE, day ("2026-06-29"), NULL };
  g_autoptr (GDateTime) now = at ("UTC", "2026-06-29T20:00:30");

  assert_next (&settings, &state, now, "2026-06-30T20:00:00+00");
}

static void
test_schedule_logged_today (void)
{
  PjReminderSettings settings = evening ();
  PjReminderState state = { day ("2026-06-29"), PJ_DATE_NONE, NULL };
  g_autoptr (GDateTime) now = at ("UTC", "2026-06-29T12:00:00");

  assert_next (&settings, &state, now, "2026-06-30T20:00:00+00");
  /* With "only when I have not logged that day" off it comes anyway. */
  settings.only_unlogged = FALSE;
  assert_next (&settings, &state, now, "2026-06-29T20:00:00+00");
}

static void
test_schedule_across_midnight (void)
{
  PjReminderSettings settings = evening ();
  PjReminderState state = { PJ_DATE_NONE, day ("2026-06-29"), NULL };
  g_autoptr (GDateTime) before = at ("UTC", "2026-06-29T23:50:00");
  g_autoptr (GDateTime) after = at ("UTC", "2026-06-30T00:10:00");
  g_autoptr (GDateTime) next = NULL;

  /* A quarter past midnight: the clock turns to the next day in between. */
  settings.time = 15;
  assert_next (&settings, &state, before, "2026-06-30T00:15:00+00");
  next = pj_reminder_schedule_next (&settings, &state, after);
  assert_next (&settings, &state, after, "2026-06-30T00:15:00+00");
  g_assert_false (pj_reminder_schedule_is_due (next, after));
  /* Just after midnight, yesterday's late-evening reminder (not sent) is more than an hour
   * ago and no longer due: the next one is tonight's. */
  settings.time = 22 * 60 + 30;
  state.last_sent = day ("2026-06-28");
  assert_next (&settings, &state, after, "2026-06-30T22:30:00+00");
}

static void
test_schedule_weekdays (void)
{
  PjReminderSettings settings = evening ();
  PjReminderState state = { PJ_DATE_NONE, PJ_DATE_NONE, NULL };
  g_autoptr (GDateTime) tuesday = at ("UTC", "2026-06-30T09:00:00");
  g_autoptr (GDateTime) monday_late = at ("UTC", "2026-06-29T21:30:00");

  settings.weekdays = PJ_WEEKDAY_BIT (G_DATE_MONDAY);
  assert_next (&settings, &state, tuesday, "2026-07-06T20:00:00+00");
  /* Monday's time is long past: a whole week on. */
  assert_next (&settings, &state, monday_late, "2026-07-06T20:00:00+00");

  settings.weekdays = PJ_WEEKDAY_BIT (G_DATE_SATURDAY) | PJ_WEEKDAY_BIT (G_DATE_SUNDAY);
  assert_next (&settings, &state, tuesday, "2026-07-04T20:00:00+00");
  settings.weekdays = PJ_WEEKDAY_BIT (G_DATE_TUESDAY);
  assert_next (&settings, &state, tuesday, "2026-06-30T20:00:00+00");
}

static void
test_schedule_off (void)
{
  PjReminderSettings settings = evening ();
  PjReminderState state = { PJ_DATE_NONE, PJ_DATE_NONE, NULL };
  g_autoptr (GDateTime) now = at ("UTC", "2026-06-29T09:00:00");

  settings.enabled = FALSE;
  assert_next (&settings, &state, now, "none");
  settings.enabled = TRUE;
  settings.weekdays = 0;
  assert_next (&settings, &state, now, "none");
  g_assert_false (pj_reminder_schedule_is_due (NULL, now));
}

/* The span between two reminders on the days summer time starts and ends, and the clock
 * time they come at. */
static void
assert_dst_step (const char *zone,
                 const char *saturday_evening,
                 const char *expected_next,
                 GTimeSpan   expected_gap)
{
  PjReminderSettings settings = evening ();
  g_autoptr (GDateTime) sent = at (zone, saturday_evening);
  PjReminderState state = { PJ_DATE_NONE, pj_date_from_gdatetime (sent), NULL };
  g_autoptr (GDateTime) next = pj_reminder_schedule_next (&settings, &state, sent);

  assert_next (&settings, &state, sent, expected_next);
  g_assert_cmpint (g_date_time_difference (next, sent), ==, expected_gap);
}

static void
test_schedule_dst_berlin (void)
{
  /* Summer time starts on 29 March 2026 and ends on 25 October 2026. */
  assert_dst_step ("Europe/Berlin", "2026-03-28T20:00:00", "2026-03-29T20:00:00+02",
                   23 * G_TIME_SPAN_HOUR);
  assert_dst_step ("Europe/Berlin", "2026-10-24T20:00:00", "2026-10-25T20:00:00+01",
                   25 * G_TIME_SPAN_HOUR);
}

static void
test_schedule_dst_new_york (void)
{
  /* Daylight saving time starts on 8 March 2026 and ends on 1 November 2026. */
  assert_dst_step ("America/New_York", "2026-03-07T20:00:00", "2026-03-08T20:00:00-04",
                   23 * G_TIME_SPAN_HOUR);
  assert_dst_step ("America/New_York", "2026-10-31T20:00:00", "2026-11-01T20:00:00-05",
                   25 * G_TIME_SPAN_HOUR);
}

static void
test_schedule_dst_skipped_time (void)
{
  PjReminderSettings settings = evening ();
  PjReminderState state = { PJ_DATE_NONE, PJ_DATE_NONE, NULL };
  g_autoptr (GDateTime) evening_before = at ("Europe/Berlin", "2026-03-28T23:00:00");
  g_autoptr (GDateTime) night_before_fall = at ("Europe/Berlin", "2026-10-24T23:00:00");
  g_autoptr (GDateTime) next = NULL;

  /* 02:30 does not exist on 29 March in Berlin (the clocks go from 02:00 to 03:00): it comes
   * on that day when the clocks jump, at 03:00 summer time (01:00 UTC). */
  settings.time = 2 * 60 + 30;
  next = pj_reminder_schedule_next (&settings, &state, evening_before);
  g_assert_nonnull (next);
  g_assert_cmpint (g_date_time_to_unix (next), ==,
                   g_date_time_to_unix (evening_before) + 3 * 3600);
  /* 02:30 happens twice on 25 October: once, in standard time (01:30 UTC), as GLib reads an
   * ambiguous local time. */
  g_clear_pointer (&next, g_date_time_unref);
  next = pj_reminder_schedule_next (&settings, &state, night_before_fall);
  g_assert_nonnull (next);
  g_assert_cmpint (g_date_time_to_unix (next), ==,
                   g_date_time_to_unix (night_before_fall) + 4 * 3600 + 30 * 60);
}

static void
test_schedule_snooze (void)
{
  PjReminderSettings settings = evening ();
  g_autoptr (GDateTime) now = at ("UTC", "2026-06-29T20:05:00");
  g_autoptr (GDateTime) in_an_hour = at ("UTC", "2026-06-29T21:05:00");
  PjReminderState state = { PJ_DATE_NONE, day ("2026-06-29"), in_an_hour };
  g_autoptr (GDateTime) much_later = at ("UTC", "2026-06-29T22:30:00");

  /* Asked for, so it comes although today's reminder was sent. */
  assert_next (&settings, &state, now, "2026-06-29T21:05:00+00");
  /* Logged meanwhile: the snooze is dropped. */
  state.last_logged = day ("2026-06-29");
  assert_next (&settings, &state, now, "2026-06-30T20:00:00+00");
  /* A snooze more than an hour past (asleep) is dropped too. */
  state.last_logged = PJ_DATE_NONE;
  assert_next (&settings, &state, much_later, "2026-06-30T20:00:00+00");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reminder-schedule/later-today", test_schedule_later_today);
  g_test_add_func ("/reminder-schedule/due-within-grace", test_schedule_due_within_grace);
  g_test_add_func ("/reminder-schedule/slept-through", test_schedule_slept_through);
  g_test_add_func ("/reminder-schedule/never-twice", test_schedule_never_twice);
  g_test_add_func ("/reminder-schedule/logged-today", test_schedule_logged_today);
  g_test_add_func ("/reminder-schedule/across-midnight", test_schedule_across_midnight);
  g_test_add_func ("/reminder-schedule/weekdays", test_schedule_weekdays);
  g_test_add_func ("/reminder-schedule/off", test_schedule_off);
  g_test_add_func ("/reminder-schedule/dst-berlin", test_schedule_dst_berlin);
  g_test_add_func ("/reminder-schedule/dst-new-york", test_schedule_dst_new_york);
  g_test_add_func ("/reminder-schedule/dst-skipped-time", test_schedule_dst_skipped_time);
  g_test_add_func ("/reminder-schedule/snooze", test_schedule_snooze);
  return g_test_run ();
}
