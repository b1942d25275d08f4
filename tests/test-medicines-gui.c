/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "pj-dose-rows.h"
#include "pj-gui-test-utils.h"
#include "pj-medicine-editor.h"
#include "pj-medicines-window.h"
#include "pj-relief-question.h"
#include "pj-today-page.h"
#include "pj-test-utils.h"
#include "pj-toast-overlay.h"

/* The flows a person goes through: add medicines in the editor, log a dose from Today with one
 * click, mark a regular one skipped, archive one. */

typedef struct
{
  char       *dir;
  PjDatabase *db;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = pj_test_make_tmpdir ();
  fixture->db = pj_test_open_database (fixture->dir, "journal.db");
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->db);
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static gboolean
is_editor (GtkWidget    *widget,
           gconstpointer data)
{
  return PJ_IS_MEDICINE_EDITOR (widget);
}

static gboolean
has_mnemonic (GtkWidget    *widget,
              gconstpointer label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static guint
count_medicines (PjDatabase *db,
                 gboolean    with_archived)
{
  g_autoptr (GPtrArray) medicines = pj_database_list_medicines (db, with_archived, NULL);

  return medicines->len;
}

static PjMedicineEditor *
open_new_form (GtkWidget *window)
{
  GtkWidget *editor;

  pj_medicines_window_add (PJ_MEDICINES_WINDOW (window));
  SPIN_UNTIL ((editor = pj_test_find (window, is_editor, NULL)) != NULL &&
              gtk_widget_get_mapped (editor));
  g_assert_nonnull (editor);
  return PJ_MEDICINE_EDITOR (editor);
}

static void
test_add_two (Fixture      *fixture,
              gconstpointer data)
{
  GtkWidget *window = pj_medicines_window_new (fixture->db);
  PjMedicineEditor *form;
  g_autoptr (GPtrArray) medicines = NULL;
  const PjMedicine *physio;

  gtk_window_present (GTK_WINDOW (window));
  form = open_new_form (window);
  gtk_editable_set_text (pj_medicine_editor_get_name_row (form), "Ibuprofen");
  gtk_spin_button_set_value (pj_medicine_editor_get_amount (form), 400);
  g_signal_emit_by_name (pj_test_find (GTK_WIDGET (form), has_mnemonic, "_Save"), "clicked");
  SPIN_UNTIL (count_medicines (fixture->db, FALSE) == 1);
  g_assert_cmpuint (count_medicines (fixture->db, FALSE), ==, 1);
  SPIN_UNTIL (pj_test_find (window, is_editor, NULL) == NULL ||
              !gtk_widget_get_mapped (pj_test_find (window, is_editor, NULL)));

  /* a regular treatment: the kind picks minutes */
  form = open_new_form (window);
  gtk_editable_set_text (pj_medicine_editor_get_name_row (form), "Physio exercises");
  adw_combo_row_set_selected (pj_medicine_editor_get_kind_row (form),
                              PJ_MEDICINE_KIND_TREATMENT);
  g_assert_cmpuint (gtk_drop_down_get_selected (pj_medicine_editor_get_unit (form)), ==,
                    PJ_DOSE_UNIT_MINUTES);
  gtk_spin_button_set_value (pj_medicine_editor_get_amount (form), 20);
  adw_combo_row_set_selected (pj_medicine_editor_get_schedule_row (form), 1);
  gtk_editable_set_text (pj_medicine_editor_get_times_row (form), "18:00");
  g_signal_emit_by_name (pj_test_find (GTK_WIDGET (form), has_mnemonic, "_Save"), "clicked");
  SPIN_UNTIL (count_medicines (fixture->db, FALSE) == 2);

  medicines = pj_database_list_medicines (fixture->db, FALSE, NULL);
  g_assert_cmpuint (medicines->len, ==, 2);
  physio = g_ptr_array_index (medicines, 1);
  g_assert_cmpstr (physio->name, ==, "Physio exercises");
  g_assert_true (physio->regular);
  g_assert_cmpuint (physio->n_times, ==, 1);
  g_assert_cmpint (physio->times[0], ==, 18 * 60);
  g_assert_cmpint (physio->unit, ==, PJ_DOSE_UNIT_MINUTES);
  /* the list shows both */
  SPIN_UNTIL (pj_test_find_label (window, "Physio exercises") != NULL);
  g_assert_nonnull (pj_test_find_label (window, "Physio exercises"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_input_is_shown (Fixture      *fixture,
                         gconstpointer data)
{
  GtkWidget *window = pj_medicines_window_new (fixture->db);
  PjMedicineEditor *form;
  g_autofree char *long_name = g_strnfill (81, 'a');

  gtk_window_present (GTK_WINDOW (window));
  form = open_new_form (window);
  gtk_editable_set_text (pj_medicine_editor_get_name_row (form), long_name);
  g_signal_emit_by_name (pj_test_find (GTK_WIDGET (form), has_mnemonic, "_Save"), "clicked");
  SPIN_UNTIL (pj_test_find_label (GTK_WIDGET (form), "Name: “aaaaaaaaaaaaaaaaaaaa…” is longer "
                                                     "than 80 characters") != NULL);
  g_assert_nonnull (pj_test_find_label (GTK_WIDGET (form), "Name: “aaaaaaaaaaaaaaaaaaaa…” is "
                                                           "longer than 80 characters"));
  g_assert_cmpuint (count_medicines (fixture->db, TRUE), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static PjMedicine *
add (PjDatabase *db,
     const char *name,
     const char *times)
{
  PjMedicine *medicine = pj_medicine_new (name);

  medicine->amount = 400;
  medicine->regular = times != NULL;
  g_assert_true (pj_medicine_parse_times (medicine, times, NULL));
  g_assert_true (pj_database_add_medicine (db, medicine, NULL));
  return medicine;
}

static GPtrArray *
doses (PjDatabase *db)
{
  return pj_database_list_doses_in_range (db, PJ_DATE_NONE, PJ_DATE_NONE, NULL);
}

static guint
count_doses (PjDatabase *db)
{
  g_autoptr (GPtrArray) all = doses (db);

  return all->len;
}

static void
test_one_click_and_archive (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (PjMedicine) ibuprofen = add (fixture->db, "Ibuprofen", NULL);
  g_autoptr (PjMedicine) evening = add (fixture->db, "Evening tablet", "21:00");
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = pj_toast_overlay_new ();
  GtkWidget *rows = pj_dose_rows_new ();
  g_autoptr (GPtrArray) logged = NULL;
  GtkWidget *button;

  pj_toast_overlay_set_child (PJ_TOAST_OVERLAY (overlay), rows);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  /* a past day: Taken logs the due time, or noon, rather than the clock */
  g_object_set (rows, "database", fixture->db, "date", pj_test_today () - 1, NULL);
  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (pj_test_find (rows, has_mnemonic, "Taken") != NULL);

  /* rows are by name: "Evening tablet" first, then "Ibuprofen"; its Taken is the second */
  button = pj_test_find (rows, has_mnemonic, "Skipped");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  SPIN_UNTIL (count_doses (fixture->db) == 1);
  logged = doses (fixture->db);
  g_assert_false (((PjDose *) logged->pdata[0])->taken);
  g_assert_cmpint (((PjDose *) logged->pdata[0])->minutes, ==, 21 * 60);
  g_clear_pointer (&logged, g_ptr_array_unref);

  {
    GtkWidget *ibuprofen_row = pj_test_find_label (rows, "Ibuprofen");

    g_assert_nonnull (ibuprofen_row);
    ibuprofen_row = gtk_widget_get_ancestor (ibuprofen_row, ADW_TYPE_EXPANDER_ROW);
    button = pj_test_find (ibuprofen_row, has_mnemonic, "Taken");
  }
  g_signal_emit_by_name (button, "clicked");
  SPIN_UNTIL (count_doses (fixture->db) == 2);
  /* a second click is a second dose */
  {
    GtkWidget *ibuprofen_row = gtk_widget_get_ancestor (pj_test_find_label (rows, "Ibuprofen"),
                                                        ADW_TYPE_EXPANDER_ROW);

    g_signal_emit_by_name (pj_test_find (ibuprofen_row, has_mnemonic, "Taken"), "clicked");
  }
  SPIN_UNTIL (count_doses (fixture->db) == 3);
  logged = doses (fixture->db);
  g_assert_cmpuint (logged->len, ==, 3);
  g_assert_cmpint (((PjDose *) logged->pdata[0])->minutes, ==, 12 * 60);
  g_assert_cmpint (((PjDose *) logged->pdata[1])->minutes, ==, 12 * 60 + 1);
  g_assert_cmpfloat (((PjDose *) logged->pdata[0])->amount, ==, 400);
  g_assert_true (pj_test_find_label (rows, "400 mg as needed. Taken 2 times this day.") != NULL);

  /* archived: gone from Today, its doses kept */
  g_assert_true (pj_database_set_medicine_archived (fixture->db, ibuprofen->id, TRUE, NULL));
  SPIN_UNTIL (pj_test_find_label (rows, "Ibuprofen") == NULL);
  g_assert_null (pj_test_find_label (rows, "Ibuprofen"));
  g_assert_cmpuint (count_doses (fixture->db), ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

static int
minutes_now (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
}

static int
relief_of_first_dose (PjDatabase *db)
{
  g_autoptr (GPtrArray) all = doses (db);

  return ((PjDose *) all->pdata[0])->relief;
}

static int
minutes_of_first_dose (PjDatabase *db)
{
  g_autoptr (GPtrArray) all = doses (db);

  return ((PjDose *) all->pdata[0])->minutes;
}

static gboolean
is_time_entry (GtkWidget    *widget,
               gconstpointer data)
{
  return GTK_IS_ENTRY (widget) && gtk_widget_get_mapped (widget);
}

/* Today, an as-needed dose of the last few hours brings the relief question; an answer saves
 * to that dose and the question goes. A dose's time is edited in place. */
static void
test_relief_and_time (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (PjMedicine) ibuprofen = add (fixture->db, "Ibuprofen", NULL);
  g_autoptr (PjDose) dose = NULL;
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = pj_toast_overlay_new ();
  GtkWidget *rows = pj_dose_rows_new ();
  g_autofree char *question = NULL;
  GtkWidget *entry;
  char time[PJ_TIME_TEXT_LEN];
  int new_minutes;

  /* a minute ago, or at midnight just after it */
  dose = pj_medicine_new_usual_dose (ibuprofen, pj_test_today (), MAX (minutes_now () - 1, 0));
  g_assert_true (pj_database_add_dose (fixture->db, dose, NULL));
  pj_time_format (dose->minutes, time);
  question = g_strdup_printf ("How much did Ibuprofen at %s help?", time);
  pj_toast_overlay_set_child (PJ_TOAST_OVERLAY (overlay), rows);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  g_object_set (rows, "database", fixture->db, "date", pj_test_today (), NULL);
  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (pj_test_find_label (rows, question) != NULL);
  g_assert_nonnull (pj_test_find_label (rows, question));

  g_signal_emit_by_name (pj_test_find (rows, has_mnemonic, "A lot"), "clicked");
  SPIN_UNTIL (relief_of_first_dose (fixture->db) == 7);
  g_assert_cmpint (relief_of_first_dose (fixture->db), ==, 7);
  SPIN_UNTIL (pj_test_find_label (rows, question) == NULL);
  g_assert_null (pj_test_find_label (rows, question));

  /* the dose row under Ibuprofen: a new time is saved on Enter */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (
    pj_test_find_label (rows, "Ibuprofen"), ADW_TYPE_EXPANDER_ROW)), TRUE);
  SPIN_UNTIL ((entry = pj_test_find (rows, is_time_entry, NULL)) != NULL);
  g_assert_nonnull (entry);
  new_minutes = dose->minutes == 0 ? 1 : 0;
  pj_time_format (new_minutes, time);
  gtk_editable_set_text (GTK_EDITABLE (entry), time);
  g_signal_emit_by_name (entry, "activate");
  SPIN_UNTIL (minutes_of_first_dose (fixture->db) == new_minutes);
  g_assert_cmpint (minutes_of_first_dose (fixture->db), ==, new_minutes);
  g_assert_cmpint (relief_of_first_dose (fixture->db), ==, 7);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Labels in @widget's tree that say @text. */
static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  guint n = GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
            g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);
  return n;
}

/* On Today the question sits in the check-in form, once: not also in the medicines group. */
static void
test_relief_in_checkin_form (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr (PjMedicine) ibuprofen = add (fixture->db, "Ibuprofen", NULL);
  g_autoptr (PjDose) dose = NULL;
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = pj_toast_overlay_new ();
  GtkWidget *page = pj_today_page_new ();
  g_autofree char *question = NULL;
  GtkWidget *label;
  char time[PJ_TIME_TEXT_LEN];
  int minimum;

  dose = pj_medicine_new_usual_dose (ibuprofen, pj_test_today (), MAX (minutes_now () - 1, 0));
  g_assert_true (pj_database_add_dose (fixture->db, dose, NULL));
  pj_time_format (dose->minutes, time);
  question = g_strdup_printf ("How much did Ibuprofen at %s help?", time);
  pj_toast_overlay_set_child (PJ_TOAST_OVERLAY (overlay), page);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_object_set (page, "database", fixture->db, NULL);
  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL ((label = pj_test_find_label (page, question)) != NULL);
  g_assert_nonnull (label);
  g_assert_cmpuint (count_labels (page, question), ==, 1);
  g_assert_nonnull (gtk_widget_get_ancestor (label, PJ_TYPE_RELIEF_QUESTION));
  g_assert_null (gtk_widget_get_ancestor (label, PJ_TYPE_DOSE_ROWS));
  /* With the question shown, the page still fits a phone (even without the app's style
   * sheet, which narrows the answers' padding further). */
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  g_signal_emit_by_name (pj_test_find (page, has_mnemonic, "Complete"), "clicked");
  SPIN_UNTIL (relief_of_first_dose (fixture->db) == 10);
  g_assert_cmpint (relief_of_first_dose (fixture->db), ==, 10);
  SPIN_UNTIL (count_labels (page, question) == 0);
  g_assert_cmpuint (count_labels (page, question), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_archive_from_editor (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr (PjMedicine) ibuprofen = add (fixture->db, "Ibuprofen", NULL);
  GtkWidget *window = pj_medicines_window_new (fixture->db);
  GtkWidget *row, *editor = NULL, *archive;

  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL ((row = pj_test_find_label (window, "Ibuprofen")) != NULL);
  row = gtk_widget_get_ancestor (row, ADW_TYPE_ACTION_ROW);
  g_signal_emit_by_name (row, "activated");
  SPIN_UNTIL ((editor = pj_test_find (window, is_editor, NULL)) != NULL &&
              gtk_widget_get_mapped (editor));
  archive = pj_test_find (editor, has_mnemonic, "_Archive");
  g_assert_nonnull (archive);
  g_signal_emit_by_name (archive, "clicked");
  SPIN_UNTIL (count_medicines (fixture->db, FALSE) == 0);
  g_assert_cmpuint (count_medicines (fixture->db, FALSE), ==, 0);
  g_assert_cmpuint (count_medicines (fixture->db, TRUE), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;
  adw_init ();

  g_test_add ("/medicines-gui/add-two", Fixture, NULL, fixture_setup, test_add_two,
              fixture_teardown);
  g_test_add ("/medicines-gui/bad-input-is-shown", Fixture, NULL, fixture_setup,
              test_bad_input_is_shown, fixture_teardown);
  g_test_add ("/medicines-gui/one-click-and-archive", Fixture, NULL, fixture_setup,
              test_one_click_and_archive, fixture_teardown);
  g_test_add ("/medicines-gui/relief-and-time", Fixture, NULL, fixture_setup,
              test_relief_and_time, fixture_teardown);
  g_test_add ("/medicines-gui/relief-in-checkin-form", Fixture, NULL, fixture_setup,
              test_relief_in_checkin_form, fixture_teardown);
  g_test_add ("/medicines-gui/archive-from-editor", Fixture, NULL, fixture_setup,
              test_archive_from_editor, fixture_teardown);
  return g_test_run ();
}
