/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pj-database.h"
#include "pj-report-layout.h"

G_BEGIN_DECLS

/* The clinician report: a PDF a physiotherapist reads in two minutes. cairo's PDF surface
 * with pango text, so the text is selectable and the fonts are embedded; never GTK, so the
 * command line writes it without a display. */

typedef enum
{
  PJ_REPORT_SECTION_SUMMARY   = 1 << 0,
  PJ_REPORT_SECTION_FLAGS     = 1 << 1,
  PJ_REPORT_SECTION_CHARTS    = 1 << 2,
  PJ_REPORT_SECTION_PATTERNS  = 1 << 3,
  PJ_REPORT_SECTION_SELF_CARE = 1 << 4,
  PJ_REPORT_SECTION_DIARY     = 1 << 5,
  PJ_REPORT_SECTION_ALL       = (1 << 6) - 1,
} PjReportSections;

typedef enum
{
  PJ_PAPER_DEFAULT,  /* from the locale (LC_PAPER) */
  PJ_PAPER_A4,
  PJ_PAPER_LETTER,
} PjPaper;

/* The margin kept free of text on every side of every page, in points; the footer sits
 * inside the bottom band above it. */
#define PJ_REPORT_MARGIN 40.0

typedef struct
{
  PjDate           from;            /* inclusive */
  PjDate           to;              /* inclusive */
  PjReportSections sections;
  gboolean         include_notes;   /* notes are private: FALSE unless the person chose it */
  PjPaper          paper;
  const char      *name;            /* optional: NULL or "" leaves it out */
  int              birth_year;      /* optional: 0 leaves it out */
  const char      *app_version;     /* NULL: this build's version */
  GDateTime       *generated;       /* NULL: now; tests pass a fixed time */
} PjReportOptions;

/* The last 90 days up to @today, every section but the notes, paper from the locale. */
void     pj_report_options_init (PjReportOptions *options,
                                 PjDate           today);

/* "a4" / "letter" from LC_PAPER (ISO 216 unless the locale says US Letter). */
PjPaper  pj_paper_from_locale (void);
/* "a4", "letter", "" or NULL (= the locale) */
PjPaper  pj_paper_from_string (const char *text);
void     pj_paper_get_size (PjPaper paper,
                            double *out_width,
                            double *out_height);

/* Reads the days of the range from @db and writes the report to @path. The file appears
 * complete or not at all: it is written to a temporary file in the same folder and renamed
 * at the end, so an error or a cancellation leaves any previous file untouched. @progress
 * (may be NULL) is called with 0…1 from the calling thread. */
gboolean pj_report_pdf_write (PjDatabase            *db,
                              const PjReportOptions *options,
                              const char            *path,
                              GCancellable          *cancellable,
                              PjReportProgressFunc   progress,
                              gpointer               progress_data,
                              GError               **error);

/* The same from days already read (PjDay*, any order). Days before the range only feed the
 * flags of its first weeks; days after it are ignored. */
gboolean pj_report_pdf_write_days (GPtrArray             *days,
                                   const PjReportOptions *options,
                                   const char            *path,
                                   GCancellable          *cancellable,
                                   PjReportProgressFunc   progress,
                                   gpointer               progress_data,
                                   GError               **error);

/* pj_report_pdf_write_days() with the medicines (PjMedicine* carrying their doses in the
 * range; may be NULL): a Medication section after the summary and dose rows on the pain
 * chart. */
gboolean pj_report_pdf_write_full (GPtrArray             *days,
                                   GPtrArray             *medicines,
                                   const PjReportOptions *options,
                                   const char            *path,
                                   GCancellable          *cancellable,
                                   PjReportProgressFunc   progress,
                                   gpointer               progress_data,
                                   GError               **error);

G_END_DECLS
