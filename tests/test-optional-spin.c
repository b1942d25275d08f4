/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <math.h>

#include "pj-decimal-input.h"
#include "pj-optional-spin.h"
#include "pj-gui-test-utils.h"
#include "pj-test-utils.h"

static void
count_change (GtkWidget *widget,
              guint     *count)
{
  (*count)++;
}

static GtkWidget *
clear_button (PjOptionalSpin *spin)
{
  return gtk_widget_get_next_sibling (GTK_WIDGET (pj_optional_spin_get_spin_button (spin)));
}

static void
test_starts_unknown (void)
{
  GtkWidget *widget = g_object_ref_sink (pj_optional_spin_new (0, 24, 0.5, 1));
  PjOptionalSpin *spin = PJ_OPTIONAL_SPIN (widget);

  g_assert_true (isnan (pj_optional_spin_get_value (spin)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pj_optional_spin_get_spin_button (spin))),
                   ==, "");
  g_assert_false (gtk_widget_get_sensitive (clear_button (spin)));
  g_object_unref (widget);
}

static void
test_typing (void)
{
  GtkWidget *widget = g_object_ref_sink (pj_optional_spin_new (0, 24, 0.5, 1));
  PjOptionalSpin *spin = PJ_OPTIONAL_SPIN (widget);
  GtkSpinButton *button = pj_optional_spin_get_spin_button (spin);
  guint changes = 0;

  g_signal_connect (widget, "changed", G_CALLBACK (count_change), &changes);

  /* Typing the hidden value itself (the minimum, 0) still makes it known: 0 is an answer. */
  gtk_editable_set_text (GTK_EDITABLE (button), "0");
  gtk_spin_button_update (button);
  g_assert_cmpfloat (pj_optional_spin_get_value (spin), ==, 0.0);
  g_assert_cmpuint (changes, ==, 1);

  /* A decimal comma is read as a point. */
  gtk_editable_set_text (GTK_EDITABLE (button), "7,5");
  gtk_spin_button_update (button);
  g_assert_cmpfloat (pj_optional_spin_get_value (spin), ==, 7.5);
  g_assert_true (gtk_widget_get_sensitive (clear_button (spin)));

  /* Emptying the field means "I don't know". */
  gtk_editable_set_text (GTK_EDITABLE (button), "");
  gtk_spin_button_update (button);
  g_assert_true (isnan (pj_optional_spin_get_value (spin)));
  g_assert_cmpuint (changes, ==, 3);
  g_object_unref (widget);
}

/* Types @text into @spin as a person would and returns what the spin button then holds. */
static double
type_into (GtkSpinButton *spin,
           const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_spin_button_update (spin);
  return gtk_spin_button_get_value (spin);
}

/* Under a German LC_NUMERIC a person reads and types "7,5"; "7.5" (from habit or a pasted
 * number) still means seven and a half, never 75 or 7. Both the optional spin of the day's
 * factors and a GtkSpinButton with pj_decimal_input_attach() (the medicine amounts) are
 * checked: a numeric GtkSpinButton alone drops the point of "0.25" under de_DE. */
static void
test_local_decimal_separator (gconstpointer data)
{
  const char *locale = data;
  char *saved = pj_test_use_locale (LC_NUMERIC, locale);
  GtkWidget *widget;
  PjOptionalSpin *optional;
  GtkSpinButton *inner;
  GtkWidget *plain;

  if (saved == NULL)
    return;
  widget = g_object_ref_sink (pj_optional_spin_new (0, 24, 0.5, 1));
  optional = PJ_OPTIONAL_SPIN (widget);
  inner = pj_optional_spin_get_spin_button (optional);
  pj_optional_spin_set_value (optional, 7.5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (inner)), ==, "7,5");
  g_assert_cmpfloat (type_into (inner, "6,5"), ==, 6.5);
  g_assert_cmpfloat (pj_optional_spin_get_value (optional), ==, 6.5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (inner)), ==, "6,5");
  g_assert_cmpfloat (type_into (inner, "8.5"), ==, 8.5);
  g_assert_cmpfloat (pj_optional_spin_get_value (optional), ==, 8.5);
  g_object_unref (widget);

  plain = g_object_ref_sink (gtk_spin_button_new_with_range (0.001, 100000, 1));
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (plain), 2);
  pj_decimal_input_attach (GTK_SPIN_BUTTON (plain));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (plain), 2.5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (plain)), ==, "2,50");
  g_assert_cmpfloat (type_into (GTK_SPIN_BUTTON (plain), "7,5"), ==, 7.5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (plain)), ==, "7,50");
  g_assert_cmpfloat (type_into (GTK_SPIN_BUTTON (plain), "0.25"), ==, 0.25);
  /* Not a number: the spin button keeps what it had. */
  g_assert_cmpfloat (type_into (GTK_SPIN_BUTTON (plain), "7,5 mg"), ==, 0.25);
  g_object_unref (plain);

  pj_test_restore_locale (LC_NUMERIC, saved);
}

static void
test_set_clear_and_signal (void)
{
  GtkWidget *widget = g_object_ref_sink (pj_optional_spin_new (0, 100, 1, 0));
  PjOptionalSpin *spin = PJ_OPTIONAL_SPIN (widget);
  guint changes = 0;

  g_signal_connect (widget, "changed", G_CALLBACK (count_change), &changes);

  /* Setting from code is loading, not editing: no "changed". */
  pj_optional_spin_set_value (spin, 12);
  g_assert_cmpfloat (pj_optional_spin_get_value (spin), ==, 12.0);
  pj_optional_spin_set_value (spin, NAN);
  g_assert_true (isnan (pj_optional_spin_get_value (spin)));
  g_assert_cmpuint (changes, ==, 0);

  /* The arrows make it known; the clear button makes it unknown, each a change. */
  gtk_spin_button_spin (pj_optional_spin_get_spin_button (spin), GTK_SPIN_STEP_FORWARD, 1);
  g_assert_cmpfloat (pj_optional_spin_get_value (spin), ==, 1.0);
  g_assert_cmpuint (changes, ==, 1);
  g_signal_emit_by_name (clear_button (spin), "clicked");
  g_assert_true (isnan (pj_optional_spin_get_value (spin)));
  g_assert_cmpuint (changes, ==, 2);
  g_object_unref (widget);
}

/* The wheel belongs to the page: scrolling past a number must not change it. */
static void
test_wheel_does_not_change_value (void)
{
  GtkWidget *spin = g_object_ref_sink (pj_optional_spin_new (0, 24, 0.5, 1));
  GtkSpinButton *button = pj_optional_spin_get_spin_button (PJ_OPTIONAL_SPIN (spin));
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (button));
  guint n_scroll = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        continue;
      n_scroll++;
      g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==,
                       GTK_PHASE_NONE);
    }
  /* GtkSpinButton has its own wheel handler; the test must have found it. */
  g_assert_cmpuint (n_scroll, >, 0);
  g_object_unref (spin);
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/optional-spin/starts-unknown", test_starts_unknown);
  g_test_add_func ("/optional-spin/typing", test_typing);
  g_test_add_func ("/optional-spin/set-clear-and-signal", test_set_clear_and_signal);
  g_test_add_func ("/optional-spin/wheel-does-not-change-value", test_wheel_does_not_change_value);
  g_test_add_data_func ("/optional-spin/decimal-comma/de", "de_DE.UTF-8",
                        test_local_decimal_separator);
  g_test_add_data_func ("/optional-spin/decimal-comma/es", "es_ES.UTF-8",
                        test_local_decimal_separator);
  return g_test_run ();
}
