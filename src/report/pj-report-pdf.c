/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <langinfo.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pj-error.h"
#include "pj-file-io.h"
#include "pj-insights.h"
#include "pj-report-voice.h"
#include "pj-period-flags.h"
#include "pj-report-builder.h"
#include "pj-report-pdf.h"

#define A4_WIDTH 595.276
#define A4_HEIGHT 841.890
#define LETTER_WIDTH 612.0
#define LETTER_HEIGHT 792.0
/* Room for the running header above the content and the footer below it. */
#define HEADER_BAND 16.0
#define FOOTER_BAND 34.0
#define DEFAULT_RANGE_DAYS 90

void
pj_report_options_init (PjReportOptions *options,
                        PjDate           today)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (today > DEFAULT_RANGE_DAYS);

  memset (options, 0, sizeof *options);
  options->from = today - (DEFAULT_RANGE_DAYS - 1);
  options->to = today;
  options->sections = PJ_REPORT_SECTION_ALL;
  options->include_notes = FALSE;
  options->paper = PJ_PAPER_DEFAULT;
}

PjPaper
pj_paper_from_locale (void)
{
#ifdef _NL_PAPER_WIDTH
  /* glibc answers in millimetres: 216 wide is US Letter (and Legal), 210 is A4. */
  int width = (int) (gintptr) nl_langinfo (_NL_PAPER_WIDTH);

  if (width == 216)
    return PJ_PAPER_LETTER;
#endif
  return PJ_PAPER_A4;
}

PjPaper
pj_paper_from_string (const char *text)
{
  if (g_strcmp0 (text, "letter") == 0)
    return PJ_PAPER_LETTER;
  if (g_strcmp0 (text, "a4") == 0)
    return PJ_PAPER_A4;
  return PJ_PAPER_DEFAULT;
}

void
pj_paper_get_size (PjPaper paper,
                   double *out_width,
                   double *out_height)
{
  if (paper == PJ_PAPER_DEFAULT)
    paper = pj_paper_from_locale ();
  *out_width = paper == PJ_PAPER_LETTER ? LETTER_WIDTH : A4_WIDTH;
  *out_height = paper == PJ_PAPER_LETTER ? LETTER_HEIGHT : A4_HEIGHT;
}

/* ----- Writing to a temporary file that becomes @path only when complete ----- */

/* @tmp_path is NULL when @path is a stream (pj_file_is_stream()), written into directly. */
typedef struct
{
  FILE   *file;
  char   *tmp_path;
  char   *display;
  GError *error;
} Output;

static cairo_status_t
output_write (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  Output *output = closure;

  if (output->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (fwrite (data, 1, length, output->file) != length)
    {
      int saved = errno;

      g_set_error (&output->error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”: %s"),
                   output->display, g_strerror (saved));
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
output_open (Output     *output,
             const char *path,
             GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  gboolean stream = pj_file_is_stream (path);
  int fd;

  memset (output, 0, sizeof *output);
  output->display = g_filename_display_name (path);
  if (stream)
    {
      /* A pipe or a device is written into as the pages come: there is no file to replace. */
      fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
    }
  else
    {
      output->tmp_path = g_build_filename (dir, name, NULL);
      /* The report holds health data: readable by its owner only, like the journal. */
      fd = g_mkstemp_full (output->tmp_path, O_WRONLY, 0600);
    }
  if (fd < 0 || (output->file = fdopen (fd, "wb")) == NULL)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dir);

      if (fd >= 0)
        close (fd);
      if (stream)
        g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”: %s"),
                     output->display, g_strerror (saved));
      else
        g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not write the report in “%s”: %s"),
                     display, g_strerror (saved));
      g_clear_pointer (&output->tmp_path, g_free);
      g_clear_pointer (&output->display, g_free);
      return FALSE;
    }
  return TRUE;
}

/* Closes the file and renames it to @path when @success, otherwise removes it. */
static gboolean
output_finish (Output     *output,
               const char *path,
               gboolean    success,
               GError    **error)
{
  if (fclose (output->file) != 0 && success && output->error == NULL)
    g_set_error (&output->error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”: %s"),
                 output->display, g_strerror (errno));
  if (success && output->error == NULL && output->tmp_path != NULL
      && g_rename (output->tmp_path, path) != 0)
    g_set_error (&output->error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”: %s"),
                 output->display, g_strerror (errno));

  success = success && output->error == NULL;
  if (!success && output->tmp_path != NULL)
    g_unlink (output->tmp_path);
  if (output->error != NULL)
    g_propagate_error (error, g_steal_pointer (&output->error));
  g_clear_pointer (&output->tmp_path, g_free);
  g_clear_pointer (&output->display, g_free);
  return success;
}

/* ----- Pages ----- */

typedef struct
{
  PjReportBuilder *builder;
  PangoLayout     *disclaimer;
  PangoLayout     *running_title;
} PageDecoration;

static void
decorate_page (cairo_t                 *cr,
               const PjReportPageSetup *setup,
               guint                    page,
               guint                    n_pages,
               gpointer                 user_data)
{
  PageDecoration *decoration = user_data;
  PjReportBuilder *builder = decoration->builder;
  double width = setup->width - setup->left - setup->right;
  double footer_top = setup->height - setup->bottom + 8;
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page, n_pages);
  g_autoptr (PangoLayout) number = pj_report_text (builder, PJ_TEXT_SMALL, text, 0);
  PangoRectangle logical;
  PjColor ink = builder->palette.foreground;

  cairo_save (cr);
  cairo_set_source_rgba (cr, builder->palette.grid.red, builder->palette.grid.green,
                         builder->palette.grid.blue, 1);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, setup->left, footer_top - 4);
  cairo_line_to (cr, setup->left + width, footer_top - 4);
  cairo_stroke (cr);

  cairo_set_source_rgba (cr, ink.red, ink.green, ink.blue, 0.8);
  cairo_move_to (cr, setup->left, footer_top);
  pango_cairo_show_layout (cr, decoration->disclaimer);

  pango_layout_get_extents (number, NULL, &logical);
  cairo_move_to (cr, setup->left + width - (double) logical.width / PANGO_SCALE, footer_top);
  pango_cairo_show_layout (cr, number);

  if (page > 1)
    {
      cairo_move_to (cr, setup->left, setup->top - HEADER_BAND);
      pango_cairo_show_layout (cr, decoration->running_title);
    }
  cairo_restore (cr);
}

static void
set_metadata (cairo_surface_t       *surface,
              const PjReportOptions *options)
{
  g_autofree char *from = pj_report_format_date (options->from);
  g_autofree char *to = pj_report_format_date (options->to);
  g_autofree char *subject = g_strdup_printf (_("Self-reported pain diary, %s – %s"), from, to);
  g_autofree char *creator = g_strdup_printf ("Pain Journal %s",
                                              options->app_version ? options->app_version
                                                                   : PACKAGE_VERSION);
  g_autoptr (GDateTime) now = NULL;
  GDateTime *generated = options->generated;
  g_autofree char *date = NULL;

  if (generated == NULL)
    generated = now = g_date_time_new_now_local ();
  date = g_date_time_format (generated, "%Y-%m-%dT%H:%M:%S%:z");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Pain diary report"));
  if (options->name != NULL && *options->name != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, options->name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  _("pain diary; NRS; PEG; self-report"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static void
add_outline (cairo_surface_t  *surface,
             PjReportDocument *document)
{
  GArray *anchors = pj_report_document_get_anchors (document);

  for (guint i = 0; i < anchors->len; i++)
    {
      const PjReportAnchor *anchor = &g_array_index (anchors, PjReportAnchor, i);
      /* The link is cairo's attribute syntax, not text for a person, and cairo 1.16 reads its
       * numbers with the locale's strtod(): under de_DE "pos=[56.7 80.5]" is refused as a bad
       * tag and "56,7" is read, while under C only the point works. Whole points read the
       * same in every locale and are finer than anyone aims in a viewer. The title is
       * handed over as UTF-8 text, never parsed, so it could carry local numbers ("7,5"). */
      g_autofree char *link = g_strdup_printf ("page=%u pos=[%d %d]", anchor->page,
                                               (int) lround (pj_report_document_get_setup
                                                               (document)->left),
                                               (int) lround (anchor->y));

      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, anchor->title, link,
                                     CAIRO_PDF_OUTLINE_FLAG_OPEN);
    }
}

/* The report in reading order. Page 1 holds what a clinician reads first, the summary and the
 * pain over the period, and continues with the warning signs; a new section joins the list
 * where it belongs, under the option that includes it. */
static const struct
{
  PjReportSections section;  /* 0: always */
  void (*add) (PjReportBuilder *builder);
} report_sections[] = {
  { 0, pj_report_add_header },
  { PJ_REPORT_SECTION_SUMMARY, pj_report_add_summary },
  { PJ_REPORT_SECTION_CHARTS, pj_report_add_pain_chart },
  /* part of the summary for the clinician, after the chart whose dose rows it explains: a
   * chart does not break across pages, while these lines can continue on page 2 */
  { PJ_REPORT_SECTION_SUMMARY, pj_report_add_medication },
  { PJ_REPORT_SECTION_FLAGS, pj_report_add_flags },
  { PJ_REPORT_SECTION_CHARTS, pj_report_add_charts },
  { PJ_REPORT_SECTION_PATTERNS, pj_report_add_patterns },
  { PJ_REPORT_SECTION_SELF_CARE, pj_report_add_self_care },
  { PJ_REPORT_SECTION_DIARY, pj_report_add_weekly_table },
  { PJ_REPORT_SECTION_DIARY, pj_report_add_diary },
  { 0, pj_report_add_clinician_notes },
};

static void
build_document (PjReportBuilder *builder)
{
  PjReportSections sections = builder->options->sections;

  for (guint i = 0; i < G_N_ELEMENTS (report_sections); i++)
    if (report_sections[i].section == 0 || (sections & report_sections[i].section))
      report_sections[i].add (builder);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  const PjDay *x = *(PjDay * const *) a;
  const PjDay *y = *(PjDay * const *) b;

  return x->date < y->date ? -1 : x->date > y->date;
}

static gboolean
render (cairo_surface_t       *surface,
        GPtrArray             *days,
        GPtrArray             *all_days,
        GPtrArray             *medicines,
        const PjReportOptions *options,
        double                 width,
        double                 height,
        GCancellable          *cancellable,
        PjReportProgressFunc   progress,
        gpointer               progress_data,
        GError               **error)
{
  PjReportPageSetup setup = {
    width, height,
    PJ_REPORT_MARGIN, PJ_REPORT_MARGIN,
    PJ_REPORT_MARGIN + HEADER_BAND, PJ_REPORT_MARGIN + FOOTER_BAND,
  };
  g_autoptr (PjReportDocument) document = pj_report_document_new (&setup);
  cairo_t *cr = cairo_create (surface);
  PjReportBuilder builder;
  PageDecoration decoration = { &builder, NULL, NULL };
  g_autofree char *from = pj_report_format_date (options->from);
  g_autofree char *to = pj_report_format_date (options->to);
  g_autofree char *running = NULL;
  gboolean ok;

  pj_report_builder_init (&builder, cr, document, options, days, all_days);
  builder.medicines = medicines;
  builder.summary = pj_report_summary_new (days, options->from, options->to);
  /* The flags section lists them and the pain chart marks their dates. */
  if (options->sections & (PJ_REPORT_SECTION_FLAGS | PJ_REPORT_SECTION_CHARTS))
    builder.flags = pj_period_flags_evaluate (all_days, options->from, options->to);

  /* clinical-rules.md §4 asks for the disclaimer on every report; every page carries it,
   * addressed to the report's reader. */
  decoration.disclaimer = pj_report_text (&builder, PJ_TEXT_SMALL, pj_report_voice_disclaimer (),
                                          setup.width - setup.left - setup.right - 70);
  if (options->name != NULL && *options->name != '\0')
    running = g_strdup_printf (_("Pain diary report · %s · %s – %s"), options->name, from, to);
  else
    running = g_strdup_printf (_("Pain diary report · %s – %s"), from, to);
  decoration.running_title = pj_report_text (&builder, PJ_TEXT_SMALL, running, 0);

  build_document (&builder);
  if (progress != NULL)
    progress (0.1, progress_data);
  pj_report_document_paginate (document);
  add_outline (surface, document);
  ok = pj_report_document_render (document, cr, decorate_page, &decoration,
                                  progress, progress_data, cancellable, error);

  g_clear_object (&decoration.disclaimer);
  g_clear_object (&decoration.running_title);
  pj_report_builder_clear (&builder);
  cairo_destroy (cr);
  return ok;
}

gboolean
pj_report_pdf_write_days (GPtrArray             *days,
                          const PjReportOptions *options,
                          const char            *path,
                          GCancellable          *cancellable,
                          PjReportProgressFunc   progress,
                          gpointer               progress_data,
                          GError               **error)
{
  return pj_report_pdf_write_full (days, NULL, options, path, cancellable, progress,
                                   progress_data, error);
}

gboolean
pj_report_pdf_write_full (GPtrArray             *days,
                          GPtrArray             *medicines,
                          const PjReportOptions *options,
                          const char            *path,
                          GCancellable          *cancellable,
                          PjReportProgressFunc   progress,
                          gpointer               progress_data,
                          GError               **error)
{
  g_autoptr (GPtrArray) in_range = g_ptr_array_new ();
  cairo_surface_t *surface;
  Output output;
  double width, height;
  gboolean ok;

  g_return_val_if_fail (days != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (options->from != PJ_DATE_NONE && options->from <= options->to, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  for (guint i = 0; i < days->len; i++)
    {
      PjDay *day = g_ptr_array_index (days, i);

      if (day->date >= options->from && day->date <= options->to)
        g_ptr_array_add (in_range, day);
    }
  g_ptr_array_sort (in_range, compare_days);

  if (!output_open (&output, path, error))
    return FALSE;

  pj_paper_get_size (options->paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (output_write, &output, width, height);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  set_metadata (surface, options);

  ok = render (surface, in_range, days, medicines, options, width, height, cancellable,
               progress, progress_data, error);
  cairo_surface_finish (surface);
  if (ok && cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS && output.error == NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (&output.error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”: %s"),
                   display, cairo_status_to_string (cairo_surface_status (surface)));
    }
  cairo_surface_destroy (surface);
  return output_finish (&output, path, ok, ok ? error : NULL);
}

gboolean
pj_report_pdf_write (PjDatabase            *db,
                     const PjReportOptions *options,
                     const char            *path,
                     GCancellable          *cancellable,
                     PjReportProgressFunc   progress,
                     gpointer               progress_data,
                     GError               **error)
{
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (GError) local_error = NULL;
  PjDate first, episode_start;

  g_return_val_if_fail (PJ_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  medicines = pj_database_list_medicines_with_doses (db, options->from, options->to, error);
  if (medicines == NULL)
    return FALSE;

  /* The period, the few weeks before it that the flags of its first days look back on, and
   * the pain episode running then back to its first day, so the report dates it as the
   * window does. */
  first = options->from > PJ_PERIOD_FLAGS_LOOKBACK ? options->from - PJ_PERIOD_FLAGS_LOOKBACK
                                                   : 1;
  episode_start = pj_insights_find_episode_start (db, first - 1, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (episode_start != PJ_DATE_NONE)
    first = MIN (first, episode_start);
  days = pj_database_list_days_in_range (db, first, options->to, PJ_ORDER_OLDEST_FIRST, 0, 0,
                                         error);
  if (days == NULL)
    return FALSE;
  return pj_report_pdf_write_full (days, medicines, options, path, cancellable,
                                   progress, progress_data, error);
}
