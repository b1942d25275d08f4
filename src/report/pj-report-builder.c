/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pj-report-builder.h"
#include "pj-report-voice.h"

static const struct
{
  double      size;
  PangoWeight weight;
} text_styles[PJ_N_TEXT_STYLES] = {
  [PJ_TEXT_TITLE] = { 18, PANGO_WEIGHT_BOLD },
  [PJ_TEXT_HEADING] = { 12.5, PANGO_WEIGHT_BOLD },
  [PJ_TEXT_SUBHEADING] = { 9.5, PANGO_WEIGHT_BOLD },
  [PJ_TEXT_BODY] = { 9, PANGO_WEIGHT_NORMAL },
  [PJ_TEXT_BODY_BOLD] = { 9, PANGO_WEIGHT_BOLD },
  [PJ_TEXT_SMALL] = { 7.5, PANGO_WEIGHT_NORMAL },
  [PJ_TEXT_SMALL_BOLD] = { 7.5, PANGO_WEIGHT_BOLD },
  [PJ_TEXT_FIGURE] = { 15, PANGO_WEIGHT_BOLD },
};

void
pj_report_builder_init (PjReportBuilder       *builder,
                        cairo_t               *cr,
                        PjReportDocument      *document,
                        const PjReportOptions *options,
                        GPtrArray             *days,
                        GPtrArray             *all_days)
{
  cairo_font_options_t *font_options = cairo_font_options_create ();

  memset (builder, 0, sizeof *builder);
  builder->document = document;
  builder->options = options;
  builder->days = days;
  builder->all_days = all_days;
  builder->width = pj_report_document_get_content_width (document);
  pj_palette_init (&builder->palette, PJ_PALETTE_PRINT);

  /* Measured and drawn with the same context: what was measured is what gets drawn. Metrics
   * are unhinted because a PDF is scaled by whoever views it. */
  builder->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (builder->context, 72);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (builder->context, font_options);
  cairo_font_options_destroy (font_options);

  for (guint i = 0; i < PJ_N_TEXT_STYLES; i++)
    {
      builder->fonts[i] = pango_font_description_new ();
      pango_font_description_set_family_static (builder->fonts[i], "Sans");
      pango_font_description_set_size (builder->fonts[i],
                                       (int) (text_styles[i].size * PANGO_SCALE));
      pango_font_description_set_weight (builder->fonts[i], text_styles[i].weight);
    }
}

void
pj_report_builder_clear (PjReportBuilder *builder)
{
  for (guint i = 0; i < PJ_N_TEXT_STYLES; i++)
    g_clear_pointer (&builder->fonts[i], pango_font_description_free);
  g_clear_object (&builder->context);
  g_clear_pointer (&builder->summary, pj_report_summary_free);
  g_clear_pointer (&builder->flags, g_ptr_array_unref);
}

static PangoLayout *
new_layout (PjReportBuilder *builder,
            PjTextStyle      style,
            double           width)
{
  PangoLayout *layout = pango_layout_new (builder->context);

  pango_layout_set_font_description (layout, builder->fonts[style]);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

PangoLayout *
pj_report_text (PjReportBuilder *builder,
                PjTextStyle      style,
                const char      *text,
                double           width)
{
  PangoLayout *layout = new_layout (builder, style, width);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

PangoLayout *
pj_report_markup (PjReportBuilder *builder,
                  PjTextStyle      style,
                  const char      *markup,
                  double           width)
{
  PangoLayout *layout = new_layout (builder, style, width);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

double
pj_report_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

void
pj_report_add_heading (PjReportBuilder *builder,
                       const char      *title)
{
  PjReportBlock *block = pj_report_block_new ();

  /* Air above a heading separates the sections more than the rule below it. */
  pj_report_block_add_layout (block, pj_report_text (builder, PJ_TEXT_HEADING, title, 0), 0, 6);
  pj_report_block_set_padding (block, 3);
  pj_report_block_set_rule (block, builder->palette.grid, FALSE);
  pj_report_block_set_space_after (block, 6);
  pj_report_document_add_anchor (builder->document, title);
  pj_report_document_add (builder->document, block, PJ_REPORT_FLOW_KEEP_WITH_NEXT);
}

static void
add_paragraph (PjReportBuilder *builder,
               PjTextStyle      style,
               const char      *text,
               PjReportFlow     flow)
{
  PjReportBlock *block = pj_report_block_new ();

  pj_report_block_add_layout (block, pj_report_text (builder, style, text, builder->width),
                              0, 0);
  pj_report_block_set_space_after (block, 4);
  pj_report_document_add (builder->document, block, flow);
}

void
pj_report_add_paragraph (PjReportBuilder *builder,
                         PjTextStyle      style,
                         const char      *text)
{
  add_paragraph (builder, style, text, PJ_REPORT_FLOW_NONE);
}

void
pj_report_add_lead_in (PjReportBuilder *builder,
                       PjTextStyle      style,
                       const char      *text)
{
  add_paragraph (builder, style, text, PJ_REPORT_FLOW_KEEP_WITH_NEXT);
}

void
pj_report_add_pending (PjReportBuilder *builder,
                       const char      *text)
{
  PjReportBlock *block = pj_report_block_new ();

  pj_report_block_add_layout (block,
                              pj_report_text (builder, PJ_TEXT_SMALL, text, builder->width - 12),
                              6, 5);
  pj_report_block_set_padding (block, 5);
  pj_report_block_set_rule (block, builder->palette.grid, TRUE);
  pj_report_block_set_space_after (block, 8);
  pj_report_document_add (builder->document, block, PJ_REPORT_FLOW_NONE);
}

void
pj_report_add_key_values (PjReportBuilder   *builder,
                          const char *const *pairs)
{
  double label_width = builder->width * 0.24;
  double value_width = builder->width - label_width - 8;

  for (guint i = 0; pairs[i] != NULL && pairs[i + 1] != NULL; i += 2)
    {
      g_auto (GStrv) lines = g_strsplit (pairs[i + 1], "\n", -1);

      /* One block per line of the value: a long list (many medications) may then continue
       * on the next page instead of running over the bottom margin. */
      for (guint j = 0; lines[j] != NULL; j++)
        {
          PjReportBlock *block = pj_report_block_new ();

          if (j == 0)
            pj_report_block_add_layout (block, pj_report_text (builder, PJ_TEXT_BODY_BOLD,
                                                               pairs[i], label_width), 0, 0);
          pj_report_block_add_layout (block, pj_report_text (builder, PJ_TEXT_BODY, lines[j],
                                                             value_width), label_width + 8, 0);
          pj_report_block_set_space_after (block, lines[j + 1] != NULL ? 1 : 3);
          pj_report_document_add (builder->document, block, PJ_REPORT_FLOW_NONE);
        }
    }
}

char *
pj_report_format_date (PjDate date)
{
  return pj_report_voice_format_date (date);
}

char *
pj_report_format_number (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  return g_strdup_printf ("%.1f", value);
}
