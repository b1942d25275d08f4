/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The History list: pages read on demand, precise updates, delete with Undo. */
#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "pj-history-model.h"
#include "pj-history-page.h"
#include "pj-history-row.h"
#include "pj-gui-test-utils.h"
#include "pj-test-utils.h"
#include "pj-toast-overlay.h"

/* @n_days consecutive days ending on the test's today; every third one has two check-ins and
 * every day some factors, so rows and restores have real content. */
static void
fill_journal (PjDatabase *database,
              guint       n_days)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (GError) error = NULL;
  PjDate today = pj_database_get_today (database);

  for (guint i = 0; i < n_days; i++)
    {
      PjDay *day = pj_day_new (today - i);
      PjCheckin *checkin = pj_checkin_new (today - i, 8 * 60 + 30, (int) (i % 11));

      checkin->locations = 1u << (i % PJ_N_LOCATIONS);
      pj_day_add_checkin (day, checkin);
      if (i % 3 == 0)
        {
          checkin = pj_checkin_new (today - i, 19 * 60, (int) ((i + 4) % 11));
          checkin->note = g_strdup ("after work");
          pj_day_add_checkin (day, checkin);
        }
      day->sitting_hours = 4.5 + (i % 6);
      day->exercise_minutes = (int) (i % 4) * 15;
      day->stress = (int) (i % 10);
      if (i % 2 == 0)
        day->sleep_hours = 7.5;
      g_ptr_array_add (days, day);
    }
  g_assert_true (pj_database_import_days (database, days, NULL, &error));
  g_assert_no_error (error);
}

static PjDate
item_date (GListModel *model,
           guint       position)
{
  g_autoptr (PjHistoryItem) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  return pj_history_item_get_date (item);
}

/* The position of @date's row, which the model knows without reading a page. */
static guint
position_of (PjHistoryModel *model,
             PjDate          date)
{
  guint position = G_MAXUINT;

  g_assert_true (pj_history_model_find_date (model, date, &position));
  return position;
}

/* The date of the item at @date's row: reading it reads its page when that is not in memory. */
static PjDate
read_day (PjHistoryModel *model,
          PjDate          date)
{
  return item_date (G_LIST_MODEL (model), position_of (model, date));
}

static void
test_model_reads_pages_lazily (PjTestJournal *fixture,
                               gconstpointer  data)
{
  g_autoptr (PjHistoryModel) model = NULL;
  PjDate today = pj_test_today ();
  guint64 reads_before, reads_after_count, reads_one_page, reads;
  guint n_items;

  fill_journal (fixture->db, 1000);

  reads_before = pj_database_get_read_count (fixture->db);
  model = pj_history_model_new (fixture->db);
  reads_after_count = pj_database_get_read_count (fixture->db);

  /* Opening the list only reads the dates: not one day is read yet. Each month of the 1000
   * days has its heading. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (pj_history_model_get_n_days (model), ==, 1000);
  g_assert_cmpuint (n_items, >, 1000 + 30);
  g_assert_cmpuint (n_items, <, 1000 + 36);
  g_assert_cmpuint (pj_history_model_get_pages_read (model), ==, 0);
  g_assert_cmpuint (reads_after_count - reads_before, <=, 1);

  /* The first row reads the first page only, newest first. */
  g_assert_cmpuint (read_day (model, today), ==, today);
  g_assert_cmpuint (pj_history_model_get_pages_read (model), ==, 1);
  reads_one_page = pj_database_get_read_count (fixture->db) - reads_after_count;
  g_assert_cmpuint (reads_one_page, >, 0);

  /* Rows of the same page come from memory. */
  reads = pj_database_get_read_count (fixture->db);
  g_assert_cmpuint (read_day (model, today - 99), ==, today - 99);
  g_assert_cmpuint (read_day (model, today - 42), ==, today - 42);
  g_assert_cmpuint (pj_database_get_read_count (fixture->db), ==, reads);
  g_assert_cmpuint (pj_history_model_get_pages_read (model), ==, 1);

  /* A far row reads its own page, at the same cost, and nothing in between. */
  g_assert_cmpuint (read_day (model, today - 950), ==, today - 950);
  g_assert_cmpuint (pj_history_model_get_pages_read (model), ==, 2);
  g_assert_cmpuint (pj_database_get_read_count (fixture->db) - reads, ==, reads_one_page);
  g_assert_cmpuint (read_day (model, today - 999), ==, today - 999);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), n_items));
  g_assert_cmpuint (pj_history_model_get_pages_read (model), ==, 2);

  /* Only a few pages stay in memory: after four others, the first one is read again. */
  for (guint page = 1; page <= PJ_HISTORY_MODEL_MAX_PAGES; page++)
    read_day (model, today - page * PJ_HISTORY_MODEL_PAGE_SIZE);
  reads = pj_history_model_get_pages_read (model);
  g_assert_cmpuint (read_day (model, today), ==, today);
  g_assert_cmpuint (pj_history_model_get_pages_read (model), ==, reads + 1);
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
test_model_follows_changes (PjTestJournal *fixture,
                            gconstpointer  data)
{
  g_autoptr (PjHistoryModel) model = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDay) day = NULL;
  PjDate today = pj_test_today ();
  PjDate date = today - 120;  /* 2026-03-02: neither the first nor the last of its month */
  Change change = { 0 };
  guint position;

  fill_journal (fixture->db, 250);
  model = pj_history_model_new (fixture->db);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &change);
  position = position_of (model, date);
  g_assert_cmpuint (item_date (G_LIST_MODEL (model), position), ==, date);

  /* A deleted day removes exactly its row. */
  g_assert_true (pj_database_delete_day (fixture->db, date, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (change.n_signals, ==, 1);
  g_assert_cmpuint (change.position, ==, position);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpuint (pj_history_model_get_n_days (model), ==, 249);
  g_assert_cmpuint (item_date (G_LIST_MODEL (model), position), ==, date - 1);

  /* A new day inserts exactly its row. */
  day = pj_day_new (date);
  day->stress = 3;
  g_assert_true (pj_database_save_day (fixture->db, day, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (change.n_signals, ==, 2);
  g_assert_cmpuint (change.position, ==, position);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpuint (item_date (G_LIST_MODEL (model), position), ==, date);

  /* An edited day replaces its row with the new content. */
  day->stress = 9;
  g_assert_true (pj_database_save_day (fixture->db, day, &error));
  g_assert_cmpuint (change.n_signals, ==, 3);
  g_assert_cmpuint (change.position, ==, position);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);
  {
    g_autoptr (PjHistoryItem) item = g_list_model_get_item (G_LIST_MODEL (model), position);

    g_assert_cmpint (pj_history_item_get_day (item)->stress, ==, 9);
  }
}

/* ----- The page in a window ----- */

static PjHistoryRow *
find_row (GtkWidget *widget,
          PjDate     date)
{
  if (PJ_IS_HISTORY_ROW (widget) && gtk_widget_get_visible (widget)
      && pj_history_row_get_date (PJ_HISTORY_ROW (widget)) == date)
    return PJ_HISTORY_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PjHistoryRow *found = find_row (child, date);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The texts of the visible labels under @widget, in order, joined by "|". */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (out, "%s|", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static char *
row_text (PjHistoryRow *row)
{
  GString *out = g_string_new (NULL);

  collect_labels (GTK_WIDGET (row), out);
  return g_string_free (out, FALSE);
}

static void
test_row_content (void)
{
  g_autoptr (PjDay) day = pj_day_new (pj_date_from_ymd (2026, 6, 26));
  g_autoptr (PjDay) bare = pj_day_new (pj_date_from_ymd (2025, 12, 31));
  g_autofree char *text = NULL;
  g_autofree char *bare_text = NULL;
  g_autofree char *weakness = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *row = g_object_ref_sink (pj_history_row_new ());

  pj_day_add_checkin (day, pj_checkin_new (day->date, 8 * 60, 3));
  pj_day_add_checkin (day, pj_checkin_new (day->date, 20 * 60, 6));
  ((PjCheckin *) g_ptr_array_index (day->checkins, 1))->symptoms =
    PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS);
  day->sitting_hours = 7.5;
  day->exercise_minutes = 0;
  day->sleep_hours = 6;

  pj_history_row_set_day (PJ_HISTORY_ROW (row), day, pj_test_today ());
  text = row_text (PJ_HISTORY_ROW (row));
  weakness = g_strdup_printf ("Warning signs: %s",
                              pj_code_label (PJ_CODE_KIND_SYMPTOM, PJ_SYMPTOM_WEAKNESS));
  expected = g_strconcat ("Friday 26 June|Average pain 4.5, worst 6 · 2 check-ins|", weakness,
                          "|Sitting 7.5 h · Exercise 0 min · Sleep 6 h|", NULL);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpuint (pj_history_row_get_date (PJ_HISTORY_ROW (row)), ==, day->date);

  /* No check-in and no factor: nothing is made up, and another year shows its year. */
  pj_history_row_set_day (PJ_HISTORY_ROW (row), bare, pj_test_today ());
  bare_text = row_text (PJ_HISTORY_ROW (row));
  g_assert_cmpstr (bare_text, ==, "Wednesday 31 December 2025|No check-ins|");

  g_object_unref (row);
}

typedef struct
{
  GtkWindow       *window;
  PjToastOverlay  *overlay;
  PjHistoryPage   *page;
} Harness;

static void
harness_open (Harness    *harness,
              PjDatabase *database)
{
  harness->window = GTK_WINDOW (gtk_window_new ());
  harness->overlay = PJ_TOAST_OVERLAY (pj_toast_overlay_new ());
  harness->page = PJ_HISTORY_PAGE (pj_history_page_new ());
  g_object_set (harness->page, "database", database, NULL);
  pj_toast_overlay_set_child (harness->overlay, GTK_WIDGET (harness->page));
  gtk_window_set_child (harness->window, GTK_WIDGET (harness->overlay));
  gtk_window_set_default_size (harness->window, 600, 700);
  gtk_window_present (harness->window);
}

static void
harness_close (Harness *harness)
{
  gtk_window_destroy (harness->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
assert_same_day (const PjDay *expected,
                 const PjDay *actual)
{
  g_assert_nonnull (actual);
  g_assert_true (pj_day_equal (expected, actual, TRUE));
  g_assert_cmpuint (actual->checkins->len, ==, expected->checkins->len);
  for (guint i = 0; i < expected->checkins->len; i++)
    {
      const PjCheckin *a = g_ptr_array_index (expected->checkins, i);
      const PjCheckin *b = g_ptr_array_index (actual->checkins, i);

      g_assert_cmpint (a->id, ==, b->id);
    }
}

static void
delete_through_row_button (Harness    *harness,
                           PjDatabase *database,
                           PjDate      date)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDay) gone = NULL;
  PjHistoryRow *row = NULL;

  SPIN_UNTIL ((row = find_row (GTK_WIDGET (harness->page), date)) != NULL);
  g_assert_nonnull (row);
  g_signal_emit_by_name (pj_history_row_get_delete_button (row), "clicked");

  gone = pj_database_get_day (database, date, &error);
  g_assert_no_error (error);
  g_assert_null (gone);
}

static void
test_page_delete_undo_shortcut (PjTestJournal *fixture,
                                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDay) before = NULL;
  g_autoptr (PjDay) after = NULL;
  PjDate date = pj_test_today () - 3;
  Harness harness;
  guint count = 0;

  fill_journal (fixture->db, 30);
  before = pj_database_get_day (fixture->db, date, &error);
  g_assert_nonnull (before);
  g_assert_cmpuint (before->checkins->len, ==, 2);

  harness_open (&harness, fixture->db);
  delete_through_row_button (&harness, fixture->db, date);
  g_assert_true (pj_database_count_days (fixture->db, &count, &error));
  g_assert_cmpuint (count, ==, 29);
  /* The row is gone from the list too. */
  SPIN_UNTIL (find_row (GTK_WIDGET (harness.page), date) == NULL);
  g_assert_null (find_row (GTK_WIDGET (harness.page), date));

  /* Ctrl+Z runs pj_toast_overlay_undo: the day is back, check-in ids and all. */
  g_assert_true (pj_toast_overlay_undo_for (GTK_WIDGET (harness.page)));
  after = pj_database_get_day (fixture->db, date, &error);
  g_assert_no_error (error);
  assert_same_day (before, after);
  g_assert_false (pj_toast_overlay_undo_for (GTK_WIDGET (harness.page)));
  SPIN_UNTIL (find_row (GTK_WIDGET (harness.page), date) != NULL);
  g_assert_nonnull (find_row (GTK_WIDGET (harness.page), date));

  harness_close (&harness);
}

static void
test_page_delete_undo_toast (PjTestJournal *fixture,
                             gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDay) before = NULL;
  g_autoptr (PjDay) after = NULL;
  PjDate date = pj_test_today ();
  GtkWidget *undo_button = NULL;
  Harness harness;

  fill_journal (fixture->db, 5);
  before = pj_database_get_day (fixture->db, date, &error);
  harness_open (&harness, fixture->db);
  delete_through_row_button (&harness, fixture->db, date);

  /* The toast's own Undo button, as a person would click it. */
  SPIN_UNTIL ((undo_button = pj_test_find_button (GTK_WIDGET (harness.overlay), "_Undo")) != NULL);
  g_assert_nonnull (undo_button);
  g_signal_emit_by_name (undo_button, "clicked");
  SPIN_UNTIL ((after = pj_database_get_day (fixture->db, date, NULL)) != NULL);
  assert_same_day (before, after);
  /* The offer is used up. */
  g_assert_false (pj_toast_overlay_undo_for (GTK_WIDGET (harness.page)));

  harness_close (&harness);
}

static void
test_page_empty_state (PjTestJournal *fixture,
                       gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  GtkStack *stack;
  Harness harness;

  harness_open (&harness, fixture->db);
  stack = GTK_STACK (pj_test_find_descendant (GTK_WIDGET (harness.page), GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  fill_journal (fixture->db, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_true (pj_database_delete_day (fixture->db, pj_test_today (), &error));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  harness_close (&harness);
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/history/row/content", test_row_content);
  g_test_add ("/history/model/reads-pages-lazily", PjTestJournal, NULL, pj_test_journal_setup,
              test_model_reads_pages_lazily, pj_test_journal_teardown);
  g_test_add ("/history/model/follows-changes", PjTestJournal, NULL, pj_test_journal_setup,
              test_model_follows_changes, pj_test_journal_teardown);
  g_test_add ("/history/page/delete-undo-shortcut", PjTestJournal, NULL, pj_test_journal_setup,
              test_page_delete_undo_shortcut, pj_test_journal_teardown);
  g_test_add ("/history/page/delete-undo-toast", PjTestJournal, NULL, pj_test_journal_setup,
              test_page_delete_undo_toast, pj_test_journal_teardown);
  g_test_add ("/history/page/empty-state", PjTestJournal, NULL, pj_test_journal_setup,
              test_page_empty_state, pj_test_journal_teardown);
  return g_test_run ();
}
