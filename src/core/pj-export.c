/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-csv.h"
#include "pj-error.h"
#include "pj-export.h"
#include "pj-fhir.h"
#include "pj-json-backup.h"

static const struct
{
  const char *label;     /* N_() */
  const char *suffix;    /* of the suggested file name */
  gboolean    has_time;  /* the file records when it was made */
} formats[PJ_N_EXPORT_FORMATS] = {
  [PJ_EXPORT_FORMAT_PDF] = { N_("PDF report"), "report.pdf", TRUE },
  [PJ_EXPORT_FORMAT_CSV] = { N_("CSV spreadsheet"), "journal.csv", FALSE },
  [PJ_EXPORT_FORMAT_JSON] = { N_("JSON backup"), "backup.json", TRUE },
  [PJ_EXPORT_FORMAT_FHIR] = { N_("FHIR R4"), "fhir.json", TRUE },
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
  return _(formats[format].label);
}

const char *
pj_export_format_get_file_suffix (PjExportFormat format)
{
  g_return_val_if_fail (format < PJ_N_EXPORT_FORMATS, NULL);
  return formats[format].suffix;
}

gboolean
pj_export_format_has_time (PjExportFormat format)
{
  g_return_val_if_fail (format < PJ_N_EXPORT_FORMATS, FALSE);
  return formats[format].has_time;
}

static gboolean
write_report (PjDatabase            *database,
              const char            *path,
              const PjExportOptions *options,
              GCancellable          *cancellable,
              GError               **error)
{
  if (options->write_report == NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Cannot write the PDF report: this program was built without the report "
                     "writer."));
      return FALSE;
    }
  return options->write_report (database, path, cancellable, options->report_data, error);
}

gboolean
pj_export_write (PjDatabase            *database,
                 PjExportFormat         format,
                 const char            *path,
                 const PjExportOptions *options,
                 GCancellable          *cancellable,
                 guint                 *out_count,
                 GError               **error)
{
  g_autoptr (GDateTime) now = NULL;
  GDateTime *generated;
  const char *name;
  guint count = 0;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL && options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_export_format_is_available (format))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("This version of Pain Journal cannot export in this format."));
      return FALSE;
    }
  generated = options->generated;
  if (generated == NULL)
    generated = now = g_date_time_new_now_utc ();
  name = options->name != NULL && options->name[0] != '\0' ? options->name : NULL;

  switch (format)
    {
    case PJ_EXPORT_FORMAT_PDF:
      ok = write_report (database, path, options, cancellable, error);
      break;
    case PJ_EXPORT_FORMAT_CSV:
      ok = pj_csv_export_file (database, path, options->from, options->to, &count, error);
      break;
    case PJ_EXPORT_FORMAT_JSON:
      ok = pj_json_backup_export_file (database, path, options->from, options->to, generated,
                                       &count, error);
      break;
    case PJ_EXPORT_FORMAT_FHIR:
      /* The FHIR Patient exists only when the person gave a name. */
      ok = pj_fhir_export_file (database, path, options->from, options->to, name,
                                options->birth_year, generated, &count, error);
      break;
    case PJ_N_EXPORT_FORMATS:
    default:
      g_assert_not_reached ();
    }
  if (ok && out_count != NULL)
    *out_count = count;
  return ok;
}
