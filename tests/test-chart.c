/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer, checked on the pixels it produces in an image surface. */
#include "config.h"

#include <cairo-pdf.h>
#include <math.h>

#include "pj-chart.h"
#include "pj-test-utils.h"

typedef struct
{
  cairo_surface_t *surface;
  PjChart         *chart;
  PjPalette        palette;
  int              width;
  int              height;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->width = 600;
  fixture->height = 300;
  fixture->chart = pj_chart_new ();
  pj_palette_init (&fixture->palette, PJ_PALETTE_LIGHT);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_pointer (&fixture->surface, cairo_surface_destroy);
  pj_chart_free (fixture->chart);
}

static void
render (Fixture *fixture)
{
  cairo_t *cr;

  g_clear_pointer (&fixture->surface, cairo_surface_destroy);
  fixture->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, fixture->width,
                                                 fixture->height);
  cr = cairo_create (fixture->surface);
  pj_chart_render (fixture->chart, cr, fixture->width, fixture->height, &fixture->palette);
  cairo_destroy (cr);
  cairo_surface_flush (fixture->surface);
}

/* The pixel as 0…1 components (the background is opaque, so premultiplication is moot). */
static PjColor
pixel_at (Fixture *fixture,
          double   x,
          double   y)
{
  int ix = (int) floor (x), iy = (int) floor (y);
  unsigned char *data = cairo_image_surface_get_data (fixture->surface);
  int stride = cairo_image_surface_get_stride (fixture->surface);
  guint32 value;

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, fixture->width);
  g_assert_cmpint (iy, <, fixture->height);
  value = *(guint32 *) (gpointer) (data + iy * stride + ix * 4);
  return (PjColor) { ((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0,
                     (value & 0xff) / 255.0, ((value >> 24) & 0xff) / 255.0 };
}

static gboolean
color_near (PjColor a,
            PjColor b,
            double  tolerance)
{
  return fabs (a.red - b.red) <= tolerance && fabs (a.green - b.green) <= tolerance &&
         fabs (a.blue - b.blue) <= tolerance;
}

/* A translucent palette colour as it looks over the background. */
static PjColor
over_background (const PjPalette *palette,
                 PjColor          color)
{
  PjColor result = pj_color_mix (palette->background, color, color.alpha);

  result.alpha = 1;
  return result;
}

static GPtrArray *
new_days (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
}

static void
add_day (GPtrArray *days,
         PjDate     date,
         int        first_pain,
         int        second_pain)
{
  PjDay *day = pj_day_new (date);

  pj_day_add_checkin (day, pj_checkin_new (date, 9 * 60, first_pain));
  if (second_pain >= 0)
    pj_day_add_checkin (day, pj_checkin_new (date, 18 * 60, second_pain));
  g_ptr_array_add (days, day);
}

static void
test_line_through_known_day (Fixture      *fixture,
                             gconstpointer data)
{
  PjDate first = pj_date_from_ymd (2026, 3, 1);
  g_autoptr (GPtrArray) days = new_days ();
  PjDate known = first + 10;
  double x, y;

  /* Alternating 3 and 7, so the 7-day mean (about 5) is nowhere near the known day's 7. */
  for (guint i = 0; i < 30; i++)
    add_day (days, first + i, i % 2 ? 3 : 7, -1);
  pj_chart_set_series (fixture->chart, pj_chart_series_new (days, first, first + 29,
                                                            PJ_CHART_FACTOR_NONE));
  render (fixture);

  x = pj_chart_x_for_date (fixture->chart, known);
  y = pj_chart_y_for_pain (fixture->chart, 7);
  g_assert_true (color_near (pixel_at (fixture, x, y), fixture->palette.accent, 0.1));
  /* Halfway down to the neighbour's 3 the line is there too (the segment is steep), but well
   * below the day's value, at pain 1, there is no line. */
  g_assert_false (color_near (pixel_at (fixture, x, pj_chart_y_for_pain (fixture->chart, 1)),
                              fixture->palette.accent, 0.1));
  /* Hit-testing gives the day back. */
  g_assert_cmpuint (pj_chart_date_at_x (fixture->chart, x), ==, known);
}

static gboolean
column_has_color (Fixture *fixture,
                  double   x,
                  PjColor  color,
                  double   tolerance)
{
  PjChartRect plot;

  g_assert_true (pj_chart_get_plot_area (fixture->chart, &plot));
  for (double y = plot.y; y < plot.y + plot.height; y++)
    if (color_near (pixel_at (fixture, x, y), color, tolerance))
      return TRUE;
  return FALSE;
}

static void
test_gap_leaves_no_stroke (Fixture      *fixture,
                           gconstpointer data)
{
  PjDate first = pj_date_from_ymd (2026, 3, 1);
  g_autoptr (GPtrArray) days = new_days ();
  PjDate gap = first + 15;
  PjColor band = over_background (&fixture->palette, fixture->palette.band);
  double x_before, x_after;

  for (guint i = 0; i < 30; i++)
    if (first + i != gap)
      add_day (days, first + i, 4, 6);
  pj_chart_set_series (fixture->chart, pj_chart_series_new (days, first, first + 29,
                                                            PJ_CHART_FACTOR_NONE));
  render (fixture);

  x_before = pj_chart_x_for_date (fixture->chart, gap - 1);
  x_after = pj_chart_x_for_date (fixture->chart, gap + 1);
  /* Between the neighbours of the gap: no pain line and no band, at any height, so the line
   * neither bridges the gap nor drops to zero. */
  for (double x = x_before + 3; x <= x_after - 3; x++)
    {
      g_assert_false (column_has_color (fixture, x, fixture->palette.accent, 0.15));
      g_assert_false (column_has_color (fixture, x, band, 0.02));
    }
  /* The same check between two logged days does find the line: the test can fail. */
  g_assert_true (column_has_color (fixture, (pj_chart_x_for_date (fixture->chart, first + 5) +
                                             pj_chart_x_for_date (fixture->chart, first + 6)) / 2,
                                   fixture->palette.accent, 0.15));
}

static void
test_band_spans_least_to_worst (Fixture      *fixture,
                                gconstpointer data)
{
  PjDate first = pj_date_from_ymd (2026, 3, 1);
  g_autoptr (GPtrArray) days = new_days ();
  PjColor band = over_background (&fixture->palette, fixture->palette.band);
  double x;

  for (guint i = 0; i < 30; i++)
    add_day (days, first + i, 2, 8);
  pj_chart_set_series (fixture->chart, pj_chart_series_new (days, first, first + 29,
                                                            PJ_CHART_FACTOR_NONE));
  render (fixture);

  x = pj_chart_x_for_date (fixture->chart, first + 12) + 4;
  /* Inside the band: 2.5 … 7.5 away from the lines at 5. */
  for (double pain = 2.3; pain <= 7.7; pain += 0.1)
    {
      /* Skip the lines at 5 and the grid lines on whole numbers. */
      if (fabs (pain - 5) < 0.8 || fabs (pain - round (pain)) < 0.15)
        continue;
      g_assert_true (color_near (pixel_at (fixture, x, pj_chart_y_for_pain (fixture->chart, pain)),
                                 band, 0.03));
    }
  /* Outside it: background (apart from grid lines, which are avoided here). */
  g_assert_true (color_near (pixel_at (fixture, x, pj_chart_y_for_pain (fixture->chart, 8.5)),
                             fixture->palette.background, 0.03));
  g_assert_true (color_near (pixel_at (fixture, x, pj_chart_y_for_pain (fixture->chart, 1.5)),
                             fixture->palette.background, 0.03));
}

static void
test_decimation_keeps_extremes (Fixture      *fixture,
                                gconstpointer data)
{
  PjDate first = pj_date_from_ymd (2010, 1, 1);
  g_autoptr (GPtrArray) days = new_days ();
  PjDate spike = first + 1234;
  PjChartRect plot;
  double x, y;
  gboolean found = FALSE;

  fixture->width = 1200;
  fixture->height = 400;
  for (guint i = 0; i < 5000; i++)
    add_day (days, first + i, first + i == spike ? 10 : 2, -1);
  pj_chart_set_series (fixture->chart, pj_chart_series_new (days, first, first + 4999,
                                                            PJ_CHART_FACTOR_NONE));
  render (fixture);
  g_assert_true (pj_chart_get_plot_area (fixture->chart, &plot));
  /* Far more days than pixels. */
  g_assert_cmpfloat (plot.width, <, 5000 / 3.0);

  x = pj_chart_x_for_date (fixture->chart, spike);
  y = pj_chart_y_for_pain (fixture->chart, 9.5);
  for (int dx = -1; dx <= 1; dx++)
    found |= color_near (pixel_at (fixture, x + dx, y), fixture->palette.accent, 0.1);
  g_assert_true (found);
  /* Elsewhere nothing reaches that high. */
  g_assert_false (color_near (pixel_at (fixture, pj_chart_x_for_date (fixture->chart, first + 3000),
                                        y), fixture->palette.accent, 0.1));
}

static void
test_palettes_change_pixels (Fixture      *fixture,
                             gconstpointer data)
{
  PjDate first = pj_date_from_ymd (2026, 3, 1);
  g_autoptr (GPtrArray) days = new_days ();
  g_autofree guchar *light = NULL;
  int stride, size;

  for (guint i = 0; i < 30; i++)
    add_day (days, first + i, 3 + i % 4, -1);
  pj_chart_set_series (fixture->chart, pj_chart_series_new (days, first, first + 29,
                                                            PJ_CHART_FACTOR_STRESS));
  render (fixture);
  stride = cairo_image_surface_get_stride (fixture->surface);
  size = stride * fixture->height;
  light = g_memdup2 (cairo_image_surface_get_data (fixture->surface), size);
  g_assert_true (color_near (pixel_at (fixture, fixture->width - 1, fixture->height - 1),
                             fixture->palette.background, 0.01));

  for (PjPaletteKind kind = PJ_PALETTE_DARK; kind <= PJ_PALETTE_PRINT; kind++)
    {
      pj_palette_init (&fixture->palette, kind);
      render (fixture);
      g_assert_true (memcmp (light, cairo_image_surface_get_data (fixture->surface), size) != 0);
      g_assert_true (color_near (pixel_at (fixture, fixture->width - 1, fixture->height - 1),
                                 fixture->palette.background, 0.01));
    }
  /* Dark is dark: the corner is far from the light background. */
  pj_palette_init (&fixture->palette, PJ_PALETTE_DARK);
  render (fixture);
  g_assert_cmpfloat (pixel_at (fixture, 0, fixture->height - 1).red, <, 0.3);
}

static void
test_markers_and_crosshair (Fixture      *fixture,
                            gconstpointer data)
{
  PjDate first = pj_date_from_ymd (2026, 3, 1);
  g_autoptr (GPtrArray) days = new_days ();
  const PjChartMarker markers[] = { { first + 5, PJ_CHART_MARKER_URGENT } };
  PjChartRect plot;
  double x;

  for (guint i = 0; i < 30; i++)
    add_day (days, first + i, 4, -1);
  pj_chart_set_series (fixture->chart, pj_chart_series_new (days, first, first + 29,
                                                            PJ_CHART_FACTOR_NONE));
  pj_chart_set_markers (fixture->chart, markers, G_N_ELEMENTS (markers));
  pj_chart_set_crosshair (fixture->chart, first + 20);
  render (fixture);
  g_assert_true (pj_chart_get_plot_area (fixture->chart, &plot));

  /* The urgent marker sits under its day, below the plot. */
  x = pj_chart_x_for_date (fixture->chart, first + 5);
  {
    gboolean found = FALSE;

    for (double y = plot.y + plot.height; y < plot.y + plot.height + 14; y++)
      found |= color_near (pixel_at (fixture, x, y), fixture->palette.marker_urgent, 0.1);
    g_assert_true (found);
  }
  /* The crosshair is a vertical line in the focus colour, high above the data. */
  x = pj_chart_x_for_date (fixture->chart, first + 20);
  g_assert_true (color_near (pixel_at (fixture, x, pj_chart_y_for_pain (fixture->chart, 9.3)),
                             fixture->palette.focus, 0.1));
}

static cairo_status_t
count_bytes (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
test_renders_on_pdf (Fixture      *fixture,
                     gconstpointer data)
{
  PjDate first = pj_date_from_ymd (2026, 3, 1);
  g_autoptr (GPtrArray) days = new_days ();
  gsize written = 0;
  cairo_surface_t *surface;
  cairo_t *cr;

  for (guint i = 0; i < 90; i++)
    add_day (days, first + i, 2 + i % 5, 8);
  pj_chart_set_series (fixture->chart, pj_chart_series_new (days, first, first + 89,
                                                            PJ_CHART_FACTOR_SLEEP_HOURS));
  pj_palette_init (&fixture->palette, PJ_PALETTE_PRINT);
  /* The same renderer on paper: points instead of pixels. */
  surface = cairo_pdf_surface_create_for_stream (count_bytes, &written, 500, 250);
  cr = cairo_create (surface);
  pj_chart_set_font (fixture->chart, "Sans", 8);
  pj_chart_render (fixture->chart, cr, 500, 250, &fixture->palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (written, >, 1000);
}

static void
test_empty_chart (Fixture      *fixture,
                  gconstpointer data)
{
  /* No series: axes only, and hit-testing says "no day" instead of inventing one. */
  render (fixture);
  g_assert_true (pj_chart_get_plot_area (fixture->chart, NULL));
  g_assert_cmpuint (pj_chart_date_at_x (fixture->chart, 100), ==, PJ_DATE_NONE);
  g_assert_true (isnan (pj_chart_x_for_date (fixture->chart, pj_test_today ())));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add ("/chart/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("line-through-known-day", test_line_through_known_day);
  ADD ("gap-leaves-no-stroke", test_gap_leaves_no_stroke);
  ADD ("band-spans-least-to-worst", test_band_spans_least_to_worst);
  ADD ("decimation-keeps-extremes", test_decimation_keeps_extremes);
  ADD ("palettes-change-pixels", test_palettes_change_pixels);
  ADD ("markers-and-crosshair", test_markers_and_crosshair);
  ADD ("renders-on-pdf", test_renders_on_pdf);
  ADD ("empty-chart", test_empty_chart);
#undef ADD
  return g_test_run ();
}
