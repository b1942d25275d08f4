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

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* "narrow" changes with the allocation, but is told once the allocation is over: a handler
 * may then move widgets without relaying out the window in the middle of its allocation. */
static void
test_narrow_notified_after_allocation (void)
{
  GtkWidget *box = g_object_ref_sink (pj_adaptive_box_new (500));
  guint notifies = 0;

  pj_adaptive_box_append (PJ_ADAPTIVE_BOX (box), fixed_child (200, 100));
  pj_adaptive_box_append (PJ_ADAPTIVE_BOX (box), fixed_child (100, 50));
  g_signal_connect (box, "notify::narrow", G_CALLBACK (count_notify), &notifies);

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 800, 150 }, -1);
  g_assert_false (pj_adaptive_box_get_narrow (PJ_ADAPTIVE_BOX (box)));
  g_assert_cmpuint (notifies, ==, 0);
  SPIN_UNTIL (notifies > 0);
  g_assert_cmpuint (notifies, ==, 1);

  /* The same layout again is no change. */
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 700, 150 }, -1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (notifies, ==, 1);
  g_object_unref (box);
}

typedef struct
{
  GtkWidget *box;
  guint      notifies;
  gboolean   stale_paint;  /* a frame drawn narrow before "narrow" was told */
} PaintWatch;

static void
on_paint (GdkFrameClock *clock,
          PaintWatch    *watch)
{
  if (pj_adaptive_box_get_narrow (PJ_ADAPTIVE_BOX (watch->box)) && watch->notifies == 0)
    watch->stale_paint = TRUE;
}

/* In a window, the notification comes in the frame whose layout changed it, before that
 * frame is drawn: what a handler moves never shows in its old place. */
static void
test_narrow_notified_before_paint (void)
{
  GtkWidget *window = gtk_window_new ();
  PaintWatch watch = { pj_adaptive_box_new (500), 0, FALSE };
  GdkFrameClock *clock;
  gulong paint_id;

  pj_adaptive_box_append (PJ_ADAPTIVE_BOX (watch.box), fixed_child (200, 100));
  pj_adaptive_box_append (PJ_ADAPTIVE_BOX (watch.box), fixed_child (100, 50));
  gtk_window_set_child (GTK_WINDOW (window), watch.box);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 300);
  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (gtk_widget_get_mapped (watch.box) &&
              !pj_adaptive_box_get_narrow (PJ_ADAPTIVE_BOX (watch.box)));
  g_assert_false (pj_adaptive_box_get_narrow (PJ_ADAPTIVE_BOX (watch.box)));

  clock = gtk_widget_get_frame_clock (watch.box);
  paint_id = g_signal_connect (clock, "paint", G_CALLBACK (on_paint), &watch);
  g_signal_connect (watch.box, "notify::narrow", G_CALLBACK (count_notify), &watch.notifies);
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 300);
  SPIN_UNTIL (watch.notifies > 0);
  g_assert_cmpuint (watch.notifies, ==, 1);
  g_assert_true (pj_adaptive_box_get_narrow (PJ_ADAPTIVE_BOX (watch.box)));
  g_assert_false (watch.stale_paint);
  g_signal_handler_disconnect (clock, paint_id);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/adaptive-box/minimum-is-stacked", test_minimum_is_stacked);
  g_test_add_func ("/adaptive-box/allocation-switches", test_allocation_switches);
  g_test_add_func ("/adaptive-box/narrow-notified-after-allocation",
                   test_narrow_notified_after_allocation);
  g_test_add_func ("/adaptive-box/narrow-notified-before-paint",
                   test_narrow_notified_before_paint);
  return g_test_run ();
}
