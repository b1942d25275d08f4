/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-backups-window.h"
#include "pj-backups.h"
#include "pj-database-files.h"
#include "pj-date-text.h"
#include "pj-file-launch.h"

struct _PjBackupsWindow
{
  AdwWindow        parent_instance;

  char            *journal_path;
  PjDate           today;
  GCancellable    *cancellable;
  GPtrArray       *entries;   /* Entry*, newest first; NULL while being read */
  GPtrArray       *rows;      /* the rows in the list */

  AdwToastOverlay *toast_overlay;
  AdwPreferencesGroup *group;
  GtkListBox      *list;
  GtkButton       *back_up_button;
};

G_DEFINE_FINAL_TYPE (PjBackupsWindow, pj_backups_window, ADW_TYPE_WINDOW)

typedef struct
{
  char    *path;
  PjDate   date;
  guint    n_days;
  gboolean good;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->path);
  g_free (entry);
}

static void
show_toast (PjBackupsWindow *self,
            const char      *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* ----- Reading the list (worker thread) ----- */

static void
read_entries (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr (GPtrArray) backups = pj_backups_list (task_data);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);

  for (guint i = 0; i < backups->len; i++)
    {
      PjBackup *backup = g_ptr_array_index (backups, i);
      Entry *entry = g_new0 (Entry, 1);

      entry->path = g_strdup (backup->path);
      entry->date = backup->date;
      entry->good = pj_database_check_file (backup->path, &entry->n_days, NULL);
      g_ptr_array_add (entries, entry);
    }
  g_task_return_pointer (task, entries, (GDestroyNotify) g_ptr_array_unref);
}

static GtkWidget *
make_row (PjBackupsWindow *self,
          const Entry     *entry)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = pj_date_text_long (entry->date, self->today);
  g_autofree char *subtitle = NULL;
  GtkWidget *button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  if (entry->good)
    subtitle = g_strdup_printf (ngettext ("%u day", "%u days", entry->n_days), entry->n_days);
  else
    subtitle = g_strdup (_("This backup is damaged and cannot be restored"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  button = gtk_button_new_with_mnemonic (_("_Restore…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, entry->good);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "backups.restore");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", entry->path);
  /* Translators: spoken name of a Restore button, with the backup's date */
  {
    g_autofree char *spoken = g_strdup_printf (_("Restore the backup of %s"), date);

    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    spoken, -1);
  }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
fill_list (PjBackupsWindow *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->entries->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("One is made after a save each day, and before every "
                                     "import."));
      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->rows, row);
      return;
    }
  for (guint i = 0; i < self->entries->len; i++)
    {
      GtkWidget *row = make_row (self, g_ptr_array_index (self->entries, i));

      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
entries_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GPtrArray *entries = g_task_propagate_pointer (G_TASK (result), NULL);
  PjBackupsWindow *self = PJ_BACKUPS_WINDOW (source);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_pointer (&entries, g_ptr_array_unref);
      return;
    }
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  self->entries = entries;
  fill_list (self);
}

static void
refresh (PjBackupsWindow *self)
{
  g_autoptr (GTask) task = g_task_new (self, self->cancellable, entries_read, NULL);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_task_set_source_tag (task, refresh);
  g_task_set_task_data (task, g_strdup (self->journal_path), g_free);
  g_task_run_in_thread (task, read_entries);
}

/* ----- Back Up Now ----- */

static void
make_backup (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PjBackupsWindow *self = source;
  GError *error = NULL;
  char *path = pj_backups_make (self->journal_path, self->today, &error);

  if (path == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, path, g_free);
}

static void
backup_made (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  PjBackupsWindow *self = PJ_BACKUPS_WINDOW (source);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", TRUE);
  show_toast (self, path != NULL ? _("Backed up the journal") : error->message);
  refresh (self);
}

static void
back_up_now_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PjBackupsWindow *self = PJ_BACKUPS_WINDOW (widget);
  g_autoptr (GTask) task = g_task_new (self, self->cancellable, backup_made, NULL);

  gtk_widget_action_set_enabled (widget, "backups.back-up-now", FALSE);
  g_task_set_source_tag (task, back_up_now_action);
  g_task_run_in_thread (task, make_backup);
}

/* ----- Restore… ----- */

static void
on_restore_response (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  PjBackupsWindow *self = PJ_BACKUPS_WINDOW (user_data);
  const char *path = g_object_get_data (G_OBJECT (dialog), "pj-backup-path");

  if (!g_str_equal (response, "restore"))
    return;
  /* The application closes the journal, replaces it and opens it again. */
  gtk_widget_activate_action (GTK_WIDGET (self), "app.replace-journal", "s", path);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PjBackupsWindow *self = PJ_BACKUPS_WINDOW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *aside = pj_backups_aside_path (self->journal_path, ".replaced", now);
  g_autofree char *aside_name = g_path_get_basename (aside);
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (g_str_equal (entry->path, path))
        date = pj_date_text_long (entry->date, self->today);
    }
  if (date == NULL)
    return;
  heading = g_strdup_printf (_("Restore the Backup of %s?"), date);
  body = g_strdup_printf (_("The journal in use now is moved aside to “%s” in the same folder "
                            "and kept there, not deleted. Entries made after %s will not be in "
                            "the restored journal."), aside_name, date);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* A string, not an object: the path the dialog confirms. */
  g_object_set_data_full (G_OBJECT (dialog), "pj-backup-path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ----- Open Folder ----- */

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PjBackupsWindow *self = PJ_BACKUPS_WINDOW (widget);
  g_autofree char *folder = pj_backups_folder (self->journal_path);
  g_autoptr (GFile) file = g_file_new_for_path (folder);

  g_mkdir_with_parents (folder, 0700);
  pj_file_launch_open (GTK_WINDOW (self), file);
}

/* ----- Object ----- */

static void
pj_backups_window_dispose (GObject *object)
{
  PjBackupsWindow *self = PJ_BACKUPS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->journal_path, g_free);

  G_OBJECT_CLASS (pj_backups_window_parent_class)->dispose (object);
}

static void
pj_backups_window_class_init (PjBackupsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_backups_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/pj-backups-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PjBackupsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PjBackupsWindow, group);
  gtk_widget_class_bind_template_child (widget_class, PjBackupsWindow, list);
  gtk_widget_class_bind_template_child (widget_class, PjBackupsWindow, back_up_button);

  gtk_widget_class_install_action (widget_class, "backups.back-up-now", NULL,
                                   back_up_now_action);
  gtk_widget_class_install_action (widget_class, "backups.restore", "s", restore_action);
  gtk_widget_class_install_action (widget_class, "backups.open-folder", NULL,
                                   open_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pj_backups_window_init (PjBackupsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
}

PjBackupsWindow *
pj_backups_window_new (GtkWindow  *parent,
                       const char *journal_path,
                       PjDate      today)
{
  PjBackupsWindow *self = g_object_new (PJ_TYPE_BACKUPS_WINDOW, "transient-for", parent,
                                        NULL);
  g_autofree char *folder = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (journal_path != NULL, self);

  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->journal_path = g_strdup (journal_path);
  self->today = today;
  folder = pj_backups_folder (journal_path);
  description = g_strdup_printf (_("Made after a save each day and before every import, and "
                                   "kept in %s: the last 7 days, 5 weeks and 12 months."),
                                 folder);
  adw_preferences_group_set_description (self->group, description);
  refresh (self);
  return self;
}

gboolean
pj_backups_window_get_n_rows (PjBackupsWindow *self,
                              guint           *out_n_rows)
{
  g_return_val_if_fail (PJ_IS_BACKUPS_WINDOW (self), FALSE);

  if (self->entries == NULL)
    return FALSE;
  *out_n_rows = self->entries->len;
  return TRUE;
}
