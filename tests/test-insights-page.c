/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pj-correlation.h"
#include "pj-database.h"
#include "pj-insights-page.h"
#include "pj-insights-widgets.h"
#include "pj-symptom-guidance.h"
#include "pj-test-journal.h"
#include "pj-tips-library.h"
#include "pj-today-tips.h"
#include "pj-toast-overlay.h"
#include "pj-urgent-banner.h"
#include "pj-gui-test-utils.h"

typedef PjTestJournal Fixture;

static void
import_fixture (Fixture    *fixture,
                const char *name)
{
  g_autoptr (GPtrArray) days = load_fixture (name);
  g_autoptr (GError) error = NULL;

  pj_database_import_days (fixture->db, days, NULL, &error);
  g_assert_no_error (error);
}

/* Every text the widget tree shows: labels, and the titles and subtitles of rows. */
static void
collect_texts (GtkWidget *widget,
               GString   *texts)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (ADW_IS_PREFERENCES_ROW (widget))
    g_string_append_printf (texts, "%s\n",
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static void
on_day_activated (PjInsightsPage *page,
                  guint           date,
                  PjDate         *out_date)
{
  *out_date = date;
}

/* Finds the first button whose action target is @date. */
static GtkWidget *
find_date_button (GtkWidget *widget,
                  PjDate     date)
{
  if (GTK_IS_BUTTON (widget) && gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)))
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (g_variant_is_of_type (target, G_VARIANT_TYPE_UINT32) &&
          g_variant_get_uint32 (target) == date)
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_date_button (child, date);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_page_lists_what_the_core_returns (Fixture      *fixture,
                                       gconstpointer data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pj_insights_page_new ();
  g_autoptr (GString) texts = g_string_new (NULL);
  PjInsights *insights;
  PjDate opened = PJ_DATE_NONE;
  GtkWidget *button;

  import_fixture (fixture, "scenario-red-flag.csv");
  gtk_window_set_child (GTK_WINDOW (window), page);
  g_object_set (page, "as-of", T, "database", fixture->db, NULL);
  insights = pj_insights_page_get_insights (PJ_INSIGHTS_PAGE (page));
  g_assert_nonnull (insights);
  g_assert_cmpuint (insights->flags->len, ==, 2);

  collect_texts (page, texts);
  for (guint i = 0; i < insights->flags->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (insights->flags, i);

      g_assert_nonnull (strstr (texts->str, flag->title));
      g_assert_nonnull (strstr (texts->str, flag->reason));
    }
  for (guint i = 0; i < insights->tips->len; i++)
    g_assert_nonnull (strstr (texts->str, ((PjTip *) insights->tips->pdata[i])->why));
  /* One line reminds that this is no diagnosis; the full disclaimer is not repeated here. */
  g_assert_nonnull (strstr (texts->str, pj_insights_page_get_reminder ()));
  g_assert_null (strstr (texts->str, pj_insights_get_disclaimer ()));

  /* a trigger date opens that day */
  g_signal_connect (page, "day-activated", G_CALLBACK (on_day_activated), &opened);
  button = find_date_button (page, T - 2);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (opened, ==, T - 2);

  /* a change in the journal refreshes the page */
  {
    g_autoptr (PjCheckin) checkin = pj_checkin_new (T, 20 * 60, 4);
    g_autoptr (GError) error = NULL;

    checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_FEVER);
    pj_database_add_checkin (fixture->db, checkin, &error);
    g_assert_no_error (error);
    insights = pj_insights_page_get_insights (PJ_INSIGHTS_PAGE (page));
    g_assert_cmpuint (insights->flags->len, ==, 3);
    g_string_truncate (texts, 0);
    collect_texts (page, texts);
    g_assert_nonnull (strstr (texts->str, "Fever, chills or night sweats"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_banner_acknowledge_and_new_trigger (Fixture      *fixture,
                                         gconstpointer data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *banner = pj_urgent_banner_new ();
  g_autoptr (GError) error = NULL;

  gtk_window_set_child (GTK_WINDOW (window), banner);
  g_object_set (banner, "as-of", T, "database", fixture->db, NULL);
  g_assert_false (pj_urgent_banner_get_revealed (PJ_URGENT_BANNER (banner)));

  /* bladder symptoms two days ago: the banner appears and says what to do */
  import_fixture (fixture, "scenario-red-flag.csv");
  g_assert_true (pj_urgent_banner_get_revealed (PJ_URGENT_BANNER (banner)));
  g_assert_nonnull (strstr (pj_urgent_banner_get_message (PJ_URGENT_BANNER (banner)),
                            "Get medical help today"));

  /* acknowledged: hidden, also after the journal says it changed, or in a new banner */
  g_assert_true (pj_urgent_banner_acknowledge (PJ_URGENT_BANNER (banner), &error));
  g_assert_no_error (error);
  g_assert_false (pj_urgent_banner_get_revealed (PJ_URGENT_BANNER (banner)));
  g_signal_emit_by_name (fixture->db, "changed", (guint) PJ_DATE_NONE);
  g_assert_false (pj_urgent_banner_get_revealed (PJ_URGENT_BANNER (banner)));

  /* a new trigger (the same symptom today) shows it again */
  {
    g_autoptr (PjCheckin) checkin = pj_checkin_new (T, 21 * 60, 3);

    checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_BLADDER_BOWEL);
    pj_database_add_checkin (fixture->db, checkin, &error);
    g_assert_no_error (error);
  }
  g_assert_true (pj_urgent_banner_get_revealed (PJ_URGENT_BANNER (banner)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_guidance_before_saving (void)
{
  GtkWidget *guidance = g_object_ref_sink (pj_symptom_guidance_new ());
  PjSymptomGuidance *self = PJ_SYMPTOM_GUIDANCE (guidance);

  pj_symptom_guidance_update (self, PJ_CODE_BIT (PJ_SYMPTOM_FEVER), 5);
  g_assert_false (pj_symptom_guidance_get_active (self));
  pj_symptom_guidance_update (self, PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS), 2);
  g_assert_true (pj_symptom_guidance_get_active (self));
  g_assert_nonnull (strstr (pj_symptom_guidance_get_message (self), "New weakness"));
  g_assert_nonnull (strstr (pj_symptom_guidance_get_message (self), "medical help today"));
  pj_symptom_guidance_update (self, PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY), 6);
  g_assert_false (pj_symptom_guidance_get_active (self));
  pj_symptom_guidance_update (self, PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY), 7);
  g_assert_true (pj_symptom_guidance_get_active (self));
  pj_symptom_guidance_update (self, 0, 7);
  g_assert_false (pj_symptom_guidance_get_active (self));
  g_object_unref (guidance);
}

static void
test_tips_library (void)
{
  GtkWidget *library = g_object_ref_sink (pj_tips_library_new ());
  PjTipsLibrary *self = PJ_TIPS_LIBRARY (library);
  guint n;

  pj_tips_catalogue (&n);
  g_assert_cmpuint (pj_tips_library_get_n_visible (self), ==, n);
  pj_tips_library_set_search_text (self, "ICE");
  /* "ice" in a title or body: the ice tip and those that mention "advice", "device"… */
  g_assert_cmpuint (pj_tips_library_get_n_visible (self), >=, 1);
  g_assert_cmpuint (pj_tips_library_get_n_visible (self), <, n);
  /* "sleep": the tip with it in its title first, then those with it in the body */
  pj_tips_library_set_search_text (self, "sleep");
  g_assert_cmpstr (pj_tips_library_get_visible_id (self, 0), ==, "sleep");
  g_assert_cmpstr (pj_tips_library_get_visible_id (self, 1), ==, "breathing");
  g_assert_null (pj_tips_library_get_visible_id (self, pj_tips_library_get_n_visible (self)));
  pj_tips_library_set_search_text (self, "zzzz");
  g_assert_cmpuint (pj_tips_library_get_n_visible (self), ==, 0);
  pj_tips_library_set_search_text (self, "");
  pj_tips_library_set_category (self, PJ_TIP_CATEGORY_STRESS_SLEEP);
  /* breathing, relaxation, sleep */
  g_assert_cmpuint (pj_tips_library_get_n_visible (self), ==, 3);
  pj_tips_library_set_category (self, -1);
  g_assert_cmpuint (pj_tips_library_get_n_visible (self), ==, n);
  g_object_unref (library);
}

/* A numbness flag with @n dates (every other day up to T). */
static PjFlag *
flag_with_dates (guint n)
{
  PjFlag *flag = g_new0 (PjFlag, 1);

  flag->info = pj_flags_lookup ("numbness");
  flag->title = g_strdup ("Numbness or tingling");
  flag->reason = g_strdup ("You noted numbness or tingling on several days.");
  flag->dates = g_array_new (FALSE, FALSE, sizeof (PjDate));
  for (guint i = 0; i < n; i++)
    {
      PjDate date = T - 2 * (n - 1 - i);

      g_array_append_val (flag->dates, date);
    }
  return flag;
}

static gboolean
inside (GtkWidget *widget,
        GtkWidget *card)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, card, &bounds))
    return FALSE;
  return bounds.origin.x >= 0 && bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (card) + 0.5 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (card) + 0.5;
}

/* A flag's date buttons wrap inside their card and the card grows with them, so they never
 * cover the heading below it: at 360 px with 3, 8 and 14 dates, and at 960 px. */
static void
test_flag_dates_wrap (void)
{
  static const struct { int width; guint n_dates; } cases[] = {
    { 360, 3 }, { 360, 8 }, { 360, 14 }, { 960, 14 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (PjFlag) flag = flag_with_dates (cases[c].n_dates);
      GtkWidget *window = gtk_window_new ();
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *card = pj_flag_card_new (flag, T);
      GtkWidget *heading = gtk_label_new ("Tips for you");
      GtkWidget *flow = pj_test_find_descendant (card, GTK_TYPE_FLOW_BOX);
      graphene_rect_t heading_bounds, card_bounds;
      guint n_buttons = 0;

      g_assert_nonnull (flow);
      gtk_widget_set_margin_start (column, 12);
      gtk_widget_set_margin_end (column, 12);
      gtk_box_append (GTK_BOX (column), card);
      gtk_box_append (GTK_BOX (column), heading);
      gtk_window_set_child (GTK_WINDOW (window), column);
      gtk_window_set_default_size (GTK_WINDOW (window), cases[c].width, 600);
      gtk_window_present (GTK_WINDOW (window));
      SPIN_UNTIL (gtk_widget_get_mapped (flow) && gtk_widget_get_width (window) > 0 &&
                  gtk_widget_get_height (flow) > 0);
      /* a few frames for the size to settle */
      for (int i = 0; i < 5; i++)
        while (g_main_context_iteration (NULL, FALSE))
          ;
      g_assert_cmpint (gtk_widget_get_width (window), <=, cases[c].width + 1);
      g_assert_true (inside (flow, card));
      for (GtkWidget *child = gtk_widget_get_first_child (flow); child != NULL;
           child = gtk_widget_get_next_sibling (child), n_buttons++)
        if (!inside (child, card))
          g_error ("at %d px, date %u of %u lies outside its card", cases[c].width,
                   n_buttons + 1, cases[c].n_dates);
      g_assert_cmpuint (n_buttons, ==, cases[c].n_dates);
      g_assert_true (gtk_widget_compute_bounds (card, column, &card_bounds));
      g_assert_true (gtk_widget_compute_bounds (heading, column, &heading_bounds));
      g_assert_cmpfloat (heading_bounds.origin.y, >=,
                         card_bounds.origin.y + card_bounds.size.height);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static gboolean
is_row_titled (GtkWidget    *widget,
               gconstpointer title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Each pattern says over how many days it was seen. */
static void
test_patterns_say_their_days (Fixture      *fixture,
                              gconstpointer data)
{
  GtkWidget *page = g_object_ref_sink (pj_insights_page_new ());
  PjInsights *insights;

  import_fixture (fixture, "scenario-improving.csv");
  g_object_set (page, "as-of", T, "database", fixture->db, NULL);
  insights = pj_insights_page_get_insights (PJ_INSIGHTS_PAGE (page));
  g_assert_cmpuint (insights->correlations->len, >, 0);
  for (guint i = 0; i < insights->correlations->len; i++)
    {
      const PjCorrelation *c = g_ptr_array_index (insights->correlations, i);
      g_autofree char *seen = pj_correlation_format_seen (c);
      g_autofree char *count = g_strdup_printf ("over %u logged day", c->n);
      GtkWidget *row = pj_test_find (page, is_row_titled, c->text);

      g_assert_nonnull (row);
      g_assert_nonnull (strstr (seen, count));
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, seen);
    }
  g_object_unref (page);
}

static void
test_today_tips (Fixture      *fixture,
                 gconstpointer data)
{
  GtkWidget *tips = g_object_ref_sink (pj_today_tips_new ());
  g_autoptr (GError) error = NULL;

  g_object_set (tips, "as-of", T, "database", fixture->db, NULL);
  /* an empty journal: no tip (tips wait for 3 logged days in the last 7) */
  g_assert_cmpuint (pj_today_tips_get_n_tips (PJ_TODAY_TIPS (tips)), ==, 0);
  g_assert_false (gtk_widget_get_visible (tips));
  /* six tips fire for the worsening desk worker: the top three show */
  import_fixture (fixture, "scenario-worsening.csv");
  g_assert_cmpuint (pj_today_tips_get_n_tips (PJ_TODAY_TIPS (tips)), ==, 3);
  g_assert_true (gtk_widget_get_visible (tips));
  /* an urgent flag: the tips give way */
  {
    g_autoptr (PjCheckin) checkin = pj_checkin_new (T, 22 * 60, 5);

    checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_CHEST_SYMPTOMS);
    pj_database_add_checkin (fixture->db, checkin, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (pj_today_tips_get_n_tips (PJ_TODAY_TIPS (tips)), ==, 0);
  g_assert_false (gtk_widget_get_visible (tips));
  g_object_unref (tips);
}

static void
test_toast_for_new_see_soon_flags (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = pj_toast_overlay_new ();
  GtkWidget *child = gtk_label_new ("form");
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (PjInsights) before = NULL, after = NULL;

  pj_toast_overlay_set_child (PJ_TOAST_OVERLAY (overlay), child);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  journal_checkin (days, T - 1, 3);
  before = pj_insights_evaluate_days (days, T);
  journal_checkin (days, T, 3)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING);
  after = pj_insights_evaluate_days (days, T);
  /* nothing new: no toast; a new see-soon flag: a toast */
  g_assert_false (pj_insights_toast_new_flags (child, before, before));
  g_assert_true (pj_insights_toast_new_flags (child, before, after));
  /* outside any toast overlay there is nowhere to show it */
  {
    GtkWidget *lonely = g_object_ref_sink (gtk_label_new ("x"));

    g_assert_false (pj_insights_toast_new_flags (lonely, before, after));
    g_object_unref (lonely);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The page reads the journal its "database" property names, follows that journal's "changed"
 * signal (a GSignalGroup) and no other, and notifies only real changes of its properties. */
/* What the page shows now, held so that a new evaluation cannot reuse its address. */
static PjInsights *
hold_shown (GtkWidget *page)
{
  PjInsights *shown = pj_insights_page_get_insights (PJ_INSIGHTS_PAGE (page));

  g_assert_nonnull (shown);
  return pj_insights_ref (shown);
}

static gboolean
shows (GtkWidget  *page,
       PjInsights *insights)
{
  return pj_insights_page_get_insights (PJ_INSIGHTS_PAGE (page)) == insights;
}

/* The page reads the journal its "database" property names, follows that journal's "changed"
 * signal (a GSignalGroup) and no other, and notifies only real changes of its properties. */
static void
test_page_follows_its_database (Fixture      *fixture,
                                gconstpointer data)
{
  g_autoptr (PjDatabase) other = pj_test_open_database (fixture->dir, "other.db");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pj_insights_page_new ();
  guint database_notifies = 0, as_of_notifies = 0;
  g_autoptr (PjInsights) first = NULL;
  g_autoptr (PjInsights) second = NULL;
  g_autoptr (PjInsights) third = NULL;

  gtk_window_set_child (GTK_WINDOW (window), page);
  g_signal_connect (page, "notify::database", G_CALLBACK (count_notify), &database_notifies);
  g_signal_connect (page, "notify::as-of", G_CALLBACK (count_notify), &as_of_notifies);
  g_assert_null (pj_insights_page_get_insights (PJ_INSIGHTS_PAGE (page)));

  g_object_set (page, "database", fixture->db, "as-of", T, NULL);
  g_assert_cmpuint (database_notifies, ==, 1);
  g_assert_cmpuint (as_of_notifies, ==, 1);
  first = hold_shown (page);
  g_assert_cmpuint (first->as_of, ==, T);
  /* The same values again are no change: no notification, no new evaluation. */
  g_object_set (page, "database", fixture->db, "as-of", T, NULL);
  g_assert_cmpuint (database_notifies, ==, 1);
  g_assert_cmpuint (as_of_notifies, ==, 1);
  g_assert_true (shows (page, first));

  /* A write to its journal evaluates again. */
  import_fixture (fixture, "scenario-red-flag.csv");
  g_assert_false (shows (page, first));
  g_assert_cmpuint (pj_insights_page_get_insights (PJ_INSIGHTS_PAGE (page))->flags->len, ==, 2);

  /* Another journal: read at once; the first one's writes no longer reach the page. */
  g_object_set (page, "database", other, NULL);
  g_assert_cmpuint (database_notifies, ==, 2);
  second = hold_shown (page);
  g_assert_cmpuint (second->flags->len, ==, 0);
  g_signal_emit_by_name (fixture->db, "changed", (guint) PJ_DATE_NONE);
  g_assert_true (shows (page, second));
  g_signal_emit_by_name (other, "changed", (guint) PJ_DATE_NONE);
  g_assert_false (shows (page, second));

  /* Another day: evaluated as of it. */
  third = hold_shown (page);
  g_object_set (page, "as-of", T - 1, NULL);
  g_assert_cmpuint (as_of_notifies, ==, 2);
  g_assert_false (shows (page, third));
  g_assert_cmpuint (pj_insights_page_get_insights (PJ_INSIGHTS_PAGE (page))->as_of, ==, T - 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;
  g_test_add ("/insights-page/lists-what-the-core-returns", Fixture, NULL, pj_test_journal_setup,
              test_page_lists_what_the_core_returns, pj_test_journal_teardown);
  g_test_add ("/insights-page/follows-its-database", Fixture, NULL, pj_test_journal_setup,
              test_page_follows_its_database, pj_test_journal_teardown);
  g_test_add ("/insights-page/banner", Fixture, NULL, pj_test_journal_setup,
              test_banner_acknowledge_and_new_trigger, pj_test_journal_teardown);
  g_test_add_func ("/insights-page/guidance-before-saving", test_guidance_before_saving);
  g_test_add_func ("/insights-page/tips-library", test_tips_library);
  g_test_add_func ("/insights-page/toast-for-new-see-soon-flags",
                   test_toast_for_new_see_soon_flags);
  g_test_add_func ("/insights-page/flag-dates-wrap", test_flag_dates_wrap);
  g_test_add ("/insights-page/patterns-say-their-days", Fixture, NULL, pj_test_journal_setup,
              test_patterns_say_their_days, pj_test_journal_teardown);
  g_test_add ("/insights-page/today-tips", Fixture, NULL, pj_test_journal_setup, test_today_tips,
              pj_test_journal_teardown);
  return g_test_run ();
}
