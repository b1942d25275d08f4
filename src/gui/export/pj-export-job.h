/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pj-export.h"
#include "pj-report-pdf.h"

G_BEGIN_DECLS

/* One export, as the dialog hands it to a worker thread: the format (pj-export.h), the
 * choices copied out of the widgets, and where to write. No widgets here. */

typedef struct
{
  PjExportFormat  format;
  PjReportOptions options;            /* the period, and the report's choices */
  char           *db_path;
  char           *path;               /* where the file goes */
  char           *name;               /* optional; options.name points here */
  GDateTime      *generated;          /* options.generated points here */
  gint            progress_permille;  /* 0 … 1000, written by the worker (atomic) */
} PjExportJob;

/* A job for @from … @to with the report's defaults; adjust job->options before running it.
 * @name may be NULL; a @birth_year outside 1900 … 2100 is left out. */
PjExportJob *pj_export_job_new (PjExportFormat format,
                                const char    *db_path,
                                const char    *path,
                                PjDate         from,
                                PjDate         to,
                                const char    *name,
                                int            birth_year);
void         pj_export_job_free (PjExportJob *job);

/* Takes @job and runs it in a worker thread with its own connection to the journal (one
 * PjDatabase is not shared between threads). Every writer replaces the file only once it is
 * complete. The task's source object is @source; its task data is the job until it ends. */
void         pj_export_job_run_async (PjExportJob        *job,
                                      gpointer            source,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data);
gboolean     pj_export_job_run_finish (GAsyncResult *result,
                                       GError      **error);
/* The job of a running or finished task. */
PjExportJob *pj_export_job_from_result (GAsyncResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjExportJob, pj_export_job_free)

G_END_DECLS
