/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-report-layout.h"

typedef struct
{
  PangoLayout *layout;
  double       x, y;
} PlacedLayout;

typedef struct
{
  double           x, y, width, height;
  PjReportDrawFunc draw;
  gpointer         user_data;
  GDestroyNotify   destroy;
} Drawing;

struct _PjReportBlock
{
  GArray   *layouts;   /* PlacedLayout */
  GArray   *drawings;  /* Drawing */
  double    content_height;
  double    padding;
  double    space_after;
  gboolean  has_background;
  PjColor   background;
  gboolean  has_rule;
  gboolean  rule_is_frame;
  PjColor   rule;
  PjColor   ink;
  PjColor   mark;
  double    mark_width;
};

static void
placed_layout_clear (gpointer data)
{
  PlacedLayout *placed = data;

  g_clear_object (&placed->layout);
}

static void
drawing_clear (gpointer data)
{
  Drawing *drawing = data;

  if (drawing->destroy != NULL)
    drawing->destroy (drawing->user_data);
}

PjReportBlock *
pj_report_block_new (void)
{
  PjReportBlock *block = g_new0 (PjReportBlock, 1);

  block->layouts = g_array_new (FALSE, FALSE, sizeof (PlacedLayout));
  g_array_set_clear_func (block->layouts, placed_layout_clear);
  block->drawings = g_array_new (FALSE, FALSE, sizeof (Drawing));
  g_array_set_clear_func (block->drawings, drawing_clear);
  block->ink = (PjColor) { 0, 0, 0, 1 };
  return block;
}

void
pj_report_block_free (PjReportBlock *block)
{
  if (block == NULL)
    return;
  g_array_unref (block->layouts);
  g_array_unref (block->drawings);
  g_free (block);
}

void
pj_report_block_add_layout (PjReportBlock *block,
                            PangoLayout   *layout,
                            double         x,
                            double         y)
{
  PlacedLayout placed = { layout, x, y };
  PangoRectangle logical;

  g_return_if_fail (block != NULL);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  pango_layout_get_extents (layout, NULL, &logical);
  block->content_height = MAX (block->content_height,
                               y + (double) logical.height / PANGO_SCALE);
  g_array_append_val (block->layouts, placed);
}

void
pj_report_block_add_drawing (PjReportBlock   *block,
                             double           x,
                             double           y,
                             double           width,
                             double           height,
                             PjReportDrawFunc draw,
                             gpointer         user_data,
                             GDestroyNotify   destroy)
{
  Drawing drawing = { x, y, width, height, draw, user_data, destroy };

  g_return_if_fail (block != NULL);
  g_return_if_fail (draw != NULL);

  block->content_height = MAX (block->content_height, y + height);
  g_array_append_val (block->drawings, drawing);
}

void
pj_report_block_set_background (PjReportBlock *block,
                                PjColor        color)
{
  block->has_background = TRUE;
  block->background = color;
}

void
pj_report_block_set_rule (PjReportBlock *block,
                          PjColor        color,
                          gboolean       frame)
{
  block->has_rule = TRUE;
  block->rule_is_frame = frame;
  block->rule = color;
}

void
pj_report_block_set_mark (PjReportBlock *block,
                          PjColor        color,
                          double         width)
{
  block->mark = color;
  block->mark_width = width;
}

void
pj_report_block_set_ink (PjReportBlock *block,
                         PjColor        color)
{
  block->ink = color;
}

void
pj_report_block_set_padding (PjReportBlock *block,
                             double         padding)
{
  block->padding = padding;
}

void
pj_report_block_set_space_after (PjReportBlock *block,
                                 double         space)
{
  block->space_after = space;
}

double
pj_report_block_get_height (const PjReportBlock *block)
{
  return block->content_height + block->padding;
}

static void
set_source (cairo_t *cr,
            PjColor  color)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
}

static void
block_draw (const PjReportBlock *block,
            cairo_t             *cr,
            double               x,
            double               y,
            double               width)
{
  double height = pj_report_block_get_height (block);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  if (block->has_background)
    {
      set_source (cr, block->background);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }
  if (block->mark_width > 0)
    {
      set_source (cr, block->mark);
      cairo_rectangle (cr, 0, 0, block->mark_width, height);
      cairo_fill (cr);
    }
  for (guint i = 0; i < block->drawings->len; i++)
    {
      const Drawing *drawing = &g_array_index (block->drawings, Drawing, i);

      cairo_save (cr);
      cairo_translate (cr, drawing->x, drawing->y);
      cairo_rectangle (cr, 0, 0, drawing->width, drawing->height);
      cairo_clip (cr);
      drawing->draw (cr, drawing->width, drawing->height, drawing->user_data);
      cairo_restore (cr);
    }
  set_source (cr, block->ink);
  for (guint i = 0; i < block->layouts->len; i++)
    {
      const PlacedLayout *placed = &g_array_index (block->layouts, PlacedLayout, i);

      cairo_move_to (cr, placed->x, placed->y);
      pango_cairo_show_layout (cr, placed->layout);
    }
  if (block->has_rule)
    {
      set_source (cr, block->rule);
      cairo_set_line_width (cr, 0.5);
      if (block->rule_is_frame)
        cairo_rectangle (cr, 0.25, 0.25, width - 0.5, height - 0.5);
      else
        {
          cairo_move_to (cr, 0, height - 0.25);
          cairo_line_to (cr, width, height - 0.25);
        }
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* ----- The document ----- */

typedef struct
{
  PjReportBlock *block;
  PjReportFlow   flow;
  PjReportBlock *table_header;  /* borrowed: the header of the table this row belongs to */
  char          *anchor;
} Entry;

typedef struct
{
  PjReportBlock *block;
  guint          page;
  double         y;
} Placement;

struct _PjReportDocument
{
  PjReportPageSetup setup;
  GArray           *entries;     /* Entry */
  GPtrArray        *headers;     /* table headers, owned */
  PjReportBlock    *open_table;
  char             *next_anchor;
  GArray           *placements;  /* Placement, by page */
  GArray           *anchors;     /* PjReportAnchor */
  guint             n_pages;
};

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  pj_report_block_free (entry->block);
  g_free (entry->anchor);
}

static void
anchor_clear (gpointer data)
{
  PjReportAnchor *anchor = data;

  g_free (anchor->title);
}

PjReportDocument *
pj_report_document_new (const PjReportPageSetup *setup)
{
  PjReportDocument *document;

  g_return_val_if_fail (setup != NULL, NULL);
  g_return_val_if_fail (setup->width > setup->left + setup->right, NULL);
  g_return_val_if_fail (setup->height > setup->top + setup->bottom, NULL);

  document = g_new0 (PjReportDocument, 1);
  document->setup = *setup;
  document->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (document->entries, entry_clear);
  document->headers = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_report_block_free);
  document->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  document->anchors = g_array_new (FALSE, FALSE, sizeof (PjReportAnchor));
  g_array_set_clear_func (document->anchors, anchor_clear);
  return document;
}

void
pj_report_document_free (PjReportDocument *document)
{
  if (document == NULL)
    return;
  g_array_unref (document->entries);
  g_ptr_array_unref (document->headers);
  g_array_unref (document->placements);
  g_array_unref (document->anchors);
  g_free (document->next_anchor);
  g_free (document);
}

const PjReportPageSetup *
pj_report_document_get_setup (PjReportDocument *document)
{
  return &document->setup;
}

double
pj_report_document_get_content_width (PjReportDocument *document)
{
  return document->setup.width - document->setup.left - document->setup.right;
}

void
pj_report_document_add (PjReportDocument *document,
                        PjReportBlock    *block,
                        PjReportFlow      flow)
{
  Entry entry = { block, flow, document->open_table, g_steal_pointer (&document->next_anchor) };

  g_return_if_fail (block != NULL);
  g_array_append_val (document->entries, entry);
}

void
pj_report_document_add_anchor (PjReportDocument *document,
                               const char       *title)
{
  g_free (document->next_anchor);
  document->next_anchor = g_strdup (title);
}

void
pj_report_document_begin_table (PjReportDocument *document,
                                PjReportBlock    *header)
{
  Entry entry = { NULL, PJ_REPORT_FLOW_KEEP_WITH_NEXT, header,
                  g_steal_pointer (&document->next_anchor) };

  g_return_if_fail (document->open_table == NULL);

  /* The header's first appearance is an ordinary entry that must stay with the first row;
   * the rows remember it so a page break inside the table can draw it again. */
  g_ptr_array_add (document->headers, header);
  document->open_table = header;
  g_array_append_val (document->entries, entry);
}

void
pj_report_document_end_table (PjReportDocument *document)
{
  document->open_table = NULL;
}

static PjReportBlock *
entry_block (const Entry *entry)
{
  /* A table's first entry holds no block of its own: it stands for the header. */
  return entry->block != NULL ? entry->block : entry->table_header;
}

static void
place (PjReportDocument *document,
       PjReportBlock    *block,
       double           *y)
{
  Placement placement = { block, document->n_pages, *y };

  g_array_append_val (document->placements, placement);
  *y += pj_report_block_get_height (block) + block->space_after;
}

guint
pj_report_document_paginate (PjReportDocument *document)
{
  const PjReportPageSetup *setup = &document->setup;
  double top = setup->top, bottom = setup->height - setup->bottom;
  double y = top;

  g_array_set_size (document->placements, 0);
  g_array_set_size (document->anchors, 0);
  document->n_pages = 1;

  for (guint i = 0; i < document->entries->len; i++)
    {
      Entry *entry = &g_array_index (document->entries, Entry, i);
      PjReportBlock *block = entry_block (entry);
      gboolean is_row = entry->block != NULL && entry->table_header != NULL;
      double need = pj_report_block_get_height (block);

      /* A chain of kept entries (a heading, then a table header, then the first row) moves
       * to the next page as a whole. */
      for (guint j = i; j + 1 < document->entries->len; j++)
        {
          const Entry *kept = &g_array_index (document->entries, Entry, j);

          if (!(kept->flow & PJ_REPORT_FLOW_KEEP_WITH_NEXT))
            break;
          need += entry_block (kept)->space_after +
                  pj_report_block_get_height (entry_block (&g_array_index (document->entries,
                                                                           Entry, j + 1)));
        }
      if (y > top && ((entry->flow & PJ_REPORT_FLOW_PAGE_BREAK_BEFORE) || y + need > bottom))
        {
          document->n_pages++;
          y = top;
        }
      if (y == top && is_row)
        place (document, entry->table_header, &y);
      if (entry->anchor != NULL)
        {
          PjReportAnchor anchor = { g_strdup (entry->anchor), document->n_pages, y };

          g_array_append_val (document->anchors, anchor);
        }
      place (document, block, &y);
    }
  return document->n_pages;
}

GArray *
pj_report_document_get_anchors (PjReportDocument *document)
{
  return document->anchors;
}

gboolean
pj_report_document_render (PjReportDocument     *document,
                           cairo_t              *cr,
                           PjReportPageFunc      decorate,
                           gpointer              decorate_data,
                           PjReportProgressFunc  progress,
                           gpointer              progress_data,
                           GCancellable         *cancellable,
                           GError              **error)
{
  const PjReportPageSetup *setup = &document->setup;
  double width = pj_report_document_get_content_width (document);
  guint next = 0;

  if (document->n_pages == 0)
    pj_report_document_paginate (document);

  for (guint page = 1; page <= document->n_pages; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      for (; next < document->placements->len; next++)
        {
          const Placement *placement = &g_array_index (document->placements, Placement, next);

          if (placement->page != page)
            break;
          block_draw (placement->block, cr, setup->left, placement->y, width);
        }
      if (decorate != NULL)
        decorate (cr, setup, page, document->n_pages, decorate_data);
      cairo_show_page (cr);
      if (progress != NULL)
        progress ((double) page / document->n_pages, progress_data);
    }
  return TRUE;
}
