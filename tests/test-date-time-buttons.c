/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The calendar and clock buttons beside typed dates and times: they write what is chosen into
 * the entry, open on what the entry holds, close from the keyboard, and mark text that does
 * not parse. */
#include "config.h"

#include <adwaita.h>

#include "pj-date-button.h"
#include "pj-gui-test-utils.h"
#include "pj-time-button.h"

typedef struct
{
  GtkWindow *window;
  GtkWidget *entry;
  GtkWidget *button;
} Fixture;

static void
setup (Fixture   *fixture,
       GtkWidget *button)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->entry = gtk_entry_new ();
  fixture->button = button;
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    gtk_box_append (GTK_BOX (box), fixture->entry);
    gtk_box_append (GTK_BOX (box), button);
    gtk_window_set_child (fixture->window, box);
  }
  g_object_set (button, "editable", fixture->entry, NULL);
  gtk_window_present (fixture->window);
  SPIN_UNTIL (gtk_widget_get_mapped (button));
}

static GtkPopover *
shown_popover (Fixture *fixture)
{
  GtkWidget *menu_button = pj_test_find_descendant (fixture->button, GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));

  g_assert_nonnull (popover);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  return popover;
}

static void
test_time_button (void)
{
  Fixture fixture;
  GtkPopover *popover;
  GtkWidget *hour, *minute;

  setup (&fixture, pj_time_button_new ());
  gtk_editable_set_text (GTK_EDITABLE (fixture.entry), "08:30");
  pj_time_button_popup (PJ_TIME_BUTTON (fixture.button));
  popover = shown_popover (&fixture);
  hour = pj_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (hour);
  minute = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (hour));
  g_assert_true (GTK_IS_SPIN_BUTTON (minute));
  /* It opens on the entry's time. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (hour)), ==, 8);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (minute)), ==, 30);

  /* Arrows (as the spin's own key bindings do), and the entry follows. */
  gtk_spin_button_spin (GTK_SPIN_BUTTON (hour), GTK_SPIN_STEP_FORWARD, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture.entry)), ==, "09:30");
  gtk_spin_button_spin (GTK_SPIN_BUTTON (minute), GTK_SPIN_STEP_BACKWARD, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture.entry)), ==, "09:29");
  /* Past midnight it wraps. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hour), 23);
  gtk_spin_button_spin (GTK_SPIN_BUTTON (hour), GTK_SPIN_STEP_FORWARD, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture.entry)), ==, "00:29");

  /* Enter closes. */
  g_assert_true (pj_test_press_key (minute, GDK_KEY_Return));
  SPIN_UNTIL (!gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* Typed text that is not a time is marked; a time again clears the mark. */
  gtk_editable_set_text (GTK_EDITABLE (fixture.entry), "25:99");
  g_assert_true (gtk_widget_has_css_class (fixture.entry, "error"));
  gtk_editable_set_text (GTK_EDITABLE (fixture.entry), "21:05");
  g_assert_false (gtk_widget_has_css_class (fixture.entry, "error"));
  /* Opened again, it shows the typed time. */
  SPIN_UNTIL (gtk_menu_button_get_popover (GTK_MENU_BUTTON (
    pj_test_find_descendant (fixture.button, GTK_TYPE_MENU_BUTTON))) == NULL);
  pj_time_button_popup (PJ_TIME_BUTTON (fixture.button));
  popover = shown_popover (&fixture);
  hour = pj_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_SPIN_BUTTON);
  minute = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (hour));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (hour)), ==, 21);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (minute)), ==, 5);
  gtk_window_destroy (fixture.window);
}

static void
test_date_button (void)
{
  Fixture fixture;
  GtkPopover *popover;
  GtkCalendar *calendar;
  g_autoptr (GDateTime) shown = NULL;
  g_autoptr (GDateTime) later = g_date_time_new_local (2026, 3, 20, 0, 0, 0);

  setup (&fixture, pj_date_button_new ());
  gtk_editable_set_text (GTK_EDITABLE (fixture.entry), "2026-03-15");
  pj_date_button_popup (PJ_DATE_BUTTON (fixture.button));
  popover = shown_popover (&fixture);
  calendar = GTK_CALENDAR (pj_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_CALENDAR));
  g_assert_nonnull (calendar);
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 15);

  /* A day chosen (what the arrow keys do in the calendar) goes into the entry... */
  gtk_calendar_select_day (calendar, later);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture.entry)), ==, "2026-03-20");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  /* ...and Enter closes. */
  g_assert_true (pj_test_press_key (GTK_WIDGET (calendar), GDK_KEY_Return));
  SPIN_UNTIL (!gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  gtk_editable_set_text (GTK_EDITABLE (fixture.entry), "2026-02-30");
  g_assert_true (gtk_widget_has_css_class (fixture.entry, "error"));
  gtk_editable_set_text (GTK_EDITABLE (fixture.entry), "2026-02-28");
  g_assert_false (gtk_widget_has_css_class (fixture.entry, "error"));
  gtk_window_destroy (fixture.window);
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/date-time-buttons/time", test_time_button);
  g_test_add_func ("/date-time-buttons/date", test_date_button);
  return g_test_run ();
}
