/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The data layer of the renderer: the pain line, the band, the rolling mean and the factor, from
 * the reduced pixel columns. */
#include "config.h"

#include <math.h>

#include "pj-chart-legend.h"
#include "pj-chart-private.h"

void
pj_chart_ensure_columns (PjChart *chart,
                guint    n_columns)
{
  if (chart->n_columns_allocated >= n_columns)
    return;
  for (guint i = 0; i < N_COLUMN_SETS; i++)
    chart->columns[i] = g_renew (PjChartColumn, chart->columns[i], n_columns);
  chart->n_columns_allocated = n_columns;
}

static inline gboolean
column_has_value (const PjChartColumn *columns,
                  guint                n,
                  int                  i)
{
  return i >= 0 && (guint) i < n && columns[i].n > 0;
}

/* Strokes a line through the columns' means that breaks at every gap and marks a lone value
 * with a dot. Only used while each column is one day, so mean = min = max. */
void
pj_chart_draw_line (cairo_t             *cr,
           const PjChartColumn *columns,
           guint                n,
           double               y0,
           double               y_per_unit,
           double               line_width)
{
  cairo_set_line_width (cr, line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < n; i++)
    {
      double y;

      if (columns[i].n == 0)
        continue;
      y = y0 - columns[i].mean * y_per_unit;
      if (column_has_value (columns, n, (int) i - 1))
        cairo_line_to (cr, columns[i].x, y);
      else
        cairo_move_to (cr, columns[i].x, y);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      if (columns[i].n > 0 && !column_has_value (columns, n, (int) i - 1) &&
          !column_has_value (columns, n, (int) i + 1))
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, columns[i].x, y0 - columns[i].mean * y_per_unit, line_width * 1.3,
                     0, 2 * G_PI);
        }
    }
  cairo_fill (cr);
}

/* The least … worst band: one polygon per run of days with values, so it breaks at gaps. */
void
pj_chart_draw_band (cairo_t             *cr,
           const PjChartColumn *least,
           const PjChartColumn *worst,
           guint                n,
           double               y0,
           double               y_per_unit,
           double               column_width)
{
  guint i = 0;

  while (i < n)
    {
      guint start, end;

      if (least[i].n == 0)
        {
          i++;
          continue;
        }
      for (start = i; i < n && least[i].n > 0; i++)
        ;
      end = i;
      if (end - start == 1)
        {
          double half = MAX (column_width * 0.2, 1);

          cairo_rectangle (cr, least[start].x - half, y0 - worst[start].max * y_per_unit,
                           2 * half, (worst[start].max - least[start].min) * y_per_unit);
          continue;
        }
      cairo_move_to (cr, worst[start].x, y0 - worst[start].max * y_per_unit);
      for (guint j = start + 1; j < end; j++)
        cairo_line_to (cr, worst[j].x, y0 - worst[j].max * y_per_unit);
      for (guint j = end; j-- > start;)
        cairo_line_to (cr, least[j].x, y0 - least[j].min * y_per_unit);
      cairo_close_path (cr);
    }
  cairo_fill (cr);
}

/* Below two pixels per day a stroked polyline costs more with every extra point (joins,
 * zigzags) although nothing more can be seen. Each column is then filled as a box:
 * boxes on whole pixels are the cheapest thing cairo rasterises, and columns never overlap, so
 * one fill of all of them has no seams. */
#define ENVELOPE_BELOW_PX 2.0

static void
add_box (cairo_t *cr,
         double   x,
         double   top,
         double   width,
         double   bottom)
{
  double left = round (x);
  double right = round (x + width);

  top = round (top);
  bottom = round (bottom);
  /* Never let a value vanish by rounding: a column is at least one pixel each way. */
  if (right <= left)
    right = left + 1;
  if (bottom <= top)
    bottom = top + 1;
  cairo_rectangle (cr, left, top, right - left, bottom - top);
}

/* The line as boxes: each column spans its min … max (with @extents; else only its mean) and
 * reaches back to the previous column's mean, so neighbouring days join up, and a column
 * without values leaves a gap. */
static void
fill_envelope_line (cairo_t             *cr,
                    const PjChartColumn *columns,
                    guint                n,
                    double               x0,
                    double               column_width,
                    double               y0,
                    double               y_per_unit,
                    double               line_width,
                    gboolean             extents)
{
  for (guint i = 0; i < n; i++)
    {
      double low, high;

      if (columns[i].n == 0)
        continue;
      low = extents ? columns[i].min : columns[i].mean;
      high = extents ? columns[i].max : columns[i].mean;
      if (column_has_value (columns, n, (int) i - 1))
        {
          low = MIN (low, columns[i - 1].mean);
          high = MAX (high, columns[i - 1].mean);
        }
      add_box (cr, x0 + i * column_width, y0 - high * y_per_unit - line_width / 2,
               column_width, y0 - low * y_per_unit + line_width / 2);
    }
  cairo_fill (cr);
}

static void
fill_envelope_band (cairo_t             *cr,
                    const PjChartColumn *least,
                    const PjChartColumn *worst,
                    guint                n,
                    double               x0,
                    double               column_width,
                    double               y0,
                    double               y_per_unit)
{
  for (guint i = 0; i < n; i++)
    {
      if (least[i].n == 0)
        continue;
      add_box (cr, x0 + i * column_width, y0 - worst[i].max * y_per_unit,
               column_width, y0 - least[i].min * y_per_unit);
    }
  cairo_fill (cr);
}

static void
draw_factor (PjChart         *chart,
             cairo_t         *cr,
             guint            n,
             const PjPalette *palette)
{
  const PjChartColumn *columns = chart->columns[COLUMNS_FACTOR];
  double y0 = chart->plot.y + chart->plot.height;
  double y_per_unit = chart->plot.height / chart->factor_max;
  double column_width = chart->plot.width / n;
  gboolean envelope = column_width < ENVELOPE_BELOW_PX;
  gboolean as_line = pj_chart_factor_style (chart->series->factor) == PJ_CHART_FACTOR_STYLE_LINE;

  /* Columns cover a lot of the plot: lighter than the line style, so the pain stays in front. */
  pj_chart_set_source (cr, as_line ? palette->factor : pj_chart_factor_column_color (palette));
  if (as_line)
    {
      double line_width = MAX (chart->font_size / 8, 1.25);

      if (envelope)
        fill_envelope_line (cr, columns, n, chart->plot.x, column_width, y0, y_per_unit,
                            line_width, FALSE);
      else
        pj_chart_draw_line (cr, columns, n, y0, y_per_unit, line_width);
      return;
    }

  /* Narrow columns touch: a gap between them would leave nothing to see. */
  for (guint i = 0; i < n; i++)
    {
      double bar = column_width >= 4 ? column_width * 0.6 : column_width;
      double x = envelope ? chart->plot.x + i * column_width : columns[i].x - bar / 2;

      if (columns[i].n == 0)
        continue;
      if (envelope)
        add_box (cr, x, y0 - columns[i].mean * y_per_unit, bar, y0);
      else
        cairo_rectangle (cr, x, y0 - columns[i].mean * y_per_unit, bar,
                         columns[i].mean * y_per_unit);
    }
  cairo_fill (cr);
}

void
pj_chart_draw_series (PjChart         *chart,
                      cairo_t         *cr,
                      const PjPalette *palette)
{
  const PjChartSeries *series = chart->series;
  guint n = pj_chart_column_count (series->n_days, chart->plot.width);
  double x0 = chart->plot.x;
  double y0 = chart->plot.y + chart->plot.height;
  double y_per_unit = chart->plot.height / 10.0;
  double line_width = MAX (chart->font_size / 6, 1.5);
  double column_width = chart->plot.width / n;
  gboolean envelope = column_width < ENVELOPE_BELOW_PX;
  PjChartColumn **columns = chart->columns;

  if (chart->weekly)
    {
      pj_chart_draw_weekly (chart, cr, palette);
      return;
    }
  pj_chart_ensure_columns (chart, n);
  pj_chart_reduce_columns (series->mean, &chart->time, n, columns[COLUMNS_MEAN]);
  pj_chart_reduce_columns (series->least, &chart->time, n, columns[COLUMNS_LEAST]);
  pj_chart_reduce_columns (series->worst, &chart->time, n, columns[COLUMNS_WORST]);
  pj_chart_reduce_columns (series->rolling, &chart->time, n, columns[COLUMNS_ROLLING]);

  cairo_save (cr);
  cairo_rectangle (cr, chart->plot.x - line_width * 2, chart->plot.y - line_width * 2,
                   chart->plot.width + line_width * 4, chart->plot.height + line_width * 4);
  cairo_clip (cr);

  if (series->factor_values != NULL && chart->factor_max > 0)
    {
      pj_chart_reduce_columns (series->factor_values, &chart->time, n, columns[COLUMNS_FACTOR]);
      draw_factor (chart, cr, n, palette);
    }

  pj_chart_set_source (cr, palette->band);
  if (envelope)
    fill_envelope_band (cr, columns[COLUMNS_LEAST], columns[COLUMNS_WORST], n, x0, column_width,
                        y0, y_per_unit);
  else
    pj_chart_draw_band (cr, columns[COLUMNS_LEAST], columns[COLUMNS_WORST], n, y0, y_per_unit,
               column_width);

  /* The thicker 7-day mean goes under the daily line: where the two agree, both stay
   * visible (blue over an orange edge) instead of the mean hiding the days. */
  pj_chart_set_source (cr, palette->rolling_mean);
  if (envelope)
    fill_envelope_line (cr, columns[COLUMNS_ROLLING], n, x0, column_width, y0, y_per_unit,
                        line_width * 1.4, FALSE);
  else
    pj_chart_draw_line (cr, columns[COLUMNS_ROLLING], n, y0, y_per_unit, line_width * 1.4);
  pj_chart_set_source (cr, palette->accent);
  if (envelope)
    fill_envelope_line (cr, columns[COLUMNS_MEAN], n, x0, column_width, y0, y_per_unit,
                        line_width * 0.75, TRUE);
  else
    pj_chart_draw_line (cr, columns[COLUMNS_MEAN], n, y0, y_per_unit, line_width);

  cairo_restore (cr);
}
