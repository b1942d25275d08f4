/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The data layer for long spans: one point per calendar week, the week's mean pain, with the
 * band from the week's least to its worst daily pain, and the factor's weekly mean. Hundreds
 * of daily points across a year only read as a zig-zag; weeks show the trend. */
#include "config.h"

#include <math.h>

#include "pj-chart-legend.h"
#include "pj-chart-private.h"

/* A week point gets at least this many pixels, or neighbouring weeks share one. */
#define MIN_WEEK_PX 3.0

static void
draw_weekly_factor (PjChart             *chart,
                    cairo_t             *cr,
                    const PjChartColumn *columns,
                    guint                n,
                    const PjPalette     *palette)
{
  double y0 = chart->plot.y + chart->plot.height;
  double y_per_unit = chart->plot.height / chart->factor_max;
  double bar = chart->plot.width / n * 0.7;

  if (pj_chart_factor_style (chart->series->factor) == PJ_CHART_FACTOR_STYLE_LINE)
    {
      pj_chart_set_source (cr, palette->factor);
      pj_chart_draw_line (cr, columns, n, y0, y_per_unit, MAX (chart->font_size / 8, 1.25));
      return;
    }
  pj_chart_set_source (cr, pj_chart_factor_column_color (palette));
  for (guint i = 0; i < n; i++)
    if (columns[i].n > 0)
      cairo_rectangle (cr, columns[i].x - bar / 2, y0 - columns[i].mean * y_per_unit, bar,
                       columns[i].mean * y_per_unit);
  cairo_fill (cr);
}

void
pj_chart_draw_weekly (PjChart         *chart,
                      cairo_t         *cr,
                      const PjPalette *palette)
{
  GArray *weeks = chart->series->weeks;
  guint n = pj_chart_week_column_count (weeks->len, chart->plot.width, MIN_WEEK_PX);
  double y0 = chart->plot.y + chart->plot.height;
  double y_per_unit = chart->plot.height / 10.0;
  double line_width = MAX (chart->font_size / 6, 1.5);
  gboolean has_factor = chart->series->factor_values != NULL && chart->factor_max > 0;
  PjChartColumn **columns = chart->columns;

  pj_chart_ensure_columns (chart, n);
  pj_chart_reduce_weeks (weeks, &chart->time, n, columns[COLUMNS_MEAN], columns[COLUMNS_LEAST],
                         has_factor ? columns[COLUMNS_FACTOR] : NULL);

  cairo_save (cr);
  cairo_rectangle (cr, chart->plot.x - line_width * 2, chart->plot.y - line_width * 2,
                   chart->plot.width + line_width * 4, chart->plot.height + line_width * 4);
  cairo_clip (cr);

  if (has_factor)
    draw_weekly_factor (chart, cr, columns[COLUMNS_FACTOR], n, palette);

  pj_chart_set_source (cr, palette->band);
  pj_chart_draw_band (cr, columns[COLUMNS_LEAST], columns[COLUMNS_LEAST], n, y0, y_per_unit,
                      chart->plot.width / n);
  pj_chart_set_source (cr, palette->accent);
  pj_chart_draw_line (cr, columns[COLUMNS_MEAN], n, y0, y_per_unit, line_width * 1.2);
  cairo_restore (cr);
}
