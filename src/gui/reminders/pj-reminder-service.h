/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* The daily reminder while the app runs, with or without a window: it works out the next
 * reminder time (pj-reminder-schedule), wakes for it, sends the notification, and keeps the
 * application alive (a hold) while reminders are on. It looks again after the computer
 * resumes (logind's PrepareForSleep), when the time zone changes (/etc/localtime), when the
 * journal or a reminder setting changes, and at least every ten minutes, which catches the
 * clock being set. It adds the notification's actions to @application. */
#define PJ_TYPE_REMINDER_SERVICE (pj_reminder_service_get_type ())
G_DECLARE_FINAL_TYPE (PjReminderService, pj_reminder_service, PJ, REMINDER_SERVICE, GObject)

/* @database may be NULL (a journal that could not be opened: no reminders). */
PjReminderService *pj_reminder_service_new (GtkApplication *application,
                                            PjDatabase     *database,
                                            const char     *database_path);
G_END_DECLS
