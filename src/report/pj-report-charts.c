/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-chart.h"
#include "pj-chart-doses.h"
#include "pj-chart-markers.h"
#include "pj-flags.h"
#include "pj-report-builder.h"

/* The charts of the report, drawn by the one chart renderer (pj-chart) as vectors on the PDF
 * page. Each chart, with its title, is one block: a page break never cuts it. */

#define PAIN_CHART_HEIGHT 150.0
#define FACTOR_CHART_HEIGHT 120.0
#define CHART_FONT_SIZE 7.0
#define CHART_GAP 12.0

typedef struct
{
  PjChart  *chart;
  PjPalette palette;
} ChartDrawing;

static void
chart_drawing_free (gpointer data)
{
  ChartDrawing *drawing = data;

  pj_chart_free (drawing->chart);
  g_free (drawing);
}

static void
draw_chart (cairo_t *cr,
            double   width,
            double   height,
            gpointer user_data)
{
  ChartDrawing *drawing = user_data;

  pj_chart_render (drawing->chart, cr, width, height, &drawing->palette);
}

static ChartDrawing *
chart_drawing_new (PjReportBuilder *builder,
                   PjChartFactor    factor,
                   GArray          *markers)
{
  ChartDrawing *drawing = g_new0 (ChartDrawing, 1);
  const PjReportOptions *options = builder->options;

  drawing->palette = builder->palette;
  drawing->chart = pj_chart_new ();
  pj_chart_set_series (drawing->chart,
                       pj_chart_series_new (builder->days, options->from, options->to, factor));
  pj_chart_set_font (drawing->chart, "Sans", CHART_FONT_SIZE);
  pj_chart_set_fill_background (drawing->chart, FALSE);
  pj_chart_set_weekly_above_days (drawing->chart, PJ_CHART_WEEKLY_ABOVE_DAYS_PRINT);
  /* One legend, on the pain chart: the factor charts draw the pain the same way, and each
   * names its factor in the title of its right-hand axis, in the factor's colour. */
  pj_chart_set_show_legend (drawing->chart, factor == PJ_CHART_FACTOR_NONE);
  if (factor == PJ_CHART_FACTOR_NONE && markers != NULL && markers->len > 0)
    pj_chart_set_markers (drawing->chart, (const PjChartMarker *) (gpointer) markers->data,
                          markers->len);
  /* the pain chart carries the dose rows, as on the Trends page */
  if (factor == PJ_CHART_FACTOR_NONE && builder->medicines != NULL)
    pj_chart_set_dose_rows (drawing->chart,
                            pj_chart_dose_rows_from_medicines (builder->medicines, options->from,
                                                               options->to));
  return drawing;
}

/* A block with a title and one or two charts side by side. */
static void
add_chart_block (PjReportBuilder     *builder,
                 const char          *title,
                 const PjChartFactor *factors,
                 guint                n_factors,
                 double               height,
                 GArray              *markers)
{
  PjReportBlock *block = pj_report_block_new ();
  PangoLayout *layout = pj_report_text (builder, PJ_TEXT_SUBHEADING, title, builder->width);
  double top = pj_report_layout_height (layout) + 4;
  double width = (builder->width - (n_factors - 1) * CHART_GAP) / n_factors;

  pj_report_block_add_layout (block, layout, 0, 0);
  for (guint i = 0; i < n_factors; i++)
    pj_report_block_add_drawing (block, i * (width + CHART_GAP), top, width, height, draw_chart,
                                 chart_drawing_new (builder, factors[i], markers), chart_drawing_free);
  pj_report_block_set_space_after (block, 12);
  pj_report_document_add (builder->document, block, PJ_REPORT_FLOW_NONE);
}

/* The same markers as the Trends page: one per date a flag named (one per week when the
 * chart draws weeks), most serious first. */
static GArray *
flag_markers (PjReportBuilder *builder)
{
  return pj_chart_markers_from_flags (builder->flags, builder->options->from,
                                      builder->options->to);
}

/* The averages behind the charts, in one line for a reader who skims; kept with the first
 * chart so the heading, the line and the chart start on the same page. */
static void
add_averages (PjReportBuilder *builder)
{
  const PjReportSummary *summary = builder->summary;
  PjReportBlock *block = pj_report_block_new ();
  g_autofree char *sitting = pj_report_format_number (summary->sitting_hours_mean);
  g_autofree char *screen = pj_report_format_number (summary->screen_hours_mean);
  g_autofree char *exercise = pj_report_format_number (summary->exercise_minutes_mean);
  g_autofree char *sleep = pj_report_format_number (summary->sleep_hours_mean);
  g_autofree char *stress = pj_report_format_number (summary->stress_mean);
  /* Translators: the daily averages above the charts; "h" is hours, "min" minutes; the %u
   * counts the days with some exercise */
  g_autofree char *text = g_strdup_printf (ngettext ("Average per day: sitting %s h, screen "
                                                     "%s h, exercise %s min (some on %u day), "
                                                     "sleep %s h, stress %s (0–10).",
                                                     "Average per day: sitting %s h, screen "
                                                     "%s h, exercise %s min (some on %u days), "
                                                     "sleep %s h, stress %s (0–10).",
                                                     summary->exercise_days),
                                           sitting, screen, exercise, summary->exercise_days,
                                           sleep, stress);

  pj_report_block_add_layout (block, pj_report_text (builder, PJ_TEXT_BODY, text,
                                                     builder->width), 0, 0);
  pj_report_block_set_space_after (block, 8);
  pj_report_document_add (builder->document, block, PJ_REPORT_FLOW_KEEP_WITH_NEXT);
}

static gboolean
report_is_weekly (PjReportBuilder *builder)
{
  return pj_chart_series_use_weekly (builder->options->to - builder->options->from + 1,
                                     PJ_CHART_WEEKLY_ABOVE_DAYS_PRINT);
}

/* The pain chart, on the first page under the summary: the one picture of the period. */
void
pj_report_add_pain_chart (PjReportBuilder *builder)
{
  static const PjChartFactor pain[] = { PJ_CHART_FACTOR_NONE };
  g_autoptr (GArray) markers = flag_markers (builder);
  g_autoptr (GPtrArray) rows = pj_chart_dose_rows_from_medicines (builder->medicines,
                                                                  builder->options->from,
                                                                  builder->options->to);
  /* each dose row takes about 1.3 lines of the chart's text under the plot */
  double doses_height = rows->len * CHART_FONT_SIZE * 1.6 * 1.3;
  gboolean weekly = report_is_weekly (builder);
  const char *title;

  if (weekly)
    title = rows->len > 0 ? _("Weekly average pain, least to worst in the week, warning signs, "
                              "doses")
                          : _("Weekly average pain, least to worst in the week, warning signs");
  else
    title = rows->len > 0 ? _("Daily pain: least to worst band, 7-day average, warning signs, "
                              "doses")
                          : _("Daily pain: least to worst band, 7-day average, warning signs");

  pj_report_add_heading (builder, _("Pain over the period"));
  if (weekly)
    pj_report_add_lead_in (builder, PJ_TEXT_SMALL,
                           _("Over more than 60 days the charts show weekly averages "
                             "(Monday to Sunday) and one warning-sign marker per week; a week "
                             "without entries is left blank, never drawn as zero."));
  add_chart_block (builder, title, pain, G_N_ELEMENTS (pain), PAIN_CHART_HEIGHT + doses_height,
                   markers);
}

void
pj_report_add_charts (PjReportBuilder *builder)
{
  static const PjChartFactor sitting[] = {
    PJ_CHART_FACTOR_SITTING_HOURS, PJ_CHART_FACTOR_SCREEN_HOURS,
  };
  static const PjChartFactor exercise[] = { PJ_CHART_FACTOR_EXERCISE_MINUTES };
  static const PjChartFactor rest[] = { PJ_CHART_FACTOR_SLEEP_HOURS, PJ_CHART_FACTOR_STRESS };
  gboolean weekly = report_is_weekly (builder);

  pj_report_add_heading (builder, _("Day factors beside the pain"));
  add_averages (builder);
  add_chart_block (builder, weekly ? _("Sitting and screen time, weekly, with pain")
                                   : _("Sitting and screen time, with daily pain"),
                   sitting, G_N_ELEMENTS (sitting), FACTOR_CHART_HEIGHT, NULL);
  add_chart_block (builder, weekly ? _("Exercise, weekly, with pain")
                                   : _("Exercise, with daily pain"),
                   exercise, G_N_ELEMENTS (exercise), FACTOR_CHART_HEIGHT, NULL);
  add_chart_block (builder, weekly ? _("Sleep and stress, weekly, with pain")
                                   : _("Sleep and stress, with daily pain"),
                   rest, G_N_ELEMENTS (rest), FACTOR_CHART_HEIGHT, NULL);
}
