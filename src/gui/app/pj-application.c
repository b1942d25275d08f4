/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-after-first-frame.h"
#include "pj-application.h"
#include "pj-cli.h"
#include "pj-journal-swap.h"
#include "pj-preferences-window.h"
#include "pj-quick-start.h"
#include "pj-reminder-service.h"
#include "pj-swap-outcome.h"
#include "pj-window.h"

struct _PjApplication
{
  AdwApplication parent_instance;

  char       *database_path;
  PjDatabase *database;
  GError     *open_error;
  /* The daily reminder: started just after the window's first frame, so start-up does not
   * wait for it, or in service mode (--gapplication-service) without a window, a moment
   * after start-up. */
  PjReminderService *reminders;
  PjAfterFirstFrame *reminders_pending;
  guint              service_start_id;
};

G_DEFINE_FINAL_TYPE (PjApplication, pj_application, ADW_TYPE_APPLICATION)

/* clinical-rules.md §4: shown once at first run (by the window) and in About. */
const char *
pj_application_get_disclaimer (void)
{
  return _("Pain Journal helps you notice patterns in your pain and get ready for "
           "appointments. It cannot diagnose anything and does not replace a doctor, "
           "physiotherapist or other professional. If symptoms are severe or come on "
           "suddenly, get medical help straight away.");
}

/* Whether registering will find another process owning the application's name. The check is
 * made before GApplication's own so that a second launch does not start GTK's and
 * libadwaita's set-up (pj-quick-start) that only the first process's start-up completes. */
static gboolean
primary_instance_is_running (GApplication *application)
{
  g_autoptr (GDBusConnection) bus = NULL;
  g_autoptr (GVariant) reply = NULL;
  gboolean owned = FALSE;
  GApplicationFlags flags = g_application_get_flags (application);

  if (flags & (G_APPLICATION_NON_UNIQUE | G_APPLICATION_IS_SERVICE))
    return FALSE;
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL)
    return FALSE;
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", APPLICATION_ID),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static int
pj_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  PjApplication *self = PJ_APPLICATION (application);
  int exit_status = 0;

  g_variant_dict_lookup (options, "db", "^ay", &self->database_path);
  /* One process per journal: another --db must open that journal, not raise the window of
   * the default one. Without --db the app is unique, so opening it while the reminder
   * service runs shows the window in that same process. */
  if (self->database_path != NULL)
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  /* Headless actions run here, before the application registers or touches a display. */
  if (pj_cli_handle_options (options, &exit_status))
    return exit_status;

  /* Opening the app while it already runs (the reminder service, another window) only asks
   * that process to show its window: this one starts nothing of its own. */
  if (primary_instance_is_running (application))
    return -1;

  /* A window will open: GTK is started here, before GtkApplication would. Without a display
   * that fails, and the app says so in one line and stops, as a command line run does (GTK
   * would carry on half started and crash). */
  if (!pj_quick_start_init_gtk ())
    {
      g_printerr ("%s\n", _("Cannot open a display: the window needs a graphical session "
                            "(the export, import and report options work without one)."));
      return 1;
    }
  return -1;
}

static void
open_database (PjApplication *self)
{
  const char *path = pj_application_get_journal_path (self);

  /* A journal that cannot be opened (another version wrote it, the disk is full…) is shown
   * as an error page by the window: the file is left alone and nothing crashes. */
  self->database = pj_database_open (path, &self->open_error);
  if (self->database == NULL)
    g_warning ("Could not open the journal %s: %s", path, self->open_error->message);
}

static void
start_reminders (gpointer user_data)
{
  PjApplication *self = user_data;

  if (self->reminders != NULL)
    return;
  if (self->database == NULL && self->open_error == NULL)
    open_database (self);
  self->reminders = pj_reminder_service_new (GTK_APPLICATION (self), self->database,
                                             self->database_path);
}

/* The desktop starts the app over D-Bus (DBusActivatable), so a launch from the shell is
 * service mode too, followed at once by Activate: the reminder waits a moment so that such a
 * window comes first, and then waits for its first frame. */
static gboolean
start_service_reminders (gpointer user_data)
{
  PjApplication *self = user_data;

  self->service_start_id = 0;
  if (!pj_after_first_frame_pending (self->reminders_pending))
    start_reminders (self);
  return G_SOURCE_REMOVE;
}

static void
pj_application_activate (GApplication *application)
{
  PjApplication *self = PJ_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      if (self->database == NULL && self->open_error == NULL)
        open_database (self);
      window = GTK_WINDOW (pj_window_new (self, self->database, self->open_error));
      if (self->reminders == NULL && self->reminders_pending == NULL)
        self->reminders_pending = pj_after_first_frame (GTK_WIDGET (window), start_reminders,
                                                        self);
    }

  gtk_window_present (window);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (user_data)),
                                     (GCopyFunc) g_object_ref, NULL);

  /* Closing rather than quitting: each window saves pending edits in close-request, and one
   * that cannot save stays open instead of losing them. The application ends with its last
   * window. */
  for (GList *link = windows; link != NULL; link = link->next)
    gtk_window_close (link->data);
  g_list_free_full (windows, g_object_unref);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-name", _("Pain Journal"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Pain Journal developers"),
                        "copyright", _("© 2026 The Pain Journal developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", pj_application_get_disclaimer (),
                        "website", "https://github.com/painjournal/PainJournal",
                        "issue-url", "https://github.com/painjournal/PainJournal/issues",
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* ----- Replacing the journal (src/gui/backups) ----- */

static void
journal_replaced (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  PjApplication *self = PJ_APPLICATION (user_data);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = pj_journal_swap_finish (result, &error);
  PjWindow *window;

  open_database (self);
  window = pj_window_new (self, self->database, self->open_error);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (pj_swap_outcome_dialog_new (
    GTK_WINDOW (window), message != NULL ? message : error->message, message != NULL)));
  g_application_release (G_APPLICATION (self));
}

/* "s": a backup to restore, or "" to recover the damaged journal. The journal's connection
 * must be closed first (SQLite removes its -wal file by name when it closes), so the windows
 * go, with any pending edit of the journal being replaced, and a new one opens after. */
static void
replace_journal_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  PjApplication *self = PJ_APPLICATION (user_data);
  g_autofree char *path = g_strdup (pj_application_get_journal_path (self));
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  g_application_hold (G_APPLICATION (self));
  for (GList *link = windows; link != NULL; link = link->next)
    gtk_window_destroy (link->data);
  g_list_free (windows);
  g_clear_object (&self->database);
  g_clear_error (&self->open_error);
  pj_journal_swap_async (path, g_variant_get_string (parameter, NULL), NULL, journal_replaced,
                         self);
}

gboolean
pj_application_open_journal (PjApplication *self,
                             const char    *path)
{
  g_autoptr (GList) windows = NULL;
  PjWindow *window;

  g_return_val_if_fail (PJ_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);

  /* Closing, not destroying: a window with an edit it cannot save stays, and says why. */
  g_application_hold (G_APPLICATION (self));
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *link = windows; link != NULL; link = link->next)
    gtk_window_close (link->data);
  if (gtk_application_get_windows (GTK_APPLICATION (self)) != NULL)
    {
      g_application_release (G_APPLICATION (self));
      return FALSE;
    }

  /* The reminder follows the journal shown: it starts again for the new one. */
  pj_after_first_frame_cancel (&self->reminders_pending);
  g_clear_object (&self->reminders);
  g_clear_object (&self->database);
  g_clear_error (&self->open_error);
  g_free (self->database_path);
  self->database_path = g_strdup (path);
  open_database (self);
  window = pj_window_new (self, self->database, self->open_error);
  self->reminders_pending = pj_after_first_frame (GTK_WIDGET (window), start_reminders, self);
  gtk_window_present (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (self));
  return TRUE;
}

/* "s": the journal to open instead of the current one, in this process (the error pages'
 * "Choose Another Journal…"). */
static void
open_journal_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  const char *path = g_variant_get_string (parameter, NULL);

  if (path[0] != '\0')
    pj_application_open_journal (PJ_APPLICATION (user_data), path);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (pj_preferences_window_new (parent)));
}

static void
pj_application_startup (GApplication *application)
{
  static const GActionEntry entries[] = {
    { "quit", quit_action, NULL, NULL, NULL },
    { "replace-journal", replace_journal_action, "s", NULL, NULL },
    { "open-journal", open_journal_action, "s", NULL, NULL },
    { "about", about_action, NULL, NULL, NULL },
    { "preferences", preferences_action, NULL, NULL, NULL },
  };
  PjApplication *self = PJ_APPLICATION (application);
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (GAction) reminder_enabled = NULL;

  G_APPLICATION_CLASS (pj_application_parent_class)->startup (application);
  {
    /* Runs on its own; nothing waits for its result. */
    g_autoptr (GTask) icon_theme = pj_quick_start_load_icon_theme (gdk_display_get_default ());
  }

  g_action_map_add_action_entries (G_ACTION_MAP (application), entries,
                                   G_N_ELEMENTS (entries), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  /* The welcome page's "Remind me every evening" (off until the person ticks it). */
  settings = g_settings_new (APPLICATION_ID);
  reminder_enabled = g_settings_create_action (settings, "reminder-enabled");
  g_action_map_add_action (G_ACTION_MAP (application), reminder_enabled);

  /* Started at login, or by D-Bus: without a window the reminder is all there is to do. */
  if (g_application_get_flags (application) & G_APPLICATION_IS_SERVICE)
    self->service_start_id = g_timeout_add (500, start_service_reminders, self);
}

static void
pj_application_shutdown (GApplication *application)
{
  PjApplication *self = PJ_APPLICATION (application);

  g_clear_handle_id (&self->service_start_id, g_source_remove);
  pj_after_first_frame_cancel (&self->reminders_pending);
  g_clear_object (&self->reminders);
  G_APPLICATION_CLASS (pj_application_parent_class)->shutdown (application);
}

static void
pj_application_finalize (GObject *object)
{
  PjApplication *self = PJ_APPLICATION (object);

  g_clear_object (&self->database);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (pj_application_parent_class)->finalize (object);
}

static void
pj_application_class_init (PjApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = pj_application_finalize;
  app_class->handle_local_options = pj_application_handle_local_options;
  app_class->startup = pj_application_startup;
  app_class->shutdown = pj_application_shutdown;
  app_class->activate = pj_application_activate;
}

static void
pj_application_init (PjApplication *self)
{
  pj_cli_add_options (G_APPLICATION (self));
}

PjApplication *
pj_application_new (void)
{
  /* Unique unless --db names a journal (pj_application_handle_local_options). */
  return g_object_new (PJ_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

const char *
pj_application_get_journal_path (PjApplication *self)
{
  g_return_val_if_fail (PJ_IS_APPLICATION (self), NULL);

  if (self->database_path == NULL)
    self->database_path = pj_database_default_path ();
  return self->database_path;
}

PjDatabase *
pj_application_get_database (PjApplication *self)
{
  g_return_val_if_fail (PJ_IS_APPLICATION (self), NULL);
  return self->database;
}
