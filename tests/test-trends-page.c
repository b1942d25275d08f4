/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pj-trends-page.h"
#include "pj-test-utils.h"
#include "pj-gui-test-utils.h"

typedef struct
{
  char       *dir;
  PjDatabase *db;
  GtkWidget  *window;
  PjTrendsPage *page;
} Fixture;

#define N_LOGGED_DAYS 400

static void
spin (void)
{
  /* Idle reloads and layout run from the main loop. */
  for (int i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
fill_journal (PjDatabase *db,
              PjDate      today,
              guint       n_days)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (GError) error = NULL;

  /* Every third day is missed, so the chart has gaps. */
  for (guint i = 0; i < n_days; i++)
    {
      PjDate date = today - i;
      PjCheckin *checkin;
      PjDay *day;

      if (i % 3 == 2)
        continue;
      day = pj_day_new (date);
      day->sleep_hours = 6 + i % 3;
      checkin = pj_checkin_new (date, 9 * 60, 2 + i % 6);
      /* The neck hurts on every logged day, the left shoulder on every other calendar day. */
      checkin->locations = PJ_CODE_BIT (PJ_LOCATION_NECK) |
                           (i % 2 == 0 ? PJ_CODE_BIT (PJ_LOCATION_SHOULDER_LEFT) : 0);
      pj_day_add_checkin (day, checkin);
      g_ptr_array_add (days, day);
    }
  g_assert_true (pj_database_import_days (db, days, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean with_data = GPOINTER_TO_INT (data);

  fixture->dir = pj_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->db = pj_database_open (path, &error);
  g_assert_no_error (error);
  pj_database_set_today (fixture->db, pj_test_today ());
  if (with_data)
    fill_journal (fixture->db, pj_test_today (), N_LOGGED_DAYS);

  fixture->page = PJ_TRENDS_PAGE (pj_trends_page_new ());
  g_object_set (fixture->page, "database", fixture->db, NULL);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  spin ();
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

/* Finds a descendant of @type, and with @label when given (buttons). */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (label == NULL || (GTK_IS_BUTTON (child) &&
                             g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)))
        return child;
      found = find_widget (child, type, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_period (Fixture *fixture,
               guint    expected_days,
               PjDate   expected_to)
{
  PjDate from, to;
  PjChartWidget *chart = pj_trends_page_get_chart (fixture->page);
  const PjChartSeries *series = pj_chart_widget_get_series (chart);

  pj_trends_page_get_period (fixture->page, &from, &to);
  g_assert_cmpuint (to, ==, expected_to);
  g_assert_cmpuint (to - from + 1, ==, expected_days);
  /* The chart shows exactly that period. */
  g_assert_nonnull (series);
  g_assert_cmpuint (series->first, ==, from);
  g_assert_cmpuint (series->last, ==, to);
}

static void
test_switch_range (Fixture      *fixture,
                   gconstpointer data)
{
  PjDate today = pj_test_today ();
  GtkWidget *week = find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TOGGLE_BUTTON, "Week");
  GtkWidget *year = find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TOGGLE_BUTTON, "Year");
  GtkWidget *all = find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TOGGLE_BUTTON, "All");

  /* A month ending today to begin with. */
  g_assert_cmpint (pj_trends_page_get_range (fixture->page), ==, PJ_TRENDS_RANGE_MONTH);
  assert_period (fixture, 30, today);

  g_assert_nonnull (week);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (week), TRUE);
  spin ();
  g_assert_cmpint (pj_trends_page_get_range (fixture->page), ==, PJ_TRENDS_RANGE_WEEK);
  assert_period (fixture, 7, today);

  /* Previous and next period move by the period's length, never past today. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.previous", NULL);
  assert_period (fixture, 7, today - 7);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.previous", NULL);
  assert_period (fixture, 7, today - 14);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.next", NULL);
  assert_period (fixture, 7, today - 7);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.next", NULL);
  assert_period (fixture, 7, today);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (year), TRUE);
  assert_period (fixture, 365, today);
  /* All: from the first day in the journal. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (all), TRUE);
  assert_period (fixture, N_LOGGED_DAYS, today);
}

static void
test_switch_factor (Fixture      *fixture,
                    gconstpointer data)
{
  GtkWidget *dropdown = find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN, NULL);
  PjChartWidget *chart = pj_trends_page_get_chart (fixture->page);
  const PjChartSeries *series;
  int today_index;

  g_assert_nonnull (dropdown);
  g_assert_null (pj_chart_widget_get_series (chart)->factor_values);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), PJ_CHART_FACTOR_SLEEP_HOURS);
  spin ();
  g_assert_cmpint (pj_trends_page_get_factor (fixture->page), ==, PJ_CHART_FACTOR_SLEEP_HOURS);
  series = pj_chart_widget_get_series (chart);
  g_assert_cmpint (series->factor, ==, PJ_CHART_FACTOR_SLEEP_HOURS);
  g_assert_nonnull (series->factor_values);
  /* Today (i = 0) slept 6 hours in the fixture data. */
  today_index = pj_chart_series_index (series, pj_test_today ());
  g_assert_cmpfloat (series->factor_values[today_index], ==, 6);

  pj_trends_page_set_factor (fixture->page, PJ_CHART_FACTOR_NONE);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==,
                    PJ_CHART_FACTOR_NONE);
  g_assert_null (pj_chart_widget_get_series (chart)->factor_values);
}

static void
test_crosshair_keyboard (Fixture      *fixture,
                         gconstpointer data)
{
  PjChartWidget *chart = pj_trends_page_get_chart (fixture->page);
  PjDate today = pj_test_today ();
  PjDate from;

  pj_trends_page_get_period (fixture->page, &from, NULL);
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, PJ_DATE_NONE);

  gtk_widget_grab_focus (GTK_WIDGET (chart));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (chart)));
  /* The first arrow shows the crosshair on the latest day. */
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Left));
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, today);
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Left));
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, today - 1);
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Page_Up));
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, today - 8);
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Right));
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, today - 7);
  /* It stops at the ends of the period. */
  for (int i = 0; i < 10; i++)
    g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Page_Down));
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, today);
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Home));
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, from);
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Left));
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, from);
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_End));
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, today);
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Escape));
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, PJ_DATE_NONE);

  /* The same moves through the actions, as assistive tools would call them. */
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move-cursor", "i", -1);
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, today);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.cursor-edge", "b", FALSE);
  g_assert_cmpuint (pj_chart_widget_get_cursor_date (chart), ==, from);
}

static void
on_open_day (PjTrendsPage *page,
             guint         date,
             guint        *out_date)
{
  *out_date = date;
}

static void
test_open_day (Fixture      *fixture,
               gconstpointer data)
{
  PjChartWidget *chart = pj_trends_page_get_chart (fixture->page);
  guint opened = PJ_DATE_NONE;

  g_signal_connect (fixture->page, "open-day", G_CALLBACK (on_open_day), &opened);

  /* Without a crosshair, Enter opens nothing. */
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.open-day", NULL);
  g_assert_cmpuint (opened, ==, PJ_DATE_NONE);

  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Left));
  for (int i = 0; i < 3; i++)
    g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Left));
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Return));
  g_assert_cmpuint (opened, ==, pj_test_today () - 3);

  /* Moving on and pressing Enter again opens the new day. */
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_Right));
  g_assert_true (pj_test_press_key (GTK_WIDGET (chart), GDK_KEY_KP_Enter));
  g_assert_cmpuint (opened, ==, pj_test_today () - 2);
}

static void
test_reloads_on_change (Fixture      *fixture,
                        gconstpointer data)
{
  PjChartWidget *chart = pj_trends_page_get_chart (fixture->page);
  GtkWidget *stack = find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_STACK, NULL);
  g_autoptr (PjCheckin) checkin = pj_checkin_new (pj_test_today (), 10 * 60, 9);
  g_autoptr (GError) error = NULL;
  const PjChartSeries *series;

  /* An empty journal shows the empty state, not an empty chart, and there is nothing earlier
   * to page back to. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.previous", NULL);
  assert_period (fixture, 30, pj_test_today ());

  g_assert_true (pj_database_add_checkin (fixture->db, checkin, &error));
  g_assert_no_error (error);
  spin ();
  series = pj_chart_widget_get_series (chart);
  g_assert_cmpfloat (series->mean[pj_chart_series_index (series, pj_test_today ())], ==, 9);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "data");
}

static void
test_summary_text (Fixture      *fixture,
                   gconstpointer data)
{
  const char *summary = pj_trends_page_get_summary (fixture->page);
  GtkWidget *week = find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TOGGLE_BUTTON, "Week");

  g_test_message ("%s", summary);
  g_assert_true (g_str_has_prefix (summary, "Average pain "));
  g_assert_nonnull (strstr (summary, " this month"));
  g_assert_nonnull (strstr (summary, "the month before"));
  g_assert_nonnull (strstr (summary, ". Worst day: "));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (week), TRUE);
  summary = pj_trends_page_get_summary (fixture->page);
  g_assert_nonnull (strstr (summary, " this week"));
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      found = find_named (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_heat_map (Fixture      *fixture,
               gconstpointer data)
{
  GtkWidget *caption = find_named (GTK_WIDGET (fixture->page), "heat-map-caption");
  g_autofree char *expected = NULL;

  /* The month is days 0…29 back; 20 of them are logged (every third missed). The neck hurt
   * on all 20; the left shoulder on the even ones among them: 0, 4, 6, 10, 12, 16, 18, 22, 24,
   * 28 — 10 days. */
  g_assert_nonnull (caption);
  expected = g_strdup_printf ("%s: 20 days\n%s: 10 days",
                              pj_code_label (PJ_CODE_KIND_LOCATION, PJ_LOCATION_NECK),
                              pj_code_label (PJ_CODE_KIND_LOCATION, PJ_LOCATION_SHOULDER_LEFT));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption)), ==, expected);

  /* A week: days 0…6, logged 0, 1, 3, 4, 6; the shoulder on 0, 4, 6. */
  pj_trends_page_set_range (fixture->page, PJ_TRENDS_RANGE_WEEK);
  g_free (expected);
  expected = g_strdup_printf ("%s: 5 days\n%s: 3 days",
                              pj_code_label (PJ_CODE_KIND_LOCATION, PJ_LOCATION_NECK),
                              pj_code_label (PJ_CODE_KIND_LOCATION, PJ_LOCATION_SHOULDER_LEFT));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption)), ==, expected);
}

static void
test_follows_style (Fixture      *fixture,
                    gconstpointer data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  PjChartWidget *chart = pj_trends_page_get_chart (fixture->page);
  PjPalette palette;

  /* The chart's colours come from the style: text is dark on light, light on dark. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  spin ();
  pj_chart_widget_get_palette (chart, &palette);
  g_assert_cmpfloat (palette.foreground.red + palette.foreground.green +
                     palette.foreground.blue, <, 1.0);
  g_assert_cmpfloat (palette.grid.red, <, 0.5);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  spin ();
  pj_chart_widget_get_palette (chart, &palette);
  g_assert_cmpfloat (palette.foreground.red + palette.foreground.green +
                     palette.foreground.blue, >, 2.0);
  g_assert_cmpfloat (palette.grid.red, >, 0.5);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  spin ();
}

/* The marker on @date, or NULL. */
static const PjChartMarker *
marker_on (PjChartWidget *chart,
           PjDate         date,
           guint         *out_n_markers)
{
  guint n_markers = 0;
  const PjChartMarker *markers = pj_chart_widget_get_markers (chart, &n_markers);
  const PjChartMarker *found = NULL;
  PjDate from, to;

  from = pj_chart_widget_get_series (chart)->first;
  to = pj_chart_widget_get_series (chart)->last;
  for (guint i = 0; i < n_markers; i++)
    {
      /* Never a marker outside the period shown, never two on one day. */
      g_assert_cmpuint (markers[i].date, >=, from);
      g_assert_cmpuint (markers[i].date, <=, to);
      if (markers[i].date == date)
        {
          g_assert_null (found);
          found = &markers[i];
        }
    }
  if (out_n_markers != NULL)
    *out_n_markers = n_markers;
  return found;
}

static void
add_day (GPtrArray *days,
         PjDate     date,
         int        pain,
         PjCodeSet  symptoms)
{
  PjDay *day = pj_day_new (date);
  PjCheckin *checkin = pj_checkin_new (date, 9 * 60, pain);

  checkin->symptoms = symptoms;
  pj_day_add_checkin (day, checkin);
  g_ptr_array_add (days, day);
}

static void
test_flag_markers (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (PjCheckin) checkin = NULL;
  g_autoptr (GError) error = NULL;
  PjChartWidget *chart = pj_trends_page_get_chart (fixture->page);
  const PjDate t = pj_test_today ();
  const PjChartMarker *marker;
  GtkWidget *popover_label;
  guint n_markers;

  /* Mild, steady pain that raises nothing by itself, with warning signs on three days: new
   * weakness 45 days ago (urgent, before the month), a fever 20 days ago (see soon), and
   * bladder trouble with numbness 10 days ago (urgent and see soon on one day). */
  for (PjDate date = t - 50; date < t; date++)
    {
      PjCodeSet symptoms = 0;

      if (date == t - 45)
        symptoms = PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS);
      else if (date == t - 20)
        symptoms = PJ_CODE_BIT (PJ_SYMPTOM_FEVER);
      else if (date == t - 10)
        symptoms = PJ_CODE_BIT (PJ_SYMPTOM_BLADDER_BOWEL) |
                   PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING);
      add_day (days, date, 2, symptoms);
    }
  g_assert_true (pj_database_import_days (fixture->db, days, NULL, &error));
  g_assert_no_error (error);
  spin ();

  /* The month: one marker per warning day in it, the most urgent level of that day. */
  g_assert_cmpint (pj_trends_page_get_range (fixture->page), ==, PJ_TRENDS_RANGE_MONTH);
  marker = marker_on (chart, t - 10, &n_markers);
  g_assert_nonnull (marker);
  g_assert_cmpint (marker->kind, ==, PJ_CHART_MARKER_URGENT);
  marker = marker_on (chart, t - 20, NULL);
  g_assert_nonnull (marker);
  g_assert_cmpint (marker->kind, ==, PJ_CHART_MARKER_SEE_SOON);
  g_assert_cmpuint (n_markers, ==, 2);
  /* The crosshair's popover says what a marker stands for. */
  popover_label = find_widget (GTK_WIDGET (chart), GTK_TYPE_LABEL, NULL);
  g_assert_nonnull (popover_label);
  pj_chart_widget_set_cursor_date (chart, t - 10);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (popover_label)),
                            "\nUrgent warning sign this day"));
  pj_chart_widget_set_cursor_date (chart, t - 20);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (popover_label)),
                            "\nWarning sign this day, worth seeing a professional soon"));
  pj_chart_widget_set_cursor_date (chart, t - 5);
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (popover_label)), "warning sign"));
  pj_chart_widget_set_cursor_date (chart, PJ_DATE_NONE);

  /* Screen readers hear about them too. */
  g_assert_nonnull (strstr (pj_trends_page_get_summary (fixture->page),
                            ". Warning signs were raised on 2 days; see Insights."));

  /* This week the bladder flag is still raised, but from a day before the week: no marker. */
  pj_trends_page_set_range (fixture->page, PJ_TRENDS_RANGE_WEEK);
  marker_on (chart, t, &n_markers);
  g_assert_cmpuint (n_markers, ==, 0);
  g_assert_null (strstr (pj_trends_page_get_summary (fixture->page), "Warning sign"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.previous", NULL);
  marker = marker_on (chart, t - 10, &n_markers);
  g_assert_nonnull (marker);
  g_assert_cmpint (marker->kind, ==, PJ_CHART_MARKER_URGENT);
  g_assert_cmpuint (n_markers, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.next", NULL);

  /* Three months reach the weakness too. */
  pj_trends_page_set_range (fixture->page, PJ_TRENDS_RANGE_QUARTER);
  marker = marker_on (chart, t - 45, &n_markers);
  g_assert_nonnull (marker);
  g_assert_cmpint (marker->kind, ==, PJ_CHART_MARKER_URGENT);
  g_assert_cmpuint (n_markers, ==, 3);

  /* A new warning sign today shows up when the journal changes. */
  pj_trends_page_set_range (fixture->page, PJ_TRENDS_RANGE_MONTH);
  g_assert_null (marker_on (chart, t, NULL));
  checkin = pj_checkin_new (t, 8 * 60, 3);
  checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_CHEST_SYMPTOMS);
  g_assert_true (pj_database_add_checkin (fixture->db, checkin, &error));
  g_assert_no_error (error);
  spin ();
  marker = marker_on (chart, t, &n_markers);
  g_assert_nonnull (marker);
  g_assert_cmpint (marker->kind, ==, PJ_CHART_MARKER_URGENT);
  g_assert_cmpuint (n_markers, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;
#define ADD(path, data, func) \
  g_test_add ("/trends-page/" path, Fixture, GINT_TO_POINTER (data), fixture_setup, func, \
              fixture_teardown)
  ADD ("switch-range", TRUE, test_switch_range);
  ADD ("switch-factor", TRUE, test_switch_factor);
  ADD ("crosshair-keyboard", TRUE, test_crosshair_keyboard);
  ADD ("open-day", TRUE, test_open_day);
  ADD ("reloads-on-change", FALSE, test_reloads_on_change);
  ADD ("summary-text", TRUE, test_summary_text);
  ADD ("heat-map", TRUE, test_heat_map);
  ADD ("follows-style", TRUE, test_follows_style);
  ADD ("flag-markers", FALSE, test_flag_markers);
#undef ADD
  return g_test_run ();
}
