/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pj-checkin-editor.h"
#include "pj-database.h"
#include "pj-day-factors.h"
#include "pj-pain-scale.h"
#include "pj-symptom-guidance.h"
#include "pj-gui-test-utils.h"
#include "pj-insights-widgets.h"
#include "pj-test-utils.h"
#include "pj-toast-overlay.h"
#include "pj-today-page.h"
#include "pj-today-tips.h"

/* The insights on the Today page: the top tips, the urgent guidance in the check-in form
 * before saving, and the toast when a save raises a see-soon flag. Each test drives the real
 * page, in a window with a toast overlay, on a fresh journal whose "today" is fixed. */
typedef struct
{
  char        *dir;
  PjDatabase  *db;
  GtkWidget   *window;
  GtkWidget   *overlay;
  PjTodayPage *page;
} Fixture;

#define T ((PjDate) pj_test_today ())

static void
spin (void)
{
  for (int i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The tips are chosen once the window has drawn its first frame: waits for that. */
static void
wait_for_tips (GtkWidget *widget)
{
  if (PJ_IS_TODAY_TIPS (widget))
    {
      SPIN_UNTIL (!pj_today_tips_get_pending (PJ_TODAY_TIPS (widget)));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    wait_for_tips (child);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = pj_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->db = pj_database_open (path, &error);
  g_assert_no_error (error);
  pj_database_set_today (fixture->db, T);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  fixture->overlay = pj_toast_overlay_new ();
  fixture->page = PJ_TODAY_PAGE (pj_today_page_new ());
  pj_toast_overlay_set_child (PJ_TOAST_OVERLAY (fixture->overlay),
                               GTK_WIDGET (fixture->page));
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->overlay);
  g_object_set (fixture->page, "database", fixture->db, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  spin ();
  wait_for_tips (fixture->window);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin ();
  g_clear_object (&fixture->db);
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* ----- Finding widgets ----- */

static gboolean
is_type (GtkWidget    *widget,
         gconstpointer data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static gboolean
is_row_titled (GtkWidget    *widget,
               gconstpointer data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
is_label_containing (GtkWidget    *widget,
                     gconstpointer data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data);
}

static gboolean
is_button_labelled (GtkWidget    *widget,
                    gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)),
                                              data) == 0;
}

static gboolean
is_tip_row (GtkWidget    *widget,
            gconstpointer data)
{
  return PJ_IS_TIP_ROW (widget);
}

static gboolean
is_alert (GtkWidget    *widget,
          gconstpointer data)
{
  return gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) ==
         GTK_ACCESSIBLE_ROLE_ALERT;
}

static GtkWidget *
find_type (Fixture *fixture,
           GType    type)
{
  GtkWidget *widget = pj_test_find (GTK_WIDGET (fixture->page), is_type, GSIZE_TO_POINTER (type));

  g_assert_nonnull (widget);
  return widget;
}

static guint
count_tip_rows (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += is_tip_row (child, NULL) ? 1 : count_tip_rows (child);
  return n;
}

/* Ticks (or unticks) the warning sign @symptom in the form, as a click on its row would. */
static void
set_symptom (Fixture  *fixture,
             PjSymptom symptom,
             gboolean  active)
{
  const char *question = pj_code_question (PJ_CODE_KIND_SYMPTOM, symptom);
  GtkWidget *row = pj_test_find (GTK_WIDGET (fixture->page), is_row_titled, question);

  g_assert_nonnull (row);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
                                 ADW_ACTION_ROW (row))), active);
}

static void
set_pain (Fixture *fixture,
          int      pain)
{
  pj_pain_scale_set_value (PJ_PAIN_SCALE (find_type (fixture, PJ_TYPE_PAIN_SCALE)), pain);
}

static void
save_form (Fixture *fixture)
{
  GtkWidget *save = pj_test_find (GTK_WIDGET (fixture->page), is_button_labelled, "_Save Check-in");

  g_assert_nonnull (save);
  g_signal_emit_by_name (save, "clicked");
}

/* One check-in a day on @first … @last with @pain. */
static void
import_days (Fixture *fixture,
             PjDate   first,
             PjDate   last,
             int      pain,
             double   sitting_hours,
             int      stress)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (GError) error = NULL;

  for (PjDate date = first; date <= last; date++)
    {
      PjDay *day = pj_day_new (date);

      day->sitting_hours = sitting_hours;
      day->stress = stress;
      pj_day_add_checkin (day, pj_checkin_new (date, 9 * 60, pain));
      g_ptr_array_add (days, day);
    }
  g_assert_true (pj_database_import_days (fixture->db, days, NULL, &error));
  g_assert_no_error (error);
}

static gboolean
stored_day_exists (Fixture *fixture,
                   PjDate   date)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDay) day = pj_database_get_day (fixture->db, date, &error);

  g_assert_no_error (error);
  return day != NULL;
}

/* TRUE when the whole of @widget lies in the visible part of its scrolled window. */
static gboolean
in_view (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_height (widget) == 0 ||
      !gtk_widget_compute_bounds (widget, scroller, &bounds))
    return FALSE;
  return bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_adjustment_get_page_size (adjustment);
}

/* Runs the main loop until @widget is in view, or gives up after a while (animations run on
 * the frame clock). */
static gboolean
wait_in_view (GtkWidget *widget)
{
  SPIN_UNTIL (in_view (widget));
  spin ();
  return in_view (widget);
}

/* ----- Tests ----- */

static void
test_top_tips (Fixture      *fixture,
               gconstpointer data)
{
  PjTodayTips *tips = PJ_TODAY_TIPS (find_type (fixture, PJ_TYPE_TODAY_TIPS));
  g_autoptr (PjCheckin) urgent = NULL;
  g_autoptr (GError) error = NULL;

  /* An empty journal has no tip at all: tips wait for 3 logged days in the last 7, and the
   * tips area stays hidden. */
  g_assert_cmpuint (pj_today_tips_get_n_tips (tips), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tips)));
  g_assert_null (pj_test_find (GTK_WIDGET (tips), is_tip_row, NULL));

  /* A week of long sitting and high stress fires many tips: the page shows the best three,
   * and follows the journal without being told. */
  import_days (fixture, T - 7, T - 1, 3, 9, 8);
  g_assert_cmpuint (pj_today_tips_get_n_tips (tips), ==, 3);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (tips)));
  g_assert_cmpuint (count_tip_rows (GTK_WIDGET (tips)), ==, 3);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (tips), GTK_WIDGET (fixture->page)));

  /* An urgent flag takes their place (the banner says what to do)... */
  urgent = pj_checkin_new (T, 10 * 60, 4);
  urgent->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_BLADDER_BOWEL);
  g_assert_true (pj_database_add_checkin (fixture->db, urgent, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pj_today_tips_get_n_tips (tips), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tips)));

  /* ...and they come back once it has passed. */
  g_assert_true (pj_database_delete_checkin (fixture->db, urgent->id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pj_today_tips_get_n_tips (tips), ==, 3);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tips)));
}

static void
test_guidance_before_saving (Fixture      *fixture,
                             gconstpointer data)
{
  PjSymptomGuidance *guidance = PJ_SYMPTOM_GUIDANCE (find_type (fixture,
                                                                PJ_TYPE_SYMPTOM_GUIDANCE));
  GtkWidget *checklist = pj_test_find (GTK_WIDGET (fixture->page), is_row_titled, "Warning signs");
  GtkWidget *alert;

  /* It sits right under the warning-sign checklist. */
  g_assert_nonnull (checklist);
  g_assert_nonnull (gtk_widget_get_prev_sibling (GTK_WIDGET (guidance)));
  g_assert_true (gtk_widget_is_ancestor (checklist,
                                         gtk_widget_get_prev_sibling (GTK_WIDGET (guidance))));
  g_assert_false (pj_symptom_guidance_get_active (guidance));

  /* A sign that needs no urgent care says nothing; one that does speaks at once, and is
   * brought into view even though the checklist is long (the page starts at its top). */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (checklist), TRUE);
  spin ();
  g_assert_false (in_view (GTK_WIDGET (guidance)));
  set_symptom (fixture, PJ_SYMPTOM_FEVER, TRUE);
  g_assert_false (pj_symptom_guidance_get_active (guidance));
  set_symptom (fixture, PJ_SYMPTOM_WEAKNESS, TRUE);
  g_assert_true (pj_symptom_guidance_get_active (guidance));
  g_assert_true (wait_in_view (GTK_WIDGET (guidance)));
  g_assert_nonnull (strstr (pj_symptom_guidance_get_message (guidance), "medical help today"));
  g_assert_nonnull (strstr (pj_symptom_guidance_get_message (guidance), "New weakness"));
  /* Screen readers are told as well: the message sits in an alert. */
  alert = pj_test_find (GTK_WIDGET (guidance), is_alert, NULL);
  g_assert_nonnull (alert);
  g_assert_nonnull (pj_test_find (alert, is_label_containing, "medical help today"));
  /* Nothing is written before the person saves. */
  g_assert_false (stored_day_exists (fixture, T));

  set_symptom (fixture, PJ_SYMPTOM_WEAKNESS, FALSE);
  g_assert_false (pj_symptom_guidance_get_active (guidance));

  /* After an injury it depends on the pain: it follows the pain scale too. */
  set_symptom (fixture, PJ_SYMPTOM_AFTER_INJURY, TRUE);
  set_pain (fixture, 6);
  g_assert_false (pj_symptom_guidance_get_active (guidance));
  set_pain (fixture, 7);
  g_assert_true (pj_symptom_guidance_get_active (guidance));
  g_assert_nonnull (strstr (pj_symptom_guidance_get_message (guidance), "injury"));
  g_assert_false (stored_day_exists (fixture, T));

  /* Saving keeps the check-in as entered and leaves a clean form with no guidance. */
  save_form (fixture);
  g_assert_true (stored_day_exists (fixture, T));
  g_assert_false (pj_symptom_guidance_get_active (guidance));
}

static GtkWidget *
find_in_overlay (Fixture    *fixture,
                 PjTestMatch       match,
                 const char *data)
{
  /* Toasts are children of the overlay beside the page, not inside it. */
  return pj_test_find (fixture->overlay, match, data);
}

static void
test_toast_for_new_flag (Fixture      *fixture,
                         gconstpointer data)
{
  GtkWidget *open;

  /* A week at 3, then three days at 6: the worsening flag needs four logged days in each
   * week, so it is one check-in away. */
  import_days (fixture, T - 13, T - 7, 3, NAN, PJ_UNSET);
  import_days (fixture, T - 3, T - 1, 6, NAN, PJ_UNSET);
  g_assert_null (find_in_overlay (fixture, is_label_containing, "physiotherapist"));

  set_pain (fixture, 6);
  save_form (fixture);
  spin ();
  g_assert_true (stored_day_exists (fixture, T));
  g_assert_nonnull (find_in_overlay (fixture, is_label_containing,
                                     "Worth seeing a physiotherapist or doctor soon"));
  g_assert_nonnull (find_in_overlay (fixture, is_label_containing,
                                     "Your pain is getting worse"));
  open = find_in_overlay (fixture, is_button_labelled, "Open Insights");
  g_assert_nonnull (open);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open)), ==,
                   "win.show-insights");
}

static void
test_no_toast_without_new_flag (Fixture      *fixture,
                                gconstpointer data)
{
  /* The same week at 3, but the new check-in keeps the pain where it was: a plain
   * confirmation, and no warning. */
  import_days (fixture, T - 13, T - 7, 3, NAN, PJ_UNSET);
  import_days (fixture, T - 3, T - 1, 3, NAN, PJ_UNSET);
  set_pain (fixture, 3);
  save_form (fixture);
  spin ();
  g_assert_true (stored_day_exists (fixture, T));
  g_assert_null (find_in_overlay (fixture, is_label_containing, "physiotherapist"));
  g_assert_nonnull (find_in_overlay (fixture, is_label_containing, "Check-in saved"));
}

/* Runs the main loop until @widget has been given a width and the layout has settled. */
static void
wait_for_layout (GtkWidget *widget)
{
  SPIN_UNTIL (gtk_widget_get_width (widget) > 0);
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  spin ();
}

static void
test_tips_placement (Fixture      *fixture,
                     gconstpointer data)
{
  GtkWidget *tips = find_type (fixture, PJ_TYPE_TODAY_TIPS);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *narrow_page = pj_today_page_new ();
  GtkWidget *narrow_tips;

  /* Wide: right under the check-in form, in its column. */
  wait_for_layout (GTK_WIDGET (fixture->page));
  g_assert_false (pj_today_page_get_narrow (fixture->page));
  g_assert_true (PJ_IS_CHECKIN_EDITOR (gtk_widget_get_prev_sibling (tips)));

  /* Narrow: after everything to log, under the day's details. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_set_child (GTK_WINDOW (window), narrow_page);
  g_object_set (narrow_page, "database", fixture->db, NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_layout (narrow_page);
  g_assert_true (pj_today_page_get_narrow (PJ_TODAY_PAGE (narrow_page)));
  narrow_tips = pj_test_find (narrow_page, is_type, GSIZE_TO_POINTER (PJ_TYPE_TODAY_TIPS));
  g_assert_nonnull (narrow_tips);
  g_assert_true (PJ_IS_DAY_FACTORS (gtk_widget_get_prev_sibling (narrow_tips)));
  g_assert_null (gtk_widget_get_next_sibling (narrow_tips));
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;
#define ADD(path, func) \
  g_test_add ("/today-insights/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("top-tips", test_top_tips);
  ADD ("tips-placement", test_tips_placement);
  ADD ("guidance-before-saving", test_guidance_before_saving);
  ADD ("toast-for-new-flag", test_toast_for_new_flag);
  ADD ("no-toast-without-new-flag", test_no_toast_without_new_flag);
#undef ADD
  return g_test_run ();
}
