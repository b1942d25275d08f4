/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pj-date.h"

G_BEGIN_DECLS

/* The id the reminder is sent and withdrawn under, and the application actions it calls. */
#define PJ_REMINDER_NOTIFICATION_ID "daily-reminder"
#define PJ_REMINDER_ACTION_LOG_NOW  "reminder-log-now"
#define PJ_REMINDER_ACTION_SNOOZE   "reminder-snooze"

/* "How is your back today?", with a line on when the last check-in was; clicking it or
 * "Log Now" opens Today, "Remind Me in an Hour" snoozes it. */
GNotification *pj_reminder_notification_new (PjDate today,
                                             PjDate last_logged);
/* Its second line alone, for tests and for the body above. */
char          *pj_reminder_notification_body (PjDate today,
                                              PjDate last_logged);

G_END_DECLS
