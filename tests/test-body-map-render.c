/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <math.h>

#include "pj-body-map-render.h"
#include "pj-test-utils.h"

#define WIDTH  300
#define HEIGHT 420

typedef struct
{
  cairo_surface_t *surface;
  PjPalette        palette;
  PjBodyMapState   state;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  pj_palette_init (&fixture->palette, PJ_PALETTE_LIGHT);
  pj_body_map_state_init (&fixture->state);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  cairo_surface_destroy (fixture->surface);
}

static void
render (Fixture *fixture)
{
  cairo_t *cr = cairo_create (fixture->surface);
  const char *dump_dir = g_getenv ("PJ_TEST_DUMP_DIR");

  cairo_set_source_rgb (cr, fixture->palette.background.red, fixture->palette.background.green,
                        fixture->palette.background.blue);
  cairo_paint (cr);
  pj_body_map_render (cr, WIDTH, HEIGHT, &fixture->palette, &fixture->state);
  cairo_destroy (cr);
  cairo_surface_flush (fixture->surface);

  /* For looking at the drawing while working on it. */
  if (dump_dir != NULL)
    {
      g_autofree char *name = g_strdup_printf ("body-map-%s.png",
                                               g_test_get_path () + 1);
      g_autofree char *path = NULL;

      g_strdelimit (name, "/", '-');
      path = g_build_filename (dump_dir, name, NULL);
      cairo_surface_write_to_png (fixture->surface, path);
    }
}

/* The colour of one pixel, 0…255 per channel (the surface is opaque after the background). */
static void
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y,
          guint8           rgb[3])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (data + (int) y * stride + (int) x * 4);

  rgb[0] = (pixel >> 16) & 0xff;
  rgb[1] = (pixel >> 8) & 0xff;
  rgb[2] = pixel & 0xff;
}

static gboolean
color_matches (const guint8 rgb[3],
               PjColor      expected)
{
  const double want[3] = { expected.red, expected.green, expected.blue };

  for (guint i = 0; i < 3; i++)
    {
      if (fabs (rgb[i] - want[i] * 255.0) > 2.0)
        return FALSE;
    }
  return TRUE;
}

static void
assert_region_color (Fixture   *fixture,
                     PjLocation region,
                     PjColor    expected)
{
  double x, y;
  guint8 rgb[3];

  pj_body_map_region_center (WIDTH, HEIGHT, region, &x, &y);
  pixel_at (fixture->surface, x, y, rgb);
  if (!color_matches (rgb, expected))
    g_error ("region %s at (%.0f, %.0f) is #%02x%02x%02x, expected #%02x%02x%02x",
             pj_code_name (PJ_CODE_KIND_LOCATION, region), x, y, rgb[0], rgb[1], rgb[2],
             (int) round (expected.red * 255), (int) round (expected.green * 255),
             (int) round (expected.blue * 255));
}

/* Each selected region is filled with the pain colour, every other one keeps the figure's
 * own colour, for several different selections. */
static void
test_selected_regions_filled (Fixture       *fixture,
                              gconstpointer  data)
{
  const PjCodeSet selections[] = {
    PJ_CODE_BIT (PJ_LOCATION_NECK) | PJ_CODE_BIT (PJ_LOCATION_SHOULDER_LEFT) |
      PJ_CODE_BIT (PJ_LOCATION_BETWEEN_SHOULDER_BLADES) |
      PJ_CODE_BIT (PJ_LOCATION_UPPER_BACK_RIGHT) | PJ_CODE_BIT (PJ_LOCATION_LOWER_BACK) |
      PJ_CODE_BIT (PJ_LOCATION_ARM_RIGHT),
    PJ_CODE_BIT (PJ_LOCATION_SHOULDER_RIGHT) | PJ_CODE_BIT (PJ_LOCATION_UPPER_BACK_LEFT) |
      PJ_CODE_BIT (PJ_LOCATION_MID_BACK) | PJ_CODE_BIT (PJ_LOCATION_ARM_LEFT),
    0,
    pj_codes_all (PJ_CODE_KIND_LOCATION),
  };

  for (guint s = 0; s < G_N_ELEMENTS (selections); s++)
    {
      PjColor pain_color;

      fixture->state.selection = selections[s];
      fixture->state.pain = 2 + 2 * s;
      pain_color = pj_palette_pain_color (&fixture->palette, fixture->state.pain);
      render (fixture);

      for (int region = 0; region < PJ_N_LOCATIONS; region++)
        {
          gboolean selected = (selections[s] & PJ_CODE_BIT (region)) != 0;

          assert_region_color (fixture, region,
                               selected ? pain_color : fixture->palette.figure_fill);
        }
    }
}

/* Outside the figure the background shows through, even with everything selected. */
static void
test_outside_untouched (Fixture       *fixture,
                        gconstpointer  data)
{
  const double points[][2] = { { 2, 2 }, { WIDTH - 3, HEIGHT - 3 }, { 2, HEIGHT / 2.0 } };

  fixture->state.selection = pj_codes_all (PJ_CODE_KIND_LOCATION);
  fixture->state.pain = 9;
  render (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      guint8 rgb[3];

      pixel_at (fixture->surface, points[i][0], points[i][1], rgb);
      g_assert_true (color_matches (rgb, fixture->palette.background));
    }
}

/* With no pain value the selection still shows, in the accent colour. */
static void
test_unknown_pain_uses_accent (Fixture       *fixture,
                               gconstpointer  data)
{
  fixture->state.selection = PJ_CODE_BIT (PJ_LOCATION_MID_BACK);
  fixture->state.pain = NAN;
  render (fixture);

  assert_region_color (fixture, PJ_LOCATION_MID_BACK, fixture->palette.accent);
  assert_region_color (fixture, PJ_LOCATION_LOWER_BACK, fixture->palette.figure_fill);
}

/* Hover tints exactly the hovered region. */
static void
test_hover (Fixture       *fixture,
            gconstpointer  data)
{
  double x, y;
  guint8 rgb[3];

  fixture->state.hover = PJ_LOCATION_ARM_LEFT;
  render (fixture);

  pj_body_map_region_center (WIDTH, HEIGHT, PJ_LOCATION_ARM_LEFT, &x, &y);
  pixel_at (fixture->surface, x, y, rgb);
  g_assert_false (color_matches (rgb, fixture->palette.figure_fill));
  assert_region_color (fixture, PJ_LOCATION_ARM_RIGHT, fixture->palette.figure_fill);
}

/* The heat map darkens with the value; a region with no heat keeps the figure colour, and
 * a selected region still shows the pain colour on top. */
static void
test_heat (Fixture       *fixture,
           gconstpointer  data)
{
  double x, y;
  guint8 low[3], high[3];

  fixture->state.show_heat = TRUE;
  fixture->state.heat[PJ_LOCATION_NECK] = 1.0;
  fixture->state.heat[PJ_LOCATION_MID_BACK] = 0.2;
  fixture->state.heat[PJ_LOCATION_LOWER_BACK] = 0.9;
  fixture->state.selection = PJ_CODE_BIT (PJ_LOCATION_LOWER_BACK);
  fixture->state.pain = 5;
  render (fixture);

  assert_region_color (fixture, PJ_LOCATION_NECK, fixture->palette.pain_severe);
  assert_region_color (fixture, PJ_LOCATION_ARM_LEFT, fixture->palette.figure_fill);
  assert_region_color (fixture, PJ_LOCATION_LOWER_BACK,
                       pj_palette_pain_color (&fixture->palette, 5));

  pj_body_map_region_center (WIDTH, HEIGHT, PJ_LOCATION_MID_BACK, &x, &y);
  pixel_at (fixture->surface, x, y, low);
  pj_body_map_region_center (WIDTH, HEIGHT, PJ_LOCATION_NECK, &x, &y);
  pixel_at (fixture->surface, x, y, high);
  g_assert_false (color_matches (low, fixture->palette.figure_fill));
  /* Hotter is redder relative to green. */
  g_assert_cmpint (high[0] - high[1], >, low[0] - low[1]);
}

/* Every region's centre hits that region, at several sizes and aspect ratios. */
static void
test_hit_test_centers (void)
{
  const double sizes[][2] = { { WIDTH, HEIGHT }, { 120, 500 }, { 800, 300 }, { 64, 64 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      for (int region = 0; region < PJ_N_LOCATIONS; region++)
        {
          double x, y;

          pj_body_map_region_center (sizes[s][0], sizes[s][1], region, &x, &y);
          g_assert_cmpint (pj_body_map_hit_test (sizes[s][0], sizes[s][1], x, y), ==, region);
        }
    }
}

/* Outside the figure, and on the head, nothing is hit. */
static void
test_hit_test_misses (void)
{
  double x, y, neck_x, neck_y;
  double bx, by, bw, bh;

  g_assert_cmpint (pj_body_map_hit_test (WIDTH, HEIGHT, 1, 1), ==, -1);
  g_assert_cmpint (pj_body_map_hit_test (WIDTH, HEIGHT, WIDTH - 1, HEIGHT - 1), ==, -1);
  g_assert_cmpint (pj_body_map_hit_test (WIDTH, HEIGHT, -10, 50), ==, -1);

  /* The head: straight above the neck's top edge. */
  pj_body_map_region_bounds (WIDTH, HEIGHT, PJ_LOCATION_NECK, &bx, &by, &bw, &bh);
  pj_body_map_region_center (WIDTH, HEIGHT, PJ_LOCATION_NECK, &neck_x, &neck_y);
  x = neck_x;
  y = by - 0.05 * HEIGHT;
  g_assert_cmpint (pj_body_map_hit_test (WIDTH, HEIGHT, x, y), ==, -1);
}

/* Back view: the person's left side is on the viewer's left. */
static void
test_left_is_on_viewers_left (void)
{
  const PjLocation pairs[][2] = {
    { PJ_LOCATION_SHOULDER_LEFT, PJ_LOCATION_SHOULDER_RIGHT },
    { PJ_LOCATION_UPPER_BACK_LEFT, PJ_LOCATION_UPPER_BACK_RIGHT },
    { PJ_LOCATION_ARM_LEFT, PJ_LOCATION_ARM_RIGHT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      double left_x, right_x;

      pj_body_map_region_center (WIDTH, HEIGHT, pairs[i][0], &left_x, NULL);
      pj_body_map_region_center (WIDTH, HEIGHT, pairs[i][1], &right_x, NULL);
      g_assert_cmpfloat (left_x, <, WIDTH / 2.0);
      g_assert_cmpfloat (right_x, >, WIDTH / 2.0);
    }
}

/* Bounds contain the centre and lie inside the area. */
static void
test_bounds (void)
{
  for (int region = 0; region < PJ_N_LOCATIONS; region++)
    {
      double x, y, bx, by, bw, bh;

      pj_body_map_region_center (WIDTH, HEIGHT, region, &x, &y);
      pj_body_map_region_bounds (WIDTH, HEIGHT, region, &bx, &by, &bw, &bh);
      g_assert_cmpfloat (bw, >, 0);
      g_assert_cmpfloat (bh, >, 0);
      g_assert_cmpfloat (x, >, bx);
      g_assert_cmpfloat (x, <, bx + bw);
      g_assert_cmpfloat (y, >, by);
      g_assert_cmpfloat (y, <, by + bh);
      g_assert_cmpfloat (bx, >=, 0);
      g_assert_cmpfloat (by, >=, 0);
      g_assert_cmpfloat (bx + bw, <=, WIDTH);
      g_assert_cmpfloat (by + bh, <=, HEIGHT);
    }
}

/* Every palette renders, including on a PDF surface (the clinician report). */
static void
test_all_palettes_and_pdf (void)
{
  const PjPaletteKind kinds[] = {
    PJ_PALETTE_LIGHT, PJ_PALETTE_DARK, PJ_PALETTE_HIGH_CONTRAST, PJ_PALETTE_PRINT,
  };
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *pdf_path = g_build_filename (dir, "map.pdf", NULL);
  cairo_surface_t *pdf = cairo_pdf_surface_create (pdf_path, 200, 280);
  cairo_t *pdf_cr = cairo_create (pdf);
  PjBodyMapState state;

  pj_body_map_state_init (&state);
  state.selection = PJ_CODE_BIT (PJ_LOCATION_NECK);
  state.pain = 7;
  state.focus = PJ_LOCATION_LOWER_BACK;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 140);
      cairo_t *cr = cairo_create (surface);
      PjPalette palette;
      double x, y;
      guint8 rgb[3];

      pj_palette_init (&palette, kinds[i]);
      pj_body_map_render (cr, 100, 140, &palette, &state);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);

      pj_body_map_region_center (100, 140, PJ_LOCATION_NECK, &x, &y);
      pixel_at (surface, x, y, rgb);
      g_assert_true (color_matches (rgb, pj_palette_pain_color (&palette, 7)));
      cairo_surface_destroy (surface);

      pj_body_map_render (pdf_cr, 200, 280, &palette, &state);
      cairo_show_page (pdf_cr);
    }

  g_assert_cmpint (cairo_status (pdf_cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (pdf_cr);
  cairo_surface_finish (pdf);
  g_assert_cmpint (cairo_surface_status (pdf), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (pdf);
  g_assert_true (g_file_test (pdf_path, G_FILE_TEST_IS_REGULAR));
  pj_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/body-map-render/selected-regions-filled", Fixture, NULL, fixture_setup,
              test_selected_regions_filled, fixture_teardown);
  g_test_add ("/body-map-render/outside-untouched", Fixture, NULL, fixture_setup,
              test_outside_untouched, fixture_teardown);
  g_test_add ("/body-map-render/unknown-pain-uses-accent", Fixture, NULL, fixture_setup,
              test_unknown_pain_uses_accent, fixture_teardown);
  g_test_add ("/body-map-render/hover", Fixture, NULL, fixture_setup, test_hover,
              fixture_teardown);
  g_test_add ("/body-map-render/heat", Fixture, NULL, fixture_setup, test_heat,
              fixture_teardown);
  g_test_add_func ("/body-map-render/hit-test-centers", test_hit_test_centers);
  g_test_add_func ("/body-map-render/hit-test-misses", test_hit_test_misses);
  g_test_add_func ("/body-map-render/left-is-on-viewers-left", test_left_is_on_viewers_left);
  g_test_add_func ("/body-map-render/bounds", test_bounds);
  g_test_add_func ("/body-map-render/all-palettes-and-pdf", test_all_palettes_and_pdf);

  return g_test_run ();
}
