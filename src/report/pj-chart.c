/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pj-chart.h"
#include "pj-chart-columns.h"
#include "pj-chart-legend.h"
#include "pj-chart-markers.h"
#include "pj-chart-private.h"


PjChart *
pj_chart_new (void)
{
  PjChart *chart = g_new0 (PjChart, 1);

  chart->markers = g_array_new (FALSE, FALSE, sizeof (PjChartMarker));
  chart->font_family = g_strdup ("Sans");
  chart->font_size = 12;
  chart->show_legend = TRUE;
  chart->fill_background = TRUE;
  return chart;
}

void
pj_chart_free (PjChart *chart)
{
  if (chart == NULL)
    return;
  pj_chart_series_free (chart->series);
  g_array_unref (chart->markers);
  g_clear_pointer (&chart->dose_rows, g_ptr_array_unref);
  g_free (chart->font_family);
  for (guint i = 0; i < N_COLUMN_SETS; i++)
    g_free (chart->columns[i]);
  g_free (chart);
}

void
pj_chart_set_series (PjChart       *chart,
                     PjChartSeries *series)
{
  g_return_if_fail (chart != NULL);

  if (chart->series != series)
    pj_chart_series_free (chart->series);
  chart->series = series;
  chart->has_layout = FALSE;
}

const PjChartSeries *
pj_chart_get_series (PjChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  return chart->series;
}

void
pj_chart_set_markers (PjChart             *chart,
                      const PjChartMarker *markers,
                      guint                n_markers)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (markers != NULL || n_markers == 0);

  g_array_set_size (chart->markers, 0);
  g_array_append_vals (chart->markers, markers, n_markers);
}

const PjChartMarker *
pj_chart_get_markers (PjChart *chart,
                      guint   *n_markers)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (n_markers != NULL, NULL);

  *n_markers = chart->markers->len;
  return (const PjChartMarker *) chart->markers->data;
}

void
pj_chart_set_dose_rows (PjChart   *chart,
                        GPtrArray *rows)
{
  g_return_if_fail (chart != NULL);

  g_clear_pointer (&chart->dose_rows, g_ptr_array_unref);
  if (rows != NULL && rows->len > 0)
    chart->dose_rows = rows;
  else if (rows != NULL)
    g_ptr_array_unref (rows);
}

guint
pj_chart_get_n_dose_rows (PjChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return chart->dose_rows != NULL ? chart->dose_rows->len : 0;
}

void
pj_chart_set_crosshair (PjChart *chart,
                        PjDate   date)
{
  g_return_if_fail (chart != NULL);
  chart->crosshair = date;
}

void
pj_chart_set_font (PjChart    *chart,
                   const char *family,
                   double      size)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (size > 0);

  g_free (chart->font_family);
  chart->font_family = g_strdup (family != NULL ? family : "Sans");
  chart->font_size = size;
}

void
pj_chart_set_show_legend (PjChart *chart,
                          gboolean show)
{
  g_return_if_fail (chart != NULL);
  chart->show_legend = !!show;
}

void
pj_chart_set_weekly_above_days (PjChart *chart,
                                guint    above_days)
{
  g_return_if_fail (chart != NULL);
  chart->weekly_above_days = above_days;
  chart->has_layout = FALSE;
}

gboolean
pj_chart_get_weekly (PjChart *chart)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  return chart->has_layout && chart->weekly;
}

const char *
pj_chart_get_axis_title (PjChart *chart,
                         gboolean right)
{
  g_return_val_if_fail (chart != NULL, "");
  if (!right)
    /* Translators: the title of the chart's left-hand axis */
    return _("Pain 0–10");
  if (chart->series == NULL || chart->series->factor == PJ_CHART_FACTOR_NONE)
    return "";
  return pj_chart_factor_axis_title (chart->series->factor);
}

void
pj_chart_set_fill_background (PjChart *chart,
                              gboolean fill)
{
  g_return_if_fail (chart != NULL);
  chart->fill_background = !!fill;
}

/* ----- Text ----- */

void
pj_chart_set_source (cairo_t *cr,
                     PjColor  color)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
}

static double
text_width (PangoLayout *layout,
            const char  *text)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static double
measure_label (const char *text,
               gpointer    user_data)
{
  return text_width (user_data, text);
}

/* Draws @text with its anchor at (@x, @y): @align 0 = left, 0.5 = centre, 1 = right; the text
 * is vertically centred on @y. Returns the width. */
static double
draw_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       align)
{
  int width, height;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - width * align, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
  return width;
}

static char *
format_number (double value)
{
  return g_strdup_printf ("%g", value);
}

PjColor
pj_chart_factor_column_color (const PjPalette *palette)
{
  return pj_color_with_alpha (palette->factor, palette->factor.alpha * 0.6);
}

/* ----- Layout ----- */

static void
compute_factor_axis (PjChart *chart)
{
  const PjChartSeries *series = chart->series;
  double top;
  guint intervals = chart->pain_ticks.n_ticks - 1;

  chart->factor_max = 0;
  if (series == NULL || series->factor == PJ_CHART_FACTOR_NONE)
    return;

  /* The right-hand axis reuses the pain grid lines: its step is a nice number chosen so that
   * the same number of intervals covers the factor, which avoids a second, clashing grid. */
  top = pj_chart_factor_scale_max (series->factor);
  if (top <= 0)
    top = MAX (series->factor_max, 1);
  chart->factor_max = pj_chart_nice_ceil (top / intervals) * intervals;
}

static double
widest_factor_label (PjChart     *chart,
                     PangoLayout *layout)
{
  guint intervals = chart->pain_ticks.n_ticks - 1;
  double widest = 0;

  for (guint i = 0; i <= intervals; i++)
    {
      g_autofree char *label = format_number (chart->factor_max * i / intervals);

      widest = MAX (widest, text_width (layout, label));
    }
  return widest;
}

static void
compute_layout (PjChart     *chart,
                PangoLayout *layout,
                double       width,
                double       height)
{
  double gap = chart->font_size * 0.5;
  double left, right, top, bottom;
  int line_height;

  pango_layout_set_text (layout, "0", -1);
  pango_layout_get_pixel_size (layout, NULL, &line_height);
  chart->line_height = line_height;

  chart->weekly = chart->series != NULL &&
                  pj_chart_series_use_weekly (chart->series->n_days, chart->weekly_above_days);
  chart->legend_height = 0;
  if (chart->show_legend)
    chart->legend_height = pj_chart_legend_measure (chart->series, chart->markers,
                                                    chart->weekly, layout, width,
                                                    chart->line_height);

  left = text_width (layout, "10") + gap * 1.5;
  /* A row for the axis titles (the units) above the plot. */
  top = chart->legend_height + chart->line_height * 1.75;
  bottom = chart->line_height + gap * 1.5 + (chart->markers->len > 0 ? gap * 2 : 0);
  /* The dose rows go under the dates, their names in a left margin widened to fit. */
  chart->dose_row_height = chart->line_height * 1.3;
  if (chart->dose_rows != NULL)
    {
      double rows_height = chart->dose_rows->len * chart->dose_row_height;

      left = MAX (left, pj_chart_doses_label_width (chart->dose_rows, layout) + gap);
      chart->doses_top = floor (height - rows_height);
      bottom += rows_height + gap;
    }

  /* The pain step needs the plot height, which does not depend on the step: fix it first. */
  pj_chart_pain_ticks (height - top - bottom, chart->line_height * 1.6, &chart->pain_ticks);
  compute_factor_axis (chart);
  right = chart->factor_max > 0 ? widest_factor_label (chart, layout) + gap * 1.5 : gap * 2;

  /* Whole pixels, so that at one column per pixel each column fills exactly one pixel. */
  chart->plot.x = ceil (left);
  chart->plot.y = ceil (top);
  chart->plot.width = MAX (floor (width - chart->plot.x - right), 1);
  chart->plot.height = MAX (floor (height - chart->plot.y - bottom), 1);

  chart->time.x = chart->plot.x;
  chart->time.width = chart->plot.width;
  chart->time.first = chart->series != NULL ? chart->series->first : PJ_DATE_NONE;
  chart->time.n_days = chart->series != NULL ? chart->series->n_days : 1;
  chart->has_layout = TRUE;
}

double
pj_chart_y_for_pain (PjChart *chart,
                     double   pain)
{
  g_return_val_if_fail (chart != NULL, NAN);
  if (!chart->has_layout)
    return NAN;
  return chart->plot.y + chart->plot.height * (1 - pain / 10.0);
}

double
pj_chart_y_for_factor (PjChart *chart,
                       double   value)
{
  g_return_val_if_fail (chart != NULL, NAN);
  if (!chart->has_layout || chart->factor_max <= 0)
    return NAN;
  return chart->plot.y + chart->plot.height * (1 - value / chart->factor_max);
}

gboolean
pj_chart_get_plot_area (PjChart     *chart,
                        PjChartRect *out_rect)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  if (!chart->has_layout)
    return FALSE;
  if (out_rect != NULL)
    *out_rect = chart->plot;
  return TRUE;
}

PjDate
pj_chart_date_at_x (PjChart *chart,
                    double   x)
{
  g_return_val_if_fail (chart != NULL, PJ_DATE_NONE);
  if (!chart->has_layout || chart->series == NULL)
    return PJ_DATE_NONE;
  return pj_chart_time_scale_date (&chart->time, x);
}

double
pj_chart_x_for_date (PjChart *chart,
                     PjDate   date)
{
  g_return_val_if_fail (chart != NULL, NAN);
  if (!chart->has_layout || chart->series == NULL)
    return NAN;
  return pj_chart_time_scale_x (&chart->time, date);
}

/* ----- Axes and grid ----- */

static void
draw_value_axes (PjChart         *chart,
                 cairo_t         *cr,
                 PangoLayout     *layout,
                 const PjPalette *palette)
{
  const PjChartTicks *ticks = &chart->pain_ticks;
  double gap = chart->font_size * 0.5;
  double title_y = chart->plot.y - chart->line_height * 0.9;

  pj_chart_set_source (cr, pj_color_with_alpha (palette->foreground, 0.75));
  draw_text (cr, layout, pj_chart_get_axis_title (chart, FALSE), 0, title_y, 0.0);
  if (chart->factor_max > 0)
    {
      draw_text (cr, layout, pj_chart_get_axis_title (chart, TRUE),
                 chart->plot.x + chart->plot.width + text_width (layout, "10") + gap * 1.5,
                 title_y, 1.0);
    }

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < ticks->n_ticks; i++)
    {
      double value = ticks->min + i * ticks->step;
      /* Half-pixel offsets keep one-pixel grid lines sharp. */
      double y = floor (pj_chart_y_for_pain (chart, value)) + 0.5;
      g_autofree char *label = format_number (value);

      pj_chart_set_source (cr, palette->grid);
      cairo_move_to (cr, chart->plot.x, y);
      cairo_line_to (cr, chart->plot.x + chart->plot.width, y);
      cairo_stroke (cr);

      pj_chart_set_source (cr, palette->foreground);
      draw_text (cr, layout, label, chart->plot.x - gap, y, 1.0);
      if (chart->factor_max > 0)
        {
          g_autofree char *factor_label = NULL;

          factor_label = format_number (chart->factor_max * i / (ticks->n_ticks - 1));
          pj_chart_set_source (cr, pj_color_with_alpha (palette->foreground, 0.6));
          draw_text (cr, layout, factor_label, chart->plot.x + chart->plot.width + gap, y, 0.0);
        }
    }
}

static void
draw_time_axis (PjChart         *chart,
                cairo_t         *cr,
                PangoLayout     *layout,
                const PjPalette *palette)
{
  g_autoptr (GArray) ticks = NULL;
  PjChartDateUnit unit;
  double bottom = chart->plot.y + chart->plot.height;
  double label_y = bottom + chart->font_size * 0.5 + chart->line_height * 0.5 +
                   (chart->markers->len > 0 ? chart->font_size : 0);
  double last_right = -G_MAXDOUBLE;
  double day_width = chart->time.width / chart->time.n_days;

  if (chart->series == NULL)
    return;

  ticks = pj_chart_date_ticks (chart->series->first, chart->series->last, chart->plot.width,
                               measure_label, layout, &unit);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < ticks->len; i++)
    {
      PjChartDateTick *tick = &g_array_index (ticks, PjChartDateTick, i);
      double x = pj_chart_time_scale_x (&chart->time, tick->date);
      double width = text_width (layout, tick->label);
      double label_x;

      /* Days are labelled under their point; months and years start at their first day. */
      if (unit != PJ_CHART_DATE_UNIT_DAY)
        x -= day_width / 2;
      x = floor (x) + 0.5;
      pj_chart_set_source (cr, palette->grid);
      cairo_move_to (cr, x, chart->plot.y);
      cairo_line_to (cr, x, bottom + chart->font_size * 0.3);
      cairo_stroke (cr);

      label_x = CLAMP (x - width / 2, 0, chart->plot.x + chart->plot.width - width / 2);
      if (label_x < last_right + chart->font_size * 0.5)
        continue;
      pj_chart_set_source (cr, palette->foreground);
      draw_text (cr, layout, tick->label, label_x, label_y, 0.0);
      last_right = label_x + width;
    }
}

static PjColor
marker_color (const PjPalette  *palette,
              PjChartMarkerKind kind)
{
  switch (kind)
    {
    case PJ_CHART_MARKER_URGENT:
      return palette->marker_urgent;
    case PJ_CHART_MARKER_SEE_SOON:
      return palette->marker_see_soon;
    case PJ_CHART_MARKER_WATCH:
    default:
      return palette->marker_watch;
    }
}

static void
draw_markers (PjChart         *chart,
              cairo_t         *cr,
              const PjPalette *palette)
{
  double size = chart->font_size * 0.45;
  double base = chart->plot.y + chart->plot.height + chart->font_size * 0.4;
  g_autoptr (GArray) weekly = NULL;
  GArray *markers = chart->markers;

  if (chart->series == NULL)
    return;
  /* Over weeks, markers on a third of the days would merge into one band: one per week. */
  if (chart->weekly)
    markers = weekly = pj_chart_markers_group_by_week ((const PjChartMarker *) (gpointer)
                                                       chart->markers->data,
                                                       chart->markers->len, chart->series);
  /* Least urgent first, so an urgent marker sharing a pixel with others is the one seen. */
  for (int kind = PJ_CHART_MARKER_WATCH; kind >= PJ_CHART_MARKER_URGENT; kind--)
    {
      for (guint i = 0; i < markers->len; i++)
        {
          const PjChartMarker *marker = &g_array_index (markers, PjChartMarker, i);
          double x;

          if ((int) marker->kind != kind || pj_chart_series_index (chart->series, marker->date) < 0)
            continue;
          x = pj_chart_time_scale_x (&chart->time, marker->date);
          cairo_move_to (cr, x, base);
          cairo_line_to (cr, x + size, base + size * 1.6);
          cairo_line_to (cr, x - size, base + size * 1.6);
          cairo_close_path (cr);
        }
      pj_chart_set_source (cr, marker_color (palette, kind));
      cairo_fill (cr);
    }
}

static void
draw_crosshair (PjChart         *chart,
                cairo_t         *cr,
                const PjPalette *palette)
{
  int index;
  double x;

  if (chart->series == NULL || chart->crosshair == PJ_DATE_NONE)
    return;
  index = pj_chart_series_index (chart->series, chart->crosshair);
  if (index < 0)
    return;

  x = floor (pj_chart_time_scale_x (&chart->time, chart->crosshair)) + 0.5;
  pj_chart_set_source (cr, palette->focus);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, x, chart->plot.y);
  cairo_line_to (cr, x, chart->plot.y + chart->plot.height);
  cairo_stroke (cr);
  if (!isnan (chart->series->mean[index]))
    {
      cairo_arc (cr, x, pj_chart_y_for_pain (chart, chart->series->mean[index]),
                 chart->font_size * 0.35, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static PangoLayout *
create_text_layout (PjChart *chart,
                    cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, chart->font_family);
  pango_font_description_set_absolute_size (font, chart->font_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  return layout;
}

void
pj_chart_render (PjChart         *chart,
                 cairo_t         *cr,
                 double           width,
                 double           height,
                 const PjPalette *palette)
{
  g_autoptr (PangoLayout) layout = NULL;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);

  layout = create_text_layout (chart, cr);
  cairo_save (cr);
  if (chart->fill_background)
    {
      pj_chart_set_source (cr, palette->background);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }

  compute_layout (chart, layout, width, height);
  draw_value_axes (chart, cr, layout, palette);
  draw_time_axis (chart, cr, layout, palette);
  if (chart->series != NULL)
    pj_chart_draw_series (chart, cr, palette);
  draw_markers (chart, cr, palette);
  if (chart->dose_rows != NULL && chart->series != NULL)
    {
      PjChartDoseScale scale = { chart->plot.x, chart->plot.width, chart->series->first,
                                 chart->series->n_days };

      pj_chart_doses_draw (chart->dose_rows, cr, layout, &scale, chart->doses_top,
                           chart->dose_row_height, palette);
    }
  draw_crosshair (chart, cr, palette);
  if (chart->show_legend)
    pj_chart_legend_draw (chart->series, chart->markers, chart->weekly, cr, layout, palette,
                          width, chart->line_height);
  cairo_restore (cr);
}
