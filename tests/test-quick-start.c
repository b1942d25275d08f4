/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pj-day-navigator.h"
#include "pj-day-factors.h"
#include "pj-quick-start.h"
#include "pj-window.h"

/* What these tests check happens when GTK starts, so each case runs in a subprocess that starts
 * GTK its own way; the parent only checks that a display is there. */

static gboolean have_display;

/* GTK's own "Default" stylesheet gives a plain label its dark grey text; libadwaita's empty
 * theme leaves CSS's initial white. libadwaita is not started here, so the colour tells which
 * of the two GTK loaded when it created the display's settings. */
static gboolean
gtk_default_theme_loaded (void)
{
  static const GdkRGBA default_theme_text = { 46 / 255.0, 52 / 255.0, 54 / 255.0, 1.0 };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("Pain");
  GdkRGBA color;

  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &color);
  gtk_window_destroy (GTK_WINDOW (window));
  return gdk_rgba_equal (&color, &default_theme_text);
}

static void
run_in_subprocess (const char *path)
{
  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_gtk_default_theme_without_quick_start (void)
{
  if (!g_test_subprocess ())
    {
      run_in_subprocess (NULL);
      return;
    }
  /* The baseline: what GTK does on its own, so the next test means something. */
  g_assert_true (gtk_init_check ());
  g_assert_true (gtk_default_theme_loaded ());
}

static void
test_skip_gtk_theme (void)
{
  if (!g_test_subprocess ())
    {
      run_in_subprocess (NULL);
      return;
    }
  g_unsetenv ("GTK_THEME");
  g_assert_true (pj_quick_start_init_gtk ());

  g_assert_false (gtk_default_theme_loaded ());
  /* Nothing the app starts later inherits the override. */
  g_assert_null (g_getenv ("GTK_THEME"));

  /* libadwaita then takes over as usual and its stylesheet applies. */
  adw_init ();
  g_assert_false (gtk_default_theme_loaded ());
}

static void
test_skip_gtk_theme_keeps_a_chosen_theme (void)
{
  if (!g_test_subprocess ())
    {
      run_in_subprocess (NULL);
      return;
    }
  /* A theme the person chose is theirs: left set and used. */
  g_setenv ("GTK_THEME", "Default", TRUE);
  g_assert_true (pj_quick_start_init_gtk ());

  g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Default");
  g_assert_true (gtk_default_theme_loaded ());
}

static void
test_init_classes (void)
{
  g_autoptr (GThread) thread = NULL;
  GtkWidget *navigator;

  if (!g_test_subprocess ())
    {
      run_in_subprocess (NULL);
      return;
    }
  /* Before GTK has started, nothing is set up: some classes need GTK's resources. */
  g_assert_null (pj_quick_start_init_classes ());

  g_assert_true (pj_quick_start_init_gtk ());
  g_assert_null (g_type_class_peek (PJ_TYPE_WINDOW));
  thread = pj_quick_start_init_classes ();
  g_assert_nonnull (thread);
  g_thread_join (g_steal_pointer (&thread));

  /* The first frame's classes, the app's, libadwaita's and GTK's, are ready... */
  g_assert_nonnull (g_type_class_peek (PJ_TYPE_WINDOW));
  g_assert_nonnull (g_type_class_peek (PJ_TYPE_DAY_FACTORS));
  g_assert_nonnull (g_type_class_peek (ADW_TYPE_ACTION_ROW));
  g_assert_nonnull (g_type_class_peek (GTK_TYPE_SPIN_BUTTON));
  /* ...and a widget built from a template set up on that thread works on this one. */
  adw_init ();
  navigator = g_object_ref_sink (pj_day_navigator_new ());
  g_assert_nonnull (gtk_widget_get_first_child (navigator));
  g_object_unref (navigator);
}

static void
test_load_icon_theme (void)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GError) error = NULL;
  GdkDisplay *display;

  if (!g_test_subprocess ())
    {
      run_in_subprocess (NULL);
      return;
    }
  g_assert_true (gtk_init_check ());
  display = gdk_display_get_default ();
  task = pj_quick_start_load_icon_theme (display);
  g_assert_true (g_task_is_valid (task, gtk_icon_theme_get_for_display (display)));

  while (!g_task_get_completed (task))
    g_main_context_iteration (NULL, TRUE);
  /* The worker read the theme: GTK's own fallback icon is found through it. */
  g_assert_true (g_task_propagate_boolean (task, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!g_test_subprocess ())
    have_display = gtk_init_check ();

  g_test_add_func ("/quick-start/gtk-default-theme-without-quick-start",
                   test_gtk_default_theme_without_quick_start);
  g_test_add_func ("/quick-start/skip-gtk-theme", test_skip_gtk_theme);
  g_test_add_func ("/quick-start/skip-gtk-theme-keeps-a-chosen-theme",
                   test_skip_gtk_theme_keeps_a_chosen_theme);
  g_test_add_func ("/quick-start/init-classes", test_init_classes);
  g_test_add_func ("/quick-start/load-icon-theme", test_load_icon_theme);
  return g_test_run ();
}
