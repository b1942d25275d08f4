/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pj-chart.h"
#include "pj-chart-legend.h"

typedef enum
{
  SWATCH_LINE,
  SWATCH_THICK_LINE,
  SWATCH_BAND,
  SWATCH_COLUMN,
  SWATCH_MARKER,
} SwatchKind;

typedef struct
{
  SwatchKind kind;
  PjColor    color;
  char      *label;
} Entry;

#define MAX_ENTRIES 8

static guint
collect_entries (const PjChartSeries *series,
                 GArray              *markers,
                 gboolean             weekly,
                 const PjPalette     *palette,
                 Entry                entries[MAX_ENTRIES])
{
  static const char *marker_labels[] = { N_("Urgent"), N_("See a professional soon"),
                                         N_("Watch") };
  PjColor marker_colors[3] = { { 0 } };
  gboolean present[3] = { FALSE, FALSE, FALSE };
  guint n = 0;

  if (palette != NULL)
    {
      marker_colors[0] = palette->marker_urgent;
      marker_colors[1] = palette->marker_see_soon;
      marker_colors[2] = palette->marker_watch;
    }

  entries[n++] = (Entry) { SWATCH_LINE, palette ? palette->accent : (PjColor) { 0 },
                           g_strdup (weekly ? _("Weekly average pain") : _("Daily pain")) };
  entries[n++] = (Entry) { SWATCH_BAND, palette ? palette->band : (PjColor) { 0 },
                           g_strdup (weekly ? _("Least to worst in the week")
                                            : _("Least to worst")) };
  if (!weekly)
    entries[n++] = (Entry) { SWATCH_THICK_LINE,
                             palette ? palette->rolling_mean : (PjColor) { 0 },
                             g_strdup (_("7-day average")) };
  if (series != NULL && series->factor != PJ_CHART_FACTOR_NONE)
    {
      const char *unit = pj_chart_factor_unit (series->factor);
      SwatchKind kind = pj_chart_factor_style (series->factor) == PJ_CHART_FACTOR_STYLE_LINE
                        ? SWATCH_LINE : SWATCH_COLUMN;
      PjColor color = { 0 };
      char *label;

      if (unit[0] != '\0')
        /* Translators: a factor and its unit in the chart legend, e.g. "Sitting (h)" */
        label = g_strdup_printf (_("%s (%s)"), pj_chart_factor_label (series->factor), unit);
      else
        label = g_strdup (pj_chart_factor_label (series->factor));
      if (palette != NULL)
        color = kind == SWATCH_COLUMN ? pj_chart_factor_column_color (palette) : palette->factor;
      entries[n++] = (Entry) { kind, color, label };
    }

  for (guint i = 0; series != NULL && i < markers->len; i++)
    {
      const PjChartMarker *marker = &g_array_index (markers, PjChartMarker, i);

      if (marker->kind <= PJ_CHART_MARKER_WATCH &&
          pj_chart_series_index (series, marker->date) >= 0)
        present[marker->kind] = TRUE;
    }
  for (guint kind = 0; kind < 3; kind++)
    if (present[kind])
      entries[n++] = (Entry) { SWATCH_MARKER, marker_colors[kind],
                               g_strdup (_(marker_labels[kind])) };
  return n;
}

static void
free_entries (Entry *entries,
              guint  n)
{
  for (guint i = 0; i < n; i++)
    g_free (entries[i].label);
}

/* Places the entries; returns the number of rows. */
static guint
place_entries (const Entry *entries,
               guint        n,
               PangoLayout *layout,
               double       width,
               double       line_height,
               double      *out_x,
               guint       *out_row)
{
  double swatch = line_height * 1.2;
  double x = 0;
  guint row = 0;

  for (guint i = 0; i < n; i++)
    {
      int text_width;
      double entry_width;

      pango_layout_set_text (layout, entries[i].label, -1);
      pango_layout_get_pixel_size (layout, &text_width, NULL);
      entry_width = swatch + line_height * 0.3 + text_width;
      if (x > 0 && x + entry_width > width)
        {
          row++;
          x = 0;
        }
      out_x[i] = x;
      out_row[i] = row;
      x += entry_width + line_height;
    }
  return row + 1;
}

double
pj_chart_legend_measure (const PjChartSeries *series,
                         GArray              *markers,
                         gboolean             weekly,
                         PangoLayout         *layout,
                         double               width,
                         double               line_height)
{
  Entry entries[MAX_ENTRIES];
  double x[MAX_ENTRIES];
  guint row[MAX_ENTRIES];
  guint n = collect_entries (series, markers, weekly, NULL, entries);
  guint rows = place_entries (entries, n, layout, width, line_height, x, row);

  free_entries (entries, n);
  return rows * line_height * 1.25;
}

static void
draw_swatch (cairo_t     *cr,
             const Entry *entry,
             double       x,
             double       y,
             double       size)
{
  double mid = y + size / 2;

  cairo_set_source_rgba (cr, entry->color.red, entry->color.green, entry->color.blue,
                         entry->color.alpha);
  switch (entry->kind)
    {
    case SWATCH_LINE:
    case SWATCH_THICK_LINE:
      cairo_set_line_width (cr, entry->kind == SWATCH_LINE ? 2 : 3);
      cairo_move_to (cr, x, mid);
      cairo_line_to (cr, x + size, mid);
      cairo_stroke (cr);
      break;
    case SWATCH_BAND:
      cairo_rectangle (cr, x, y + size * 0.2, size, size * 0.6);
      cairo_fill (cr);
      break;
    case SWATCH_COLUMN:
      cairo_rectangle (cr, x + size * 0.3, y + size * 0.15, size * 0.4, size * 0.7);
      cairo_fill (cr);
      break;
    case SWATCH_MARKER:
    default:
      cairo_move_to (cr, x + size / 2, y + size * 0.15);
      cairo_line_to (cr, x + size * 0.9, y + size * 0.85);
      cairo_line_to (cr, x + size * 0.1, y + size * 0.85);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    }
}

void
pj_chart_legend_draw (const PjChartSeries *series,
                      GArray              *markers,
                      gboolean             weekly,
                      cairo_t             *cr,
                      PangoLayout         *layout,
                      const PjPalette     *palette,
                      double               width,
                      double               line_height)
{
  Entry entries[MAX_ENTRIES];
  double x[MAX_ENTRIES];
  guint row[MAX_ENTRIES];
  guint n = collect_entries (series, markers, weekly, palette, entries);
  double swatch = line_height * 1.2;
  double row_height = line_height * 1.25;

  place_entries (entries, n, layout, width, line_height, x, row);
  for (guint i = 0; i < n; i++)
    {
      double y = row[i] * row_height;

      draw_swatch (cr, &entries[i], x[i], y + (line_height - swatch) / 2 + 1, swatch);
      cairo_set_source_rgba (cr, palette->foreground.red, palette->foreground.green,
                             palette->foreground.blue, palette->foreground.alpha);
      pango_layout_set_text (layout, entries[i].label, -1);
      cairo_move_to (cr, x[i] + swatch + line_height * 0.3, y);
      pango_cairo_show_layout (cr, layout);
    }
  free_entries (entries, n);
}
