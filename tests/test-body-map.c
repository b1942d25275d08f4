/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "pj-body-map.h"
#include "pj-test-utils.h"
#include "pj-gui-test-utils.h"

typedef struct
{
  GtkWindow *window;
  PjBodyMap *map;
  guint      notifications;
} Fixture;

static void
on_selection_notify (PjBodyMap  *map,
                     GParamSpec *pspec,
                     Fixture    *fixture)
{
  fixture->notifications++;
}

static void
spin_until_drawn (Fixture *fixture)
{
  SPIN_UNTIL (gtk_widget_get_width (GTK_WIDGET (fixture->map)) > 0);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->map = PJ_BODY_MAP (pj_body_map_new ());
  fixture->notifications = 0;
  g_signal_connect (fixture->map, "notify::selection", G_CALLBACK (on_selection_notify),
                    fixture);
  gtk_window_set_default_size (fixture->window, 300, 420);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->map));
  gtk_window_present (fixture->window);
  spin_until_drawn (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The child widget standing for a region, found by its accessible name. */
static GtkWidget *
region_widget (Fixture   *fixture,
               PjLocation location)
{
  const char *label = pj_code_label (PJ_CODE_KIND_LOCATION, location);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->map));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *mismatch = gtk_test_accessible_check_property (
        GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label);

      if (mismatch == NULL)
        return child;
    }
  g_error ("no region widget named \"%s\"", label);
}

static void
assert_checked (Fixture   *fixture,
                PjLocation location,
                gboolean   checked)
{
  GtkWidget *region = region_widget (fixture, location);
  g_autofree char *mismatch = gtk_test_accessible_check_state (
    GTK_ACCESSIBLE (region), GTK_ACCESSIBLE_STATE_CHECKED,
    checked ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE);

  if (mismatch != NULL)
    g_error ("region %s: checked state is %s, expected %s",
             pj_code_name (PJ_CODE_KIND_LOCATION, location), mismatch,
             checked ? "true" : "false");
}

/* Sends a key press to a widget's own key controller, as the window would for a key typed
 * while the widget has the focus; no pointer is involved. */
static gboolean
send_key (GtkWidget *widget,
          guint      keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          return handled;
        }
    }
  g_error ("widget has no key controller");
}

static PjLocation
focused_location (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    {
      if (focus == region_widget (fixture, i))
        return i;
    }
  g_error ("the focus is not on a region");
}

static void
test_selection_api (Fixture       *fixture,
                    gconstpointer  data)
{
  PjCodeSet selection = PJ_CODE_BIT (PJ_LOCATION_NECK) |
                        PJ_CODE_BIT (PJ_LOCATION_BETWEEN_SHOULDER_BLADES) |
                        PJ_CODE_BIT (PJ_LOCATION_ARM_RIGHT);
  guint value = 0;

  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==, 0);
  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    assert_checked (fixture, i, FALSE);

  pj_body_map_set_selection (fixture->map, selection);
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==, selection);
  g_assert_cmpuint (fixture->notifications, ==, 1);
  g_object_get (fixture->map, "selection", &value, NULL);
  g_assert_cmpuint (value, ==, selection);
  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    assert_checked (fixture, i, (selection & PJ_CODE_BIT (i)) != 0);

  /* The same value again does not notify. */
  pj_body_map_set_selection (fixture->map, selection);
  g_assert_cmpuint (fixture->notifications, ==, 1);

  /* Through the property, and bits beyond the ten regions are dropped. */
  g_object_set (fixture->map, "selection", (guint) (PJ_CODE_BIT (PJ_LOCATION_LOWER_BACK) |
                                                    PJ_CODE_BIT (PJ_N_LOCATIONS + 2)), NULL);
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==,
                    PJ_CODE_BIT (PJ_LOCATION_LOWER_BACK));
  g_assert_cmpuint (fixture->notifications, ==, 2);
  assert_checked (fixture, PJ_LOCATION_LOWER_BACK, TRUE);
  assert_checked (fixture, PJ_LOCATION_NECK, FALSE);

  pj_body_map_set_pain (fixture->map, 7);
  pj_body_map_set_pain (fixture->map, -1);
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==,
                    PJ_CODE_BIT (PJ_LOCATION_LOWER_BACK));
}

/* Every region is a focusable check box named after its label. */
static void
test_accessible_regions (Fixture       *fixture,
                         gconstpointer  data)
{
  guint n_children = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->map));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_children++;
  g_assert_cmpuint (n_children, ==, PJ_N_LOCATIONS);

  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    {
      GtkWidget *region = region_widget (fixture, i);

      g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (region),
                                                   GTK_ACCESSIBLE_ROLE_CHECKBOX));
      g_assert_true (gtk_widget_get_focusable (region));
      g_assert_true (gtk_widget_get_mapped (region));
      g_assert_cmpint (gtk_widget_get_width (region), >, 0);
    }
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (fixture->map),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
}

/* Space on a focused region toggles it, and only it; Enter too. */
static void
test_space_toggles (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *between = region_widget (fixture, PJ_LOCATION_BETWEEN_SHOULDER_BLADES);
  GtkWidget *neck = region_widget (fixture, PJ_LOCATION_NECK);

  g_assert_true (gtk_widget_grab_focus (between));
  g_assert_true (send_key (between, GDK_KEY_space));
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==,
                    PJ_CODE_BIT (PJ_LOCATION_BETWEEN_SHOULDER_BLADES));
  assert_checked (fixture, PJ_LOCATION_BETWEEN_SHOULDER_BLADES, TRUE);
  g_assert_cmpuint (fixture->notifications, ==, 1);

  g_assert_true (gtk_widget_grab_focus (neck));
  g_assert_true (send_key (neck, GDK_KEY_Return));
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==,
                    PJ_CODE_BIT (PJ_LOCATION_BETWEEN_SHOULDER_BLADES) |
                    PJ_CODE_BIT (PJ_LOCATION_NECK));

  g_assert_true (gtk_widget_grab_focus (between));
  g_assert_true (send_key (between, GDK_KEY_space));
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==,
                    PJ_CODE_BIT (PJ_LOCATION_NECK));
  assert_checked (fixture, PJ_LOCATION_BETWEEN_SHOULDER_BLADES, FALSE);

  /* Other keys are left for the window. */
  g_assert_false (send_key (neck, GDK_KEY_a));
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==,
                    PJ_CODE_BIT (PJ_LOCATION_NECK));
}

/* The accessible action toggles too (what a screen reader or an AT-SPI test uses). */
static void
test_toggle_action (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *arm = region_widget (fixture, PJ_LOCATION_ARM_LEFT);

  g_assert_true (gtk_widget_activate_action (arm, "region.toggle", NULL));
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==,
                    PJ_CODE_BIT (PJ_LOCATION_ARM_LEFT));
  assert_checked (fixture, PJ_LOCATION_ARM_LEFT, TRUE);
}

/* Tab walks the regions top to bottom, left to right, then leaves the map; the arrows move to
 * the neighbour in that direction. */
static void
test_keyboard_navigation (Fixture       *fixture,
                          gconstpointer  data)
{
  const PjLocation expected_tab[] = {
    PJ_LOCATION_NECK, PJ_LOCATION_SHOULDER_LEFT, PJ_LOCATION_SHOULDER_RIGHT,
    PJ_LOCATION_ARM_LEFT, PJ_LOCATION_UPPER_BACK_LEFT, PJ_LOCATION_BETWEEN_SHOULDER_BLADES,
    PJ_LOCATION_UPPER_BACK_RIGHT, PJ_LOCATION_ARM_RIGHT, PJ_LOCATION_MID_BACK,
    PJ_LOCATION_LOWER_BACK,
  };
  const struct { PjLocation from; guint key; PjLocation to; } arrows[] = {
    { PJ_LOCATION_SHOULDER_LEFT, GDK_KEY_Down, PJ_LOCATION_UPPER_BACK_LEFT },
    { PJ_LOCATION_UPPER_BACK_LEFT, GDK_KEY_Right, PJ_LOCATION_BETWEEN_SHOULDER_BLADES },
    { PJ_LOCATION_BETWEEN_SHOULDER_BLADES, GDK_KEY_Right, PJ_LOCATION_UPPER_BACK_RIGHT },
    { PJ_LOCATION_UPPER_BACK_RIGHT, GDK_KEY_Right, PJ_LOCATION_ARM_RIGHT },
    { PJ_LOCATION_BETWEEN_SHOULDER_BLADES, GDK_KEY_Up, PJ_LOCATION_NECK },
    { PJ_LOCATION_BETWEEN_SHOULDER_BLADES, GDK_KEY_Down, PJ_LOCATION_MID_BACK },
    { PJ_LOCATION_MID_BACK, GDK_KEY_Down, PJ_LOCATION_LOWER_BACK },
    { PJ_LOCATION_UPPER_BACK_LEFT, GDK_KEY_Left, PJ_LOCATION_ARM_LEFT },
  };

  /* The window gave the first region the focus when it was shown; start from outside. */
  gtk_window_set_focus (fixture->window, NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->map), GTK_DIR_TAB_FORWARD));
  for (guint i = 0; i < G_N_ELEMENTS (expected_tab); i++)
    {
      g_assert_cmpint (focused_location (fixture), ==, expected_tab[i]);
      g_assert_cmpint (gtk_widget_child_focus (GTK_WIDGET (fixture->map), GTK_DIR_TAB_FORWARD),
                       ==, i + 1 < G_N_ELEMENTS (expected_tab));
    }

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      GtkWidget *from = region_widget (fixture, arrows[i].from);

      g_assert_true (gtk_widget_grab_focus (from));
      g_assert_true (send_key (from, arrows[i].key));
      g_assert_cmpint (focused_location (fixture), ==, arrows[i].to);
    }

  /* Nothing above the neck: the key is not taken. */
  g_assert_true (gtk_widget_grab_focus (region_widget (fixture, PJ_LOCATION_NECK)));
  g_assert_false (send_key (region_widget (fixture, PJ_LOCATION_NECK), GDK_KEY_Up));
  g_assert_cmpint (focused_location (fixture), ==, PJ_LOCATION_NECK);
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==, 0);
}

/* The heat map is read-only: regions leave the focus chain and their action is off, and
 * turning it off brings them back. */
static void
test_heat_read_only (Fixture       *fixture,
                     gconstpointer  data)
{
  const double heat[PJ_N_LOCATIONS] = { 0.9, 0.1, 0.0, 0.5, 0.2, 0.2, 0.3, 0.7, 0.0, 0.0 };
  GtkWidget *neck = region_widget (fixture, PJ_LOCATION_NECK);

  pj_body_map_set_heat (fixture->map, heat);
  g_assert_false (gtk_widget_get_focusable (neck));
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (fixture->map), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (neck),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  /* The action is disabled: activating it does nothing. */
  gtk_widget_activate_action (neck, "region.toggle", NULL);
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==, 0);

  pj_body_map_set_heat (fixture->map, NULL);
  g_assert_true (gtk_widget_get_focusable (neck));
  g_assert_true (gtk_widget_activate_action (neck, "region.toggle", NULL));
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==,
                    PJ_CODE_BIT (PJ_LOCATION_NECK));
}

/* A real key press through the X server (XTest via xdotool), when it is available: the whole
 * path from the display to the region. */
static void
test_real_space_key (Fixture       *fixture,
                     gconstpointer  data)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *command = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!GDK_IS_X11_SURFACE (surface) || xdotool == NULL)
    {
      g_test_skip ("needs X11 and xdotool");
      return;
    }

  g_assert_true (gtk_widget_grab_focus (region_widget (fixture, PJ_LOCATION_MID_BACK)));
  command = g_strdup_printf ("%s windowfocus --sync %lu key space", xdotool,
                             (gulong) gdk_x11_surface_get_xid (surface));
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  SPIN_UNTIL (pj_body_map_get_selection (fixture->map) != 0);
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==,
                    PJ_CODE_BIT (PJ_LOCATION_MID_BACK));
#else
  g_test_skip ("needs X11");
#endif
}

/* Switching to dark and high contrast redraws without trouble. */
static void
test_style_changes (Fixture       *fixture,
                    gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  pj_body_map_set_selection (fixture->map, PJ_CODE_BIT (PJ_LOCATION_NECK));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  spin_until_drawn (fixture);
  g_assert_true (adw_style_manager_get_dark (style));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  spin_until_drawn (fixture);
  g_assert_cmpuint (pj_body_map_get_selection (fixture->map), ==,
                    PJ_CODE_BIT (PJ_LOCATION_NECK));
}

int
main (int   argc,
      char *argv[])
{
  /* The test AT context keeps the accessible names and states where the checks below can
   * read them (the suite's GTK_A11Y=none would drop them). */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!pj_test_init_gui (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/body-map/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("selection-api", test_selection_api);
  ADD ("accessible-regions", test_accessible_regions);
  ADD ("space-toggles", test_space_toggles);
  ADD ("toggle-action", test_toggle_action);
  ADD ("keyboard-navigation", test_keyboard_navigation);
  ADD ("heat-read-only", test_heat_read_only);
  ADD ("real-space-key", test_real_space_key);
  ADD ("style-changes", test_style_changes);
#undef ADD

  return g_test_run ();
}
