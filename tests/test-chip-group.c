/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pj-chip-group.h"
#include "pj-gui-test-utils.h"

typedef struct
{
  GtkWindow   *window;
  PjChipGroup *group;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->group = PJ_CHIP_GROUP (pj_chip_group_new (PJ_CODE_KIND_ACTIVITY));
  gtk_widget_set_valign (GTK_WIDGET (fixture->group), GTK_ALIGN_START);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->group));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
}

/* Shows the window @width wide and waits for the chips to be placed there. */
static void
show_at_width (Fixture *fixture,
               int      width)
{
  gtk_window_set_default_size (fixture->window, width, 400);
  gtk_window_present (fixture->window);
  SPIN_UNTIL (gtk_widget_get_width (GTK_WIDGET (fixture->group)) == width
              && gtk_widget_get_width (pj_chip_group_get_chip (fixture->group, 0)) > 0);
}

static graphene_rect_t
chip_bounds (Fixture *fixture,
             guint    index)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (pj_chip_group_get_chip (fixture->group, index),
                                            GTK_WIDGET (fixture->group), &bounds));
  return bounds;
}

/* How many chips share the first line. */
static guint
first_line_length (Fixture *fixture)
{
  guint n = pj_codes_count (PJ_CODE_KIND_ACTIVITY);
  float top = chip_bounds (fixture, 0).origin.y;

  for (guint i = 1; i < n; i++)
    if (chip_bounds (fixture, i).origin.y > top)
      return i;
  return n;
}

static void
test_aligned_columns (Fixture       *fixture,
                      gconstpointer  data)
{
  guint n = pj_codes_count (PJ_CODE_KIND_ACTIVITY);
  int width = 400;
  guint columns;

  show_at_width (fixture, width);
  columns = first_line_length (fixture);
  g_assert_cmpuint (columns, >, 1);
  g_assert_cmpuint (columns, <, n);

  for (guint i = 0; i < n; i++)
    {
      graphene_rect_t bounds = chip_bounds (fixture, i);
      graphene_rect_t above;

      /* Inside the group, and in reading order: row by row, left to right. */
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
      if (i < columns)
        continue;
      /* Each chip sits under the one a line up: the columns line up. */
      above = chip_bounds (fixture, i - columns);
      g_assert_cmpfloat (bounds.origin.x, ==, above.origin.x);
      g_assert_cmpfloat (bounds.size.width, ==, above.size.width);
      g_assert_cmpfloat (bounds.origin.y, >, above.origin.y + above.size.height);
    }
  /* The room left over is shared out: the last column ends at the right edge, less the
   * chip's margin. */
  {
    graphene_rect_t last = chip_bounds (fixture, columns - 1);

    g_assert_cmpfloat (width - (last.origin.x + last.size.width), <=, 3);
  }
}

static void
test_narrow_and_wide (Fixture       *fixture,
                      gconstpointer  data)
{
  guint n = pj_codes_count (PJ_CODE_KIND_ACTIVITY);
  int minimum, natural;

  gtk_widget_measure (GTK_WIDGET (fixture->group), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >, 0);
  g_assert_cmpint (natural, >, minimum);

  /* As wide as it would like: every chip on one line. */
  show_at_width (fixture, natural);
  g_assert_cmpuint (first_line_length (fixture), ==, n);

  /* As narrow as it allows: one chip a line, one under the other. */
  show_at_width (fixture, minimum);
  g_assert_cmpuint (first_line_length (fixture), ==, 1);
  for (guint i = 1; i < n; i++)
    g_assert_cmpfloat (chip_bounds (fixture, i).origin.x, ==, chip_bounds (fixture, 0).origin.x);
}

static void
test_right_to_left (Fixture       *fixture,
                    gconstpointer  data)
{
  gtk_widget_set_direction (GTK_WIDGET (fixture->group), GTK_TEXT_DIR_RTL);
  show_at_width (fixture, 400);
  /* The first chip starts the line on the right. */
  g_assert_cmpfloat (chip_bounds (fixture, 0).origin.x, >, chip_bounds (fixture, 1).origin.x);
}

static void
test_height_for_width (Fixture       *fixture,
                       gconstpointer  data)
{
  int wide_height, narrow_height, minimum;

  gtk_widget_measure (GTK_WIDGET (fixture->group), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (fixture->group), GTK_ORIENTATION_VERTICAL, 2000,
                      NULL, &wide_height, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (fixture->group), GTK_ORIENTATION_VERTICAL, minimum,
                      NULL, &narrow_height, NULL, NULL);
  /* One line when wide; a line per chip when narrow, with the spacing between. */
  g_assert_cmpint (narrow_height, ==,
                   (int) pj_codes_count (PJ_CODE_KIND_ACTIVITY) * wide_height
                   + ((int) pj_codes_count (PJ_CODE_KIND_ACTIVITY) - 1) * 6);
}

static int
lines_of (PjChipGroup *group,
          guint        n)
{
  int lines = 1;

  for (guint i = 1; i < n; i++)
    {
      graphene_rect_t previous, bounds;

      g_assert_true (gtk_widget_compute_bounds (pj_chip_group_get_chip (group, i - 1),
                                                GTK_WIDGET (group), &previous));
      g_assert_true (gtk_widget_compute_bounds (pj_chip_group_get_chip (group, i),
                                                GTK_WIDGET (group), &bounds));
      if (bounds.origin.y > previous.origin.y)
        lines++;
    }
  return lines;
}

/* The body map's places at a phone's width: aligned columns leave one per line; packed, each
 * chip keeps its own width, several share a line, and none runs past the edge. */
static void
test_packed (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  PjChipGroup *group = PJ_CHIP_GROUP (pj_chip_group_new (PJ_CODE_KIND_LOCATION));
  guint n = pj_codes_count (PJ_CODE_KIND_LOCATION);
  int natural, measured;

  gtk_window_set_child (window, GTK_WIDGET (group));
  gtk_window_set_default_size (window, 330, 600);
  gtk_window_present (window);
  SPIN_UNTIL (gtk_widget_get_width (GTK_WIDGET (group)) == 330
              && gtk_widget_get_width (pj_chip_group_get_chip (group, 0)) > 0);
  g_assert_cmpint (lines_of (group, n), ==, (int) n);

  g_object_set (group, "packed", TRUE, NULL);
  SPIN_UNTIL (lines_of (group, n) < (int) n);
  g_assert_cmpint (lines_of (group, n), <=, (int) n - 3);
  for (guint i = 0; i < n; i++)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (pj_chip_group_get_chip (group, i),
                                                GTK_WIDGET (group), &bounds));
      gtk_widget_measure (pj_chip_group_get_chip (group, i), GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &natural, NULL, NULL);
      /* The bounds leave out the chip's margins (3 px a side). */
      g_assert_cmpfloat (bounds.size.width, ==, natural - 2 * 3);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 330);
    }
  /* Height for width agrees with what was laid out. */
  gtk_widget_measure (GTK_WIDGET (group), GTK_ORIENTATION_VERTICAL, 330, &measured, NULL, NULL,
                      NULL);
  {
    graphene_rect_t last;

    g_assert_true (gtk_widget_compute_bounds (pj_chip_group_get_chip (group, n - 1),
                                              GTK_WIDGET (group), &last));
    g_assert_cmpfloat (last.origin.y + last.size.height + 3, ==, measured);
  }
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add ("/chip-group/aligned-columns", Fixture, NULL, fixture_setup,
              test_aligned_columns, fixture_teardown);
  g_test_add ("/chip-group/narrow-and-wide", Fixture, NULL, fixture_setup,
              test_narrow_and_wide, fixture_teardown);
  g_test_add ("/chip-group/right-to-left", Fixture, NULL, fixture_setup,
              test_right_to_left, fixture_teardown);
  g_test_add ("/chip-group/height-for-width", Fixture, NULL, fixture_setup,
              test_height_for_width, fixture_teardown);
  g_test_add_func ("/chip-group/packed", test_packed);
  return g_test_run ();
}
