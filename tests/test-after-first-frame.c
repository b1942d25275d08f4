/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pj-after-first-frame.h"
#include "pj-gui-test-utils.h"

typedef struct
{
  int      calls;
  gboolean painted;  /* the window had drawn a frame when the call came */
  GtkWidget *window;
} Record;

static void
on_after_paint (GdkFrameClock *frame_clock,
                Record        *record)
{
  record->painted = TRUE;
}

static void
record_call (gpointer user_data)
{
  Record *record = user_data;

  record->calls++;
  g_assert_true (record->painted);
}

static void
watch_paint (GtkWidget *window,
             Record    *record)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), record);
}

static GtkWidget *
new_window (GtkWidget **child)
{
  GtkWidget *window = gtk_window_new ();

  *child = gtk_label_new ("Below the fold");
  gtk_window_set_child (GTK_WINDOW (window), *child);
  gtk_window_set_default_size (GTK_WINDOW (window), 200, 100);
  return window;
}

static void
test_waits_for_the_first_frame (void)
{
  Record record = { 0 };
  GtkWidget *child;
  GtkWidget *window = new_window (&child);
  PjAfterFirstFrame *pending = pj_after_first_frame (child, record_call, &record);

  /* Not on screen: nothing happens however long the loop runs. */
  g_assert_true (pj_after_first_frame_pending (pending));
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (record.calls, ==, 0);

  g_signal_connect (window, "realize", G_CALLBACK (watch_paint), &record);
  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (record.calls > 0);
  g_assert_cmpint (record.calls, ==, 1);
  g_assert_true (record.painted);
  g_assert_false (pj_after_first_frame_pending (pending));

  /* Once only, even as more frames are drawn. */
  gtk_widget_queue_draw (child);
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (record.calls, ==, 1);

  pj_after_first_frame_cancel (&pending);
  g_assert_null (pending);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_mapped_widget_waits_for_next_frame (void)
{
  Record record = { 0 };
  GtkWidget *child;
  GtkWidget *window = new_window (&child);
  PjAfterFirstFrame *pending;

  g_signal_connect (window, "realize", G_CALLBACK (watch_paint), &record);
  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (record.painted);

  record.painted = FALSE;
  pending = pj_after_first_frame (child, record_call, &record);
  gtk_widget_queue_draw (child);
  SPIN_UNTIL (record.calls > 0);
  g_assert_cmpint (record.calls, ==, 1);
  pj_after_first_frame_cancel (&pending);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_cancel_stops_the_call (void)
{
  Record record = { 0 };
  GtkWidget *child;
  GtkWidget *window = new_window (&child);
  PjAfterFirstFrame *pending = pj_after_first_frame (child, record_call, &record);
  PjAfterFirstFrame *none = NULL;

  g_signal_connect (window, "realize", G_CALLBACK (watch_paint), &record);
  pj_after_first_frame_cancel (&pending);
  g_assert_null (pending);
  g_assert_false (pj_after_first_frame_pending (pending));
  pj_after_first_frame_cancel (&none);

  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (record.painted);
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (record.calls, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_cancel_after_widget_is_gone (void)
{
  Record record = { 0 };
  GtkWidget *child;
  GtkWidget *window = new_window (&child);
  PjAfterFirstFrame *pending = pj_after_first_frame (child, record_call, &record);

  /* The owner may outlive the widget it waited on; cancelling is still safe. */
  gtk_window_destroy (GTK_WINDOW (window));
  for (int i = 0; i < 5; i++)
    g_main_context_iteration (NULL, FALSE);
  pj_after_first_frame_cancel (&pending);
  g_assert_cmpint (record.calls, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/after-first-frame/waits-for-the-first-frame", test_waits_for_the_first_frame);
  g_test_add_func ("/after-first-frame/mapped-widget-waits-for-next-frame",
                   test_mapped_widget_waits_for_next_frame);
  g_test_add_func ("/after-first-frame/cancel-stops-the-call", test_cancel_stops_the_call);
  g_test_add_func ("/after-first-frame/cancel-after-widget-is-gone",
                   test_cancel_after_widget_is_gone);
  return g_test_run ();
}
