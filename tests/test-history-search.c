/* SPDX-License-Identifier: GPL-3.0-or-later */
/* History's month headings, its search by note text and its warning-sign filter: the folding
 * and matching in core, the notes read for it, the model's rows, and the page's search bar. */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "pj-day-search.h"
#include "pj-history-model.h"
#include "pj-history-page.h"
#include "pj-history-row.h"
#include "pj-gui-test-utils.h"
#include "pj-test-utils.h"
#include "pj-toast-overlay.h"

/* Saves @day with its check-ins. */
static void
save (PjDatabase *database,
      PjDay      *day)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (pj_database_save_day (database, day, &error));
  g_assert_no_error (error);
  /* The check-ins not stored yet (a day read back has its ids). */
  for (guint i = 0; day->checkins != NULL && i < day->checkins->len; i++)
    {
      PjCheckin *checkin = g_ptr_array_index (day->checkins, i);

      if (checkin->id == 0)
        g_assert_true (pj_database_add_checkin (database, checkin, &error));
      g_assert_no_error (error);
    }
}

static PjDay *
day_with_checkin (int         year,
                  int         month,
                  int         mday,
                  const char *day_note,
                  const char *checkin_note,
                  PjCodeSet   symptoms)
{
  PjDate date = pj_date_from_ymd (year, month, mday);
  PjDay *day = pj_day_new (date);
  PjCheckin *checkin = pj_checkin_new (date, 9 * 60, 4);

  day->note = g_strdup (day_note);
  checkin->note = g_strdup (checkin_note);
  checkin->symptoms = symptoms;
  pj_day_add_checkin (day, checkin);
  return day;
}

/* Four days over three months, two of them Octobers of different years. */
static void
fill_months (PjDatabase *database)
{
  g_autoptr (PjDay) june = day_with_checkin (2026, 6, 2, "Épaule raide après le travail",
                                             NULL, 0);
  g_autoptr (PjDay) may_end = day_with_checkin (2026, 5, 31, NULL, "Stiff NECK after driving",
                                                PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING));
  g_autoptr (PjDay) may_start = day_with_checkin (2026, 5, 1, "Garden work", "neck sore", 0);
  g_autoptr (PjDay) last_year = day_with_checkin (2025, 5, 15, NULL, NULL,
                                                  PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS));

  save (database, june);
  save (database, may_end);
  save (database, may_start);
  save (database, last_year);
}

/* The rows as text: "# June 2026" for a heading, the ISO date for a day. */
static char *
describe_rows (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (PjHistoryItem) item = g_list_model_get_item (model, i);
      g_autofree char *text = NULL;

      if (pj_history_item_is_heading (item))
        {
          text = pj_history_item_dup_heading (item);
          g_assert_cmpuint (pj_history_item_get_date (item), ==, PJ_DATE_NONE);
          g_string_append_printf (out, "%s# %s", i > 0 ? "|" : "", text);
        }
      else
        {
          text = pj_date_to_iso (pj_history_item_get_date (item));
          g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", text);
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_fold (void)
{
  g_autofree char *accents = pj_day_search_fold ("Épaule RAIDE après");
  g_autofree char *plain = pj_day_search_fold ("epaule raide apres");
  g_autofree char *sharp = pj_day_search_fold ("Straße");
  g_autofree char *invalid = pj_day_search_fold ("\xff\xfe");

  g_assert_cmpstr (accents, ==, "epaule raide apres");
  g_assert_cmpstr (plain, ==, "epaule raide apres");
  /* Case folding writes ß out as "ss", so "strasse" finds it. */
  g_assert_cmpstr (sharp, ==, "strasse");
  g_assert_cmpstr (invalid, ==, "");
  g_assert_null (pj_day_search_fold (NULL));
}

static void
test_search_matches (void)
{
  g_autoptr (PjDaySearch) empty = pj_day_search_new ("  ", FALSE);
  g_autoptr (PjDaySearch) words = pj_day_search_new ("NECK  Driv", FALSE);
  g_autoptr (PjDaySearch) accented = pj_day_search_new ("après", FALSE);
  g_autoptr (PjDaySearch) warnings = pj_day_search_new (NULL, TRUE);
  g_autoptr (PjDaySearch) both = pj_day_search_new ("neck", TRUE);
  g_autofree char *note = pj_day_search_fold ("Stiff neck after driving");
  g_autofree char *french = pj_day_search_fold ("Raide apres le travail");

  g_assert_true (pj_day_search_is_empty (empty));
  g_assert_true (pj_day_search_matches (empty, NULL, 0));
  g_assert_false (pj_day_search_is_empty (words));
  /* Every word, in any order, as part of a word. */
  g_assert_true (pj_day_search_matches (words, note, 0));
  g_assert_false (pj_day_search_matches (words, french, 0));
  g_assert_false (pj_day_search_matches (words, NULL, 0));
  /* An accent typed in the search finds the note typed without one. */
  g_assert_true (pj_day_search_matches (accented, french, 0));
  g_assert_false (pj_day_search_is_empty (warnings));
  g_assert_true (pj_day_search_matches (warnings, NULL, PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS)));
  g_assert_false (pj_day_search_matches (warnings, note, 0));
  g_assert_true (pj_day_search_matches (both, note, PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS)));
  g_assert_false (pj_day_search_matches (both, note, 0));
  g_assert_false (pj_day_search_matches (both, french, PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS)));
}

/* The note a row shows while searching: the first that has one of the words. */
static void
test_find_note (void)
{
  g_autoptr (PjDay) day = day_with_checkin (2026, 5, 1, "Garden work", "Neck sore", 0);
  g_autoptr (PjDaySearch) neck = pj_day_search_new ("neck", FALSE);
  g_autoptr (PjDaySearch) garden = pj_day_search_new ("sore GARDEN", FALSE);
  g_autoptr (PjDaySearch) warnings = pj_day_search_new (NULL, TRUE);
  g_autoptr (PjDaySearch) absent = pj_day_search_new ("driving", FALSE);

  g_assert_cmpstr (pj_day_search_find_note (neck, day), ==, "Neck sore");
  g_assert_cmpstr (pj_day_search_find_note (garden, day), ==, "Garden work");
  g_assert_null (pj_day_search_find_note (warnings, day));
  g_assert_null (pj_day_search_find_note (absent, day));
}

static void
test_database_digests (PjTestJournal *fixture,
                       gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) digests = NULL;
  g_autoptr (PjDay) two = day_with_checkin (2026, 6, 10, "Day note", "first", 0);
  PjCheckin *second = pj_checkin_new (two->date, 20 * 60, 6);
  PjDayDigest *digest;

  second->note = g_strdup ("second");
  second->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_RADIATING);
  pj_day_add_checkin (two, second);
  ((PjCheckin *) g_ptr_array_index (two->checkins, 0))->symptoms =
    PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS);
  save (fixture->db, two);
  fill_months (fixture->db);

  digests = pj_database_list_day_digests (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (digests->len, ==, 5);
  /* Newest first; the day's note, then its check-ins' in time order. */
  digest = g_ptr_array_index (digests, 0);
  g_assert_cmpuint (digest->date, ==, pj_date_from_ymd (2026, 6, 10));
  g_assert_cmpstr (digest->notes, ==, "Day note\nfirst\nsecond");
  g_assert_cmpuint (digest->symptoms, ==,
                    PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS) | PJ_CODE_BIT (PJ_SYMPTOM_RADIATING));
  digest = g_ptr_array_index (digests, 4);
  g_assert_cmpuint (digest->date, ==, pj_date_from_ymd (2025, 5, 15));
  g_assert_null (digest->notes);
  g_assert_cmpuint (digest->symptoms, ==, PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS));
}

typedef struct
{
  guint position, removed, added, n_signals;
} Change;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->n_signals++;
}

static void
test_model_headings (PjTestJournal *fixture,
                     gconstpointer  data)
{
  g_autoptr (PjHistoryModel) model = NULL;
  g_autoptr (PjDay) april = pj_day_new (pj_date_from_ymd (2026, 4, 20));
  g_autoptr (GError) error = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *with_april = NULL;
  g_autofree char *without_april = NULL;
  Change change = { 0 };

  fill_months (fixture->db);
  model = pj_history_model_new (fixture->db);
  rows = describe_rows (G_LIST_MODEL (model));
  /* The same month of two years gets two headings. */
  g_assert_cmpstr (rows, ==, "# June 2026|2026-06-02|# May 2026|2026-05-31|2026-05-01"
                             "|# May 2025|2025-05-15");
  g_assert_cmpuint (pj_history_model_get_n_days (model), ==, 4);

  /* A day in a month of its own brings its heading, in one change. */
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &change);
  april->stress = 2;
  save (fixture->db, april);
  with_april = describe_rows (G_LIST_MODEL (model));
  g_assert_cmpstr (with_april, ==, "# June 2026|2026-06-02|# May 2026|2026-05-31|2026-05-01"
                                   "|# April 2026|2026-04-20|# May 2025|2025-05-15");
  g_assert_cmpuint (change.n_signals, ==, 1);
  g_assert_cmpuint (change.position, ==, 5);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 2);

  /* Its deletion takes the heading away again. */
  g_assert_true (pj_database_delete_day (fixture->db, april->date, &error));
  g_assert_no_error (error);
  without_april = describe_rows (G_LIST_MODEL (model));
  g_assert_cmpstr (without_april, ==, rows);
  g_assert_cmpuint (change.n_signals, ==, 2);
  g_assert_cmpuint (change.position, ==, 5);
  g_assert_cmpuint (change.removed, ==, 2);
  g_assert_cmpuint (change.added, ==, 0);
}

static void
test_model_search (PjTestJournal *fixture,
                   gconstpointer  data)
{
  g_autoptr (PjHistoryModel) model = NULL;
  g_autoptr (PjDay) edited = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *neck = NULL;
  g_autofree char *french = NULL;
  g_autofree char *nothing = NULL;
  g_autofree char *after_edit = NULL;
  g_autofree char *all = NULL;
  g_autofree char *back = NULL;

  fill_months (fixture->db);
  model = pj_history_model_new (fixture->db);
  all = describe_rows (G_LIST_MODEL (model));
  g_assert_false (pj_history_model_is_filtered (model));

  /* The check-in notes are searched, whatever the case; headings stay above what is left. */
  g_object_set (model, "search-text", "neck", NULL);
  g_assert_true (pj_history_model_is_filtered (model));
  neck = describe_rows (G_LIST_MODEL (model));
  g_assert_cmpstr (neck, ==, "# May 2026|2026-05-31|2026-05-01");

  /* The day's note too, without its accents. */
  pj_history_model_set_search_text (model, "EPAULE apres");
  french = describe_rows (G_LIST_MODEL (model));
  g_assert_cmpstr (french, ==, "# June 2026|2026-06-02");

  pj_history_model_set_search_text (model, "cycling");
  nothing = describe_rows (G_LIST_MODEL (model));
  g_assert_cmpstr (nothing, ==, "");
  g_assert_true (pj_history_model_is_filtered (model));
  g_assert_cmpuint (pj_history_model_get_n_days (model), ==, 0);

  /* A note written while the search is on is searched at once. */
  edited = pj_database_get_day (fixture->db, pj_date_from_ymd (2025, 5, 15), &error);
  g_assert_no_error (error);
  edited->note = g_strdup ("Cycling to work");
  save (fixture->db, edited);
  after_edit = describe_rows (G_LIST_MODEL (model));
  g_assert_cmpstr (after_edit, ==, "# May 2025|2025-05-15");

  /* An empty search shows every day again. */
  pj_history_model_set_search_text (model, "");
  g_assert_false (pj_history_model_is_filtered (model));
  back = describe_rows (G_LIST_MODEL (model));
  g_assert_cmpstr (back, ==, all);
}

static void
test_model_warning_filter (PjTestJournal *fixture,
                           gconstpointer  data)
{
  g_autoptr (PjHistoryModel) model = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *with_text = NULL;
  Change change = { 0 };

  fill_months (fixture->db);
  model = pj_history_model_new (fixture->db);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &change);

  g_object_set (model, "warning-signs-only", TRUE, NULL);
  warnings = describe_rows (G_LIST_MODEL (model));
  g_assert_cmpstr (warnings, ==, "# May 2026|2026-05-31|# May 2025|2025-05-15");
  /* One change, from the top down to last year's rows, which stay as they were. */
  g_assert_cmpuint (change.n_signals, ==, 1);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 5);
  g_assert_cmpuint (change.added, ==, 2);

  /* Both at once: warning signs and the words. */
  pj_history_model_set_search_text (model, "neck");
  with_text = describe_rows (G_LIST_MODEL (model));
  g_assert_cmpstr (with_text, ==, "# May 2026|2026-05-31");
  pj_history_model_set_warning_signs_only (model, FALSE);
  g_assert_cmpuint (pj_history_model_get_n_days (model), ==, 2);
}

/* ----- The search bar on the page ----- */

static gboolean
shows_row (GtkWidget *widget,
           PjDate     date)
{
  if (PJ_IS_HISTORY_ROW (widget) && gtk_widget_get_mapped (widget)
      && pj_history_row_get_date (PJ_HISTORY_ROW (widget)) == date)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_row (child, date))
      return TRUE;
  return FALSE;
}

static const char *
visible_state (PjHistoryPage *page)
{
  GtkStack *stack = GTK_STACK (pj_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static gboolean
focus_is_in (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_page_search (PjTestJournal *fixture,
                  gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *overlay = pj_toast_overlay_new ();
  PjHistoryPage *page = PJ_HISTORY_PAGE (pj_history_page_new ());
  PjDate june = pj_date_from_ymd (2026, 6, 2);
  PjDate may = pj_date_from_ymd (2026, 5, 31);
  GtkWidget *entry, *toggle, *description;
  gboolean search_mode = FALSE;

  fill_months (fixture->db);
  g_object_set (page, "database", fixture->db, NULL);
  pj_toast_overlay_set_child (PJ_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  gtk_window_set_child (window, overlay);
  gtk_window_set_default_size (window, 600, 700);
  gtk_window_present (window);
  SPIN_UNTIL (shows_row (GTK_WIDGET (page), june) && shows_row (GTK_WIDGET (page), may));
  g_assert_nonnull (pj_test_find_label (GTK_WIDGET (page), "June 2026"));

  /* Ctrl+F opens the search bar with the focus in its entry. */
  entry = pj_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  g_assert_true (pj_test_activate_shortcut (GTK_WIDGET (page), GDK_KEY_f, GDK_CONTROL_MASK));
  g_object_get (page, "search-mode", &search_mode, NULL);
  g_assert_true (search_mode);
  g_assert_true (focus_is_in (entry));

  /* Typing filters the rows once the entry reports the pause. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "stiff neck");
  SPIN_UNTIL (!shows_row (GTK_WIDGET (page), june));
  g_assert_false (shows_row (GTK_WIDGET (page), june));
  g_assert_true (shows_row (GTK_WIDGET (page), may));
  /* The row says why it is there: the note that matched. */
  SPIN_UNTIL (pj_test_find_label (GTK_WIDGET (page), "Stiff NECK after driving") != NULL
              && gtk_widget_get_mapped (pj_test_find_label (GTK_WIDGET (page),
                                                            "Stiff NECK after driving")));

  /* Nothing found: a page that says what was searched for and leads back. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "cycling");
  SPIN_UNTIL (g_strcmp0 (visible_state (page), "no-match") == 0);
  g_assert_cmpstr (visible_state (page), ==, "no-match");
  description = pj_test_find_label (GTK_WIDGET (page), "No day has a note containing “cycling”.");
  g_assert_nonnull (description);
  g_assert_nonnull (pj_test_find_button (GTK_WIDGET (page), "_Show All Days"));
  /* Still nothing for other words: the page names them. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "cycling uphill");
  SPIN_UNTIL (pj_test_find_label (GTK_WIDGET (page),
                                  "No day has a note containing “cycling uphill”.") != NULL);

  /* The warning-sign toggle narrows the same search. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  toggle = pj_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  SPIN_UNTIL (shows_row (GTK_WIDGET (page), may) && !shows_row (GTK_WIDGET (page), june));
  g_assert_false (shows_row (GTK_WIDGET (page), june));

  /* Escape in the entry closes the bar, and every day is back. */
  g_signal_emit_by_name (entry, "stop-search");
  g_object_get (page, "search-mode", &search_mode, NULL);
  g_assert_false (search_mode);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  SPIN_UNTIL (shows_row (GTK_WIDGET (page), june));
  g_assert_true (shows_row (GTK_WIDGET (page), june));
  g_assert_cmpstr (visible_state (page), ==, "list");

  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/history-search/fold", test_fold);
  g_test_add_func ("/history-search/matches", test_search_matches);
  g_test_add_func ("/history-search/find-note", test_find_note);
  g_test_add ("/history-search/database-digests", PjTestJournal, NULL, pj_test_journal_setup,
              test_database_digests, pj_test_journal_teardown);
  g_test_add ("/history-search/model-headings", PjTestJournal, NULL, pj_test_journal_setup,
              test_model_headings, pj_test_journal_teardown);
  g_test_add ("/history-search/model-search", PjTestJournal, NULL, pj_test_journal_setup,
              test_model_search, pj_test_journal_teardown);
  g_test_add ("/history-search/model-warning-filter", PjTestJournal, NULL, pj_test_journal_setup,
              test_model_warning_filter, pj_test_journal_teardown);
  g_test_add ("/history-search/page-search", PjTestJournal, NULL, pj_test_journal_setup,
              test_page_search, pj_test_journal_teardown);
  return g_test_run ();
}
