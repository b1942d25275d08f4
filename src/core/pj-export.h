/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* The files a person can take out of the journal (data-format.md), and one way to write any
 * of them, for the export dialog and the command line alike. */
typedef enum
{
  PJ_EXPORT_FORMAT_PDF,   /* the clinician report */
  PJ_EXPORT_FORMAT_CSV,
  PJ_EXPORT_FORMAT_JSON,  /* the full backup */
  PJ_EXPORT_FORMAT_FHIR,
  PJ_N_EXPORT_FORMATS
} PjExportFormat;

/* Whether this build has the exporter of @format. */
gboolean    pj_export_format_is_available (PjExportFormat format);
/* "PDF report", translated. */
const char *pj_export_format_get_label (PjExportFormat format);
/* The end of a suggested file name: "report.pdf", "journal.csv", … */
const char *pj_export_format_get_file_suffix (PjExportFormat format);
/* Whether the file records when it was made (options->generated is used). */
gboolean    pj_export_format_has_time (PjExportFormat format);

/* The PDF report needs cairo, which the core never links; whoever exports a report passes
 * the report layer's writer here. */
typedef gboolean (*PjExportReportFunc) (PjDatabase   *database,
                                        const char   *path,
                                        GCancellable *cancellable,
                                        gpointer      user_data,
                                        GError      **error);

typedef struct
{
  PjDate             from;          /* PJ_DATE_NONE: from the first day */
  PjDate             to;            /* PJ_DATE_NONE: up to the last day */
  const char        *name;          /* the FHIR Patient; NULL or "": no Patient */
  int                birth_year;    /* 0: not given */
  GDateTime         *generated;     /* when the file was made; NULL: now */
  PjExportReportFunc write_report;  /* for PJ_EXPORT_FORMAT_PDF */
  gpointer           report_data;
} PjExportOptions;

/* Writes @format to @path. Every writer replaces the file only once it is complete, so a
 * failure leaves any earlier file as it was. @out_count (optional) receives how many days
 * (CSV, JSON) or Observations (FHIR) were written; 0 for the report. */
gboolean pj_export_write (PjDatabase            *database,
                          PjExportFormat         format,
                          const char            *path,
                          const PjExportOptions *options,
                          GCancellable          *cancellable,
                          guint                 *out_count,
                          GError               **error);

G_END_DECLS
