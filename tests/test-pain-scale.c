/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pj-day.h"
#include "pj-pain-scale.h"
#include "pj-gui-test-utils.h"

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TOGGLE_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_starts_unset (void)
{
  GtkWidget *scale = g_object_ref_sink (pj_pain_scale_new ());

  /* No default pain: a check-in's pain must be chosen. */
  g_assert_cmpint (pj_pain_scale_get_value (PJ_PAIN_SCALE (scale)), ==, PJ_UNSET);
  g_assert_true (gtk_widget_get_focusable (scale));
  g_object_unref (scale);
}

static void
test_digit_keys (void)
{
  GtkWidget *scale = g_object_ref_sink (pj_pain_scale_new ());

  for (int digit = 0; digit <= 9; digit++)
    {
      g_assert_true (pj_test_press_key (scale, GDK_KEY_0 + digit));
      g_assert_cmpint (pj_pain_scale_get_value (PJ_PAIN_SCALE (scale)), ==, digit);
    }
  g_assert_true (pj_test_press_key (scale, GDK_KEY_KP_4));
  g_assert_cmpint (pj_pain_scale_get_value (PJ_PAIN_SCALE (scale)), ==, 4);

  /* "1" then "0" is ten. */
  g_assert_true (pj_test_press_key (scale, GDK_KEY_1));
  g_assert_cmpint (pj_pain_scale_get_value (PJ_PAIN_SCALE (scale)), ==, 1);
  g_assert_true (pj_test_press_key (scale, GDK_KEY_0));
  g_assert_cmpint (pj_pain_scale_get_value (PJ_PAIN_SCALE (scale)), ==, 10);
  /* A following "0" is zero again, not another ten. */
  g_assert_true (pj_test_press_key (scale, GDK_KEY_0));
  g_assert_cmpint (pj_pain_scale_get_value (PJ_PAIN_SCALE (scale)), ==, 0);

  /* Letters are not the scale's business. */
  g_assert_false (pj_test_press_key (scale, GDK_KEY_a));
  g_assert_cmpint (pj_pain_scale_get_value (PJ_PAIN_SCALE (scale)), ==, 0);
  g_object_unref (scale);
}

static void
test_arrows_home_end (void)
{
  GtkWidget *scale = g_object_ref_sink (pj_pain_scale_new ());
  PjPainScale *pain = PJ_PAIN_SCALE (scale);

  g_assert_true (pj_test_press_key (scale, GDK_KEY_Right));
  g_assert_cmpint (pj_pain_scale_get_value (pain), ==, 0);
  pj_test_press_key (scale, GDK_KEY_Right);
  pj_test_press_key (scale, GDK_KEY_Up);
  g_assert_cmpint (pj_pain_scale_get_value (pain), ==, 2);
  pj_test_press_key (scale, GDK_KEY_Left);
  g_assert_cmpint (pj_pain_scale_get_value (pain), ==, 1);
  pj_test_press_key (scale, GDK_KEY_End);
  g_assert_cmpint (pj_pain_scale_get_value (pain), ==, 10);
  pj_test_press_key (scale, GDK_KEY_Right);
  g_assert_cmpint (pj_pain_scale_get_value (pain), ==, 10);
  pj_test_press_key (scale, GDK_KEY_Home);
  g_assert_cmpint (pj_pain_scale_get_value (pain), ==, 0);
  pj_test_press_key (scale, GDK_KEY_Down);
  g_assert_cmpint (pj_pain_scale_get_value (pain), ==, 0);
  g_object_unref (scale);
}

static void
test_buttons_and_bands (void)
{
  GtkWidget *scale = g_object_ref_sink (pj_pain_scale_new ());
  GtkWidget *seven = find_button (scale, "7");
  GtkWidget *three = find_button (scale, "3");

  g_assert_nonnull (seven);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (seven), TRUE);
  g_assert_cmpint (pj_pain_scale_get_value (PJ_PAIN_SCALE (scale)), ==, 7);

  /* The buttons behave as one radio group following the value. */
  pj_pain_scale_set_value (PJ_PAIN_SCALE (scale), 3);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (three)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (seven)));
  /* Un-pressing the chosen button keeps the value. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (three), FALSE);
  g_assert_cmpint (pj_pain_scale_get_value (PJ_PAIN_SCALE (scale)), ==, 3);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (three)));

  g_assert_null (pj_pain_scale_band_label (PJ_UNSET));
  g_assert_cmpstr (pj_pain_scale_band_label (0), ==, "None");
  g_assert_cmpstr (pj_pain_scale_band_label (1), ==, "Mild");
  g_assert_cmpstr (pj_pain_scale_band_label (3), ==, "Mild");
  g_assert_cmpstr (pj_pain_scale_band_label (4), ==, "Moderate");
  g_assert_cmpstr (pj_pain_scale_band_label (6), ==, "Moderate");
  g_assert_cmpstr (pj_pain_scale_band_label (7), ==, "Severe");
  g_assert_cmpstr (pj_pain_scale_band_label (10), ==, "Severe");
  g_object_unref (scale);
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/pain-scale/starts-unset", test_starts_unset);
  g_test_add_func ("/pain-scale/digit-keys", test_digit_keys);
  g_test_add_func ("/pain-scale/arrows-home-end", test_arrows_home_end);
  g_test_add_func ("/pain-scale/buttons-and-bands", test_buttons_and_bands);
  return g_test_run ();
}
