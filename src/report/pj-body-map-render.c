/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pj-body-map-render.h"

/* The figure is drawn in a fixed model space of MODEL_WIDTH × MODEL_HEIGHT units, scaled
 * uniformly and centred in the caller's area.
 *
 * It is a BACK view: we look at the person from behind, so the person's own left side is on
 * the viewer's LEFT (small x) and their right on the viewer's right. This is the convention of
 * clinical pain drawings of the back, and it is why the regions named "…_left" are the ones at
 * small x below. The "L  R" hint makes this visible to the person using the map.
 *
 * The ten regions tile the torso, the neck and the arms without overlapping, so a point is
 * in at most one of them; only the head (and the ears) belong to no region. */
#define MODEL_WIDTH  200.0
#define MODEL_HEIGHT 272.0

/* x of a point on the person's right side, mirrored from the left-side shape. */
#define MIRROR(x) (MODEL_WIDTH - (x))

typedef struct
{
  double scale;
  double offset_x;
  double offset_y;
} Fit;

static Fit
fit_area (double width,
          double height)
{
  Fit fit;

  fit.scale = MAX (MIN (width / MODEL_WIDTH, height / MODEL_HEIGHT), 1e-6);
  fit.offset_x = (width - MODEL_WIDTH * fit.scale) / 2.0;
  fit.offset_y = (height - MODEL_HEIGHT * fit.scale) / 2.0;
  return fit;
}

static void
apply_fit (cairo_t   *cr,
           const Fit *fit)
{
  cairo_translate (cr, fit->offset_x, fit->offset_y);
  cairo_scale (cr, fit->scale, fit->scale);
}

/* Left-side shapes in model units; the right side is the mirror image. */

static void
path_shoulder_left (cairo_t *cr)
{
  cairo_move_to (cr, 88, 80);
  /* the slope of the trapezius, then round over the shoulder tip */
  cairo_curve_to (cr, 72, 84, 55, 86, 47, 95);
  cairo_curve_to (cr, 41, 101, 40, 110, 40, 120);
  cairo_line_to (cr, 86, 120);
  cairo_line_to (cr, 86, 96);
  cairo_close_path (cr);
}

static void
path_upper_back_left (cairo_t *cr)
{
  cairo_move_to (cr, 60, 120);
  cairo_line_to (cr, 86, 120);
  cairo_line_to (cr, 86, 172);
  cairo_line_to (cr, 63, 172);
  cairo_curve_to (cr, 62, 158, 61, 140, 60, 120);
  cairo_close_path (cr);
}

static void
path_arm_left (cairo_t *cr)
{
  cairo_move_to (cr, 40, 120);
  cairo_line_to (cr, 60, 120);
  /* inner edge: armpit, elbow, wrist */
  cairo_curve_to (cr, 58, 146, 54, 172, 51, 198);
  cairo_line_to (cr, 47, 234);
  /* the hand */
  cairo_curve_to (cr, 49, 246, 45, 255, 38, 255);
  cairo_curve_to (cr, 31, 255, 27, 246, 29, 234);
  /* outer edge back up to the shoulder */
  cairo_line_to (cr, 31, 198);
  cairo_curve_to (cr, 33, 170, 36, 142, 40, 120);
  cairo_close_path (cr);
}

static void
path_ear_left (cairo_t *cr)
{
  cairo_save (cr);
  cairo_translate (cr, 79, 38);
  cairo_scale (cr, 4, 8);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
}

static void
path_neck (cairo_t *cr)
{
  cairo_move_to (cr, 90, 52);
  cairo_line_to (cr, 110, 52);
  cairo_curve_to (cr, 110, 66, 110, 74, 112, 80);
  cairo_line_to (cr, 114, 96);
  cairo_line_to (cr, 86, 96);
  cairo_line_to (cr, 88, 80);
  cairo_curve_to (cr, 90, 74, 90, 66, 90, 52);
  cairo_close_path (cr);
}

static void
path_between_shoulder_blades (cairo_t *cr)
{
  cairo_rectangle (cr, 86, 96, 28, 76);
}

static void
path_mid_back (cairo_t *cr)
{
  cairo_move_to (cr, 63, 172);
  cairo_line_to (cr, MIRROR (63), 172);
  cairo_curve_to (cr, MIRROR (65), 190, MIRROR (68), 204, MIRROR (68), 218);
  cairo_line_to (cr, 68, 218);
  cairo_curve_to (cr, 68, 204, 65, 190, 63, 172);
  cairo_close_path (cr);
}

static void
path_lower_back (cairo_t *cr)
{
  cairo_move_to (cr, 68, 218);
  cairo_line_to (cr, MIRROR (68), 218);
  cairo_curve_to (cr, MIRROR (67), 236, MIRROR (60), 248, MIRROR (60), 262);
  /* a gentle curve along the waistband */
  cairo_curve_to (cr, 130, 266, 70, 266, 60, 262);
  cairo_curve_to (cr, 60, 248, 67, 236, 68, 218);
  cairo_close_path (cr);
}

static void
path_head (cairo_t *cr)
{
  cairo_save (cr);
  cairo_translate (cr, 100, 34);
  cairo_scale (cr, 22, 26);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
}

/* Adds the region's outline to the current path, in model units. */
static void
append_region_path (cairo_t   *cr,
                    PjLocation region)
{
  void (*left_shape) (cairo_t *) = NULL;
  gboolean mirror = FALSE;

  switch (region)
    {
    case PJ_LOCATION_NECK:
      path_neck (cr);
      return;
    case PJ_LOCATION_BETWEEN_SHOULDER_BLADES:
      path_between_shoulder_blades (cr);
      return;
    case PJ_LOCATION_MID_BACK:
      path_mid_back (cr);
      return;
    case PJ_LOCATION_LOWER_BACK:
      path_lower_back (cr);
      return;
    case PJ_LOCATION_SHOULDER_RIGHT:
      mirror = TRUE;
      G_GNUC_FALLTHROUGH;
    case PJ_LOCATION_SHOULDER_LEFT:
      left_shape = path_shoulder_left;
      break;
    case PJ_LOCATION_UPPER_BACK_RIGHT:
      mirror = TRUE;
      G_GNUC_FALLTHROUGH;
    case PJ_LOCATION_UPPER_BACK_LEFT:
      left_shape = path_upper_back_left;
      break;
    case PJ_LOCATION_ARM_RIGHT:
      mirror = TRUE;
      G_GNUC_FALLTHROUGH;
    case PJ_LOCATION_ARM_LEFT:
      left_shape = path_arm_left;
      break;
    case PJ_N_LOCATIONS:
    default:
      g_return_if_reached ();
    }

  cairo_save (cr);
  if (mirror)
    {
      cairo_translate (cr, MODEL_WIDTH, 0);
      cairo_scale (cr, -1, 1);
    }
  left_shape (cr);
  cairo_restore (cr);
}

/* Points chosen by eye well inside each region (model units), in PjLocation order. */
static const double region_centers[PJ_N_LOCATIONS][2] = {
  { 100, 76 },           /* neck */
  { 64, 107 },           /* shoulder_left */
  { MIRROR (64), 107 },  /* shoulder_right */
  { 100, 140 },          /* between_shoulder_blades */
  { 73, 147 },           /* upper_back_left */
  { MIRROR (73), 147 },  /* upper_back_right */
  { 100, 196 },          /* mid_back */
  { 100, 244 },          /* lower_back */
  { 44, 170 },           /* arm_left */
  { MIRROR (44), 170 },  /* arm_right */
};

void
pj_body_map_state_init (PjBodyMapState *state)
{
  g_return_if_fail (state != NULL);

  *state = (PjBodyMapState) {
    .selection = 0,
    .pain = NAN,
    .hover = -1,
    .focus = -1,
    .show_heat = FALSE,
    .show_side_hint = TRUE,
  };
}

double
pj_body_map_aspect_ratio (void)
{
  return MODEL_WIDTH / MODEL_HEIGHT;
}

static void
set_source_color (cairo_t *cr,
                  PjColor  color)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
}

static PjColor
region_fill (const PjPalette      *palette,
             const PjBodyMapState *state,
             PjLocation            region)
{
  if (state->selection & PJ_CODE_BIT (region))
    {
      if (isnan (state->pain) || state->pain < 0)
        return palette->accent;
      return pj_palette_pain_color (palette, state->pain);
    }

  if (state->show_heat)
    {
      double heat = state->heat[region];

      /* A region that never hurt keeps the plain figure colour, so "never" and "rarely" are
       * told apart; anything above zero starts visibly tinted. */
      if (!isnan (heat) && heat > 0)
        return pj_color_mix (palette->figure_fill, palette->pain_severe,
                             0.2 + 0.8 * CLAMP (heat, 0.0, 1.0));
    }

  return palette->figure_fill;
}

static void
draw_side_hint (cairo_t         *cr,
                const Fit       *fit,
                const PjPalette *palette)
{
  /* Translators: the person's own left and right sides on the body map, seen from behind.
   * Keep each to one or two letters. */
  const char *sides[2] = { C_("body map side", "L"), C_("body map side", "R") };
  const double centers_x[2] = { 20, MIRROR (20) };
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("Sans Bold");

  pango_font_description_set_absolute_size (font, 13 * fit->scale * PANGO_SCALE);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (PangoLayout) layout = pango_cairo_create_layout (cr);
      int text_width, text_height;
      double x = fit->offset_x + centers_x[i] * fit->scale;
      double y = fit->offset_y + 70 * fit->scale;

      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, sides[i], -1);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      set_source_color (cr, pj_color_with_alpha (palette->foreground, 0.7));
      cairo_move_to (cr, x - text_width / 2.0, y - text_height / 2.0);
      pango_cairo_show_layout (cr, layout);
    }
}

static void
draw_shape (cairo_t   *cr,
            const Fit *fit,
            void     (*shape) (cairo_t *),
            PjColor    fill,
            PjColor    outline,
            double     line_width)
{
  cairo_save (cr);
  apply_fit (cr, fit);
  shape (cr);
  cairo_restore (cr);
  set_source_color (cr, fill);
  cairo_fill_preserve (cr);
  set_source_color (cr, outline);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
}

static void
draw_ears (cairo_t *cr)
{
  path_ear_left (cr);
  cairo_save (cr);
  cairo_translate (cr, MODEL_WIDTH, 0);
  cairo_scale (cr, -1, 1);
  cairo_new_sub_path (cr);
  path_ear_left (cr);
  cairo_restore (cr);
}

static void
append_fitted_region_path (cairo_t   *cr,
                           const Fit *fit,
                           PjLocation region)
{
  cairo_save (cr);
  apply_fit (cr, fit);
  append_region_path (cr, region);
  cairo_restore (cr);
}

/* Three passes give a firm silhouette with light lines between the regions: a wide outline
 * around every region, then the fills (which cover the inner half of it), then thin
 * separators. */
static void
draw_regions (cairo_t              *cr,
              const Fit            *fit,
              const PjPalette      *palette,
              const PjBodyMapState *state,
              double                line_width)
{
  set_source_color (cr, palette->figure_outline);
  cairo_set_line_width (cr, 2 * line_width);
  for (int region = 0; region < PJ_N_LOCATIONS; region++)
    {
      append_fitted_region_path (cr, fit, region);
      cairo_stroke (cr);
    }

  for (int region = 0; region < PJ_N_LOCATIONS; region++)
    {
      append_fitted_region_path (cr, fit, region);
      set_source_color (cr, region_fill (palette, state, region));
      cairo_fill_preserve (cr);
      if (state->hover == region)
        {
          set_source_color (cr, palette->region_hover);
          cairo_fill_preserve (cr);
        }
      cairo_new_path (cr);
    }

  set_source_color (cr, pj_color_with_alpha (palette->figure_outline,
                                             0.55 * palette->figure_outline.alpha));
  cairo_set_line_width (cr, 0.8 * line_width);
  for (int region = 0; region < PJ_N_LOCATIONS; region++)
    {
      append_fitted_region_path (cr, fit, region);
      cairo_stroke (cr);
    }
}

/* The focus ring sits just inside the region's edge (clipped to it), so it never spills
 * over a neighbour and reads as belonging to this region. */
static void
draw_focus (cairo_t         *cr,
            const Fit       *fit,
            const PjPalette *palette,
            PjLocation       region,
            double           line_width)
{
  cairo_save (cr);
  append_fitted_region_path (cr, fit, region);
  cairo_clip_preserve (cr);
  set_source_color (cr, palette->focus);
  cairo_set_line_width (cr, 2 * line_width);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A faint column of vertebrae down the middle says "this is the back" at a glance. The
 * dots sit every SPINE_STEP units from SPINE_TOP, and the region centres on the midline
 * fall halfway between two of them so that a label or a sampled pixel never lands on one. */
#define SPINE_TOP    64.0
#define SPINE_BOTTOM 256.0
#define SPINE_STEP   8.0

static void
draw_spine (cairo_t         *cr,
            const Fit       *fit,
            const PjPalette *palette)
{
  cairo_save (cr);
  apply_fit (cr, fit);
  for (double y = SPINE_TOP; y <= SPINE_BOTTOM; y += SPINE_STEP)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, MODEL_WIDTH / 2, y, 1.6, 0, 2 * G_PI);
    }
  cairo_restore (cr);
  set_source_color (cr, pj_color_with_alpha (palette->figure_outline,
                                             0.35 * palette->figure_outline.alpha));
  cairo_fill (cr);
}

void
pj_body_map_render (cairo_t              *cr,
                    double                width,
                    double                height,
                    const PjPalette      *palette,
                    const PjBodyMapState *state)
{
  Fit fit;
  double line_width;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);
  g_return_if_fail (state != NULL);

  if (width <= 0 || height <= 0)
    return;

  fit = fit_area (width, height);
  line_width = CLAMP (1.1 * fit.scale, 1.0, 3.0);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* The ears go under everything; the head goes over the top of the neck. */
  draw_shape (cr, &fit, draw_ears, palette->figure_fill, palette->figure_outline, line_width);
  draw_regions (cr, &fit, palette, state, line_width);
  draw_spine (cr, &fit, palette);
  draw_shape (cr, &fit, path_head, palette->figure_fill, palette->figure_outline, line_width);

  if (state->focus >= 0 && state->focus < PJ_N_LOCATIONS)
    draw_focus (cr, &fit, palette, state->focus, line_width * 1.5);

  if (state->show_side_hint)
    draw_side_hint (cr, &fit, palette);

  cairo_restore (cr);
}

/* A throwaway context for path geometry (hit tests, extents): no pixels are drawn. */
static cairo_t *
create_geometry_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

int
pj_body_map_hit_test (double width,
                      double height,
                      double x,
                      double y)
{
  Fit fit = fit_area (width, height);
  double model_x = (x - fit.offset_x) / fit.scale;
  double model_y = (y - fit.offset_y) / fit.scale;
  cairo_t *cr;
  int hit = -1;

  if (width <= 0 || height <= 0)
    return -1;

  cr = create_geometry_context ();
  /* The head is drawn over the top of the neck, so a point on the head is not the neck. */
  path_head (cr);
  if (!cairo_in_fill (cr, model_x, model_y))
    {
      for (int region = 0; region < PJ_N_LOCATIONS && hit < 0; region++)
        {
          cairo_new_path (cr);
          append_region_path (cr, region);
          if (cairo_in_fill (cr, model_x, model_y))
            hit = region;
        }
    }
  cairo_destroy (cr);

  return hit;
}

void
pj_body_map_region_center (double      width,
                           double      height,
                           PjLocation  region,
                           double     *out_x,
                           double     *out_y)
{
  Fit fit = fit_area (width, height);

  g_return_if_fail (region < PJ_N_LOCATIONS);

  if (out_x != NULL)
    *out_x = fit.offset_x + region_centers[region][0] * fit.scale;
  if (out_y != NULL)
    *out_y = fit.offset_y + region_centers[region][1] * fit.scale;
}

void
pj_body_map_region_bounds (double      width,
                           double      height,
                           PjLocation  region,
                           double     *out_x,
                           double     *out_y,
                           double     *out_width,
                           double     *out_height)
{
  Fit fit = fit_area (width, height);
  double x1, y1, x2, y2;
  cairo_t *cr;

  g_return_if_fail (region < PJ_N_LOCATIONS);

  cr = create_geometry_context ();
  apply_fit (cr, &fit);
  append_region_path (cr, region);
  cairo_identity_matrix (cr);
  cairo_path_extents (cr, &x1, &y1, &x2, &y2);
  cairo_destroy (cr);

  if (out_x != NULL)
    *out_x = x1;
  if (out_y != NULL)
    *out_y = y1;
  if (out_width != NULL)
    *out_width = x2 - x1;
  if (out_height != NULL)
    *out_height = y2 - y1;
}
