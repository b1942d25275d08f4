/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pj-gui-test-utils.h"
#include "pj-quick-start.h"
#include "pj-toolkit-version.h"

/* What these tests check happens when GTK starts, so each case runs in a subprocess that starts
 * GTK its own way; the parent only checks that a display is there. */

static gboolean have_display;

static void
label_color (GtkStyleProvider *provider,
             GdkRGBA          *color)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("Pain");

  /* On the window: a label takes its text colour from it. */
  if (provider != NULL)
    gtk_style_context_add_provider (gtk_widget_get_style_context (window), provider,
                                    GTK_STYLE_PROVIDER_PRIORITY_THEME);
  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_style_context_get_color (gtk_widget_get_style_context (label), color);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether GTK loaded its own "Default" stylesheet as the theme when it created the display's
 * settings. libadwaita is not started here, so a plain label is styled by that theme alone.
 * The label is compared with one in a window that has GTK's "Default" stylesheet added on top,
 * at the theme's priority: loading it again changes nothing only when it is already the
 * theme. No colour of GTK's is written down here. */
static gboolean
gtk_default_theme_loaded (void)
{
  g_autoptr (GtkCssProvider) default_theme = gtk_css_provider_new ();
  GdkRGBA with_default_on_top, as_styled;

  gtk_css_provider_load_named (default_theme, "Default", NULL);
  label_color (GTK_STYLE_PROVIDER (default_theme), &with_default_on_top);
  label_color (NULL, &as_styled);
  return gdk_rgba_equal (&as_styled, &with_default_on_top);
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

  if (!pj_workaround_needed (PJ_WORKAROUND_SKIP_DEFAULT_THEME))
    {
      /* A GTK this is not needed for starts as usual. */
      g_assert_true (gtk_default_theme_loaded ());
      g_assert_null (g_getenv ("GTK_THEME"));
      return;
    }
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
  if (!pj_workaround_needed (PJ_WORKAROUND_PRELOAD_ICON_THEME))
    {
      g_assert_null (task);
      return;
    }
  g_assert_true (g_task_is_valid (task, gtk_icon_theme_get_for_display (display)));

  SPIN_UNTIL (g_task_get_completed (task));
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
  g_test_add_func ("/quick-start/load-icon-theme", test_load_icon_theme);
  return g_test_run ();
}
