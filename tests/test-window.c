/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: pages, first run, the error page, actions and remembered size. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pj-demo.h"
#include "pj-error.h"
#include "pj-help-window.h"
#include "pj-history-item.h"
#include "pj-history-page.h"
#include "pj-history-row.h"
#include "pj-gui-test-utils.h"
#include "pj-test-utils.h"
#include "pj-today-page.h"
#include "pj-today-tips.h"
#include "pj-toast-overlay.h"
#include "pj-checkin-row.h"
#include "pj-day-factors.h"
#include "pj-optional-spin.h"
#include "pj-urgent-banner.h"
#include "pj-window.h"

typedef struct
{
  char       *dir;
  char       *path;
  PjDatabase *database;
  PjWindow   *window;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = pj_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->database = pj_database_open (fixture->path, &error);
  g_assert_no_error (error);
  pj_database_set_today (fixture->database, pj_test_today ());
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->database);
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
log_pain (PjDatabase *database,
          PjDate      date,
          int         pain)
{
  g_autoptr (PjCheckin) checkin = pj_checkin_new (date, 9 * 60, pain);
  g_autoptr (GError) error = NULL;

  g_assert_true (pj_database_add_checkin (database, checkin, &error));
  g_assert_no_error (error);
}

/* The window's outer stack: the one with the journal, first-run and error pages. */
static GtkStack *
main_stack (PjWindow *window)
{
  GtkWidget *overlay = pj_test_find_descendant (GTK_WIDGET (window), PJ_TYPE_TOAST_OVERLAY);
  GtkStack *stack = GTK_STACK (pj_toast_overlay_get_child (PJ_TOAST_OVERLAY (overlay)));

  g_assert_nonnull (gtk_stack_get_child_by_name (stack, "first-run"));
  return stack;
}

static const char *
visible_page (PjWindow *window)
{
  AdwViewStack *stack = ADW_VIEW_STACK (pj_test_find_descendant (GTK_WIDGET (window),
                                                         ADW_TYPE_VIEW_STACK));

  return adw_view_stack_get_visible_child_name (stack);
}

static PjTodayPage *
today_page (PjWindow *window)
{
  return PJ_TODAY_PAGE (pj_test_find_descendant (GTK_WIDGET (window), PJ_TYPE_TODAY_PAGE));
}

static PjWindow *
open_window (Fixture *fixture)
{
  fixture->window = pj_window_new (NULL, fixture->database, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  return fixture->window;
}

static guint
count_descendants (GtkWidget *widget,
                   GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_descendants (child, type);
  return n;
}

static guint
history_length (PjHistoryPage *page)
{
  GtkListView *list_view = GTK_LIST_VIEW (pj_test_find_descendant (GTK_WIDGET (page),
                                                                   GTK_TYPE_LIST_VIEW));

  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  guint n_days = 0;

  /* Days only, not the month headings between them. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (PjHistoryItem) item = g_list_model_get_item (model, i);

      n_days += !pj_history_item_is_heading (item);
    }
  return n_days;
}

/* Every page reads the journal the window's "database" property names, through the bindings
 * of pj-window.ui (and of the pages built later), and follows that journal's changes only. */
static void
test_database_property (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr (PjDatabase) other = pj_test_open_database (fixture->dir, "other.db");
  PjDate today = pj_test_today ();
  PjHistoryPage *history;
  PjInsightsPage *insights;
  PjWindow *window;
  PjDatabase *shown = NULL;

  log_pain (fixture->database, today, 7);
  log_pain (other, today - 1, 3);
  log_pain (other, today - 2, 4);
  {
    g_autoptr (PjCheckin) evening = pj_checkin_new (today, 20 * 60, 2);
    g_autoptr (GError) error = NULL;

    log_pain (other, today, 2);
    g_assert_true (pj_database_add_checkin (other, evening, &error));
  }
  window = open_window (fixture);
  history = pj_window_get_history_page (window);
  insights = pj_window_get_insights_page (window);
  g_assert_cmpuint (history_length (history), ==, 1);
  g_assert_cmpuint (count_descendants (GTK_WIDGET (today_page (window)), PJ_TYPE_CHECKIN_ROW),
                    ==, 1);

  g_object_set (window, "database", other, NULL);
  g_object_get (today_page (window), "database", &shown, NULL);
  g_assert_true (shown == other);
  g_clear_object (&shown);
  g_assert_cmpuint (history_length (history), ==, 3);
  g_assert_cmpuint (count_descendants (GTK_WIDGET (today_page (window)), PJ_TYPE_CHECKIN_ROW),
                    ==, 2);
  g_object_get (insights, "database", &shown, NULL);
  g_assert_true (shown == other);
  g_clear_object (&shown);

  /* The first journal's writes no longer reach the pages; the new one's do. */
  log_pain (fixture->database, today - 5, 5);
  g_assert_cmpuint (history_length (history), ==, 3);
  log_pain (other, today - 5, 5);
  g_assert_cmpuint (history_length (history), ==, 4);

  /* "as-of" reaches the pages too: the Today page can log up to that day only. */
  g_object_set (window, "as-of", today - 1, NULL);
  g_assert_cmpuint (pj_today_page_get_date (today_page (window)), ==, today - 1);
  g_assert_cmpuint (pj_insights_page_get_insights (insights)->as_of, ==, today - 1);
  {
    guint as_of = PJ_DATE_NONE;

    g_object_get (history, "as-of", &as_of, NULL);
    g_assert_cmpuint (as_of, ==, today - 1);
  }
}

/* The main menu's pop-over is made when it is first opened, with every item. */
static void
test_main_menu_built_on_open (Fixture       *fixture,
                              gconstpointer  data)
{
  PjWindow *window = open_window (fixture);
  GtkWidget *button;

  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  button = pj_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  g_assert_null (pj_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_POPOVER_MENU));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  g_assert_nonnull (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));
  g_assert_nonnull (pj_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_POPOVER_MENU));
  /* Its items are GTK's private GtkModelButton: looked up by type name. */
  g_assert_nonnull (pj_test_find_descendant (GTK_WIDGET (window),
                                             g_type_from_name ("GtkModelButton")));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

/* A narrow window switches pages from a bar at the bottom, made the first time the window
 * is narrow; a wide one switches in the header bar and has no such bar. */
static void
test_switcher_bar_when_narrow (Fixture       *fixture,
                               gconstpointer  data)
{
  PjWindow *window;
  GtkWidget *bar;

  log_pain (fixture->database, pj_test_today (), 3);
  window = open_window (fixture);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_null (pj_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  SPIN_UNTIL ((bar = pj_test_find_descendant (GTK_WIDGET (window),
                                              ADW_TYPE_VIEW_SWITCHER_BAR)) != NULL
              && adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  g_assert_nonnull (bar);
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  g_assert_true (adw_view_switcher_bar_get_stack (ADW_VIEW_SWITCHER_BAR (bar)) != NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  SPIN_UNTIL (!adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
}

static void
test_open_day_from_history (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *history;
  PjDate today = pj_test_today ();
  AdwViewStack *stack;
  GtkListView *list_view;
  PjWindow *window;

  for (guint i = 0; i < 10; i++)
    log_pain (fixture->database, today - i, (int) i);
  window = open_window (fixture);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack (window)), ==, "journal");
  g_assert_cmpuint (pj_today_page_get_date (today_page (window)), ==, today);

  stack = ADW_VIEW_STACK (pj_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "history");
  /* Looked up inside History: the Today page has a list of its own. */
  history = pj_test_find_descendant (GTK_WIDGET (window), PJ_TYPE_HISTORY_PAGE);
  list_view = GTK_LIST_VIEW (pj_test_find_descendant (history, GTK_TYPE_LIST_VIEW));
  SPIN_UNTIL (pj_test_find_descendant (GTK_WIDGET (list_view), PJ_TYPE_HISTORY_ROW) != NULL);

  /* The list is newest first, under the month's heading: the fifth row is three days ago. */
  g_signal_emit_by_name (list_view, "activate", 4);
  g_assert_cmpstr (visible_page (window), ==, "today");
  g_assert_cmpuint (pj_today_page_get_date (today_page (window)), ==, today - 3);

  /* Edit the opened day through its widgets, save, and find the change in the journal. */
  {
    GtkWidget *factors = pj_test_find_descendant (GTK_WIDGET (today_page (window)),
                                                  PJ_TYPE_DAY_FACTORS);
    PjOptionalSpin *sitting = PJ_OPTIONAL_SPIN (pj_test_find_descendant (factors,
                                                                         PJ_TYPE_OPTIONAL_SPIN));
    g_autoptr (PjDay) stored = NULL;
    g_autoptr (GError) error = NULL;

    /* As a person does: through the spin button itself (the setter is for loading a day). */
    gtk_spin_button_set_value (pj_optional_spin_get_spin_button (sitting), 6.5);
    /* Ctrl+S, as a person saves. */
    g_assert_true (pj_test_activate_shortcut (GTK_WIDGET (window), GDK_KEY_s, GDK_CONTROL_MASK));
    stored = pj_database_get_day (fixture->database, today - 3, &error);
    g_assert_no_error (error);
    g_assert_nonnull (stored);
    g_assert_cmpfloat (stored->sitting_hours, ==, 6.5);
    g_assert_cmpuint (stored->checkins->len, ==, 1);
  }
}

static void
test_day_actions (Fixture       *fixture,
                  gconstpointer  data)
{
  PjDate today = pj_test_today ();
  AdwViewStack *stack;
  PjWindow *window;

  log_pain (fixture->database, today, 4);
  window = open_window (fixture);
  stack = ADW_VIEW_STACK (pj_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  /* Alt+Left and Alt+Right work from any page and bring Today forward. */
  adw_view_stack_set_visible_child_name (stack, "history");
  g_assert_true (pj_test_activate_shortcut (GTK_WIDGET (window), GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpstr (visible_page (window), ==, "today");
  g_assert_cmpuint (pj_today_page_get_date (today_page (window)), ==, today - 1);
  g_assert_true (pj_test_activate_shortcut (GTK_WIDGET (window), GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (pj_today_page_get_date (today_page (window)), ==, today - 2);
  adw_view_stack_set_visible_child_name (stack, "trends");
  g_assert_true (pj_test_activate_shortcut (GTK_WIDGET (window), GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpstr (visible_page (window), ==, "today");
  g_assert_cmpuint (pj_today_page_get_date (today_page (window)), ==, today - 1);
  adw_view_stack_set_visible_child_name (stack, "insights");
  g_assert_true (pj_test_activate_shortcut (GTK_WIDGET (window), GDK_KEY_Home, GDK_ALT_MASK));
  g_assert_cmpstr (visible_page (window), ==, "today");
  g_assert_cmpuint (pj_today_page_get_date (today_page (window)), ==, today);
}

static void
test_delete_and_ctrl_z (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDay) before = NULL;
  g_autoptr (PjDay) after = NULL;
  PjDate date = pj_test_today () - 1;
  PjHistoryPage *page;
  PjWindow *window;

  g_autoptr (PjMedicine) medicine = pj_medicine_new ("Ibuprofen");
  g_autoptr (PjDose) dose = NULL;
  g_autoptr (GPtrArray) doses = NULL;

  log_pain (fixture->database, date, 6);
  log_pain (fixture->database, date + 1, 2);
  /* a dose logged that day goes with the day, and comes back with it */
  medicine->amount = 400;
  g_assert_true (pj_database_add_medicine (fixture->database, medicine, &error));
  dose = pj_medicine_new_usual_dose (medicine, date, 9 * 60);
  dose->relief = 6;
  g_assert_true (pj_database_add_dose (fixture->database, dose, &error));
  g_assert_no_error (error);
  before = pj_database_get_day (fixture->database, date, &error);
  window = open_window (fixture);
  /* Not shown yet, so built on demand. */
  page = pj_window_get_history_page (window);

  g_assert_true (pj_history_page_delete_day (page, date, &error));
  g_assert_no_error (error);
  g_assert_null (pj_database_get_day (fixture->database, date, &error));
  doses = pj_database_list_doses_in_range (fixture->database, date, date, &error);
  g_assert_cmpuint (doses->len, ==, 0);
  g_clear_pointer (&doses, g_ptr_array_unref);

  /* Ctrl+Z runs the window's undo action. */
  g_assert_true (pj_test_activate_shortcut (GTK_WIDGET (window), GDK_KEY_z, GDK_CONTROL_MASK));
  after = pj_database_get_day (fixture->database, date, &error);
  g_assert_nonnull (after);
  g_assert_true (pj_day_equal (before, after, TRUE));
  g_assert_cmpint (((PjCheckin *) g_ptr_array_index (after->checkins, 0))->id, ==,
                   ((PjCheckin *) g_ptr_array_index (before->checkins, 0))->id);
  doses = pj_database_list_doses_in_range (fixture->database, date, date, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doses->len, ==, 1);
  g_assert_true (pj_dose_equal (doses->pdata[0], dose));
  g_assert_cmpint (((PjDose *) doses->pdata[0])->id, ==, dose->id);
}

/* The welcome page shows the app's own icon even when the app is run from the build tree: the
 * icon is in the app's resources, where GtkApplication points the icon theme (done by hand here,
 * as these tests have no application). */
static void
assert_first_run_icon_found (PjWindow *window,
                             GtkStack *stack)
{
  AdwStatusPage *page = ADW_STATUS_PAGE (gtk_stack_get_child_by_name (stack, "first-run"));
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (display);

  gtk_icon_theme_add_resource_path (theme, "/io/github/painjournal/PainJournal/icons");
  g_assert_cmpstr (adw_status_page_get_icon_name (page), ==, "io.github.painjournal.PainJournal");
  g_assert_true (gtk_icon_theme_has_icon (theme, adw_status_page_get_icon_name (page)));
}

static void
test_first_run (Fixture       *fixture,
                gconstpointer  data)
{
  PjWindow *window = open_window (fixture);
  GtkStack *stack = main_stack (window);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "first-run");
  g_assert_true (gtk_widget_get_mapped (gtk_stack_get_child_by_name (stack, "first-run")));
  assert_first_run_icon_found (window, stack);

  /* Anything saved ends the first run. */
  log_pain (fixture->database, pj_test_today (), 3);
  SPIN_UNTIL (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "journal") == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "journal");
}

static void
test_first_run_log_today (Fixture       *fixture,
                          gconstpointer  data)
{
  PjWindow *window = open_window (fixture);
  GtkStack *stack = main_stack (window);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "first-run");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.log-today", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "journal");
  g_assert_cmpstr (visible_page (window), ==, "today");
  g_assert_cmpuint (pj_today_page_get_date (today_page (window)), ==, pj_test_today ());
}

static guint
count_days (PjDatabase *database)
{
  g_autoptr (GError) error = NULL;
  guint count = 0;

  g_assert_true (pj_database_count_days (database, &count, &error));
  g_assert_no_error (error);
  return count;
}

static gboolean
is_label_text (GtkWidget    *widget,
               gconstpointer data)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)),
                                                    data);
}

/* Demo data goes into a journal of its own: the person's stays empty, the window says it shows
 * demo data, and one click leads back to the welcome page of the real journal. */
static void
test_first_run_demo_data (Fixture       *fixture,
                          gconstpointer  data)
{
  PjWindow *window = open_window (fixture);
  GtkStack *stack = main_stack (window);
  GtkWidget *button = pj_test_find_button (gtk_stack_get_child_by_name (stack, "first-run"),
                                   "Try _Demo Data");
  g_autofree char *demo_path = pj_demo_default_path ();
  GtkWidget *bar_label, *back;
  PjDatabase *demo;
  PjDate first, last;
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (button);
  /* The test's own data folder (main() points XDG_DATA_HOME at it). */
  g_assert_true (g_str_has_prefix (demo_path, g_getenv ("XDG_DATA_HOME")));
  g_signal_emit_by_name (button, "clicked");

  /* A journal full of days, shown in History... */
  g_assert_true (pj_window_get_showing_demo (window));
  demo = pj_window_get_database (window);
  g_assert_true (demo != fixture->database);
  g_assert_cmpuint (count_days (demo), >, PJ_DEMO_DEFAULT_DAYS / 2);
  g_assert_true (pj_database_get_date_bounds (demo, &first, &last, &error));
  g_assert_true (g_file_test (demo_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "journal");
  g_assert_cmpstr (visible_page (window), ==, "history");
  /* ...which says it is demo data... */
  bar_label = pj_test_find (GTK_WIDGET (window), is_label_text, "Demo data:");
  g_assert_nonnull (bar_label);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (
    gtk_widget_get_ancestor (bar_label, GTK_TYPE_REVEALER))));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Demo"));
  /* ...while the person's journal is untouched. */
  g_assert_cmpuint (count_days (fixture->database), ==, 0);

  /* Back to the real journal: still empty, so the welcome page again. */
  back = pj_test_find_button (GTK_WIDGET (window), "_Back to My Journal");
  g_assert_nonnull (back);
  g_assert_true (gtk_widget_activate_action (back, "win.leave-demo", NULL));
  g_assert_false (pj_window_get_showing_demo (window));
  g_assert_true (pj_window_get_database (window) == fixture->database);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "first-run");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (
    gtk_widget_get_ancestor (bar_label, GTK_TYPE_REVEALER))));
  g_assert_cmpuint (count_days (fixture->database), ==, 0);
  /* Logging now goes into the real journal. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.log-today", NULL));
  g_assert_true (pj_today_page_get_date (today_page (window)) == pj_test_today ());
}

/* A journal from a newer version is refused by the database; the window shows why. */
static void
test_open_error_page (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) database = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "newer.db", NULL);
  g_autofree char *command = NULL;
  AdwStatusPage *page;
  GtkStack *stack;

  command = g_strdup_printf ("sqlite3 '%s' 'PRAGMA user_version = 999;'", path);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  database = pj_database_open (path, &error);
  g_assert_null (database);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NEWER_SCHEMA);

  fixture->window = pj_window_new (NULL, NULL, error);
  gtk_window_present (GTK_WINDOW (fixture->window));
  stack = main_stack (fixture->window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  page = ADW_STATUS_PAGE (pj_test_find_descendant (gtk_stack_get_child_by_name (stack, "error"),
                                                   ADW_TYPE_STATUS_PAGE));
  g_assert_cmpstr (adw_status_page_get_description (page), ==, error->message);
  /* The message names the file, and a path is one long word: it keeps wrapping anywhere, where
   * the welcome page's wording wraps at words (pj-word-wrap.h). */
  g_assert_cmpint (gtk_label_get_wrap_mode (GTK_LABEL (
                     pj_test_find_label (GTK_WIDGET (page), error->message))),
                   ==, PANGO_WRAP_WORD_CHAR);
  g_assert_cmpint (gtk_label_get_wrap_mode (GTK_LABEL (
                     pj_test_find_label (GTK_WIDGET (fixture->window),
                                         "Welcome to Pain Journal"))),
                   ==, PANGO_WRAP_WORD);

  /* Nothing can act on a journal that is not open: the error stays in front. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.log-today", NULL);
  g_assert_false (pj_test_activate_shortcut (GTK_WIDGET (fixture->window), GDK_KEY_n,
                                             GDK_CONTROL_MASK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
}

static gboolean
is_search_button (GtkWidget    *widget,
                  gconstpointer data)
{
  return GTK_IS_TOGGLE_BUTTON (widget)
         && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Search History") == 0;
}

/* History's search is reached from the header and with Ctrl+F, but only while it is shown. */
static void
test_history_search_button (Fixture       *fixture,
                            gconstpointer  data)
{
  PjWindow *window;
  GtkWidget *button;
  AdwViewStack *stack;
  gboolean search_mode = TRUE;

  log_pain (fixture->database, pj_test_today (), 4);
  window = open_window (fixture);
  button = pj_test_find (GTK_WIDGET (window), is_search_button, NULL);
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_visible (button));
  /* On Today, Ctrl+F is not the window's: the key goes on to the focused widget. */
  g_assert_false (pj_test_activate_shortcut (GTK_WIDGET (window), GDK_KEY_f, GDK_CONTROL_MASK));

  stack = ADW_VIEW_STACK (pj_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "history");
  g_assert_true (gtk_widget_get_visible (button));
  g_object_get (pj_window_get_history_page (window), "search-mode", &search_mode, NULL);
  g_assert_false (search_mode);
  g_assert_true (pj_test_activate_shortcut (GTK_WIDGET (window), GDK_KEY_f, GDK_CONTROL_MASK));
  g_object_get (pj_window_get_history_page (window), "search-mode", &search_mode, NULL);
  g_assert_true (search_mode);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));

  /* The button closes it again. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
  g_object_get (pj_window_get_history_page (window), "search-mode", &search_mode, NULL);
  g_assert_false (search_mode);
  adw_view_stack_set_visible_child_name (stack, "trends");
  g_assert_false (gtk_widget_get_visible (button));
}

/* Closing the window writes what is typed on the Today page, before any autosave delay. */
static void
test_close_keeps_edits (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDay) day = NULL;
  PjDate today = pj_test_today ();
  PjWindow *window;
  GtkTextView *note;

  log_pain (fixture->database, today, 5);
  window = open_window (fixture);
  /* The diary is below the fold: it is there once the first frame is drawn. */
  SPIN_UNTIL ((note = GTK_TEXT_VIEW (pj_test_find_descendant (GTK_WIDGET (today_page (window)),
                                                              GTK_TYPE_TEXT_VIEW))) != NULL);
  g_assert_nonnull (note);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "Typed just before closing.", -1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  fixture->window = NULL;
  day = pj_database_get_day (fixture->database, today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (day);
  g_assert_cmpstr (day->note, ==, "Typed just before closing.");
}

static void
test_size_remembered (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  PjWindow *window;
  int width, height;

  window = fixture->window = pj_window_new (NULL, fixture->database, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  /* Ctrl+W: the same close path as the title bar's button. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  fixture->window = NULL;

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 640);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 480);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* The next window opens at that size. */
  window = open_window (fixture);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 480);
}

/* The disclaimer is said once, on the welcome page, not over the journal's pages. */
static void
test_disclaimer_on_welcome (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *label;
  GtkStack *stack;

  open_window (fixture);
  stack = main_stack (fixture->window);
  label = pj_test_find_label (GTK_WIDGET (fixture->window), pj_application_get_disclaimer ());
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_ancestor (label, gtk_stack_get_child_by_name (stack,
                                                                             "first-run")));
  SPIN_UNTIL (gtk_widget_get_mapped (label));
  g_assert_true (gtk_widget_get_mapped (label));

  /* On the journal's pages it is not shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.log-today",
                                             NULL));
  SPIN_UNTIL (!gtk_widget_get_mapped (label));
  g_assert_false (gtk_widget_get_mapped (label));
}

static gboolean
is_menu_item (GtkWidget    *widget,
              gconstpointer data)
{
  g_autofree char *text = NULL;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, g_type_from_name ("GtkModelButton")))
    return FALSE;
  /* The item shows its label without the mnemonic's underscore. */
  g_object_get (widget, "text", &text, NULL);
  return g_strcmp0 (text, data) == 0;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* Keyboard Shortcuts in the main menu can be chosen from the start, before Ctrl+? was ever
 * pressed, and the window it opens lists the pain scale's keys. */
static void
test_shortcuts_enabled_at_start (Fixture       *fixture,
                                 gconstpointer  data)
{
  PjWindow *window = open_window (fixture);
  GtkWidget *button, *item;
  GtkWindow *shortcuts;

  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  button = pj_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  item = pj_test_find (GTK_WIDGET (window), is_menu_item, "Keyboard Shortcuts");
  g_assert_nonnull (item);
  /* The menu greys out an item whose action is missing or disabled. */
  SPIN_UNTIL (gtk_widget_get_sensitive (item));
  g_assert_true (gtk_widget_get_sensitive (item));
  g_assert_nonnull (pj_test_find (GTK_WIDGET (window), is_menu_item, "Help"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.shortcuts", NULL));
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  gtk_window_close (shortcuts);
}

/* F1 and the menu's Help open one help window over the journal. */
static void
test_help_window (Fixture       *fixture,
                  gconstpointer  data)
{
  PjWindow *window = open_window (fixture);
  GtkWindow *help;

  g_assert_null (find_toplevel (PJ_TYPE_HELP_WINDOW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.help", NULL));
  help = find_toplevel (PJ_TYPE_HELP_WINDOW);
  g_assert_nonnull (help);
  g_assert_true (gtk_window_get_transient_for (help) == GTK_WINDOW (window));
  g_assert_nonnull (pj_test_find (GTK_WIDGET (help), is_label_text, "Choose the pain"));
  /* Asked again, the same one comes forward. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.help", NULL));
  g_assert_true (find_toplevel (PJ_TYPE_HELP_WINDOW) == help);
  gtk_window_destroy (help);
}

/* An urgent symptom puts the banner above every page, and its Details opens Insights. */
static void
test_urgent_banner_across_pages (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr (PjCheckin) checkin = pj_checkin_new (pj_test_today () - 2, 9 * 60, 5);
  g_autoptr (GError) error = NULL;
  PjUrgentBanner *banner;
  AdwViewStack *stack;
  PjWindow *window;

  log_pain (fixture->database, pj_test_today (), 3);
  window = open_window (fixture);
  banner = PJ_URGENT_BANNER (pj_test_find_descendant (GTK_WIDGET (window), PJ_TYPE_URGENT_BANNER));
  g_assert_nonnull (banner);
  g_assert_false (pj_urgent_banner_get_revealed (banner));

  checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_BLADDER_BOWEL);
  g_assert_true (pj_database_add_checkin (fixture->database, checkin, &error));
  g_assert_no_error (error);
  SPIN_UNTIL (pj_urgent_banner_get_revealed (banner));

  /* The banner is outside the page stack, so it stays while pages change. */
  stack = ADW_VIEW_STACK (pj_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "history");
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (banner), GTK_WIDGET (window)));
  g_assert_false (gtk_widget_is_ancestor (GTK_WIDGET (banner), GTK_WIDGET (stack)));
  g_assert_true (pj_urgent_banner_get_revealed (banner));

  g_signal_emit_by_name (banner, "details-requested");
  g_assert_cmpstr (visible_page (window), ==, "insights");

  adw_view_stack_set_visible_child_name (stack, "today");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-insights", NULL);
  g_assert_cmpstr (visible_page (window), ==, "insights");
}

/* A warning sign already in the journal shows in the banner soon after the window opens (it is
 * checked once the first frame is drawn). */
static void
test_urgent_banner_at_start (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr (PjCheckin) checkin = pj_checkin_new (pj_test_today () - 1, 9 * 60, 5);
  g_autoptr (GError) error = NULL;
  PjUrgentBanner *banner;
  PjWindow *window;

  checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_BLADDER_BOWEL);
  g_assert_true (pj_database_add_checkin (fixture->database, checkin, &error));
  g_assert_no_error (error);
  window = open_window (fixture);
  banner = PJ_URGENT_BANNER (pj_test_find_descendant (GTK_WIDGET (window), PJ_TYPE_URGENT_BANNER));
  SPIN_UNTIL (pj_urgent_banner_get_revealed (banner));
  g_assert_true (pj_urgent_banner_get_revealed (banner));
  g_assert_nonnull (strstr (pj_urgent_banner_get_message (banner), "Get medical help today"));
}

/* Presents a window on @database and lets it settle (drawn, idle work done); returns how many
 * SELECTs that took. */
static guint64
reads_to_open (Fixture    *fixture,
               PjDatabase *database)
{
  guint64 before = pj_database_get_read_count (database);

  PjTodayTips *tips;

  fixture->window = pj_window_new (NULL, database, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  /* The tips and the banner are evaluated just after the first frame. */
  tips = PJ_TODAY_TIPS (pj_test_find_descendant (GTK_WIDGET (fixture->window), PJ_TYPE_TODAY_TIPS));
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window))
              && !pj_today_tips_get_pending (tips));
  g_assert_false (pj_today_tips_get_pending (tips));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return pj_database_get_read_count (database) - before;
}

/* Start-up shows Today only: the other pages are not built, and what is read does not grow
 * with the journal: 1,000 older days (kept apart by a month without entries, so that no pain
 * episode runs into them) cost no more SELECTs than the same recent month alone. */
static void
test_first_show_is_light (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) large = NULL;
  g_autofree char *large_path = g_build_filename (fixture->dir, "large.db", NULL);
  g_autoptr (GPtrArray) older = NULL;
  AdwViewStack *stack;
  GtkWidget *window;
  guint64 small_reads, large_reads;

  g_assert_true (pj_demo_fill (fixture->database, 30, NULL, &error));
  g_assert_no_error (error);
  small_reads = reads_to_open (fixture, fixture->database);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;

  large = pj_database_open (large_path, &error);
  g_assert_no_error (error);
  pj_database_set_today (large, pj_test_today ());
  g_assert_true (pj_demo_fill (large, 30, NULL, &error));
  g_assert_no_error (error);
  older = pj_demo_generate (pj_test_today () - 60, 1000, PJ_DEMO_SEED);
  g_assert_true (pj_database_import_days (large, older, NULL, &error));
  g_assert_no_error (error);
  large_reads = reads_to_open (fixture, large);
  g_test_message ("SELECTs to open: %" G_GUINT64_FORMAT " (30 days), %" G_GUINT64_FORMAT
                  " (1,030 days)", small_reads, large_reads);
  g_assert_cmpuint (large_reads, ==, small_reads);
  g_assert_cmpuint (large_reads, <=, 40);

  window = GTK_WIDGET (fixture->window);
  g_assert_cmpstr (visible_page (fixture->window), ==, "today");
  g_assert_null (pj_test_find_descendant (window, PJ_TYPE_HISTORY_PAGE));
  g_assert_null (pj_test_find_descendant (window, PJ_TYPE_TRENDS_PAGE));
  g_assert_null (pj_test_find_descendant (window, PJ_TYPE_INSIGHTS_PAGE));

  /* A page is built as it is first shown, and only once. */
  stack = ADW_VIEW_STACK (pj_test_find_descendant (window, ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "trends");
  g_assert_true (pj_test_find_descendant (window, PJ_TYPE_TRENDS_PAGE)
                 == GTK_WIDGET (pj_window_get_trends_page (fixture->window)));
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (pj_window_get_trends_page (fixture->window))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pj_window_get_trends_page (fixture->window))));
  g_assert_null (pj_test_find_descendant (window, PJ_TYPE_HISTORY_PAGE));
  adw_view_stack_set_visible_child_name (stack, "insights");
  g_assert_true (pj_test_find_descendant (window, PJ_TYPE_INSIGHTS_PAGE)
                 == GTK_WIDGET (pj_window_get_insights_page (fixture->window)));
  adw_view_stack_set_visible_child_name (stack, "trends");
  g_assert_true (pj_test_find_descendant (window, PJ_TYPE_TRENDS_PAGE)
                 == GTK_WIDGET (pj_window_get_trends_page (fixture->window)));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  /* Before GLib reads it: the demo journal goes into a scratch folder, not the home's. */
  data_home = pj_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (!pj_test_init_gui (&argc, &argv))
    {
      pj_test_remove_tree (data_home);
      return 0;
    }

  g_test_add ("/window/database-property", Fixture, NULL, fixture_setup,
              test_database_property, fixture_teardown);
  g_test_add ("/window/main-menu-built-on-open", Fixture, NULL, fixture_setup,
              test_main_menu_built_on_open, fixture_teardown);
  g_test_add ("/window/switcher-bar-when-narrow", Fixture, NULL, fixture_setup,
              test_switcher_bar_when_narrow, fixture_teardown);
  g_test_add ("/window/open-day-from-history", Fixture, NULL, fixture_setup,
              test_open_day_from_history, fixture_teardown);
  g_test_add ("/window/day-actions", Fixture, NULL, fixture_setup,
              test_day_actions, fixture_teardown);
  g_test_add ("/window/delete-and-ctrl-z", Fixture, NULL, fixture_setup,
              test_delete_and_ctrl_z, fixture_teardown);
  g_test_add ("/window/first-run", Fixture, NULL, fixture_setup,
              test_first_run, fixture_teardown);
  g_test_add ("/window/first-run-log-today", Fixture, NULL, fixture_setup,
              test_first_run_log_today, fixture_teardown);
  g_test_add ("/window/first-run-demo-data", Fixture, NULL, fixture_setup,
              test_first_run_demo_data, fixture_teardown);
  g_test_add ("/window/open-error-page", Fixture, NULL, fixture_setup,
              test_open_error_page, fixture_teardown);
  g_test_add ("/window/disclaimer-on-welcome", Fixture, NULL, fixture_setup,
              test_disclaimer_on_welcome, fixture_teardown);
  g_test_add ("/window/shortcuts-enabled-at-start", Fixture, NULL, fixture_setup,
              test_shortcuts_enabled_at_start, fixture_teardown);
  g_test_add ("/window/help-window", Fixture, NULL, fixture_setup,
              test_help_window, fixture_teardown);
  g_test_add ("/window/history-search-button", Fixture, NULL, fixture_setup,
              test_history_search_button, fixture_teardown);
  g_test_add ("/window/close-keeps-edits", Fixture, NULL, fixture_setup,
              test_close_keeps_edits, fixture_teardown);
  g_test_add ("/window/urgent-banner-across-pages", Fixture, NULL, fixture_setup,
              test_urgent_banner_across_pages, fixture_teardown);
  g_test_add ("/window/size-remembered", Fixture, NULL, fixture_setup,
              test_size_remembered, fixture_teardown);
  g_test_add ("/window/first-show-is-light", Fixture, NULL, fixture_setup,
              test_first_show_is_light, fixture_teardown);
  g_test_add ("/window/urgent-banner-at-start", Fixture, NULL, fixture_setup,
              test_urgent_banner_at_start, fixture_teardown);
  status = g_test_run ();
  pj_test_remove_tree (data_home);
  return status;
}
