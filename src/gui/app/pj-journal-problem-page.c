/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-backups.h"
#include "pj-error.h"
#include "pj-journal-problem-page.h"

struct _PjJournalProblemPage
{
  AdwBin         parent_instance;

  GCancellable  *cancellable;
  gboolean       backups_known;

  AdwStatusPage *status_page;
  GtkButton     *choose_button;
  GtkButton     *restore_button;
  GtkButton     *quit_button;
};

G_DEFINE_FINAL_TYPE (PjJournalProblemPage, pj_journal_problem_page, ADW_TYPE_BIN)

static void
list_backups (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr (GPtrArray) backups = pj_backups_list (task_data);

  g_task_return_boolean (task, backups->len > 0);
}

static void
backups_listed (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean any = g_task_propagate_boolean (G_TASK (result), NULL);
  PjJournalProblemPage *self;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  self = PJ_JOURNAL_PROBLEM_PAGE (source);
  self->backups_known = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), any);
}

/* The title names the kind of problem; the core's message below it says which file and why. */
static const char *
title_for (const char   *journal_path,
           const GError *error)
{
  if (journal_path != NULL && g_file_test (journal_path, G_FILE_TEST_IS_DIR))
    return _("This Is a Folder, Not a Journal");
  if (g_error_matches (error, PJ_ERROR, PJ_ERROR_FOREIGN))
    return _("This File Belongs to Another Program");
  if (g_error_matches (error, PJ_ERROR, PJ_ERROR_NEWER_SCHEMA))
    return _("This Journal Needs a Newer Pain Journal");
  return _("The Journal Could Not Be Opened");
}

static void
pj_journal_problem_page_dispose (GObject *object)
{
  PjJournalProblemPage *self = PJ_JOURNAL_PROBLEM_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pj_journal_problem_page_parent_class)->dispose (object);
}

static void
pj_journal_problem_page_class_init (PjJournalProblemPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_journal_problem_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/pj-journal-problem-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PjJournalProblemPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, PjJournalProblemPage, choose_button);
  gtk_widget_class_bind_template_child (widget_class, PjJournalProblemPage, restore_button);
  gtk_widget_class_bind_template_child (widget_class, PjJournalProblemPage, quit_button);
}

static void
pj_journal_problem_page_init (PjJournalProblemPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

GtkWidget *
pj_journal_problem_page_new (const char   *journal_path,
                             const GError *error)
{
  PjJournalProblemPage *self = g_object_new (PJ_TYPE_JOURNAL_PROBLEM_PAGE, NULL);
  g_autoptr (GTask) task = NULL;

  adw_status_page_set_title (self->status_page, title_for (journal_path, error));
  adw_status_page_set_description (self->status_page, error != NULL ? error->message : NULL);
  if (journal_path == NULL)
    {
      self->backups_known = TRUE;
      return GTK_WIDGET (self);
    }

  task = g_task_new (self, self->cancellable, backups_listed, NULL);
  g_task_set_source_tag (task, pj_journal_problem_page_new);
  g_task_set_task_data (task, g_strdup (journal_path), g_free);
  g_task_run_in_thread (task, list_backups);
  return GTK_WIDGET (self);
}

gboolean
pj_journal_problem_page_get_offers_restore (PjJournalProblemPage *self,
                                            gboolean             *out_offers_restore)
{
  g_return_val_if_fail (PJ_IS_JOURNAL_PROBLEM_PAGE (self), FALSE);

  if (out_offers_restore != NULL)
    *out_offers_restore = gtk_widget_get_visible (GTK_WIDGET (self->restore_button));
  return self->backups_known;
}
