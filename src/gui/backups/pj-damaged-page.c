/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-backups.h"
#include "pj-damaged-page.h"
#include "pj-database-files.h"
#include "pj-date-text.h"

struct _PjDamagedPage
{
  AdwBin          parent_instance;

  char           *journal_path;
  GCancellable   *cancellable;

  AdwStatusPage  *status_page;
  GtkButton      *restore_button;
  GtkButton      *recover_button;
};

G_DEFINE_FINAL_TYPE (PjDamagedPage, pj_damaged_page, ADW_TYPE_BIN)

typedef struct
{
  char  *path;
  PjDate date;
  guint  n_days;
} GoodBackup;

static void
good_backup_free (GoodBackup *backup)
{
  g_free (backup->path);
  g_free (backup);
}

/* The newest backup that passes its check: a damaged backup is no way out. */
static void
find_backup (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr (GPtrArray) backups = pj_backups_list (task_data);

  for (guint i = 0; i < backups->len; i++)
    {
      PjBackup *backup = g_ptr_array_index (backups, i);
      guint n_days = 0;

      if (pj_database_check_file (backup->path, &n_days, NULL))
        {
          GoodBackup *good = g_new0 (GoodBackup, 1);

          good->path = g_strdup (backup->path);
          good->date = backup->date;
          good->n_days = n_days;
          g_task_return_pointer (task, good, (GDestroyNotify) good_backup_free);
          return;
        }
    }
  g_task_return_pointer (task, NULL, NULL);
}

static void
backup_found (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GoodBackup *backup = g_task_propagate_pointer (G_TASK (result), NULL);
  PjDamagedPage *self;
  g_autofree char *date = NULL;
  g_autofree char *days = NULL;
  g_autofree char *label = NULL;

  if (backup == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_pointer (&backup, good_backup_free);
      return;
    }
  self = PJ_DAMAGED_PAGE (source);
  date = pj_date_text_long (backup->date, PJ_DATE_NONE);
  days = g_strdup_printf (ngettext ("%u day", "%u days", backup->n_days), backup->n_days);
  /* Translators: the first is a date such as "Friday 20 November 2026", the second
   * "346 days" */
  label = g_strdup_printf (_("_Restore the Backup of %s (%s)"), date, days);
  gtk_button_set_label (self->restore_button, label);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->restore_button), "s", backup->path);
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), TRUE);
  good_backup_free (backup);
}

static void
pj_damaged_page_dispose (GObject *object)
{
  PjDamagedPage *self = PJ_DAMAGED_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->journal_path, g_free);

  G_OBJECT_CLASS (pj_damaged_page_parent_class)->dispose (object);
}

static void
pj_damaged_page_class_init (PjDamagedPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_damaged_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/pj-damaged-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PjDamagedPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, PjDamagedPage, restore_button);
  gtk_widget_class_bind_template_child (widget_class, PjDamagedPage, recover_button);
}

static void
pj_damaged_page_init (PjDamagedPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

GtkWidget *
pj_damaged_page_new (const char *journal_path,
                     const char *detail)
{
  PjDamagedPage *self = g_object_new (PJ_TYPE_DAMAGED_PAGE, NULL);
  g_autoptr (GTask) task = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (journal_path != NULL, GTK_WIDGET (self));

  self->journal_path = g_strdup (journal_path);
  description = g_strdup_printf (
    _("Pain Journal stopped using the journal so that nothing more is written to it. "
      "Restoring a backup brings back the journal as it was that day; recovering copies every "
      "entry that can still be read into a new journal. Either way the damaged file is kept "
      "beside it.\n\n%s"), detail != NULL ? detail : "");
  adw_status_page_set_description (self->status_page, description);

  task = g_task_new (self, self->cancellable, backup_found, NULL);
  g_task_set_source_tag (task, pj_damaged_page_new);
  g_task_set_task_data (task, g_strdup (journal_path), g_free);
  g_task_run_in_thread (task, find_backup);
  return GTK_WIDGET (self);
}

const char *
pj_damaged_page_get_restore_label (PjDamagedPage *self)
{
  g_return_val_if_fail (PJ_IS_DAMAGED_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->restore_button)))
    return NULL;
  return gtk_button_get_label (self->restore_button);
}
