/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-export-job.h"

PjExportJob *
pj_export_job_new (PjExportFormat format,
                   const char    *db_path,
                   const char    *path,
                   PjDate         from,
                   PjDate         to,
                   const char    *name,
                   int            birth_year)
{
  PjExportJob *job;

  g_return_val_if_fail (format < PJ_N_EXPORT_FORMATS, NULL);
  g_return_val_if_fail (db_path != NULL && path != NULL, NULL);
  g_return_val_if_fail (from != PJ_DATE_NONE && from <= to, NULL);

  job = g_new0 (PjExportJob, 1);
  job->format = format;
  job->db_path = g_strdup (db_path);
  job->path = g_strdup (path);
  job->name = g_strstrip (g_strdup (name != NULL ? name : ""));
  job->generated = g_date_time_new_now_local ();
  pj_report_options_init (&job->options, to);
  job->options.from = from;
  job->options.name = job->name;
  job->options.birth_year = birth_year >= 1900 && birth_year <= 2100 ? birth_year : 0;
  job->options.generated = job->generated;
  return job;
}

void
pj_export_job_free (PjExportJob *job)
{
  if (job == NULL)
    return;
  g_free (job->name);
  g_free (job->db_path);
  g_free (job->path);
  g_clear_pointer (&job->generated, g_date_time_unref);
  g_free (job);
}

static void
on_worker_progress (double   fraction,
                    gpointer user_data)
{
  PjExportJob *job = user_data;

  g_atomic_int_set (&job->progress_permille, (gint) (fraction * 1000));
}

/* The report layer's writer, for pj_export_write(). */
static gboolean
write_report (PjDatabase   *database,
              const char   *path,
              GCancellable *cancellable,
              gpointer      user_data,
              GError      **error)
{
  PjExportJob *job = user_data;

  return pj_report_pdf_write (database, &job->options, path, cancellable, on_worker_progress,
                              job, error);
}

static gboolean
write_format (PjDatabase   *database,
              PjExportJob  *job,
              GCancellable *cancellable,
              GError      **error)
{
  PjExportOptions options = {
    .from = job->options.from,
    .to = job->options.to,
    .name = job->name,
    .birth_year = job->options.birth_year,
    .generated = job->generated,
    .write_report = write_report,
    .report_data = job,
  };

  return pj_export_write (database, job->format, job->path, &options, cancellable, NULL, error);
}

/* The window's PjDatabase keeps serving the main thread; this thread opens its own
 * connection, and SQLite handles the two. */
static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  PjExportJob *job = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) database = pj_database_open (job->db_path, &error);

  if (database == NULL || !write_format (database, job, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
pj_export_job_run_async (PjExportJob        *job,
                         gpointer            source,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (source, cancellable, callback, user_data);

  g_task_set_source_tag (task, pj_export_job_run_async);
  g_task_set_task_data (task, job, (GDestroyNotify) pj_export_job_free);
  g_task_run_in_thread (task, run_in_thread);
}

gboolean
pj_export_job_run_finish (GAsyncResult *result,
                          GError      **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pj_export_job_run_async,
                        FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

PjExportJob *
pj_export_job_from_result (GAsyncResult *result)
{
  return g_task_get_task_data (G_TASK (result));
}
