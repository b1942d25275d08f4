/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"
#include "pj-export-job.h"

G_BEGIN_DECLS

/* Export: a period, the sections of the report, a format, then a file. The export runs in a
 * worker thread with its own connection to the journal, shows its progress, and ends with a
 * toast to open the file or show it in its folder. A failure leaves no half-written file. */

typedef enum
{
  PJ_EXPORT_RANGE_LAST_30,
  PJ_EXPORT_RANGE_LAST_90,
  PJ_EXPORT_RANGE_THIS_YEAR,
  PJ_EXPORT_RANGE_EVERYTHING,
  PJ_EXPORT_RANGE_CUSTOM,
} PjExportRange;

#define PJ_TYPE_EXPORT_DIALOG (pj_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PjExportDialog, pj_export_dialog, PJ, EXPORT_DIALOG, AdwWindow)

PjExportDialog *pj_export_dialog_new (GtkWindow  *parent,
                                      PjDatabase *database);
/* Opens the dialog over @parent (the Ctrl+E action). */
void            pj_export_dialog_present (GtkWindow  *parent,
                                          PjDatabase *database);

/* The choices, as the controls show them. FALSE for a format this build cannot write. */
gboolean        pj_export_dialog_set_format (PjExportDialog *self,
                                             PjExportFormat  format);
void            pj_export_dialog_set_range (PjExportDialog *self,
                                            PjExportRange   range);
/* The custom range's dates as typed (YYYY-MM-DD); used when the range is
 * PJ_EXPORT_RANGE_CUSTOM. */
void            pj_export_dialog_set_custom_dates (PjExportDialog *self,
                                                   const char     *from,
                                                   const char     *to);
void            pj_export_dialog_set_include_notes (PjExportDialog *self,
                                                    gboolean        include_notes);

/* Exports with the current choices to @file: what the file chooser calls, and what the tests
 * call without one. Progress, the toast and errors show in the dialog as usual. */
void            pj_export_dialog_export_to_file (PjExportDialog     *self,
                                                 GFile              *file,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
gboolean        pj_export_dialog_export_to_file_finish (PjExportDialog *self,
                                                        GAsyncResult   *result,
                                                        GError        **error);

G_END_DECLS
