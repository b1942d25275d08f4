/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pj-gui-test-utils.h"
#include "pj-switcher-title.h"

typedef struct
{
  GtkWindow       *window;
  PjSwitcherTitle *title;
  GtkWidget       *switcher;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (adw_view_stack_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  adw_view_stack_add_titled (stack, gtk_label_new ("one"), "one", "First page");
  adw_view_stack_add_titled (stack, gtk_label_new ("two"), "two", "Second page");
  fixture->title = PJ_SWITCHER_TITLE (pj_switcher_title_new ());
  pj_switcher_title_set_stack (fixture->title, stack);
  pj_switcher_title_set_title (fixture->title, "Pain Journal");
  fixture->switcher = pj_test_find_descendant (GTK_WIDGET (fixture->title),
                                               ADW_TYPE_VIEW_SWITCHER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (stack));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (fixture->window, box);
  gtk_window_set_default_size (fixture->window, 800, 200);
  gtk_window_present (fixture->window);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->title))
              && gtk_widget_get_width (GTK_WIDGET (fixture->title)) > 0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
}

static gboolean
shows_switcher (Fixture *fixture)
{
  return gtk_widget_get_child_visible (fixture->switcher)
         && !pj_switcher_title_get_title_visible (fixture->title);
}

static void
test_switcher_when_it_fits (Fixture       *fixture,
                            gconstpointer  data)
{
  g_assert_nonnull (fixture->switcher);
  g_assert_true (shows_switcher (fixture));
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           int        *count)
{
  (*count)++;
}

static void
test_title_when_narrow (Fixture       *fixture,
                        gconstpointer  data)
{
  int switcher_min, notified = 0;

  g_signal_connect (fixture->title, "notify::title-visible", G_CALLBACK (on_notify), &notified);
  gtk_widget_measure (fixture->switcher, GTK_ORIENTATION_HORIZONTAL, -1, &switcher_min, NULL,
                      NULL, NULL);
  /* Narrower than the switcher: the title takes its place, and says so. */
  gtk_window_set_default_size (fixture->window, switcher_min / 2, 200);
  SPIN_UNTIL (pj_switcher_title_get_title_visible (fixture->title));
  g_assert_true (pj_switcher_title_get_title_visible (fixture->title));
  g_assert_false (gtk_widget_get_child_visible (fixture->switcher));
  g_assert_cmpint (notified, ==, 1);

  gtk_window_set_default_size (fixture->window, 800, 200);
  SPIN_UNTIL (shows_switcher (fixture));
  g_assert_true (shows_switcher (fixture));
  g_assert_cmpint (notified, ==, 2);
}

static void
test_title_when_disabled (Fixture       *fixture,
                          gconstpointer  data)
{
  /* Over a page without the journal (welcome, error) there is nothing to switch. */
  pj_switcher_title_set_switcher_enabled (fixture->title, FALSE);
  SPIN_UNTIL (pj_switcher_title_get_title_visible (fixture->title));
  g_assert_true (pj_switcher_title_get_title_visible (fixture->title));

  pj_switcher_title_set_switcher_enabled (fixture->title, TRUE);
  SPIN_UNTIL (shows_switcher (fixture));
  g_assert_true (shows_switcher (fixture));
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add ("/switcher-title/switcher-when-it-fits", Fixture, NULL, fixture_setup,
              test_switcher_when_it_fits, fixture_teardown);
  g_test_add ("/switcher-title/title-when-narrow", Fixture, NULL, fixture_setup,
              test_title_when_narrow, fixture_teardown);
  g_test_add ("/switcher-title/title-when-disabled", Fixture, NULL, fixture_setup,
              test_title_when_disabled, fixture_teardown);
  return g_test_run ();
}
