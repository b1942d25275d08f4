/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-csv.h"
#include "pj-error.h"
#include "pj-export-job.h"
#include "pj-fhir.h"
#include "pj-json-backup.h"

static const struct
{
  const char *label;      /* N_() */
  const char *suffix;     /* of the suggested file name */
} format_info[PJ_N_EXPORT_FORMATS] = {
  [PJ_EXPORT_FORMAT_PDF] = { N_("PDF report"), "report.pdf" },
  [PJ_EXPORT_FORMAT_CSV] = { N_("CSV spreadsheet"), "journal.csv" },
  [PJ_EXPORT_FORMAT_JSON] = { N_("JSON backup"), "backup.json" },
  [PJ_EXPORT_FORMAT_FHIR] = { N_("FHIR R4"), "fhir.json" },
};

gboolean
pj_export_format_is_available (PjExportFormat format)
{
  return format < PJ_N_EXPORT_FORMATS;
}

const char *
pj_export_format_get_label (PjExportFormat format)
{
  g_return_val_if_fail (format < PJ_N_EXPORT_FORMATS, NULL);
  return _(format_info[format].label);
}

const char *
pj_export_format_get_file_suffix (PjExportFormat format)
{
  g_return_val_if_fail (format < PJ_N_EXPORT_FORMATS, NULL);
  return format_info[format].suffix;
}

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

static gboolean
write_format (PjDatabase   *database,
              PjExportJob  *job,
              GCancellable *cancellable,
              GError      **error)
{
  const char *name = *job->name != '\0' ? job->name : NULL;

  switch (job->format)
    {
    /* Each writer replaces the file only once it is complete, so a failure leaves no
     * half-written file behind. */
    case PJ_EXPORT_FORMAT_PDF:
      return pj_report_pdf_write (database, &job->options, job->path, cancellable,
                                  on_worker_progress, job, error);
    case PJ_EXPORT_FORMAT_CSV:
      return pj_csv_export_file (database, job->path, job->options.from, job->options.to,
                                 NULL, error);
    case PJ_EXPORT_FORMAT_JSON:
      return pj_json_backup_export_file (database, job->path, job->options.from,
                                         job->options.to, job->generated, NULL, error);
    case PJ_EXPORT_FORMAT_FHIR:
      /* The FHIR Patient exists only when the person gave a name. */
      return pj_fhir_export_file (database, job->path, job->options.from, job->options.to,
                                  name, job->options.birth_year, job->generated, NULL, error);
    case PJ_N_EXPORT_FORMATS:
    default:
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("This version of Pain Journal cannot export in this format."));
      return FALSE;
    }
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
