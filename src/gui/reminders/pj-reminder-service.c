/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pj-autostart.h"
#include "pj-clock.h"
#include "pj-reminder-notification.h"
#include "pj-reminder-schedule.h"
#include "pj-reminder-service.h"
#include "pj-weekday-chooser.h"

/* Timers stop while the computer sleeps and follow the monotonic clock, not the wall clock:
 * a wait is never longer than this, so a clock set by hand (or by NTP after a long time off)
 * is noticed within it. Cheaper and more portable than a timerfd that is cancelled on a
 * clock change, and it also covers a resume whose PrepareForSleep signal was missed. */
#define MAX_WAIT_SECONDS (10 * 60)
#define SNOOZE_SECONDS   (60 * 60)

struct _PjReminderService
{
  GObject          parent_instance;

  GtkApplication  *application;  /* weak: it owns the service */
  PjDatabase      *database;
  char            *database_path;
  GSettings       *settings;
  GTimeZone       *zone;
  guint            timeout_id;
  gboolean         holding;
  gboolean         shown;
  gboolean         rescheduling;  /* its own writes to the settings do not start it again */
  GCancellable    *cancellable;
  GDBusConnection *system_bus;
  guint            sleep_subscription;
  GFileMonitor    *localtime_monitor;
  GSignalGroup    *database_signals;
};

G_DEFINE_FINAL_TYPE (PjReminderService, pj_reminder_service, G_TYPE_OBJECT)

static void reschedule (PjReminderService *self);

static void
read_settings (PjReminderService  *self,
               PjReminderSettings *settings)
{
  g_autofree char *time = g_settings_get_string (self->settings, "reminder-time");
  g_auto (GStrv) days = g_settings_get_strv (self->settings, "reminder-days");

  settings->enabled = g_settings_get_boolean (self->settings, "reminder-enabled")
                      && self->database != NULL;
  if (!pj_time_parse (time, &settings->time, NULL))
    settings->time = 20 * 60;
  settings->weekdays = 0;
  for (int weekday = G_DATE_MONDAY; weekday <= G_DATE_SUNDAY; weekday++)
    if (g_strv_contains ((const char * const *) days, pj_weekday_key_name (weekday)))
      settings->weekdays |= PJ_WEEKDAY_BIT (weekday);
  settings->only_unlogged = g_settings_get_boolean (self->settings, "reminder-only-unlogged");
}

/* The state is read fresh each time: another process (the window of a second journal, the
 * command line's import) may have logged the day. */
static void
read_state (PjReminderService *self,
            PjReminderState   *state)
{
  g_autofree char *sent = g_settings_get_string (self->settings, "reminder-last-sent");
  gint64 snoozed = g_settings_get_int64 (self->settings, "reminder-snoozed-until");
  g_autoptr (GError) error = NULL;

  state->last_logged = PJ_DATE_NONE;
  if (self->database != NULL
      && !pj_database_get_date_bounds (self->database, NULL, &state->last_logged, &error))
    g_warning ("Could not read the journal for the reminder: %s", error->message);
  if (*sent == '\0' || !pj_date_parse_iso (sent, &state->last_sent, NULL))
    state->last_sent = PJ_DATE_NONE;
  state->snoozed = snoozed > 0 ? g_date_time_new_from_unix_utc (snoozed) : NULL;
}

static void
set_holding (PjReminderService *self,
             gboolean           hold)
{
  if (hold == self->holding || self->application == NULL)
    return;
  self->holding = hold;
  if (hold)
    g_application_hold (G_APPLICATION (self->application));
  else
    g_application_release (G_APPLICATION (self->application));
}

static void
withdraw (PjReminderService *self)
{
  if (!self->shown || self->application == NULL)
    return;
  self->shown = FALSE;
  g_application_withdraw_notification (G_APPLICATION (self->application),
                                       PJ_REMINDER_NOTIFICATION_ID);
}

static void
send_reminder (PjReminderService *self,
               GDateTime         *now,
               PjDate             last_logged)
{
  PjDate today = pj_date_from_gdatetime (now);
  g_autofree char *iso = pj_date_to_iso (today);
  g_autoptr (GNotification) notification = pj_reminder_notification_new (today, last_logged);

  g_settings_set_string (self->settings, "reminder-last-sent", iso);
  if (g_settings_get_int64 (self->settings, "reminder-snoozed-until") != 0)
    g_settings_set_int64 (self->settings, "reminder-snoozed-until", 0);
  g_application_send_notification (G_APPLICATION (self->application),
                                   PJ_REMINDER_NOTIFICATION_ID, notification);
  self->shown = TRUE;
}

static gboolean
on_timeout (gpointer user_data)
{
  PjReminderService *self = user_data;

  self->timeout_id = 0;
  reschedule (self);
  return G_SOURCE_REMOVE;
}

static void
reschedule (PjReminderService *self)
{
  PjReminderSettings settings;
  PjReminderState state;
  g_autoptr (GDateTime) now = pj_clock_now (self->zone);
  g_autoptr (GDateTime) next = NULL;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->rescheduling = TRUE;
  read_settings (self, &settings);
  read_state (self, &state);
  set_holding (self, settings.enabled);

  next = pj_reminder_schedule_next (&settings, &state, now);
  if (pj_reminder_schedule_is_due (next, now))
    {
      send_reminder (self, now, state.last_logged);
      g_clear_pointer (&state.snoozed, g_date_time_unref);
      /* What is sent is recorded: the next one is another day's (or a snooze). */
      state.last_sent = pj_date_from_gdatetime (now);
      g_clear_pointer (&next, g_date_time_unref);
      next = pj_reminder_schedule_next (&settings, &state, now);
    }
  g_clear_pointer (&state.snoozed, g_date_time_unref);
  if (next != NULL)
    {
      GTimeSpan wait = g_date_time_difference (next, now);
      guint wait_ms = (guint) MIN (wait / 1000, (GTimeSpan) MAX_WAIT_SECONDS * 1000);

      self->timeout_id = g_timeout_add_full (G_PRIORITY_LOW, MAX (wait_ms, 1) + 1, on_timeout,
                                             self, NULL);
    }
  self->rescheduling = FALSE;
}

/* ----- What makes it look again ----- */

static void
on_setting_changed (PjReminderService *self,
                    const char        *key)
{
  if (self->rescheduling || !g_str_has_prefix (key, "reminder-")
      || g_str_equal (key, "reminder-last-sent"))
    return;
  if (g_str_equal (key, "reminder-enabled"))
    {
      gboolean enabled = g_settings_get_boolean (self->settings, key);
      GtkWindow *window = gtk_application_get_active_window (self->application);

      pj_autostart_set_enabled (enabled, window, self->database_path);
      if (!enabled)
        withdraw (self);
    }
  reschedule (self);
}

static void
on_journal_changed (PjReminderService *self)
{
  PjDate last = PJ_DATE_NONE;

  /* A day logged after the reminder came: it has done its job. */
  if (pj_database_get_date_bounds (self->database, NULL, &last, NULL)
      && last != PJ_DATE_NONE && last >= pj_database_get_today (self->database))
    withdraw (self);
  reschedule (self);
}

static void
on_prepare_for_sleep (GDBusConnection *connection,
                      const char      *sender,
                      const char      *path,
                      const char      *interface,
                      const char      *signal,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  gboolean going_to_sleep = FALSE;

  g_variant_get (parameters, "(b)", &going_to_sleep);
  if (!going_to_sleep)
    reschedule (user_data);
}

static void
on_system_bus (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PjReminderService *self;
  g_autoptr (GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);

  if (bus == NULL)
    {
      /* No system bus (a container, a test): the ten-minute look-again still catches up. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No system bus, so no resume signal: %s", error->message);
      return;
    }
  self = user_data;
  self->system_bus = bus;
  self->sleep_subscription =
    g_dbus_connection_signal_subscribe (bus, "org.freedesktop.login1",
                                        "org.freedesktop.login1.Manager", "PrepareForSleep",
                                        "/org/freedesktop/login1", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, on_prepare_for_sleep, self,
                                        NULL);
}

/* GLib keeps the local time zone it read first; a new /etc/localtime is read by its name. */
static GTimeZone *
read_local_zone (void)
{
  g_autofree char *target = NULL;
  const char *name;

  if (g_getenv ("TZ") == NULL
      && (target = g_file_read_link ("/etc/localtime", NULL)) != NULL
      && (name = strstr (target, "zoneinfo/")) != NULL)
    {
      GTimeZone *zone = g_time_zone_new_identifier (name + strlen ("zoneinfo/"));

      if (zone != NULL)
        return zone;
    }
  return g_time_zone_new_local ();
}

static void
on_localtime_changed (PjReminderService *self)
{
  g_clear_pointer (&self->zone, g_time_zone_unref);
  self->zone = read_local_zone ();
  reschedule (self);
}

/* ----- Actions of the notification ----- */

static void
log_now_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PjReminderService *self = user_data;
  GtkWindow *window;

  withdraw (self);
  /* The window, made if there is none, on Today with a new check-in and the pain scale
   * focused. */
  g_application_activate (G_APPLICATION (self->application));
  window = gtk_application_get_active_window (self->application);
  if (window == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.log-today", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-checkin", NULL);
}

static void
snooze_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  PjReminderService *self = user_data;
  g_autoptr (GDateTime) now = pj_clock_now (self->zone);

  withdraw (self);
  g_settings_set_int64 (self->settings, "reminder-snoozed-until",
                        g_date_time_to_unix (now) + SNOOZE_SECONDS);
}

static void
add_actions (PjReminderService *self)
{
  const GActionEntry entries[] = {
    { PJ_REMINDER_ACTION_LOG_NOW, log_now_action, NULL, NULL, NULL },
    { PJ_REMINDER_ACTION_SNOOZE, snooze_action, NULL, NULL, NULL },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self->application), entries,
                                   G_N_ELEMENTS (entries), self);
}

/* ----- Life cycle ----- */

static void
pj_reminder_service_dispose (GObject *object)
{
  PjReminderService *self = PJ_REMINDER_SERVICE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->system_bus != NULL && self->sleep_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_subscription);
  self->sleep_subscription = 0;
  g_clear_object (&self->system_bus);
  if (self->localtime_monitor != NULL)
    g_file_monitor_cancel (self->localtime_monitor);
  g_clear_object (&self->localtime_monitor);
  g_clear_object (&self->database_signals);
  if (self->application != NULL)
    {
      g_action_map_remove_action (G_ACTION_MAP (self->application),
                                  PJ_REMINDER_ACTION_LOG_NOW);
      g_action_map_remove_action (G_ACTION_MAP (self->application),
                                  PJ_REMINDER_ACTION_SNOOZE);
      set_holding (self, FALSE);
      g_object_remove_weak_pointer (G_OBJECT (self->application),
                                    (gpointer *) &self->application);
      self->application = NULL;
    }
  g_clear_object (&self->settings);
  g_clear_object (&self->database);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (pj_reminder_service_parent_class)->dispose (object);
}

static void
pj_reminder_service_class_init (PjReminderServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pj_reminder_service_dispose;
}

static void
pj_reminder_service_init (PjReminderService *self)
{
  self->cancellable = g_cancellable_new ();
  self->zone = read_local_zone ();
}

static void
watch_changes (PjReminderService *self)
{
  g_autoptr (GFile) localtime = g_file_new_for_path ("/etc/localtime");

  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_setting_changed), self,
                           G_CONNECT_SWAPPED);
  self->database_signals = g_signal_group_new (PJ_TYPE_DATABASE);
  g_signal_group_connect_swapped (self->database_signals, "changed",
                                  G_CALLBACK (on_journal_changed), self);
  g_signal_group_set_target (self->database_signals, self->database);
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, on_system_bus, self);
  self->localtime_monitor = g_file_monitor_file (localtime, G_FILE_MONITOR_WATCH_MOVES,
                                                 NULL, NULL);
  if (self->localtime_monitor != NULL)
    g_signal_connect_object (self->localtime_monitor, "changed",
                             G_CALLBACK (on_localtime_changed), self, G_CONNECT_SWAPPED);
}

PjReminderService *
pj_reminder_service_new (GtkApplication *application,
                         PjDatabase     *database,
                         const char     *database_path)
{
  PjReminderService *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  self = g_object_new (PJ_TYPE_REMINDER_SERVICE, NULL);
  self->application = application;
  g_object_add_weak_pointer (G_OBJECT (application), (gpointer *) &self->application);
  self->database = database != NULL ? g_object_ref (database) : NULL;
  self->database_path = g_strdup (database_path);
  self->settings = g_settings_new (APPLICATION_ID);
  add_actions (self);
  watch_changes (self);
  /* The entry follows the setting even if it was changed while the app was not running (or
   * the entry deleted by hand). */
  if (!pj_autostart_in_flatpak ())
    pj_autostart_set_enabled (g_settings_get_boolean (self->settings, "reminder-enabled"),
                              NULL, database_path);
  reschedule (self);
  return self;
}
