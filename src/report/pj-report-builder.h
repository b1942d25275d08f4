/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pj-palette.h"
#include "pj-report-layout.h"
#include "pj-report-pdf.h"
#include "pj-report-summary.h"

G_BEGIN_DECLS

/* Private to the report: the state shared by the section builders, and the text styles. One
 * PangoContext at 72 dpi, so a font size in points is a size in PDF units. */

typedef enum
{
  PJ_TEXT_TITLE,
  PJ_TEXT_HEADING,
  PJ_TEXT_SUBHEADING,
  PJ_TEXT_BODY,
  PJ_TEXT_BODY_BOLD,
  PJ_TEXT_SMALL,
  PJ_TEXT_SMALL_BOLD,
  PJ_TEXT_FIGURE,     /* a big number in the summary */
  PJ_N_TEXT_STYLES
} PjTextStyle;

typedef struct
{
  PjReportDocument      *document;
  PangoContext          *context;
  PangoFontDescription  *fonts[PJ_N_TEXT_STYLES];
  const PjReportOptions *options;
  PjPalette              palette;
  GPtrArray             *days;      /* PjDay* of the range, oldest first, borrowed */
  GPtrArray             *all_days;  /* … and the days before it that the flags look back on */
  PjReportSummary       *summary;
  GPtrArray             *flags;     /* PjFlag* raised in the period */
  GPtrArray             *medicines; /* PjMedicine* with their doses in the range, borrowed;
                                     * NULL: none */
  double                 width;     /* content width */
} PjReportBuilder;

void         pj_report_builder_init (PjReportBuilder       *builder,
                                     cairo_t               *cr,
                                     PjReportDocument      *document,
                                     const PjReportOptions *options,
                                     GPtrArray             *days,
                                     GPtrArray             *all_days);
void         pj_report_builder_clear (PjReportBuilder *builder);

/* A layout of plain @text wrapped at @width (≤ 0: no wrapping). */
PangoLayout *pj_report_text (PjReportBuilder *builder,
                             PjTextStyle      style,
                             const char      *text,
                             double           width);
/* The same from pango markup (the caller escapes any text from the journal). */
PangoLayout *pj_report_markup (PjReportBuilder *builder,
                               PjTextStyle      style,
                               const char      *markup,
                               double           width);
double       pj_report_layout_height (PangoLayout *layout);

/* A section heading: an outline anchor, kept with what follows. */
void         pj_report_add_heading (PjReportBuilder *builder,
                                    const char      *title);
void         pj_report_add_paragraph (PjReportBuilder *builder,
                                      PjTextStyle      style,
                                      const char      *text);
/* A paragraph that introduces what follows it: it never ends a page without that. */
void         pj_report_add_lead_in (PjReportBuilder *builder,
                                    PjTextStyle      style,
                                    const char      *text);
/* A framed note saying what will fill a section that another part of the app provides. */
void         pj_report_add_pending (PjReportBuilder *builder,
                                    const char      *text);
/* "label: value" lines in two columns, @pairs NULL-terminated label, value, label, value… */
void         pj_report_add_key_values (PjReportBuilder   *builder,
                                       const char *const *pairs);

/* Dates as a person reads them ("3 Jun 2026"), the one style of the whole report. */
char        *pj_report_format_date (PjDate date);
/* "4.2", or "–" when unknown */
char        *pj_report_format_number (double value);

/* The sections (pj-report-sections.c, pj-report-charts.c, pj-report-insights.c,
 * pj-report-diary.c). */
void         pj_report_add_header (PjReportBuilder *builder);
void         pj_report_add_summary (PjReportBuilder *builder);
void         pj_report_add_flags (PjReportBuilder *builder);
void         pj_report_add_pain_chart (PjReportBuilder *builder);
void         pj_report_add_charts (PjReportBuilder *builder);
void         pj_report_add_patterns (PjReportBuilder *builder);
void         pj_report_add_self_care (PjReportBuilder *builder);
/* pj-report-medication.c: each medicine's use in the range */
void         pj_report_add_medication (PjReportBuilder *builder);
void         pj_report_add_diary (PjReportBuilder *builder);
/* The weekly summary table (pj-report-weeks.c) and the clinician's notes box. */
void         pj_report_add_weekly_table (PjReportBuilder *builder);
void         pj_report_add_clinician_notes (PjReportBuilder *builder);

G_END_DECLS
