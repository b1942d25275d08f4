/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>

#include "pj-palette.h"

G_BEGIN_DECLS

/* A flowing page layout for the report: a document is a column of blocks that are measured
 * first and drawn afterwards, so the total page count is known before the first page is
 * drawn ("page 1 of 7"). A block never breaks across pages: a chart or a diary row is moved
 * whole to the next page. Tables repeat their header row on every page they continue on. */

typedef struct _PjReportBlock PjReportBlock;

/* Draws the custom part of a block with the origin at the drawing's top left corner. */
typedef void (*PjReportDrawFunc) (cairo_t  *cr,
                                  double    width,
                                  double    height,
                                  gpointer  user_data);

PjReportBlock *pj_report_block_new (void);
void           pj_report_block_free (PjReportBlock *block);
/* Takes @layout; the block grows to contain it at (@x, @y). */
void           pj_report_block_add_layout (PjReportBlock *block,
                                           PangoLayout   *layout,
                                           double         x,
                                           double         y);
/* A custom drawing (a chart, a body map) in the rectangle; the block grows to contain it. */
void           pj_report_block_add_drawing (PjReportBlock   *block,
                                            double           x,
                                            double           y,
                                            double           width,
                                            double           height,
                                            PjReportDrawFunc draw,
                                            gpointer         user_data,
                                            GDestroyNotify   destroy);
/* A filled rectangle behind the whole block (a table header, a box). */
void           pj_report_block_set_background (PjReportBlock *block,
                                               PjColor        color);
/* A thin line under the block (between table rows) or a frame around it. */
void           pj_report_block_set_rule (PjReportBlock *block,
                                         PjColor        color,
                                         gboolean       frame);
/* A vertical bar of @width down the left edge (a flag's level). */
void           pj_report_block_set_mark (PjReportBlock *block,
                                         PjColor        color,
                                         double         width);
/* The colour of the text (default black). */
void           pj_report_block_set_ink (PjReportBlock *block,
                                        PjColor        color);
/* Extra height inside the block below its content (padding), and space after it. */
void           pj_report_block_set_padding (PjReportBlock *block,
                                            double         padding);
void           pj_report_block_set_space_after (PjReportBlock *block,
                                                double         space);
double         pj_report_block_get_height (const PjReportBlock *block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjReportBlock, pj_report_block_free)

typedef enum
{
  PJ_REPORT_FLOW_NONE = 0,
  PJ_REPORT_FLOW_KEEP_WITH_NEXT = 1 << 0,     /* a heading never ends a page */
  PJ_REPORT_FLOW_PAGE_BREAK_BEFORE = 1 << 1,  /* unless already at the top of a page */
} PjReportFlow;

typedef struct
{
  double width, height;            /* paper, in points */
  double left, right, top, bottom; /* margins; the footer lives inside the bottom margin */
} PjReportPageSetup;

typedef struct
{
  char  *title;
  guint  page;   /* 1-based */
  double y;      /* top of the block on that page */
} PjReportAnchor;

typedef struct _PjReportDocument PjReportDocument;

typedef void (*PjReportPageFunc) (cairo_t                 *cr,
                                  const PjReportPageSetup *setup,
                                  guint                    page,
                                  guint                    n_pages,
                                  gpointer                 user_data);
typedef void (*PjReportProgressFunc) (double   fraction,
                                      gpointer user_data);

PjReportDocument *pj_report_document_new (const PjReportPageSetup *setup);
void              pj_report_document_free (PjReportDocument *document);
const PjReportPageSetup *pj_report_document_get_setup (PjReportDocument *document);
/* The width blocks should be laid out to. */
double            pj_report_document_get_content_width (PjReportDocument *document);
/* Takes @block. */
void              pj_report_document_add (PjReportDocument *document,
                                          PjReportBlock    *block,
                                          PjReportFlow      flow);
/* The next block added starts a section: its page and position become an anchor (a PDF
 * outline entry). */
void              pj_report_document_add_anchor (PjReportDocument *document,
                                                 const char       *title);
/* Takes @header: the rows added until pj_report_document_end_table() are placed under it,
 * and it is drawn again at the top of each page the rows continue on. */
void              pj_report_document_begin_table (PjReportDocument *document,
                                                  PjReportBlock    *header);
void              pj_report_document_end_table (PjReportDocument *document);

/* Places the blocks on pages and returns the page count (at least 1). */
guint             pj_report_document_paginate (PjReportDocument *document);
/* PjReportAnchor, in document order; valid after pagination. */
GArray           *pj_report_document_get_anchors (PjReportDocument *document);
/* Draws every page on @cr, calling @decorate for the header and footer of each and
 * cairo_show_page() after it. Checks @cancellable between pages. */
gboolean          pj_report_document_render (PjReportDocument     *document,
                                             cairo_t              *cr,
                                             PjReportPageFunc      decorate,
                                             gpointer              decorate_data,
                                             PjReportProgressFunc  progress,
                                             gpointer              progress_data,
                                             GCancellable         *cancellable,
                                             GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjReportDocument, pj_report_document_free)

G_END_DECLS
