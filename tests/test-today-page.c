/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "pj-body-map.h"
#include "pj-checkin-editor.h"
#include "pj-checkin-row.h"
#include "pj-chip-group.h"
#include "pj-clock.h"
#include "pj-database.h"
#include "pj-day-navigator.h"
#include "pj-optional-spin.h"
#include "pj-pain-scale.h"
#include "pj-day-factors.h"
#include "pj-gui-test-utils.h"
#include "pj-test-utils.h"
#include "pj-today-page.h"
#include "pj-toast-overlay.h"

/* Every test drives the real page through its widgets, in a window with a toast overlay, on a
 * fresh journal whose "today" is fixed. */
typedef struct
{
  char        *dir;
  PjDatabase  *db;
  GtkWidget   *window;
  PjTodayPage *page;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *overlay;

  fixture->dir = pj_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->db = pj_database_open (path, &error);
  g_assert_no_error (error);
  pj_database_set_today (fixture->db, pj_test_today ());

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  overlay = pj_toast_overlay_new ();
  fixture->page = PJ_TODAY_PAGE (pj_today_page_new ());
  pj_toast_overlay_set_child (PJ_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  g_object_set (fixture->page, "database", fixture->db, NULL);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->db);
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* ----- Finding widgets the way a person sees them ----- */

static gboolean
is_type (GtkWidget    *widget,
         gconstpointer data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static gboolean
is_chip_group_of_kind (GtkWidget    *widget,
                       gconstpointer data)
{
  return PJ_IS_CHIP_GROUP (widget) &&
         pj_chip_group_get_kind (PJ_CHIP_GROUP (widget)) == GPOINTER_TO_INT (data);
}

static gboolean
is_button_labelled (GtkWidget    *widget,
                    gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)),
                                              data) == 0;
}

static gboolean
is_row_titled (GtkWidget    *widget,
               gconstpointer data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
is_label_with_class (GtkWidget    *widget,
                     gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, data);
}

static gboolean
is_shown_label_with_class (GtkWidget    *widget,
                           gconstpointer data)
{
  return is_label_with_class (widget, data) && gtk_widget_get_visible (widget);
}

static gboolean
is_label_reading (GtkWidget    *widget,
                  gconstpointer data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
is_named (GtkWidget    *widget,
          gconstpointer data)
{
  return g_strcmp0 (gtk_widget_get_name (widget), data) == 0;
}

static gboolean
is_spin_labelled (GtkWidget    *widget,
                  gconstpointer data)
{
  g_autofree char *label = NULL;

  if (!PJ_IS_OPTIONAL_SPIN (widget))
    return FALSE;
  g_object_get (widget, "label", &label, NULL);
  return g_strcmp0 (label, data) == 0;
}

/* Parts of the form below the fold are built just after the page's first frame: what is
 * not there yet is looked for again once the window is shown, as a person would see it. */
static GtkWidget *
find_on_page (Fixture      *fixture,
              PjTestMatch   match,
              gconstpointer data)
{
  GtkWidget *widget = pj_test_find (GTK_WIDGET (fixture->page), match, data);

  if (widget == NULL)
    {
      gtk_window_present (GTK_WINDOW (fixture->window));
      SPIN_UNTIL ((widget = pj_test_find (GTK_WIDGET (fixture->page), match, data)) != NULL);
    }
  return widget;
}

#define FIND_TYPE(fixture, type) \
  find_on_page ((fixture), is_type, GSIZE_TO_POINTER (type))

static PjPainScale *
pain_scale (Fixture *fixture)
{
  return PJ_PAIN_SCALE (FIND_TYPE (fixture, PJ_TYPE_PAIN_SCALE));
}

static PjChipGroup *
chip_group (Fixture   *fixture,
            PjCodeKind kind)
{
  return PJ_CHIP_GROUP (find_on_page (fixture, is_chip_group_of_kind,
                              GINT_TO_POINTER (kind)));
}

static GtkWidget *
button (Fixture    *fixture,
        const char *label)
{
  GtkWidget *widget = find_on_page (fixture, is_button_labelled, label);

  g_assert_nonnull (widget);
  return widget;
}

static GtkWidget *
row (Fixture    *fixture,
     const char *title)
{
  GtkWidget *widget = find_on_page (fixture, is_row_titled, title);

  g_assert_nonnull (widget);
  return widget;
}

static AdwComboRow *
rating (Fixture    *fixture,
        const char *title)
{
  return ADW_COMBO_ROW (row (fixture, title));
}

static GtkSpinButton *
spin (Fixture    *fixture,
      const char *label)
{
  GtkWidget *widget = find_on_page (fixture, is_spin_labelled, label);

  g_assert_nonnull (widget);
  return pj_optional_spin_get_spin_button (PJ_OPTIONAL_SPIN (widget));
}

static void
click (GtkWidget *widget)
{
  g_signal_emit_by_name (widget, "clicked");
}

static void
toggle_chip (Fixture   *fixture,
             PjCodeKind kind,
             guint      index)
{
  GtkWidget *chip = pj_chip_group_get_chip (chip_group (fixture, kind), index);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip),
                                !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chip)));
}

static void
set_time (Fixture    *fixture,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row (fixture, "Time (HH:MM)")), text);
}

static guint
count_rows (Fixture *fixture)
{
  guint n = 0;

  /* No row at all is an answer here, not something to wait for. */
  for (GtkWidget *widget = pj_test_find (GTK_WIDGET (fixture->page), is_type,
                                         GSIZE_TO_POINTER (PJ_TYPE_CHECKIN_ROW));
       widget != NULL;
       widget = gtk_widget_get_next_sibling (widget))
    if (PJ_IS_CHECKIN_ROW (widget))
      n++;
  return n;
}

static PjCheckinRow *
checkin_row (Fixture *fixture,
             guint    index)
{
  GtkWidget *widget = FIND_TYPE (fixture, PJ_TYPE_CHECKIN_ROW);

  for (; widget != NULL; widget = gtk_widget_get_next_sibling (widget))
    if (PJ_IS_CHECKIN_ROW (widget) && index-- == 0)
      return PJ_CHECKIN_ROW (widget);
  g_assert_not_reached ();
  return NULL;
}

static PjDay *
stored_day (Fixture *fixture,
            PjDate   date)
{
  g_autoptr(GError) error = NULL;
  PjDay *day = pj_database_get_day (fixture->db, date, &error);

  g_assert_no_error (error);
  return day;
}

/* Enters a check-in through the form: time, pain by key, one location, then Save. */
static void
log_checkin (Fixture    *fixture,
             const char *time,
             guint       pain_key,
             PjLocation  location)
{
  set_time (fixture, time);
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), pain_key));
  toggle_chip (fixture, PJ_CODE_KIND_LOCATION, location);
  click (button (fixture, "_Save Check-in"));
}

/* ----- Tests ----- */

static void wait_for_allocation (GtkWidget *widget);

static void
test_fill_form_and_save (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr(PjDay) day = NULL;
  const PjCheckin *checkin;
  GtkWidget *symptom;

  set_time (fixture, "08:30");
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_6));
  toggle_chip (fixture, PJ_CODE_KIND_LOCATION, PJ_LOCATION_NECK);
  toggle_chip (fixture, PJ_CODE_KIND_LOCATION, PJ_LOCATION_ARM_LEFT);
  toggle_chip (fixture, PJ_CODE_KIND_QUALITY, PJ_QUALITY_STIFFNESS);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row (fixture, "Warning signs")), TRUE);
  symptom = row (fixture, pj_code_question (PJ_CODE_KIND_SYMPTOM, PJ_SYMPTOM_RADIATING));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
                                 ADW_ACTION_ROW (symptom))), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row (fixture, "Note")), "after the long drive");
  click (button (fixture, "_Save Check-in"));

  day = stored_day (fixture, pj_test_today ());
  g_assert_nonnull (day);
  g_assert_cmpuint (day->checkins->len, ==, 1);
  checkin = g_ptr_array_index (day->checkins, 0);
  g_assert_cmpint (checkin->minutes, ==, 8 * 60 + 30);
  g_assert_cmpint (checkin->pain, ==, 6);
  g_assert_cmpuint (checkin->locations, ==,
                    PJ_CODE_BIT (PJ_LOCATION_NECK) | PJ_CODE_BIT (PJ_LOCATION_ARM_LEFT));
  g_assert_cmpuint (checkin->qualities, ==, PJ_CODE_BIT (PJ_QUALITY_STIFFNESS));
  g_assert_cmpuint (checkin->symptoms, ==, PJ_CODE_BIT (PJ_SYMPTOM_RADIATING));
  g_assert_cmpstr (checkin->note, ==, "after the long drive");

  /* The form is empty again, ready for the next one, and the list shows the saved one. */
  g_assert_cmpint (pj_pain_scale_get_value (pain_scale (fixture)), ==, PJ_UNSET);
  g_assert_cmpuint (count_rows (fixture), ==, 1);
}

static void
test_factors_and_unknown (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjDay) day = NULL;
  g_autoptr(PjDay) cleared = NULL;
  GtkWidget *clear;

  gtk_spin_button_set_value (spin (fixture, "Sitting hours"), 7.5);
  gtk_spin_button_set_value (spin (fixture, "Exercise minutes"), 30);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (fixture, "Posture through the day")), 4);
  adw_combo_row_set_selected (rating (fixture, "How stressed were you today?"),
                              1);
  toggle_chip (fixture, PJ_CODE_KIND_ACTIVITY, PJ_ACTIVITY_WALKING);
  gtk_editable_set_text (GTK_EDITABLE (row (fixture, "Medication and dose")), "ibuprofen 400");
  g_assert_true (pj_today_page_flush (fixture->page, &error));
  g_assert_no_error (error);

  day = stored_day (fixture, pj_test_today ());
  g_assert_nonnull (day);
  g_assert_cmpfloat (day->sitting_hours, ==, 7.5);
  g_assert_cmpint (day->exercise_minutes, ==, 30);
  g_assert_cmpint (day->posture, ==, 4);
  /* Item 1 of a 0–10 scale is the value 0: a real zero, not unknown. */
  g_assert_cmpint (day->stress, ==, 0);
  g_assert_cmpuint (day->activities, ==, PJ_CODE_BIT (PJ_ACTIVITY_WALKING));
  g_assert_cmpstr (day->medication, ==, "ibuprofen 400");
  /* Untouched fields stay unknown. */
  g_assert_true (isnan (day->screen_hours));
  g_assert_true (isnan (day->sleep_hours));
  g_assert_cmpint (day->breaks, ==, PJ_UNSET);
  g_assert_cmpint (day->sleep_quality, ==, PJ_UNSET);
  g_assert_cmpint (day->enjoyment_interference, ==, PJ_UNSET);
  g_assert_cmpint (day->activity_interference, ==, PJ_UNSET);
  g_assert_cmpuint (day->self_care, ==, 0);
  g_assert_null (day->note);

  /* A known value can be cleared back to unknown. */
  clear = gtk_widget_get_next_sibling (GTK_WIDGET (spin (fixture, "Sitting hours")));
  g_assert_true (GTK_IS_BUTTON (clear));
  click (clear);
  adw_combo_row_set_selected (rating (fixture, "How stressed were you today?"),
                              0);
  g_assert_true (pj_today_page_flush (fixture->page, &error));
  cleared = stored_day (fixture, pj_test_today ());
  g_assert_true (isnan (cleared->sitting_hours));
  g_assert_cmpint (cleared->stress, ==, PJ_UNSET);
  g_assert_cmpint (cleared->exercise_minutes, ==, 30);
}

static void
test_body_map_and_chips (Fixture      *fixture,
                         gconstpointer data)
{
  PjBodyMap *map = PJ_BODY_MAP (FIND_TYPE (fixture, PJ_TYPE_BODY_MAP));
  PjChipGroup *chips = chip_group (fixture, PJ_CODE_KIND_LOCATION);
  PjCodeSet picked = PJ_CODE_BIT (PJ_LOCATION_NECK) | PJ_CODE_BIT (PJ_LOCATION_MID_BACK);
  g_autoptr(PjDay) day = NULL;
  const PjCheckin *checkin;

  g_assert_nonnull (map);
  /* Regions chosen on the map show as chips, and the other way round. */
  pj_body_map_set_selection (map, picked);
  g_assert_cmpuint (pj_chip_group_get_selection (chips), ==, picked);
  g_assert_true (gtk_toggle_button_get_active (
                   GTK_TOGGLE_BUTTON (pj_chip_group_get_chip (chips, PJ_LOCATION_MID_BACK))));
  toggle_chip (fixture, PJ_CODE_KIND_LOCATION, PJ_LOCATION_ARM_RIGHT);
  picked |= PJ_CODE_BIT (PJ_LOCATION_ARM_RIGHT);
  g_assert_cmpuint (pj_body_map_get_selection (map), ==, picked);

  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_7));
  click (button (fixture, "_Save Check-in"));
  day = stored_day (fixture, pj_test_today ());
  g_assert_nonnull (day);
  checkin = g_ptr_array_index (day->checkins, 0);
  g_assert_cmpuint (checkin->locations, ==, picked);
  /* The next check-in starts with nothing chosen, on both. */
  g_assert_cmpuint (pj_body_map_get_selection (map), ==, 0);
  g_assert_cmpuint (pj_chip_group_get_selection (chips), ==, 0);
}

static void
test_two_checkins_summary (Fixture      *fixture,
                           gconstpointer data)
{
  AdwPreferencesGroup *group;
  g_autoptr(PjDay) day = NULL;
  g_autofree char *expected = NULL;

  log_checkin (fixture, "08:00", GDK_KEY_4, PJ_LOCATION_NECK);
  log_checkin (fixture, "20:00", GDK_KEY_7, PJ_LOCATION_MID_BACK);

  day = stored_day (fixture, pj_test_today ());
  g_assert_cmpuint (day->checkins->len, ==, 2);
  g_assert_cmpuint (count_rows (fixture), ==, 2);

  group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (checkin_row (fixture, 0)),
                                                          ADW_TYPE_PREFERENCES_GROUP));
  /* (4 + 7) / 2 = 5.5, worst 7, least 4 */
  expected = g_strdup_printf ("2 check-ins: average\u00a0%.1f · worst\u00a0%d · least\u00a0%d",
                              5.5, 7, 4);
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, expected);
  /* Rows are in time order. */
  g_assert_cmpint (pj_checkin_row_get_checkin (checkin_row (fixture, 0))->pain, ==, 4);
  g_assert_cmpint (pj_checkin_row_get_checkin (checkin_row (fixture, 1))->pain, ==, 7);
}

/* Ctrl+S far down the form, without a pain score: nothing is saved, the message is right
 * under the pain scale, and the focus (with it the view) moves there, message and all. */
static void
test_save_error_moves_focus (Fixture      *fixture,
                             gconstpointer data)
{
  GtkWidget *note, *scale, *error_label, *scroller, *focus;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  g_autoptr(PjDay) day = NULL;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 600);
  note = row (fixture, "Note");
  scroller = gtk_widget_get_ancestor (note, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* The view scrolls to the focus only from where the note is laid out: on a busy machine the
   * row built below the fold may not have its place yet, nor the window its narrow size. */
  wait_for_allocation (note);
  SPIN_UNTIL (gtk_widget_get_height (fixture->window) <= 600
              && gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment)
              && gtk_widget_compute_bounds (note, scroller, &bounds)
              && bounds.origin.y > gtk_adjustment_get_page_size (adjustment));
  gtk_editable_set_text (GTK_EDITABLE (note), "Stiff after the drive");
  g_assert_true (gtk_widget_grab_focus (note));
  /* The note is far below the first screen: the view has scrolled down to it. */
  SPIN_UNTIL (gtk_adjustment_get_value (adjustment) > 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  g_assert_true (gtk_widget_activate_action (note, "today.save", NULL));
  day = stored_day (fixture, pj_test_today ());
  g_assert_null (day);

  scale = GTK_WIDGET (pain_scale (fixture));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == scale || gtk_widget_is_ancestor (focus, scale));
  g_assert_true (gtk_widget_has_css_class (scale, "error"));
  error_label = pj_test_find (GTK_WIDGET (fixture->page), is_shown_label_with_class,
                              "pj-inline-error");
  g_assert_nonnull (error_label);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (error_label)), "Pain:"));
  /* Right under the pain scale. */
  g_assert_true (gtk_widget_get_next_sibling (scale) == error_label);

  /* The view follows the focus up to the scale, and the message under it shows too. */
  SPIN_UNTIL (gtk_widget_compute_bounds (scale, scroller, &bounds) && bounds.origin.y >= 0 &&
              bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller));
  g_assert_true (gtk_widget_compute_bounds (scale, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));
  g_assert_true (gtk_widget_compute_bounds (error_label, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));
  /* The note is still there. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note)), ==, "Stiff after the drive");
}

/* The bar at the bottom with Save stays in the window whatever the scroll: it is outside the
 * scrolled form. */
static void
test_save_outside_scroll (Fixture      *fixture,
                          gconstpointer data)
{
  GtkWidget *save = button (fixture, "_Save Check-in");

  g_assert_null (gtk_widget_get_ancestor (save, GTK_TYPE_SCROLLED_WINDOW));
  g_assert_nonnull (gtk_widget_get_ancestor (save, GTK_TYPE_ACTION_BAR));
  g_assert_true (gtk_widget_is_ancestor (save, GTK_WIDGET (fixture->page)));
}

static GDateTime *
today_at (int hour,
          int minute)
{
  int year, month, day;

  pj_date_to_ymd (pj_test_today (), &year, &month, &day);
  return g_date_time_new_local (year, month, day, hour, minute, 0);
}

static void
set_clock (PjClock *clock,
           int      hour,
           int      minute)
{
  g_autoptr(GDateTime) now = today_at (hour, minute);

  pj_clock_set_now (clock, now);
}

/* A new check-in's time follows the clock until the person sets it; a saved one starts the
 * next form at the clock's time again. The clock is driven, not waited for. */
static void
test_time_follows_clock (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr(GDateTime) morning = today_at (8, 0);
  g_autoptr(PjClock) clock = pj_clock_new_manual (morning);
  GtkWidget *time_row;
  g_autoptr(PjDay) day = NULL;

  pj_today_page_set_clock (fixture->page, clock);
  time_row = row (fixture, "Time (HH:MM)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "08:00");

  set_clock (clock, 19, 45);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "19:45");
  /* Choosing the pain does not stop it: the time is not what the person set. */
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_5));
  set_clock (clock, 19, 46);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "19:46");

  /* Set by the person, the time stays. */
  set_time (fixture, "19:30");
  set_clock (clock, 19, 50);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "19:30");
  click (button (fixture, "_Save Check-in"));
  day = stored_day (fixture, pj_test_today ());
  g_assert_nonnull (day);
  g_assert_cmpint (((PjCheckin *) g_ptr_array_index (day->checkins, 0))->minutes, ==,
                   19 * 60 + 30);

  /* The next form follows the clock again. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "19:50");
  set_clock (clock, 21, 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "21:05");
}

/* A stored check-in keeps its own time while the clock moves. */
static void
test_edit_keeps_time (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr(GDateTime) morning = today_at (8, 0);
  g_autoptr(PjClock) clock = pj_clock_new_manual (morning);
  GtkWidget *time_row;

  pj_today_page_set_clock (fixture->page, clock);
  log_checkin (fixture, "07:15", GDK_KEY_3, PJ_LOCATION_NECK);
  g_signal_emit_by_name (checkin_row (fixture, 0), "edit");
  time_row = row (fixture, "Time (HH:MM)");
  set_clock (clock, 9, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "07:15");
}

/* After a save the focus starts the next check-in, not a control of the one just saved. */
static void
test_focus_after_save (Fixture      *fixture,
                       gconstpointer data)
{
  PjBodyMap *map;
  GtkWidget *focus, *scale;

  gtk_window_present (GTK_WINDOW (fixture->window));
  map = PJ_BODY_MAP (FIND_TYPE (fixture, PJ_TYPE_BODY_MAP));
  wait_for_allocation (GTK_WIDGET (map));
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_4));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (map)));
  pj_body_map_set_selection (map, PJ_CODE_BIT (PJ_LOCATION_NECK));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "today.save", NULL));
  g_assert_cmpuint (count_rows (fixture), ==, 1);
  scale = GTK_WIDGET (pain_scale (fixture));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == scale || gtk_widget_is_ancestor (focus, scale));
}

/* A day with one check-in says its one value, not an average, worst and least that repeat it. */
static void
test_one_checkin_summary (Fixture      *fixture,
                          gconstpointer data)
{
  AdwPreferencesGroup *group;

  log_checkin (fixture, "08:00", GDK_KEY_6, PJ_LOCATION_NECK);
  g_assert_cmpuint (count_rows (fixture), ==, 1);
  group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (checkin_row (fixture, 0)),
                                                          ADW_TYPE_PREFERENCES_GROUP));
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==,
                   "Pain\u00a06, from one check-in");
}

static void
test_backfill_yesterday (Fixture      *fixture,
                         gconstpointer data)
{
  PjDate today = pj_test_today ();
  g_autoptr(PjDay) yesterday = NULL;
  g_autoptr(PjDay) stored_today = NULL;

  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, today);
  pj_today_page_go_previous_day (fixture->page);
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, today - 1);

  log_checkin (fixture, "21:15", GDK_KEY_5, PJ_LOCATION_LOWER_BACK);
  yesterday = stored_day (fixture, today - 1);
  g_assert_nonnull (yesterday);
  g_assert_cmpuint (yesterday->checkins->len, ==, 1);
  g_assert_cmpint (((PjCheckin *) g_ptr_array_index (yesterday->checkins, 0))->pain, ==, 5);
  stored_today = stored_day (fixture, today);
  g_assert_null (stored_today);

  /* Future days cannot be opened. */
  pj_today_page_go_next_day (fixture->page);
  pj_today_page_go_next_day (fixture->page);
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, today);
  pj_today_page_show_date (fixture->page, today + 3);
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, today);
  pj_today_page_show_date (fixture->page, today - 20);
  pj_today_page_go_today (fixture->page);
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, today);
}

static void
test_autosave_on_day_switch_and_flush (Fixture      *fixture,
                                       gconstpointer data)
{
  PjDate today = pj_test_today ();
  g_autoptr(PjDay) first = NULL;
  g_autoptr(PjDay) second = NULL;
  GtkTextView *note;

  /* Switching day less than a second after an edit still keeps it. */
  gtk_spin_button_set_value (spin (fixture, "Screen hours"), 9);
  pj_today_page_go_previous_day (fixture->page);
  first = stored_day (fixture, today);
  g_assert_nonnull (first);
  g_assert_cmpfloat (first->screen_hours, ==, 9.0);
  /* The other day shows its own (unknown) value. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin (fixture, "Screen hours"))), ==,
                   "");

  /* Closing (flush) keeps an edit too: a note of any length. */
  note = GTK_TEXT_VIEW (FIND_TYPE (fixture, GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "Stiff all day.\nBetter after a walk.",
                            -1);
  g_assert_true (pj_today_page_flush (fixture->page, NULL));
  second = stored_day (fixture, today - 1);
  g_assert_nonnull (second);
  g_assert_cmpstr (second->note, ==, "Stiff all day.\nBetter after a walk.");
  g_assert_cmpuint (second->checkins->len, ==, 0);
}

static gboolean
sleep_hours_stored (Fixture *fixture,
                    double   hours)
{
  g_autoptr(PjDay) day = stored_day (fixture, pj_test_today ());

  return day != NULL && day->sleep_hours == hours;
}

static void
test_autosave_by_itself (Fixture      *fixture,
                         gconstpointer data)
{
  GtkLabel *status;

  gtk_spin_button_set_value (spin (fixture, "Sleep hours"), 6.5);
  status = GTK_LABEL (pj_test_find (GTK_WIDGET (fixture->page), is_named, "save-status"));
  g_assert_cmpstr (gtk_label_get_text (status), ==, "Saving…");
  /* Wait for the debounced save; the limit only stops a hang, it asserts no timing. */
  SPIN_UNTIL_WITHIN (20, sleep_hours_stored (fixture, 6.5));
  g_assert_cmpstr (gtk_label_get_text (status), ==, "Saved");
}

static void
test_edit_checkin (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr(PjDay) before = NULL;
  g_autoptr(PjDay) after = NULL;
  const PjCheckin *changed;

  log_checkin (fixture, "09:00", GDK_KEY_8, PJ_LOCATION_NECK);
  before = stored_day (fixture, pj_test_today ());

  g_signal_emit_by_name (checkin_row (fixture, 0), "edit");
  /* The form holds the stored check-in. */
  g_assert_cmpint (pj_pain_scale_get_value (pain_scale (fixture)), ==, 8);
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_3));
  toggle_chip (fixture, PJ_CODE_KIND_QUALITY, PJ_QUALITY_ACHING);
  click (button (fixture, "_Save Check-in"));

  after = stored_day (fixture, pj_test_today ());
  g_assert_cmpuint (after->checkins->len, ==, 1);
  changed = g_ptr_array_index (after->checkins, 0);
  g_assert_cmpint (changed->id, ==, ((PjCheckin *) g_ptr_array_index (before->checkins, 0))->id);
  g_assert_cmpint (changed->pain, ==, 3);
  g_assert_cmpuint (changed->locations, ==, PJ_CODE_BIT (PJ_LOCATION_NECK));
  g_assert_cmpuint (changed->qualities, ==, PJ_CODE_BIT (PJ_QUALITY_ACHING));
  g_assert_cmpint (changed->minutes, ==, 9 * 60);
}

static void
test_delete_and_undo (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr(PjDay) deleted = NULL;
  g_autoptr(PjDay) restored = NULL;
  const PjCheckin *back;

  log_checkin (fixture, "07:45", GDK_KEY_2, PJ_LOCATION_SHOULDER_RIGHT);
  log_checkin (fixture, "12:00", GDK_KEY_5, PJ_LOCATION_NECK);

  g_signal_emit_by_name (checkin_row (fixture, 0), "delete");
  deleted = stored_day (fixture, pj_test_today ());
  g_assert_cmpuint (deleted->checkins->len, ==, 1);
  g_assert_cmpuint (count_rows (fixture), ==, 1);

  g_assert_true (pj_toast_overlay_undo_for (GTK_WIDGET (fixture->page)));
  restored = stored_day (fixture, pj_test_today ());
  g_assert_cmpuint (restored->checkins->len, ==, 2);
  back = g_ptr_array_index (restored->checkins, 0);
  g_assert_cmpint (back->minutes, ==, 7 * 60 + 45);
  g_assert_cmpint (back->pain, ==, 2);
  g_assert_cmpuint (back->locations, ==, PJ_CODE_BIT (PJ_LOCATION_SHOULDER_RIGHT));
  /* The page followed the database. */
  g_assert_cmpuint (count_rows (fixture), ==, 2);
}

/* Two check-ins saved within the same minute: the second starts at the next free minute
 * instead of running into "there is already a check-in at this time". */
static void
test_two_quick_checkins_same_minute (Fixture      *fixture,
                                     gconstpointer data)
{
  g_autoptr(PjDay) day = NULL;
  const PjCheckin *first, *second;

  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_6));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "today.save", NULL));
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_5));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "today.save", NULL));

  day = stored_day (fixture, pj_test_today ());
  g_assert_nonnull (day);
  g_assert_cmpuint (day->checkins->len, ==, 2);
  first = g_ptr_array_index (day->checkins, 0);
  second = g_ptr_array_index (day->checkins, 1);
  g_assert_cmpint (first->pain, ==, 6);
  g_assert_cmpint (second->pain, ==, 5);
  g_assert_cmpint (second->minutes, >, first->minutes);
}

static void
test_quick_checkin (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr(PjDay) day = NULL;
  const PjCheckin *checkin;

  /* 1: a digit for the pain, 2: a location chip, 3: Ctrl+S (the page's save action). */
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_6));
  toggle_chip (fixture, PJ_CODE_KIND_LOCATION, PJ_LOCATION_BETWEEN_SHOULDER_BLADES);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "today.save", NULL));

  day = stored_day (fixture, pj_test_today ());
  g_assert_nonnull (day);
  g_assert_cmpuint (day->checkins->len, ==, 1);
  checkin = g_ptr_array_index (day->checkins, 0);
  g_assert_cmpint (checkin->pain, ==, 6);
  g_assert_cmpuint (checkin->locations, ==, PJ_CODE_BIT (PJ_LOCATION_BETWEEN_SHOULDER_BLADES));
}

static void
test_error_keeps_input (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr(PjDay) day = NULL;
  GtkWidget *error_label;

  toggle_chip (fixture, PJ_CODE_KIND_LOCATION, PJ_LOCATION_NECK);
  set_time (fixture, "25:99");
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_4));
  click (button (fixture, "_Save Check-in"));

  day = stored_day (fixture, pj_test_today ());
  g_assert_null (day);
  /* The message is shown inline, right under the time, and names the field. */
  error_label = pj_test_find (GTK_WIDGET (fixture->page), is_shown_label_with_class,
                              "pj-inline-error");
  g_assert_nonnull (error_label);
  g_assert_true (gtk_widget_get_next_sibling (gtk_widget_get_ancestor (row (fixture,
                                                                           "Time (HH:MM)"),
                                                                      ADW_TYPE_PREFERENCES_GROUP))
                 == error_label);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (error_label)), "Time:"));
  /* Nothing entered was lost. */
  g_assert_cmpint (pj_pain_scale_get_value (pain_scale (fixture)), ==, 4);
  g_assert_cmpuint (pj_chip_group_get_selection (chip_group (fixture, PJ_CODE_KIND_LOCATION)),
                    ==, PJ_CODE_BIT (PJ_LOCATION_NECK));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (fixture, "Time (HH:MM)"))), ==,
                   "25:99");
  g_assert_true (gtk_widget_has_css_class (row (fixture, "Time (HH:MM)"), "error"));

  /* Fixing the time and pressing Enter in it saves. */
  set_time (fixture, "23:59");
  g_signal_emit_by_name (row (fixture, "Time (HH:MM)"), "entry-activated");
  g_clear_pointer (&day, pj_day_free);
  day = stored_day (fixture, pj_test_today ());
  g_assert_nonnull (day);
  g_assert_cmpuint (day->checkins->len, ==, 1);
  g_assert_false (gtk_widget_get_visible (error_label));
}

static void
test_refresh_on_external_change (Fixture      *fixture,
                                 gconstpointer data)
{
  g_autoptr(PjCheckin) checkin = pj_checkin_new (pj_test_today (), 10 * 60, 3);
  g_autoptr(PjDay) day = pj_day_new (pj_test_today ());
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (count_rows (fixture), ==, 0);
  g_assert_true (pj_database_add_checkin (fixture->db, checkin, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (fixture), ==, 1);

  /* Before the first frame the lower groups are not built yet: the loaded values wait
   * for them, and a save in the meantime keeps them. */
  day->stress = 6;
  day->note = g_strdup ("Long day at the desk.");
  day->self_care = PJ_CODE_BIT (PJ_SELF_CARE_HEAT);
  day->medication = g_strdup ("ibuprofen 200");
  g_assert_true (pj_database_save_day (fixture->db, day, &error));
  g_assert_null (pj_test_find (GTK_WIDGET (fixture->page), is_row_titled,
                               "How stressed were you today?"));
  g_assert_null (pj_test_find (GTK_WIDGET (fixture->page), is_row_titled,
                               "Medication and dose"));
  {
    PjDayFactors *factors = PJ_DAY_FACTORS (FIND_TYPE (fixture, PJ_TYPE_DAY_FACTORS));
    g_autoptr(PjDay) applied = pj_day_new (pj_test_today ());

    g_assert_false (pj_day_factors_get_complete (factors));
    pj_day_factors_apply (factors, applied);
    g_assert_cmpint (applied->stress, ==, 6);
    g_assert_cmpstr (applied->note, ==, "Long day at the desk.");
    g_assert_cmpuint (applied->self_care, ==, PJ_CODE_BIT (PJ_SELF_CARE_HEAT));
    g_assert_cmpstr (applied->medication, ==, "ibuprofen 200");
  }
  g_assert_cmpuint (adw_combo_row_get_selected (
                      rating (fixture, "How stressed were you today?")), ==, 7);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (fixture, "Medication and dose"))),
                   ==, "ibuprofen 200");
  g_assert_cmpuint (pj_chip_group_get_selection (chip_group (fixture, PJ_CODE_KIND_SELF_CARE)),
                    ==, PJ_CODE_BIT (PJ_SELF_CARE_HEAT));
  g_assert_true (pj_day_factors_get_complete (
                   PJ_DAY_FACTORS (FIND_TYPE (fixture, PJ_TYPE_DAY_FACTORS))));
}

/* The rows' labels wrap at words, which is what keeps laying them out cheap at start-up
 * (pj-word-wrap.h); a note with a long unbroken link keeps wrapping anywhere. */
static void
test_labels_wrap_at_words (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr(PjCheckin) checkin = pj_checkin_new (pj_test_today (), 8 * 60, 3);
  g_autoptr(GError) error = NULL;
  GtkWidget *label;

  label = find_on_page (fixture, is_label_reading, "Hours spent sitting");
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_label_get_wrap_mode (GTK_LABEL (label)), ==, PANGO_WRAP_WORD);
  label = find_on_page (fixture, is_label_reading, "Sitting and screens");
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_label_get_wrap_mode (GTK_LABEL (label)), ==, PANGO_WRAP_WORD);

  checkin->note = g_strdup ("exercises from https://example.org/physio/neck-week-3");
  g_assert_true (pj_database_add_checkin (fixture->db, checkin, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (fixture), ==, 1);
  label = pj_test_find (GTK_WIDGET (checkin_row (fixture, 0)), is_label_reading,
                        "exercises from https://example.org/physio/neck-week-3");
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_label_get_wrap_mode (GTK_LABEL (label)), ==, PANGO_WRAP_WORD_CHAR);
}

/* Until the form below the body map is built (just after the first frame), a check-in
 * loaded into it keeps its time, note, qualities and a time error, and shows them once
 * built. */
static void
test_lower_form_keeps_values (Fixture      *fixture,
                              gconstpointer data)
{
  g_autoptr(PjCheckin) stored = pj_checkin_new (pj_test_today (), 7 * 60 + 5, 4);
  g_autoptr(PjCheckin) built = NULL;
  g_autoptr(GError) error = NULL;
  PjCheckinEditor *editor = PJ_CHECKIN_EDITOR (g_object_ref_sink (pj_checkin_editor_new ()));
  GtkWidget *time_row, *note_row;

  stored->note = g_strdup ("after gardening");
  stored->qualities = PJ_CODE_BIT (PJ_QUALITY_STIFFNESS);
  pj_checkin_editor_start_edit (editor, stored);
  g_assert_false (pj_checkin_editor_get_complete (editor));
  built = pj_checkin_editor_build (editor, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (built->minutes, ==, 7 * 60 + 5);
  g_assert_cmpstr (built->note, ==, "after gardening");
  g_assert_cmpuint (built->qualities, ==, PJ_CODE_BIT (PJ_QUALITY_STIFFNESS));
  pj_checkin_editor_show_error (editor, "time", "Time: wrong");

  pj_checkin_editor_complete (editor);
  time_row = pj_test_find (GTK_WIDGET (editor), is_row_titled, "Time (HH:MM)");
  note_row = pj_test_find (GTK_WIDGET (editor), is_row_titled, "Note");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "07:05");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note_row)), ==, "after gardening");
  g_assert_true (gtk_widget_has_css_class (time_row, "error"));
  /* Showing the kept values is not an edit. */
  g_assert_false (pj_checkin_editor_is_dirty (editor));
  g_object_unref (editor);
}

static GtkCheckButton *
symptom_check (GtkWidget *root,
               PjSymptom  symptom)
{
  GtkWidget *widget = pj_test_find (root, is_row_titled,
                                    pj_code_question (PJ_CODE_KIND_SYMPTOM, symptom));

  return widget != NULL ? GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
                                              ADW_ACTION_ROW (widget))) : NULL;
}

/* The checklist's questions are made when it first opens; until then (and after) the form
 * keeps the check-in's signs, so folding never loses or invents one. */
static void
test_symptom_checklist_built_on_open (Fixture      *fixture,
                                      gconstpointer data)
{
  g_autoptr(PjCheckin) stored = pj_checkin_new (pj_test_today (), 7 * 60, 4);
  g_autoptr(PjCheckin) built = NULL;
  g_autoptr(PjDay) day = NULL;
  g_autoptr(GError) error = NULL;
  PjCheckinEditor *editor = PJ_CHECKIN_EDITOR (g_object_ref_sink (pj_checkin_editor_new ()));
  AdwExpanderRow *checklist;

  /* This editor is never on screen: build its lower form as its first frame would. */
  g_assert_false (pj_checkin_editor_get_complete (editor));
  pj_checkin_editor_complete (editor);
  g_assert_true (pj_checkin_editor_get_complete (editor));

  /* Folded on a day without recent signs: no question exists yet, and saving works. */
  checklist = ADW_EXPANDER_ROW (row (fixture, "Warning signs"));
  g_assert_false (adw_expander_row_get_expanded (checklist));
  g_assert_null (symptom_check (GTK_WIDGET (fixture->page), PJ_SYMPTOM_FEVER));
  log_checkin (fixture, "06:00", GDK_KEY_2, PJ_LOCATION_NECK);
  day = stored_day (fixture, pj_test_today ());
  g_assert_cmpuint (((PjCheckin *) g_ptr_array_index (day->checkins, 0))->symptoms, ==, 0);

  /* Opening it makes all the questions, unticked. */
  adw_expander_row_set_expanded (checklist, TRUE);
  for (guint i = 0; i < PJ_N_SYMPTOMS; i++)
    {
      GtkCheckButton *check = symptom_check (GTK_WIDGET (fixture->page), i);

      g_assert_nonnull (check);
      g_assert_false (gtk_check_button_get_active (check));
    }

  /* A check-in loaded while the checklist is still unbuilt keeps its signs... */
  stored->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_FEVER) | PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING);
  pj_checkin_editor_start_edit (editor, stored);
  g_assert_null (symptom_check (GTK_WIDGET (editor), PJ_SYMPTOM_FEVER));
  built = pj_checkin_editor_build (editor, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (built->symptoms, ==, stored->symptoms);
  g_clear_pointer (&built, pj_checkin_free);

  /* ...shows them ticked once opened, and follows the ticks from then on. */
  pj_checkin_editor_set_symptoms_expanded (editor, TRUE);
  g_assert_true (gtk_check_button_get_active (symptom_check (GTK_WIDGET (editor),
                                                             PJ_SYMPTOM_FEVER)));
  g_assert_true (gtk_check_button_get_active (symptom_check (GTK_WIDGET (editor),
                                                             PJ_SYMPTOM_NUMBNESS_TINGLING)));
  g_assert_false (gtk_check_button_get_active (symptom_check (GTK_WIDGET (editor),
                                                              PJ_SYMPTOM_WEAKNESS)));
  gtk_check_button_set_active (symptom_check (GTK_WIDGET (editor), PJ_SYMPTOM_FEVER), FALSE);
  gtk_check_button_set_active (symptom_check (GTK_WIDGET (editor), PJ_SYMPTOM_WEAKNESS),
                               TRUE);
  g_assert_true (pj_checkin_editor_is_dirty (editor));
  built = pj_checkin_editor_build (editor, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (built->symptoms, ==,
                    PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING) | PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS));

  /* Folding again keeps the questions and their state; a new check-in clears them. */
  pj_checkin_editor_set_symptoms_expanded (editor, FALSE);
  pj_checkin_editor_start_new (editor, pj_test_today (), 9 * 60);
  g_assert_false (gtk_check_button_get_active (symptom_check (GTK_WIDGET (editor),
                                                              PJ_SYMPTOM_NUMBNESS_TINGLING)));
  g_object_unref (editor);
}

static void
test_symptoms_open_when_recent (Fixture      *fixture,
                                gconstpointer data)
{
  g_autoptr(PjCheckin) checkin = pj_checkin_new (pj_test_today () - 3, 8 * 60, 5);
  g_autoptr(GError) error = NULL;
  AdwExpanderRow *symptoms;

  symptoms = ADW_EXPANDER_ROW (row (fixture, "Warning signs"));
  g_assert_false (adw_expander_row_get_expanded (symptoms));

  checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS);
  g_assert_true (pj_database_add_checkin (fixture->db, checkin, &error));
  pj_today_page_go_today (fixture->page);
  pj_today_page_go_previous_day (fixture->page);
  g_assert_true (adw_expander_row_get_expanded (symptoms));

  /* More than seven days later the checklist starts closed again. */
  pj_today_page_show_date (fixture->page, pj_test_today () - 3 - 7);
  g_assert_false (adw_expander_row_get_expanded (symptoms));
}

static void
test_new_checkin_keeps_draft (Fixture      *fixture,
                              gconstpointer data)
{
  g_autoptr(PjDay) day = NULL;
  g_autoptr(PjDay) still = NULL;

  /* Ctrl+N with a half-entered check-in that has a pain value saves it first. */
  set_time (fixture, "06:10");
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_5));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "today.new-checkin",
                                             NULL));
  day = stored_day (fixture, pj_test_today ());
  g_assert_nonnull (day);
  g_assert_cmpuint (day->checkins->len, ==, 1);
  g_assert_cmpint (pj_pain_scale_get_value (pain_scale (fixture)), ==, PJ_UNSET);

  /* Without pain nothing can be stored: the form stays as it was. */
  toggle_chip (fixture, PJ_CODE_KIND_QUALITY, PJ_QUALITY_BURNING);
  pj_today_page_new_checkin (fixture->page);
  g_assert_cmpuint (pj_chip_group_get_selection (chip_group (fixture, PJ_CODE_KIND_QUALITY)),
                    ==, PJ_CODE_BIT (PJ_QUALITY_BURNING));
  still = stored_day (fixture, pj_test_today ());
  g_assert_cmpuint (still->checkins->len, ==, 1);

  /* Cancel while editing drops the change. */
  g_signal_emit_by_name (checkin_row (fixture, 0), "edit");
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_9));
  click (button (fixture, "_Cancel"));
  g_clear_pointer (&still, pj_day_free);
  still = stored_day (fixture, pj_test_today ());
  g_assert_cmpint (((PjCheckin *) g_ptr_array_index (still->checkins, 0))->pain, ==, 5);
  g_assert_cmpint (pj_pain_scale_get_value (pain_scale (fixture)), ==, PJ_UNSET);
}

static void
test_day_switch_waits_for_a_fix (Fixture      *fixture,
                                 gconstpointer data)
{
  g_autoptr(PjDay) day = NULL;
  GtkWidget *clear;

  log_checkin (fixture, "10:00", GDK_KEY_3, PJ_LOCATION_NECK);
  /* A second one at the same time cannot be stored: the page stays on the day. */
  set_time (fixture, "10:00");
  g_assert_true (pj_test_press_key (GTK_WIDGET (pain_scale (fixture)), GDK_KEY_8));
  pj_today_page_go_previous_day (fixture->page);
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, pj_test_today ());
  g_assert_cmpint (pj_pain_scale_get_value (pain_scale (fixture)), ==, 8);
  g_assert_true (gtk_widget_has_css_class (row (fixture, "Time (HH:MM)"), "error"));

  /* Clearing the form lets the person go. */
  clear = button (fixture, "C_lear");
  g_assert_true (gtk_widget_get_visible (clear));
  click (clear);
  pj_today_page_go_previous_day (fixture->page);
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, pj_test_today () - 1);
  day = stored_day (fixture, pj_test_today ());
  g_assert_cmpuint (day->checkins->len, ==, 1);
}

static void
test_follows_midnight (Fixture      *fixture,
                       gconstpointer data)
{
  PjDate today = pj_test_today ();

  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_for_allocation (GTK_WIDGET (fixture->page));
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, today);

  /* The night passes with the window open; coming back to it shows the new day. */
  pj_database_set_today (fixture->db, today + 1);
  g_object_notify (G_OBJECT (fixture->window), "is-active");
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, today + 1);

  /* A past day being looked at stays. */
  pj_today_page_go_previous_day (fixture->page);
  pj_database_set_today (fixture->db, today + 2);
  g_object_notify (G_OBJECT (fixture->window), "is-active");
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, today);
}

static void
choose_in_calendar (GtkCalendar *calendar,
                    PjDate       date)
{
  g_autoptr(GDateTime) datetime = pj_date_to_local_datetime (date);

  /* As a click on a day does: select it, then "day-selected". */
  gtk_calendar_select_day (calendar, datetime);
  g_signal_emit_by_name (calendar, "day-selected");
}

static void
test_calendar_marks (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr(PjDay) day = pj_day_new (pj_test_today () - 2);
  g_autoptr(GError) error = NULL;
  GtkCalendar *calendar;
  int year, month, mday;

  day->stress = 4;
  g_assert_true (pj_database_save_day (fixture->db, day, &error));
  g_assert_no_error (error);
  /* The popover's calendar is built when first needed: not with the page, nor with what the
   * page builds just after its first frame (the lower form, found here once it is there). */
  g_assert_nonnull (find_on_page (fixture, is_label_reading, "Sleep and stress"));
  g_assert_null (pj_test_find (GTK_WIDGET (fixture->page), is_type,
                               GSIZE_TO_POINTER (GTK_TYPE_CALENDAR)));
  calendar = pj_day_navigator_get_calendar (PJ_DAY_NAVIGATOR (FIND_TYPE (fixture,
                                                                         PJ_TYPE_DAY_NAVIGATOR)));
  g_assert_true (FIND_TYPE (fixture, GTK_TYPE_CALENDAR) == GTK_WIDGET (calendar));
  g_assert_nonnull (calendar);
  pj_date_to_ymd (pj_test_today () - 2, &year, &month, &mday);
  g_assert_true (gtk_calendar_get_day_is_marked (calendar, mday));
  pj_date_to_ymd (pj_test_today () - 1, &year, &month, &mday);
  g_assert_false (gtk_calendar_get_day_is_marked (calendar, mday));

  /* Choosing a day in the calendar opens it; a future day is refused. */
  choose_in_calendar (calendar, pj_test_today () - 2);
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, pj_test_today () - 2);
  choose_in_calendar (calendar, pj_test_today () + 1);
  g_assert_cmpuint (pj_today_page_get_date (fixture->page), ==, pj_test_today () - 2);
}

static void
wait_for_allocation (GtkWidget *widget)
{
  SPIN_UNTIL_WITHIN (20, gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0);
  /* A few more frames so the allocation settles after the layout switch. */
  for (int i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_narrow_and_wide (Fixture      *fixture,
                      gconstpointer data)
{
  int minimum;

  /* Two columns on a wide window. */
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_for_allocation (GTK_WIDGET (fixture->page));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->page)), >=, 860);
  g_assert_false (pj_today_page_get_narrow (fixture->page));

  /* The page never holds a window wider than a phone. */
  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                      NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  /* At 360 px: one column. */
  gtk_widget_size_allocate (GTK_WIDGET (fixture->page),
                            &(GtkAllocation) { 0, 0, 360, 2000 }, -1);
  g_assert_true (pj_today_page_get_narrow (fixture->page));
  gtk_widget_size_allocate (GTK_WIDGET (fixture->page),
                            &(GtkAllocation) { 0, 0, 1200, 2000 }, -1);
  g_assert_false (pj_today_page_get_narrow (fixture->page));
}

static void
test_narrow_window (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pj_today_page_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (page);
  g_assert_cmpint (gtk_widget_get_width (page), <=, 360);
  g_assert_true (pj_today_page_get_narrow (PJ_TODAY_PAGE (page)));
  gtk_window_destroy (GTK_WINDOW (window));
}

#define ADD(path, func) \
  g_test_add ("/today-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  ADD ("two-quick-checkins", test_two_quick_checkins_same_minute);
  ADD ("fill-form-and-save", test_fill_form_and_save);
  ADD ("factors-and-unknown", test_factors_and_unknown);
  ADD ("body-map-and-chips", test_body_map_and_chips);
  ADD ("two-checkins-summary", test_two_checkins_summary);
  ADD ("one-checkin-summary", test_one_checkin_summary);
  ADD ("save-error-moves-focus", test_save_error_moves_focus);
  ADD ("save-outside-scroll", test_save_outside_scroll);
  ADD ("time-follows-clock", test_time_follows_clock);
  ADD ("edit-keeps-time", test_edit_keeps_time);
  ADD ("focus-after-save", test_focus_after_save);
  ADD ("backfill-yesterday", test_backfill_yesterday);
  ADD ("autosave-on-day-switch-and-flush", test_autosave_on_day_switch_and_flush);
  ADD ("autosave-by-itself", test_autosave_by_itself);
  ADD ("edit-checkin", test_edit_checkin);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("quick-checkin", test_quick_checkin);
  ADD ("error-keeps-input", test_error_keeps_input);
  ADD ("refresh-on-external-change", test_refresh_on_external_change);
  ADD ("lower-form-keeps-values", test_lower_form_keeps_values);
  ADD ("labels-wrap-at-words", test_labels_wrap_at_words);
  ADD ("symptoms-open-when-recent", test_symptoms_open_when_recent);
  ADD ("symptom-checklist-built-on-open", test_symptom_checklist_built_on_open);
  ADD ("new-checkin-keeps-draft", test_new_checkin_keeps_draft);
  ADD ("day-switch-waits-for-a-fix", test_day_switch_waits_for_a_fix);
  ADD ("calendar-marks", test_calendar_marks);
  ADD ("follows-midnight", test_follows_midnight);
  ADD ("narrow-and-wide", test_narrow_and_wide);
  g_test_add_func ("/today-page/narrow-window", test_narrow_window);
  return g_test_run ();
}
