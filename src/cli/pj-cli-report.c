/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-cli-report.h"
#include "pj-error.h"
#include "pj-report-pdf.h"

gboolean
pj_cli_write_report (PjDatabase *database,
                     const char *path,
                     PjDate      from,
                     PjDate      to,
                     PjDate      today,
                     GDateTime  *generated,
                     GError    **error)
{
  PjReportOptions options;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  pj_report_options_init (&options, to != PJ_DATE_NONE ? to : today);
  if (from != PJ_DATE_NONE)
    options.from = from;
  options.generated = generated;
  if (options.from > options.to)
    {
      char first[PJ_DATE_ISO_LEN], last[PJ_DATE_ISO_LEN];

      pj_date_format_iso (options.from, first);
      pj_date_format_iso (options.to, last);
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("--report: the period starts on %s, after its end on %s"), first, last);
      return FALSE;
    }

  if (!pj_report_pdf_write (database, &options, path, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "--report: %s",
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}
