/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-reminder-schedule.h"

/* The reminder time on @date in @zone. A time the clocks skip on that day (02:30 on the night
 * summer time starts) comes when they jump (GLib places it at 03:00); a time that happens
 * twice (the night summer time ends) comes once, the second time (standard time). */
static GDateTime *
reminder_time_on (PjDate     date,
                  int        minutes,
                  GTimeZone *zone)
{
  int year, month, day;

  pj_date_to_ymd (date, &year, &month, &day);
  return g_date_time_new (zone, year, month, day, minutes / 60, minutes % 60, 0);
}

static gboolean
is_too_late (GDateTime *time,
             GDateTime *now)
{
  return g_date_time_difference (now, time) > PJ_REMINDER_GRACE;
}

static gboolean
may_remind_on (const PjReminderSettings *settings,
               const PjReminderState    *state,
               PjDate                    date)
{
  if ((settings->weekdays & PJ_WEEKDAY_BIT (pj_date_weekday (date))) == 0)
    return FALSE;
  /* Never twice a day. */
  if (state->last_sent != PJ_DATE_NONE && date <= state->last_sent)
    return FALSE;
  if (settings->only_unlogged && state->last_logged != PJ_DATE_NONE
      && date <= state->last_logged)
    return FALSE;
  return TRUE;
}

/* The snooze counts unless the day got logged meanwhile or it is long past. */
static gboolean
snooze_counts (const PjReminderSettings *settings,
               const PjReminderState    *state,
               GDateTime                *now)
{
  PjDate day;

  if (state->snoozed == NULL || is_too_late (state->snoozed, now))
    return FALSE;
  day = pj_date_from_gdatetime (state->snoozed);
  return !(settings->only_unlogged && state->last_logged != PJ_DATE_NONE
           && day <= state->last_logged);
}

/* When the reminder should come next, in @now's time zone: the first day from today on that
 * it may come on, at the set time, unless that time is more than PJ_REMINDER_GRACE ago. A
 * result at or before @now means "now" (pj_reminder_schedule_is_due). NULL when it is off or
 * has no day. The result follows the local calendar, so across a change to or from summer
 * time the reminder stays at the same clock time. */
GDateTime *
pj_reminder_schedule_next (const PjReminderSettings *settings,
                           const PjReminderState    *state,
                           GDateTime                *now)
{
  GTimeZone *zone;
  PjDate today;
  GDateTime *next = NULL;

  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (state != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (!settings->enabled || (settings->weekdays & PJ_WEEKDAYS_ALL) == 0
      || settings->time < 0 || settings->time >= 24 * 60)
    return NULL;

  zone = g_date_time_get_timezone (now);
  today = pj_date_from_gdatetime (now);
  /* Today and the seven days after it hold every day of the week at least once. */
  for (PjDate date = today; date <= today + 7 && next == NULL; date++)
    {
      g_autoptr (GDateTime) candidate = NULL;

      if (!may_remind_on (settings, state, date))
        continue;
      candidate = reminder_time_on (date, settings->time, zone);
      if (candidate != NULL && !is_too_late (candidate, now))
        next = g_steal_pointer (&candidate);
    }

  if (snooze_counts (settings, state, now)
      && (next == NULL || g_date_time_compare (state->snoozed, next) < 0))
    {
      g_clear_pointer (&next, g_date_time_unref);
      next = g_date_time_to_timezone (state->snoozed, zone);
    }
  return next;
}

/* Whether a reminder computed for @next is to be sent at @now. */
gboolean
pj_reminder_schedule_is_due (GDateTime *next,
                             GDateTime *now)
{
  g_return_val_if_fail (now != NULL, FALSE);
  return next != NULL && g_date_time_compare (next, now) <= 0;
}
