/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-report-layout.h"

/* Pagination without text: blocks whose height is a drawing, and a log of what was drawn on
 * which page. Page: 200 high, content from 20 to 180 (160 points). */

#define PAGE_BREAK (-1)
#define HEADER 100

typedef struct
{
  GArray *log;
  int     id;
} Mark;

static void
draw_mark (cairo_t *cr,
           double   width,
           double   height,
           gpointer user_data)
{
  Mark *mark = user_data;

  g_array_append_val (mark->log, mark->id);
}

static PjReportBlock *
block_new (GArray *log,
           int     id,
           double  height)
{
  PjReportBlock *block = pj_report_block_new ();
  Mark *mark = g_new (Mark, 1);

  mark->log = log;
  mark->id = id;
  pj_report_block_add_drawing (block, 0, 0, 100, height, draw_mark, mark, g_free);
  return block;
}

static void
log_page (cairo_t                 *cr,
          const PjReportPageSetup *setup,
          guint                    page,
          guint                    n_pages,
          gpointer                 user_data)
{
  GArray *log = user_data;
  int mark = PAGE_BREAK;

  g_array_append_val (log, mark);
}

static PjReportDocument *
document_new (void)
{
  PjReportPageSetup setup = { 200, 200, 10, 10, 20, 20 };

  return pj_report_document_new (&setup);
}

static void
render (PjReportDocument *document,
        GArray           *log,
        const int        *expected,
        guint             n_expected)
{
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  g_assert_true (pj_report_document_render (document, cr, log_page, log, NULL, NULL, NULL,
                                            &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (log->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (g_array_index (log, int, i), ==, expected[i]);
}

static void
test_blocks_never_split (void)
{
  g_autoptr (PjReportDocument) document = document_new ();
  g_autoptr (GArray) log = g_array_new (FALSE, FALSE, sizeof (int));
  const int expected[] = { 0, 1, 2, PAGE_BREAK, 3, 4, 5, PAGE_BREAK, 6, PAGE_BREAK };

  /* Three blocks of 50 fill 150 of 160: the fourth goes to the next page whole. */
  for (int i = 0; i < 7; i++)
    pj_report_document_add (document, block_new (log, i, 50), PJ_REPORT_FLOW_NONE);
  g_assert_cmpuint (pj_report_document_paginate (document), ==, 3);
  render (document, log, expected, G_N_ELEMENTS (expected));
}

static void
test_keep_with_next_chain (void)
{
  g_autoptr (PjReportDocument) document = document_new ();
  g_autoptr (GArray) log = g_array_new (FALSE, FALSE, sizeof (int));
  GArray *anchors;
  /* 120 used; heading (15) + table header (10) + first row (30) do not fit in the 40 left,
   * so all three move together; the header is drawn once, not twice. */
  const int expected[] = { 0, PAGE_BREAK, 1, HEADER, 2, 3, 4, 5, PAGE_BREAK,
                           HEADER, 6, PAGE_BREAK };

  pj_report_document_add (document, block_new (log, 0, 120), PJ_REPORT_FLOW_NONE);
  pj_report_document_add_anchor (document, "Diary");
  pj_report_document_add (document, block_new (log, 1, 15), PJ_REPORT_FLOW_KEEP_WITH_NEXT);
  pj_report_document_begin_table (document, block_new (log, HEADER, 10));
  for (int i = 2; i <= 6; i++)
    pj_report_document_add (document, block_new (log, i, 30), PJ_REPORT_FLOW_NONE);
  pj_report_document_end_table (document);

  g_assert_cmpuint (pj_report_document_paginate (document), ==, 3);
  anchors = pj_report_document_get_anchors (document);
  g_assert_cmpuint (anchors->len, ==, 1);
  g_assert_cmpstr (g_array_index (anchors, PjReportAnchor, 0).title, ==, "Diary");
  g_assert_cmpuint (g_array_index (anchors, PjReportAnchor, 0).page, ==, 2);
  g_assert_cmpfloat (g_array_index (anchors, PjReportAnchor, 0).y, ==, 20);
  /* Page 2: heading 15 + header 10 + rows 4 × 30 = 145; page 3: the header again. */
  render (document, log, expected, G_N_ELEMENTS (expected));
}

static void
test_cancelled (void)
{
  g_autoptr (PjReportDocument) document = document_new ();
  g_autoptr (GArray) log = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  pj_report_document_add (document, block_new (log, 0, 50), PJ_REPORT_FLOW_NONE);
  g_cancellable_cancel (cancellable);
  g_assert_false (pj_report_document_render (document, cr, NULL, NULL, NULL, NULL,
                                             cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (log->len, ==, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-layout/blocks-never-split", test_blocks_never_split);
  g_test_add_func ("/report-layout/keep-with-next-chain", test_keep_with_next_chain);
  g_test_add_func ("/report-layout/cancelled", test_cancelled);

  return g_test_run ();
}
