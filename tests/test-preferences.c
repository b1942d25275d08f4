/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pj-autostart.h"
#include "pj-clock.h"
#include "pj-export-dialog.h"
#include "pj-gui-test-utils.h"
#include "pj-preferences-window.h"
#include "pj-reminder-notification.h"
#include "pj-reminder-service.h"
#include "pj-test-utils.h"
#include "pj-time-chooser.h"
#include "pj-weekday-chooser.h"
#include "pj-window.h"

/* Each control of Preferences changed as a person would, and GSettings read back; the
 * welcome page's opt-in; the autostart entry following the setting; the reminder's text. */

static char *config_dir;

static GSettings *
fresh_settings (void)
{
  GSettings *settings = g_settings_new (APPLICATION_ID);
  g_autoptr (GSettingsSchema) schema = NULL;
  g_auto (GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
  return settings;
}

typedef struct
{
  const char *title;
  GType       type;
} RowMatch;

static gboolean
is_row_titled (GtkWidget    *widget,
               gconstpointer data)
{
  const RowMatch *match = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, match->type)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                       match->title) == 0;
}

static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  RowMatch match = { title, type };
  GtkWidget *row = pj_test_find (root, is_row_titled, &match);

  g_assert_nonnull (row);
  return row;
}

static gboolean
has_tooltip (GtkWidget    *widget,
             gconstpointer data)
{
  return GTK_IS_TOGGLE_BUTTON (widget)
         && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

static PjPreferencesWindow *
open_preferences (void)
{
  PjPreferencesWindow *window = pj_preferences_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  return window;
}

static void
test_preferences_reminder_settings (void)
{
  g_autoptr (GSettings) settings = fresh_settings ();
  PjPreferencesWindow *window = open_preferences ();
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *reminder_row = find_row (root, ADW_TYPE_ACTION_ROW, "_Remind Me to Log");
  GtkWidget *time_row = find_row (root, ADW_TYPE_ACTION_ROW, "_Time");
  GtkWidget *unlogged_row = find_row (root, ADW_TYPE_ACTION_ROW,
                                      "_Only When I Have Not Logged That Day");
  GtkWidget *reminder_switch = pj_test_find_descendant (reminder_row, GTK_TYPE_SWITCH);
  GtkWidget *unlogged_switch = pj_test_find_descendant (unlogged_row, GTK_TYPE_SWITCH);
  GtkWidget *chooser = pj_test_find_descendant (time_row, PJ_TYPE_TIME_CHOOSER);
  GtkWidget *hours = pj_test_find_descendant (chooser, GTK_TYPE_SPIN_BUTTON);
  GtkWidget *minutes = pj_test_find_descendant (gtk_widget_get_last_child (chooser),
                                                GTK_TYPE_SPIN_BUTTON);
  GtkWidget *sunday = pj_test_find (root, has_tooltip, "Sunday");
  g_auto (GStrv) days = NULL;
  g_autofree char *time = NULL;

  g_assert_false (g_settings_get_boolean (settings, "reminder-enabled"));
  g_assert_false (gtk_widget_get_sensitive (time_row));
  g_assert_true (gtk_widget_get_sensitive (reminder_row));

  /* The row activates its switch, as a click or Enter on it would (the switch animates). */
  adw_action_row_activate (ADW_ACTION_ROW (reminder_row));
  SPIN_UNTIL (gtk_switch_get_active (GTK_SWITCH (reminder_switch)));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (reminder_switch)));
  g_assert_true (g_settings_get_boolean (settings, "reminder-enabled"));
  g_assert_true (gtk_widget_get_sensitive (time_row));

  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (hours)), ==, 20);
  /* Its row's mnemonic (Alt+T) or a click on the row puts the keyboard in the hours. */
  adw_action_row_activate (ADW_ACTION_ROW (time_row));
  g_assert_true (gtk_widget_is_focus (hours)
                 || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), hours));
  g_assert_true (hours != minutes);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hours), 7);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (minutes), 45);
  time = g_settings_get_string (settings, "reminder-time");
  g_assert_cmpstr (time, ==, "07:45");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hours)), ==, "07");
  /* And the other way: the key changed elsewhere shows here. */
  g_settings_set_string (settings, "reminder-time", "21:05");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (hours)), ==, 21);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (minutes)), ==, 5);

  g_assert_nonnull (sunday);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (sunday)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (sunday), FALSE);
  days = g_settings_get_strv (settings, "reminder-days");
  g_assert_cmpuint (g_strv_length (days), ==, 6);
  g_assert_false (g_strv_contains ((const char * const *) days, "sunday"));
  g_assert_true (g_strv_contains ((const char * const *) days, "monday"));

  g_assert_true (gtk_switch_get_active (GTK_SWITCH (unlogged_switch)));
  adw_action_row_activate (ADW_ACTION_ROW (unlogged_row));
  SPIN_UNTIL (!gtk_switch_get_active (GTK_SWITCH (unlogged_switch)));
  g_assert_false (g_settings_get_boolean (settings, "reminder-only-unlogged"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_report_settings (void)
{
  g_autoptr (GSettings) settings = fresh_settings ();
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autoptr (PjDatabase) db = pj_test_open_database (dir, "journal.db");
  PjPreferencesWindow *window = open_preferences ();
  GtkWidget *root = GTK_WIDGET (window);
  PjExportDialog *dialog = NULL;
  g_autofree char *name = NULL;
  g_autofree char *paper = NULL;

  gtk_editable_set_text (GTK_EDITABLE (find_row (root, ADW_TYPE_ENTRY_ROW, "Name")), "Ana Lind");
  gtk_editable_set_text (GTK_EDITABLE (find_row (root, ADW_TYPE_ENTRY_ROW, "Year of birth")),
                         "1980");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (pj_test_find_descendant (
    find_row (root, ADW_TYPE_ACTION_ROW, "_Paper"), GTK_TYPE_DROP_DOWN)), 2);
  name = g_settings_get_string (settings, "report-name");
  paper = g_settings_get_string (settings, "paper");
  g_assert_cmpstr (name, ==, "Ana Lind");
  g_assert_cmpint (g_settings_get_int (settings, "report-birth-year"), ==, 1980);
  g_assert_cmpstr (paper, ==, "letter");

  /* The export dialog shows the same values. */
  dialog = pj_export_dialog_new (NULL, db);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog),
                                                                  ADW_TYPE_ENTRY_ROW, "Name"))),
                   ==, "Ana Lind");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog),
                                                                  ADW_TYPE_ENTRY_ROW,
                                                                  "Year of birth"))),
                   ==, "1980");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_row (GTK_WIDGET (dialog),
                                                                         ADW_TYPE_COMBO_ROW,
                                                                         "Paper size"))), ==, 2);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

static gboolean
is_reminder_offer (GtkWidget    *widget,
                   gconstpointer data)
{
  return GTK_IS_CHECK_BUTTON (widget)
         && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)),
                       "_Remind me every evening") == 0;
}

static void
test_preferences_welcome_offer (void)
{
  g_autoptr (GSettings) settings = fresh_settings ();
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autoptr (PjDatabase) db = pj_test_open_database (dir, "journal.db");
  PjWindow *window = pj_window_new (NULL, db, NULL);
  GtkWidget *offer;

  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  offer = pj_test_find (GTK_WIDGET (window), is_reminder_offer, NULL);
  g_assert_nonnull (offer);
  g_assert_true (gtk_widget_get_mapped (offer));
  /* An offer only: unticked, bound to the setting, which opening the app leaves off. */
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (offer)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (offer)), ==,
                   "app.reminder-enabled");
  g_assert_false (g_settings_get_boolean (settings, "reminder-enabled"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

static void
test_preferences_autostart_follows_setting (void)
{
  g_autoptr (GSettings) settings = fresh_settings ();
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autoptr (PjDatabase) db = pj_test_open_database (dir, "journal.db");
  g_autoptr (GtkApplication) application =
    gtk_application_new (APPLICATION_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_autoptr (PjReminderService) service = NULL;
  g_autofree char *path = pj_autostart_get_path ();
  g_autofree char *text = NULL;

  g_assert_true (g_str_has_prefix (path, config_dir));
  service = pj_reminder_service_new (application, db, NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (application), "reminder-log-now"));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (application), "reminder-snooze"));

  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  SPIN_UNTIL (g_file_test (path, G_FILE_TEST_EXISTS));
  /* At nine in the morning the 20:00 reminder is hours away: nothing was sent. */
  {
    g_autofree char *sent = g_settings_get_string (settings, "reminder-last-sent");

    g_assert_cmpstr (sent, ==, "");
  }
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, " --gapplication-service\n"));
  g_assert_nonnull (strstr (text, "NoDisplay=true\n"));
  g_assert_nonnull (strstr (text, "Type=Application\n"));

  /* "Remind Me in an Hour" asks for it again an hour from now. */
  {
    g_autoptr (GDateTime) before = pj_clock_now (NULL);
    g_autoptr (GDateTime) after = NULL;
    gint64 snoozed;

    g_action_activate (g_action_map_lookup_action (G_ACTION_MAP (application), "reminder-snooze"),
                       NULL);
    after = pj_clock_now (NULL);
    snoozed = g_settings_get_int64 (settings, "reminder-snoozed-until");
    g_assert_cmpint (snoozed, >=, g_date_time_to_unix (before) + 3600);
    g_assert_cmpint (snoozed, <=, g_date_time_to_unix (after) + 3600);
  }

  g_settings_set_boolean (settings, "reminder-enabled", FALSE);
  SPIN_UNTIL (!g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_object (&service);
  g_assert_null (g_action_map_lookup_action (G_ACTION_MAP (application), "reminder-log-now"));
  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

static void
test_preferences_autostart_entry_names_journal (void)
{
  g_autofree char *plain = pj_autostart_build_entry ("/usr/bin/pain-journal", NULL);
  g_autofree char *other = pj_autostart_build_entry ("/usr/bin/pain-journal",
                                                     "/home/a b/j.db");

  g_assert_nonnull (strstr (plain, "Exec=/usr/bin/pain-journal --gapplication-service\n"));
  /* The key file escapes nothing here; the path is quoted for the shell-like Exec syntax. */
  g_assert_nonnull (strstr (other, "--db '/home/a b/j.db' --gapplication-service"));
}

static void
test_preferences_notification_text (void)
{
  PjDate today = pj_test_today ();
  g_autofree char *never = pj_reminder_notification_body (today, PJ_DATE_NONE);
  g_autofree char *yesterday = pj_reminder_notification_body (today, today - 1);
  g_autofree char *three = pj_reminder_notification_body (today, today - 3);

  g_assert_cmpstr (never, ==, "Log today’s pain in under a minute.");
  g_assert_cmpstr (yesterday, ==, "Your last check-in was yesterday.");
  g_assert_cmpstr (three, ==, "Your last check-in was 3 days ago.");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything reads it: GLib keeps the first value. */
  config_dir = pj_test_make_tmpdir ();
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  /* Morning, long before the default 20:00: switching reminders on must not make one due
   * (these applications are never registered, so sending one would be a critical). Without
   * it the suite failed whenever it ran in the hour after 20:00. */
  g_setenv ("PJ_TEST_CLOCK", "2026-03-10T09:00:00", TRUE);
  if (!pj_test_init_gui (&argc, &argv))
    return 0;
  g_test_add_func ("/preferences/reminder-settings", test_preferences_reminder_settings);
  g_test_add_func ("/preferences/report-settings", test_preferences_report_settings);
  g_test_add_func ("/preferences/welcome-offer", test_preferences_welcome_offer);
  g_test_add_func ("/preferences/autostart-follows-setting",
                   test_preferences_autostart_follows_setting);
  g_test_add_func ("/preferences/autostart-entry-names-journal",
                   test_preferences_autostart_entry_names_journal);
  g_test_add_func ("/preferences/notification-text", test_preferences_notification_text);
  status = g_test_run ();
  pj_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
