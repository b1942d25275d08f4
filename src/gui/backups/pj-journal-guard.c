/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-backups.h"
#include "pj-database-files.h"
#include "pj-error.h"
#include "pj-journal-guard.h"
#include "pj-journal-properties.h"

struct _PjJournalGuard
{
  GObject       parent_instance;

  PjDatabase   *database;
  GSignalGroup *database_signals;
  GCancellable *cancellable;
  guint         n_running;
  guint         damaged_idle;
  gboolean      damaged;  /* "damaged" was emitted: no more backups of this file */
};

G_DEFINE_FINAL_TYPE (PjJournalGuard, pj_journal_guard, G_TYPE_OBJECT)

enum
{
  SIGNAL_DAMAGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
report_damage (PjJournalGuard *self,
               const char     *message)
{
  if (self->damaged)
    return;
  self->damaged = TRUE;
  g_signal_emit (self, signals[SIGNAL_DAMAGED], 0, message);
}

/* ----- Work on a worker thread, each with its own connection ----- */

typedef enum
{
  JOB_BACKUP,
  JOB_CHECK,
} JobKind;

typedef struct
{
  JobKind kind;
  char   *path;
  PjDate  today;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job);
}

static void
run_job (GTask        *task,
         gpointer      source,
         gpointer      task_data,
         GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gboolean ok;

  if (job->kind == JOB_BACKUP)
    {
      g_autofree char *made = pj_backups_make (job->path, job->today, &error);

      ok = made != NULL;
    }
  else
    ok = pj_database_quick_check_file (job->path, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
job_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  PjJournalGuard *self = PJ_JOURNAL_GUARD (source);
  g_autoptr (GError) error = NULL;

  self->n_running--;
  if (g_task_propagate_boolean (G_TASK (result), &error))
    return;
  /* The window went away meanwhile (its folder may be gone too): nobody to tell. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (g_error_matches (error, PJ_ERROR, PJ_ERROR_DAMAGED))
    report_damage (self, error->message);
  else
    /* A backup that could not be written must not stop anyone from logging their day; the
     * next save tries again. */
    g_message ("Automatic backup or check of the journal failed: %s", error->message);
}

static void
start_job (PjJournalGuard *self,
           JobKind         kind)
{
  g_autoptr (GTask) task = g_task_new (self, self->cancellable, job_done, NULL);
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->path = g_strdup (pj_database_get_path (self->database));
  job->today = pj_database_get_today (self->database);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  self->n_running++;
  g_task_run_in_thread (task, run_job);
}

/* ----- The window's connection ----- */

static void
on_changed (PjJournalGuard *self,
            guint           date)
{
  if (self->damaged || self->n_running > 0)
    return;
  if (pj_backups_is_due (pj_database_get_path (self->database),
                         pj_database_get_today (self->database)))
    start_job (self, JOB_BACKUP);
}

static gboolean
damaged_idle (gpointer user_data)
{
  PjJournalGuard *self = user_data;
  g_autofree char *name = g_filename_display_name (pj_database_get_path (self->database));
  g_autofree char *message = g_strdup_printf (_("SQLite reported the journal %s damaged."), name);

  self->damaged_idle = 0;
  report_damage (self, message);
  return G_SOURCE_REMOVE;
}

/* Inside the failing call: act once it has returned. */
static void
on_damaged (PjJournalGuard *self)
{
  if (self->damaged_idle == 0 && !self->damaged)
    self->damaged_idle = g_idle_add (damaged_idle, self);
}

/* ----- Object ----- */

static void
pj_journal_guard_dispose (GObject *object)
{
  PjJournalGuard *self = PJ_JOURNAL_GUARD (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->damaged_idle, g_source_remove);
  pj_journal_unfollow_database (&self->database, &self->database_signals);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pj_journal_guard_parent_class)->dispose (object);
}

static void
pj_journal_guard_class_init (PjJournalGuardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pj_journal_guard_dispose;

  signals[SIGNAL_DAMAGED] = g_signal_new ("damaged", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
pj_journal_guard_init (PjJournalGuard *self)
{
  self->cancellable = g_cancellable_new ();
  self->database_signals = g_signal_group_new (PJ_TYPE_DATABASE);
  g_signal_group_connect_swapped (self->database_signals, "changed", G_CALLBACK (on_changed),
                                  self);
  g_signal_group_connect_swapped (self->database_signals, "damaged", G_CALLBACK (on_damaged),
                                  self);
}

PjJournalGuard *
pj_journal_guard_new (PjDatabase *database)
{
  PjJournalGuard *self;

  g_return_val_if_fail (PJ_IS_DATABASE (database), NULL);

  self = g_object_new (PJ_TYPE_JOURNAL_GUARD, NULL);
  self->database = g_object_ref (database);
  g_signal_group_set_target (self->database_signals, database);
  return self;
}

void
pj_journal_guard_check (PjJournalGuard *self)
{
  g_return_if_fail (PJ_IS_JOURNAL_GUARD (self));

  if (!self->damaged)
    start_job (self, JOB_CHECK);
}

gboolean
pj_journal_guard_is_busy (PjJournalGuard *self)
{
  g_return_val_if_fail (PJ_IS_JOURNAL_GUARD (self), FALSE);
  return self->n_running > 0 || self->damaged_idle != 0;
}
