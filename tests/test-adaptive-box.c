/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pj-adaptive-box.h"
#include "pj-gui-test-utils.h"

static GtkWidget *
fixed_child (int width,
             int height)
{
  GtkWidget *child = gtk_label_new (NULL);

  gtk_widget_set_size_request (child, width, height);
  return child;
}

static void
test_minimum_is_stacked (void)
{
  GtkWidget *box = g_object_ref_sink (pj_adaptive_box_new (500));
  int minimum, natural;

  pj_adaptive_box_append (PJ_ADAPTIVE_BOX (box), fixed_child (200, 100));
  pj_adaptive_box_append (PJ_ADAPTIVE_BOX (box), fixed_child (300, 50));
  g_object_set (box, "spacing", 10, NULL);

  /* Narrow enough for a phone: the wider child, not both side by side. */
  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 300);
  g_assert_cmpint (natural, >=, 510);

  /* Stacked below the threshold, side by side from it. */
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 400, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, ==, 100 + 10 + 50);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 600, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, ==, 100);
  g_object_unref (box);
}

static void
test_allocation_switches (void)
{
  GtkWidget *box = g_object_ref_sink (pj_adaptive_box_new (500));
  GtkWidget *first = fixed_child (200, 100);
  GtkWidget *second = fixed_child (100, 50);
  graphene_rect_t bounds;

  g_object_set (box, "homogeneous", TRUE, NULL);
  pj_adaptive_box_append (PJ_ADAPTIVE_BOX (box), first);
  pj_adaptive_box_append (PJ_ADAPTIVE_BOX (box), second);

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 360, 150 }, -1);
  g_assert_true (pj_adaptive_box_get_narrow (PJ_ADAPTIVE_BOX (box)));
  g_assert_true (gtk_widget_compute_bounds (second, box, &bounds));
  g_assert_cmpfloat (bounds.origin.y, ==, 100);
  g_assert_cmpfloat (bounds.size.width, ==, 360);

  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 800, 150 }, -1);
  g_assert_false (pj_adaptive_box_get_narrow (PJ_ADAPTIVE_BOX (box)));
  g_assert_true (gtk_widget_compute_bounds (second, box, &bounds));
  g_assert_cmpfloat (bounds.origin.x, ==, 400);
  g_assert_cmpfloat (bounds.origin.y, ==, 0);
  g_assert_cmpfloat (bounds.size.width, ==, 400);
  g_object_unref (box);
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/adaptive-box/minimum-is-stacked", test_minimum_is_stacked);
  g_test_add_func ("/adaptive-box/allocation-switches", test_allocation_switches);
  return g_test_run ();
}
