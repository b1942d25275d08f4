/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-application.h"
#include "pj-backups-window.h"
#include "pj-damaged-page.h"
#include "pj-demo.h"
#include "pj-error.h"
#include "pj-journal-problem-page.h"
#include "pj-window-private.h"
#include "pj-word-wrap.h"

/* Which journal the window shows: the person's, the demo journal beside it, another file
 * chosen from an error page; and what it offers when that journal is damaged. */

/* ----- The demo journal ----- */

/* Every page shows @database from now on (the person's journal, or the demo one), through the
 * window's database property. */
static void
show_journal (PjWindow   *self,
              PjDatabase *database)
{
  gboolean demo = self->own_database != NULL;

  pj_window_set_journal (self, database);
  /* The title says it too, for a narrow window whose header shows it. */
  gtk_window_set_title (GTK_WINDOW (self), demo ? _("Pain Journal (Demo Data)")
                                                : _("Pain Journal"));
  pj_switcher_title_set_title (self->switcher_title,
                               demo ? _("Demo Data") : _("Pain Journal"));
  gtk_revealer_set_reveal_child (self->demo_revealer, demo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-demo", demo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.demo-data", !demo);
}

/* Invented days go into a journal of their own, never the person's: the bar above the pages
 * says so and leads back. */
static void
demo_data_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PjWindow *self = PJ_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) demo = NULL;
  g_autofree char *path = pj_demo_default_path ();

  if (self->database == NULL || self->own_database != NULL)
    return;
  /* Anything typed into the person's journal is written there before it is put aside. */
  if (!pj_today_page_flush (self->today_page, &error))
    {
      pj_window_toast (self, error->message);
      return;
    }
  demo = pj_demo_open_journal (path, &error);
  if (demo == NULL)
    {
      pj_window_toast (self, error->message);
      return;
    }
  self->own_database = g_object_ref (self->database);
  show_journal (self, demo);
  /* The History page shows at once that the journal is full. */
  self->first_run_dismissed = TRUE;
  gtk_stack_set_visible_child_name (self->main_stack, "journal");
  adw_view_stack_set_visible_child_name (self->stack, "history");
}

static void
leave_demo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PjWindow *self = PJ_WINDOW (widget);
  g_autoptr (PjDatabase) own = g_steal_pointer (&self->own_database);

  if (own == NULL)
    return;
  /* Edits made to the demo journal are kept there until the next visit rebuilds it. */
  pj_today_page_flush (self->today_page, NULL);
  show_journal (self, own);
  /* Back where the person started: the welcome page while their journal is still empty. */
  self->first_run_dismissed = FALSE;
  adw_view_stack_set_visible_child_name (self->stack, "today");
  pj_window_update_main_page (self);
}

gboolean
pj_window_get_showing_demo (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), FALSE);
  return self->own_database != NULL;
}

/* ----- Another journal, chosen from an error page ----- */

static void
journal_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  PjWindow *self = PJ_WINDOW (user_data);
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (path != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "app.open-journal", "s", path);
  g_object_unref (self);
}

/* "Choose Another Journal…" on the error pages: the application then opens the chosen file in
 * a new window (app.open-journal). */
static void
choose_journal_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) journals = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose a Journal"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (journals, _("Journals"));
  gtk_file_filter_add_pattern (journals, "*.db");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), journals);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (journal_chosen), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ----- Backups and damage (src/gui/backups) ----- */

static const char *
journal_path (PjWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->database != NULL)
    return pj_database_get_path (self->database);
  return PJ_IS_APPLICATION (application)
         ? pj_application_get_journal_path (PJ_APPLICATION (application)) : NULL;
}

static void
show_damaged_page (PjWindow   *self,
                   const char *message)
{
  const char *path = journal_path (self);

  if (self->damaged_page != NULL || path == NULL)
    return;
  self->damaged_page = pj_damaged_page_new (path, message);
  gtk_stack_add_named (self->main_stack, self->damaged_page, "damaged");
  pj_word_wrap_labels (self->damaged_page);
  pj_window_enable_journal_actions (self, FALSE);
  pj_window_update_main_page (self);
  pj_window_update_switcher (self);
}

static void
check_journal (gpointer user_data)
{
  PjWindow *self = user_data;

  if (self->guard != NULL)
    pj_journal_guard_check (self->guard);
}

static void
backups_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PjWindow *self = PJ_WINDOW (widget);
  const char *path = journal_path (self);
  PjDate today = self->database != NULL ? pj_database_get_today (self->database)
                                        : pj_date_today ();

  if (path != NULL)
    gtk_window_present (GTK_WINDOW (pj_backups_window_new (GTK_WINDOW (self), path, today)));
}

void
pj_window_install_journal_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.demo-data", NULL, demo_data_action);
  gtk_widget_class_install_action (widget_class, "win.leave-demo", NULL, leave_demo_action);
  gtk_widget_class_install_action (widget_class, "win.backups", NULL, backups_action);
  gtk_widget_class_install_action (widget_class, "win.choose-journal", NULL,
                                   choose_journal_action);
}

void
pj_window_watch_journal (PjWindow     *self,
                         PjDatabase   *database,
                         const GError *open_error)
{
  if (database != NULL)
    {
      self->guard = pj_journal_guard_new (database);
      g_signal_connect_object (self->guard, "damaged", G_CALLBACK (show_damaged_page), self,
                               G_CONNECT_SWAPPED);
      /* A damaged page in the middle of the file shows in no first read: look for it once
       * the first frame is out. */
      self->check_pending = pj_after_first_frame (GTK_WIDGET (self), check_journal, self);
    }
  else if (g_error_matches (open_error, PJ_ERROR, PJ_ERROR_DAMAGED))
    show_damaged_page (self, open_error->message);
  else
    adw_bin_set_child (self->error_bin, pj_journal_problem_page_new (journal_path (self),
                                                                   open_error));
}
