/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-date.h"

G_BEGIN_DECLS

/* A day of the week as a bit: PJ_WEEKDAY_BIT (G_DATE_MONDAY) … PJ_WEEKDAY_BIT (G_DATE_SUNDAY). */
#define PJ_WEEKDAY_BIT(weekday) (1u << (weekday))
#define PJ_WEEKDAYS_ALL         0xFEu

/* A reminder whose time passed while the computer was off or asleep is still sent if it is at
 * most this late; later than that it waits for its next day. */
#define PJ_REMINDER_GRACE       G_TIME_SPAN_HOUR

/* The daily reminder's settings (the reminder-* GSettings keys). */
typedef struct
{
  gboolean enabled;
  int      time;           /* minutes after midnight, 0 … 1439 */
  guint    weekdays;       /* PJ_WEEKDAY_BIT of each day it may come on */
  gboolean only_unlogged;  /* not on a day that already has something logged */
} PjReminderSettings;

/* What the schedule needs to know beyond the settings. */
typedef struct
{
  PjDate     last_logged;  /* the latest day with an entry, or PJ_DATE_NONE */
  PjDate     last_sent;    /* the day of the last reminder sent, or PJ_DATE_NONE */
  GDateTime *snoozed;      /* "Remind Me in an Hour": when, or NULL */
} PjReminderState;

GDateTime *pj_reminder_schedule_next (const PjReminderSettings *settings,
                                      const PjReminderState    *state,
                                      GDateTime                *now);
gboolean   pj_reminder_schedule_is_due (GDateTime *next,
                                        GDateTime *now);

G_END_DECLS
