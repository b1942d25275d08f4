/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-reminder-notification.h"

char *
pj_reminder_notification_body (PjDate today,
                               PjDate last_logged)
{
  guint days;

  if (last_logged == PJ_DATE_NONE || last_logged > today)
    return g_strdup (_("Log today’s pain in under a minute."));
  days = today - last_logged;
  if (days == 0)
    return g_strdup (_("Add a check-in for how it feels now."));
  if (days == 1)
    return g_strdup (_("Your last check-in was yesterday."));
  return g_strdup_printf (ngettext ("Your last check-in was %u day ago.",
                                    "Your last check-in was %u days ago.", days), days);
}

GNotification *
pj_reminder_notification_new (PjDate today,
                              PjDate last_logged)
{
  GNotification *notification = g_notification_new (_("How is your back today?"));
  g_autofree char *body = pj_reminder_notification_body (today, last_logged);
  g_autoptr (GIcon) icon = g_themed_icon_new (APPLICATION_ID);

  g_notification_set_body (notification, body);
  g_notification_set_icon (notification, icon);
  g_notification_set_default_action (notification, "app." PJ_REMINDER_ACTION_LOG_NOW);
  g_notification_add_button (notification, _("Log Now"), "app." PJ_REMINDER_ACTION_LOG_NOW);
  g_notification_add_button (notification, _("Remind Me in an Hour"),
                             "app." PJ_REMINDER_ACTION_SNOOZE);
  return notification;
}
