/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <sqlite3.h>

#include "pj-database.h"
#include "pj-error.h"
#include "pj-demo.h"
#include "pj-insights.h"
#include "pj-migrations.h"
#include "pj-test-utils.h"

/* The medicine model, its database functions and the v3 → v4 migration. */

typedef struct
{
  char       *dir;
  PjDatabase *db;
  guint       changed;
} Fixture;

static void
on_changed (PjDatabase *db,
            guint       date,
            Fixture    *fixture)
{
  fixture->changed++;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = pj_test_make_tmpdir ();
  fixture->db = pj_test_open_database (fixture->dir, "journal.db");
  g_signal_connect (fixture->db, "changed", G_CALLBACK (on_changed), fixture);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->db);
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static PjMedicine *
ibuprofen (void)
{
  PjMedicine *medicine = pj_medicine_new ("Ibuprofen");

  medicine->kind = PJ_MEDICINE_KIND_ANTI_INFLAMMATORY;
  medicine->form = PJ_MEDICINE_FORM_TABLET;
  medicine->amount = 400;
  medicine->unit = PJ_DOSE_UNIT_MG;
  return medicine;
}

static PjMedicine *
physio (void)
{
  PjMedicine *medicine = pj_medicine_new ("Physio exercises");

  medicine->kind = PJ_MEDICINE_KIND_TREATMENT;
  medicine->amount = 20;
  medicine->unit = PJ_DOSE_UNIT_MINUTES;
  medicine->regular = TRUE;
  g_assert_true (pj_medicine_parse_times (medicine, "18:00", NULL));
  return medicine;
}

/* ----- Model ----- */

static void
test_validate (void)
{
  g_autoptr (PjMedicine) medicine = ibuprofen ();
  g_autoptr (PjDose) dose = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *long_name = g_strnfill (81, 'a');

  g_assert_true (pj_medicine_validate (medicine, NULL));

  g_free (medicine->name);
  medicine->name = g_strdup (long_name);
  g_assert_false (pj_medicine_validate (medicine, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "longer than 80 characters"));
  g_clear_error (&error);
  long_name[80] = '\0';
  g_free (medicine->name);
  medicine->name = g_strdup (long_name);
  g_assert_true (pj_medicine_validate (medicine, NULL));

  g_free (medicine->name);
  medicine->name = g_strdup ("  ");
  g_assert_false (pj_medicine_validate (medicine, &error));
  g_assert_nonnull (strstr (error->message, "needs a name"));
  g_clear_error (&error);
  g_free (medicine->name);
  medicine->name = g_strdup ("Ibuprofen");

  medicine->amount = 40000;
  g_assert_false (pj_medicine_validate (medicine, &error));
  g_assert_cmpstr (error->message, ==, "Amount: 40000 is outside 0.01 to 10000 mg");
  g_clear_error (&error);
  medicine->amount = 400;

  medicine->regular = TRUE;
  g_assert_false (pj_medicine_validate (medicine, &error));
  g_assert_nonnull (strstr (error->message, "at least one time"));
  g_clear_error (&error);

  dose = pj_medicine_new_usual_dose (medicine, pj_test_today (), 8 * 60);
  g_assert_cmpfloat (dose->amount, ==, 400);
  g_assert_true (pj_dose_validate (dose, pj_test_today (), NULL));
  g_assert_false (pj_dose_validate (dose, pj_test_today () - 1, &error));
  g_assert_nonnull (strstr (error->message, "not after today"));
  g_clear_error (&error);
  dose->amount = -5;
  g_assert_false (pj_dose_validate (dose, pj_test_today (), &error));
  g_assert_cmpstr (error->message, ==, "Amount: -5 is outside 0.01 to 10000 mg");
  g_clear_error (&error);
  dose->taken = FALSE;
  dose->amount = NAN;
  g_assert_true (pj_dose_validate (dose, pj_test_today (), NULL));
  dose->relief = 5;
  g_assert_false (pj_dose_validate (dose, pj_test_today (), &error));
  g_assert_nonnull (strstr (error->message, "skipped dose"));
}

static void
test_times (void)
{
  g_autoptr (PjMedicine) medicine = physio ();
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (pj_medicine_parse_times (medicine, "20:00;08:00", NULL));
  text = pj_medicine_format_times (medicine);
  g_assert_cmpstr (text, ==, "08:00;20:00");
  g_assert_false (pj_medicine_parse_times (medicine, "08:00;8:00", &error));
  g_assert_nonnull (strstr (error->message, "not a time"));
  g_clear_error (&error);
  g_assert_false (pj_medicine_parse_times (medicine, "08:00;08:00", &error));
  g_assert_nonnull (strstr (error->message, "twice"));
  g_clear_error (&error);
  g_assert_false (pj_medicine_parse_times (medicine, "01:00;02:00;03:00;04:00;05:00;06:00;07:00",
                                           &error));
  g_assert_nonnull (strstr (error->message, "at most 6"));
  g_assert_cmpuint (medicine->n_times, ==, 2);
}

static void
test_codes (void)
{
  for (int i = 0; i < PJ_N_MEDICINE_KINDS; i++)
    g_assert_cmpint (pj_medicine_kind_from_name (pj_medicine_kind_name (i)), ==, i);
  for (int i = 0; i < PJ_N_MEDICINE_FORMS; i++)
    g_assert_cmpint (pj_medicine_form_from_name (pj_medicine_form_name (i)), ==, i);
  for (int i = 0; i < PJ_N_DOSE_UNITS; i++)
    g_assert_cmpint (pj_dose_unit_from_name (pj_dose_unit_name (i)), ==, i);
  g_assert_cmpint (pj_dose_unit_from_name ("kg"), ==, -1);
  g_assert_cmpint (pj_medicine_kind_from_name (NULL), ==, -1);
}

/* ----- Database ----- */

static void
test_add_list_archive (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (PjMedicine) a = ibuprofen ();
  g_autoptr (PjMedicine) b = physio ();
  g_autoptr (PjMedicine) twin = pj_medicine_new ("IBUPROFEN");
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (pj_database_add_medicine (fixture->db, b, &error));
  g_assert_no_error (error);
  g_assert_true (pj_database_add_medicine (fixture->db, a, &error));
  g_assert_cmpint (a->id, >, 0);
  g_assert_cmpuint (fixture->changed, ==, 2);

  twin->amount = 200;
  g_assert_false (pj_database_add_medicine (fixture->db, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "already a medicine called “IBUPROFEN”"));
  g_clear_error (&error);

  list = pj_database_list_medicines (fixture->db, FALSE, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((PjMedicine *) list->pdata[0])->name, ==, "Ibuprofen");
  g_assert_true (pj_medicine_equal (list->pdata[0], a));
  g_assert_true (pj_medicine_equal (list->pdata[1], b));
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (pj_database_set_medicine_archived (fixture->db, a->id, TRUE, &error));
  list = pj_database_list_medicines (fixture->db, FALSE, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((PjMedicine *) list->pdata[0])->name, ==, "Physio exercises");
  g_clear_pointer (&list, g_ptr_array_unref);
  list = pj_database_list_medicines (fixture->db, TRUE, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_true (((PjMedicine *) list->pdata[1])->archived);
}

static void
test_doses_keep_history (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (PjMedicine) medicine = ibuprofen ();
  g_autoptr (PjDose) dose = NULL;
  g_autoptr (PjDose) twin = NULL;
  g_autoptr (PjDose) deleted = NULL;
  g_autoptr (GPtrArray) doses = NULL;
  g_autoptr (GError) error = NULL;
  PjDate today = pj_test_today ();

  g_assert_true (pj_database_add_medicine (fixture->db, medicine, &error));
  dose = pj_medicine_new_usual_dose (medicine, today, 9 * 60);
  g_assert_true (pj_database_add_dose (fixture->db, dose, &error));
  g_assert_no_error (error);
  twin = pj_dose_copy (dose);
  twin->id = 0;
  g_assert_false (pj_database_add_dose (fixture->db, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==, "This medicine already has a dose at 09:00 on 2026-06-30; "
                   "choose another time");
  g_clear_error (&error);
  twin->minutes = 15 * 60;
  g_assert_true (pj_database_add_dose (fixture->db, twin, &error));

  /* a new strength does not rewrite what was taken */
  medicine->amount = 200;
  g_assert_true (pj_database_update_medicine (fixture->db, medicine, &error));
  doses = pj_database_list_doses_in_range (fixture->db, today, today, &error);
  g_assert_cmpuint (doses->len, ==, 2);
  g_assert_cmpfloat (((PjDose *) doses->pdata[0])->amount, ==, 400);
  g_assert_true (pj_dose_equal (doses->pdata[0], dose));
  g_clear_pointer (&doses, g_ptr_array_unref);

  dose->relief = 7;
  g_assert_true (pj_database_update_dose (fixture->db, dose, &error));
  g_assert_true (pj_database_delete_dose (fixture->db, dose->id, &deleted, &error));
  doses = pj_database_list_doses_in_range (fixture->db, PJ_DATE_NONE, PJ_DATE_NONE, &error);
  g_assert_cmpuint (doses->len, ==, 1);
  g_clear_pointer (&doses, g_ptr_array_unref);
  g_assert_true (pj_database_restore_dose (fixture->db, deleted, &error));
  g_assert_no_error (error);
  doses = pj_database_list_doses_in_range (fixture->db, PJ_DATE_NONE, PJ_DATE_NONE, &error);
  g_assert_cmpuint (doses->len, ==, 2);
  g_assert_cmpint (((PjDose *) doses->pdata[0])->id, ==, dose->id);
  g_assert_cmpint (((PjDose *) doses->pdata[0])->relief, ==, 7);

  /* a dose for a medicine that is not there */
  twin->id = 0;
  twin->medicine_id = 999;
  g_assert_false (pj_database_add_dose (fixture->db, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
}

static void
test_import_is_one_transaction (Fixture      *fixture,
                                gconstpointer data)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (GPtrArray) medicines =
    g_ptr_array_new_with_free_func ((GDestroyNotify) pj_medicine_free);
  g_autoptr (GPtrArray) stored = NULL;
  g_autoptr (GError) error = NULL;
  PjImportStats stats;
  PjMedicine *medicine = ibuprofen ();
  PjDose *bad;

  g_ptr_array_add (medicines, medicine);
  g_ptr_array_add (medicine->doses, pj_medicine_new_usual_dose (medicine, pj_test_today (), 60));
  bad = pj_medicine_new_usual_dose (medicine, pj_test_today (), 120);
  bad->amount = -1;
  g_ptr_array_add (medicine->doses, bad);
  g_assert_false (pj_database_import (fixture->db, days, medicines, &stats, &error));
  g_assert_cmpstr (error->message, ==,
                   "Medicine “Ibuprofen”, dose 2: Amount: -1 is outside 0.01 to 10000 mg");
  g_clear_error (&error);
  stored = pj_database_list_medicines (fixture->db, TRUE, &error);
  g_assert_cmpuint (stored->len, ==, 0);
  g_clear_pointer (&stored, g_ptr_array_unref);

  bad->amount = 200;
  g_assert_true (pj_database_import (fixture->db, days, medicines, &stats, &error));
  g_assert_cmpuint (stats.medicines_added, ==, 1);
  g_assert_cmpuint (stats.doses_added, ==, 2);
  g_assert_true (pj_database_import (fixture->db, days, medicines, &stats, &error));
  g_assert_cmpuint (stats.medicines_added, ==, 0);
  g_assert_cmpuint (stats.doses_added, ==, 0);
  g_assert_cmpuint (stats.doses_skipped, ==, 2);
}

/* ----- Insights from doses ----- */

/* @n days, each with an as-needed dose at 10:00 between check-ins at 09:00 (pain 7) and
 * 12:00 (pain 4), and a regular one logged every day. */
static void
fill_doses (PjDatabase *db,
            guint       n)
{
  g_autoptr (PjMedicine) medicine = ibuprofen ();
  g_autoptr (PjMedicine) treatment = physio ();
  g_autoptr (GError) error = NULL;

  g_assert_true (pj_database_add_medicine (db, medicine, &error));
  g_assert_true (pj_database_add_medicine (db, treatment, &error));
  for (guint i = 0; i < n; i++)
    {
      PjDate date = pj_test_today () - i;
      g_autoptr (PjDay) day = pj_day_new (date);
      g_autoptr (PjDose) dose = pj_medicine_new_usual_dose (medicine, date, 10 * 60);
      g_autoptr (PjDose) session = pj_medicine_new_usual_dose (treatment, date, 18 * 60);

      pj_day_add_checkin (day, pj_checkin_new (date, 9 * 60, 7));
      pj_day_add_checkin (day, pj_checkin_new (date, 12 * 60, 4));
      g_assert_true (pj_database_restore_day (db, day, &error));
      g_assert_true (pj_database_add_dose (db, dose, &error));
      g_assert_true (pj_database_add_dose (db, session, &error));
      g_assert_no_error (error);
    }
}

static void
test_dose_pattern (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (PjInsights) few = NULL;
  g_autoptr (PjInsights) enough = NULL;
  const PjDosePattern *pattern;

  fill_doses (fixture->db, 7);
  few = pj_insights_evaluate (fixture->db, pj_test_today (), NULL);
  g_assert_cmpuint (few->dose_patterns->len, ==, 0);

  {
    g_autoptr (PjMedicine) medicine = NULL;
    g_autoptr (GPtrArray) list = pj_database_list_medicines (fixture->db, FALSE, NULL);
    g_autoptr (PjDay) day = pj_day_new (pj_test_today () - 7);
    PjDose *dose;

    medicine = pj_medicine_copy (list->pdata[0]);
    pj_day_add_checkin (day, pj_checkin_new (day->date, 9 * 60, 7));
    pj_day_add_checkin (day, pj_checkin_new (day->date, 12 * 60, 4));
    g_assert_true (pj_database_restore_day (fixture->db, day, NULL));
    dose = pj_medicine_new_usual_dose (medicine, day->date, 10 * 60);
    g_assert_true (pj_database_add_dose (fixture->db, dose, NULL));
    pj_dose_free (dose);
  }
  enough = pj_insights_evaluate (fixture->db, pj_test_today (), NULL);
  g_assert_cmpuint (enough->dose_patterns->len, ==, 1);
  pattern = g_ptr_array_index (enough->dose_patterns, 0);
  g_assert_cmpstr (pattern->medicine, ==, "Ibuprofen");
  g_assert_cmpuint (pattern->n, ==, 8);
  g_assert_cmpfloat (pattern->mean_before, ==, 7);
  g_assert_cmpfloat (pattern->mean_after, ==, 4);
  g_assert_nonnull (strstr (pattern->text, "averaged 7.0 before and 4.0 after"));
  g_assert_nonnull (strstr (pattern->text, "the label or your prescriber"));
  g_assert_nonnull (strstr (pattern->text, "ask a pharmacist or doctor"));
}

static void
test_doses_count_for_medication_tips (Fixture      *fixture,
                                      gconstpointer data)
{
  g_autoptr (PjInsights) insights = NULL;
  gboolean review = FALSE;

  fill_doses (fixture->db, 7);
  insights = pj_insights_evaluate (fixture->db, pj_test_today (), NULL);
  for (guint i = 0; i < insights->tips->len; i++)
    if (g_str_equal (((PjTip *) insights->tips->pdata[i])->info->id, "medication-review"))
      {
        review = TRUE;
        g_assert_nonnull (strstr (((PjTip *) insights->tips->pdata[i])->why,
                                  "You logged medication on 7 of the last 7 days;"));
      }
  /* seven days of structured doses, no free text and no chip: the review tip fires */
  g_assert_true (review);
}

static void
test_demo_has_medicines (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (GError) error = NULL;
  gboolean as_needed = FALSE, regular = FALSE, skipped = FALSE;

  g_assert_true (pj_demo_fill (fixture->db, 120, NULL, &error));
  g_assert_no_error (error);
  medicines = pj_database_list_medicines_with_doses (fixture->db, PJ_DATE_NONE, PJ_DATE_NONE,
                                                     &error);
  g_assert_cmpuint (medicines->len, ==, 3);
  for (guint i = 0; i < medicines->len; i++)
    {
      const PjMedicine *medicine = g_ptr_array_index (medicines, i);

      g_assert_cmpuint (medicine->doses->len, >, 0);
      as_needed |= !medicine->regular && medicine->kind != PJ_MEDICINE_KIND_TREATMENT;
      regular |= medicine->regular;
      for (guint j = 0; j < medicine->doses->len; j++)
        skipped |= !((PjDose *) medicine->doses->pdata[j])->taken;
    }
  g_assert_true (as_needed);
  g_assert_true (regular);
  g_assert_true (skipped);
}

/* ----- Migration from a v3 journal that holds data ----- */

/* The schema exactly as version 3 left it, written out here so the test keeps a real old
 * journal even after later steps are added. */
static const char v3_journal[] =
  "CREATE TABLE day (date TEXT PRIMARY KEY NOT NULL CHECK (length (date) = 10),"
  " sitting_hours REAL, screen_hours REAL, posture INTEGER, breaks INTEGER,"
  " exercise_minutes INTEGER, activities INTEGER NOT NULL DEFAULT 0,"
  " self_care INTEGER NOT NULL DEFAULT 0, medication TEXT CHECK (length (medication) <= 500),"
  " sleep_hours REAL, sleep_quality INTEGER, stress INTEGER, enjoyment_interference INTEGER,"
  " activity_interference INTEGER, note TEXT) STRICT;"
  "CREATE TABLE checkin (id INTEGER PRIMARY KEY AUTOINCREMENT,"
  " date TEXT NOT NULL REFERENCES day (date) ON DELETE CASCADE, time TEXT NOT NULL,"
  " pain INTEGER NOT NULL, locations INTEGER NOT NULL DEFAULT 0,"
  " qualities INTEGER NOT NULL DEFAULT 0, symptoms INTEGER NOT NULL DEFAULT 0, note TEXT,"
  " UNIQUE (date, time)) STRICT;"
  "CREATE TABLE flag_acknowledgement (flag_id TEXT NOT NULL, trigger_date TEXT NOT NULL,"
  " acknowledged_at TEXT NOT NULL, PRIMARY KEY (flag_id, trigger_date)) STRICT;"
  "CREATE INDEX checkin_pain_by_date ON checkin (date, time, pain);"
  "INSERT INTO day (date, sitting_hours, self_care, medication, note) VALUES"
  " ('2026-06-28', 7.5, 4, 'Ibuprofen 400 mg twice, paracetamol at night', 'stiff'),"
  " ('2026-06-29', NULL, 0, 'naproxen?', NULL);"
  "INSERT INTO checkin (date, time, pain, locations, note) VALUES"
  " ('2026-06-28', '08:30', 6, 1, 'woke up sore'), ('2026-06-28', '20:00', 4, 3, NULL),"
  " ('2026-06-29', '09:00', 5, 1, NULL);"
  "INSERT INTO flag_acknowledgement VALUES ('night-pain', '2026-06-28', '2026-06-28T10:00Z');"
  "PRAGMA user_version = 3;";

static void
test_migrate_v3_with_data (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr (PjDatabase) db = NULL;
  g_autoptr (PjDay) day = NULL;
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (PjMedicine) medicine = ibuprofen ();
  g_autoptr (GError) error = NULL;
  gboolean acknowledged = FALSE;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, v3_journal, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = pj_database_open (path, &error);
  g_assert_no_error (error);
  pj_database_set_today (db, pj_test_today ());
  g_assert_cmpint (pj_database_get_schema_version (db), ==, 4);
  g_assert_cmpint (pj_migrations_latest_version (), ==, 4);

  /* the free text stays exactly as written; nothing is made of it */
  day = pj_database_get_day (db, pj_test_today () - 2, &error);
  g_assert_nonnull (day);
  g_assert_cmpstr (day->medication, ==, "Ibuprofen 400 mg twice, paracetamol at night");
  g_assert_cmpstr (day->note, ==, "stiff");
  g_assert_cmpfloat (day->sitting_hours, ==, 7.5);
  g_assert_cmpuint (day->checkins->len, ==, 2);
  g_assert_cmpstr (((PjCheckin *) day->checkins->pdata[0])->note, ==, "woke up sore");
  medicines = pj_database_list_medicines (db, TRUE, &error);
  g_assert_cmpuint (medicines->len, ==, 0);
  g_assert_true (pj_database_is_flag_acknowledged (db, "night-pain", pj_test_today () - 2,
                                                   &acknowledged, &error));
  g_assert_true (acknowledged);

  /* and the new tables work on the migrated file */
  g_assert_true (pj_database_add_medicine (db, medicine, &error));
  g_assert_no_error (error);

  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

/* Doses by date and time, and at the same date and time by medicine, whatever order they
 * were logged in. */
static void
test_doses_in_order (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (PjMedicine) first = ibuprofen ();
  g_autoptr (PjMedicine) second = physio ();
  g_autoptr (GPtrArray) doses = NULL;
  g_autoptr (GError) error = NULL;
  PjDate today = pj_test_today ();
  const struct { PjMedicine *medicine; PjDate date; int minutes; } logged[] = {
    { second, today, 9 * 60 }, { first, today, 9 * 60 }, { second, today - 1, 18 * 60 },
    { first, today, 8 * 60 }, { first, today - 1, 18 * 60 },
  };
  const struct { PjMedicine *medicine; PjDate date; int minutes; } expected[] = {
    { first, today - 1, 18 * 60 }, { second, today - 1, 18 * 60 }, { first, today, 8 * 60 },
    { first, today, 9 * 60 }, { second, today, 9 * 60 },
  };

  g_assert_true (pj_database_add_medicine (fixture->db, first, &error));
  g_assert_true (pj_database_add_medicine (fixture->db, second, &error));
  g_assert_cmpint (first->id, <, second->id);
  for (guint i = 0; i < G_N_ELEMENTS (logged); i++)
    {
      g_autoptr (PjDose) dose = pj_medicine_new_usual_dose (logged[i].medicine, logged[i].date,
                                                            logged[i].minutes);

      g_assert_true (pj_database_add_dose (fixture->db, dose, &error));
      g_assert_no_error (error);
    }
  doses = pj_database_list_doses_in_range (fixture->db, PJ_DATE_NONE, PJ_DATE_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doses->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const PjDose *dose = g_ptr_array_index (doses, i);

      g_assert_cmpint (dose->medicine_id, ==, expected[i].medicine->id);
      g_assert_cmpuint (dose->date, ==, expected[i].date);
      g_assert_cmpint (dose->minutes, ==, expected[i].minutes);
    }
}

/* History's "delete day" takes the doses logged that day with it, in the same transaction,
 * and its Undo brings them back under their ids; the doses of other days stay. */
static void
test_delete_day_with_doses (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (PjMedicine) medicine = ibuprofen ();
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());
  g_autoptr (PjDay) snapshot = NULL;
  g_autoptr (PjDay) gone = NULL;
  g_autoptr (GPtrArray) deleted = NULL;
  g_autoptr (GPtrArray) left = NULL;
  g_autoptr (GPtrArray) back = NULL;
  g_autoptr (PjDose) again = NULL;
  g_autoptr (GError) error = NULL;
  PjDate today = pj_test_today ();
  PjCheckin *checkin = pj_checkin_new (today, 8 * 60, 5);
  const int minutes[] = { 7 * 60, 13 * 60, 20 * 60 };

  g_assert_true (pj_database_add_medicine (fixture->db, medicine, &error));
  g_assert_true (pj_database_add_checkin (fixture->db, checkin, &error));
  g_assert_no_error (error);
  pj_day_add_checkin (day, checkin);
  for (guint i = 0; i < G_N_ELEMENTS (minutes); i++)
    {
      g_autoptr (PjDose) dose = pj_medicine_new_usual_dose (medicine, today, minutes[i]);
      g_autoptr (PjDose) yesterday = pj_medicine_new_usual_dose (medicine, today - 1,
                                                                 minutes[i]);

      dose->relief = (int) i * 3;
      g_assert_true (pj_database_add_dose (fixture->db, dose, &error));
      g_assert_true (pj_database_add_dose (fixture->db, yesterday, &error));
      g_assert_no_error (error);
    }
  snapshot = pj_database_get_day (fixture->db, today, &error);
  deleted = pj_database_list_doses_in_range (fixture->db, today, today, &error);
  g_assert_cmpuint (deleted->len, ==, 3);

  g_assert_true (pj_database_delete_day (fixture->db, today, &error));
  g_assert_no_error (error);
  gone = pj_database_get_day (fixture->db, today, &error);
  g_assert_null (gone);
  g_assert_no_error (error);
  left = pj_database_list_doses_in_range (fixture->db, PJ_DATE_NONE, PJ_DATE_NONE, &error);
  g_assert_cmpuint (left->len, ==, 3);
  for (guint i = 0; i < left->len; i++)
    g_assert_cmpuint (((PjDose *) left->pdata[i])->date, ==, today - 1);

  /* one of them logged again after the delete: Undo keeps that one as it now is */
  again = pj_medicine_new_usual_dose (medicine, today, minutes[1]);
  g_assert_true (pj_database_add_dose (fixture->db, again, &error));
  g_assert_true (pj_database_restore_day_with_doses (fixture->db, snapshot, deleted, &error));
  g_assert_no_error (error);
  back = pj_database_list_doses_in_range (fixture->db, today, today, &error);
  g_assert_cmpuint (back->len, ==, 3);
  g_assert_true (pj_dose_equal (back->pdata[0], deleted->pdata[0]));
  g_assert_cmpint (((PjDose *) back->pdata[0])->id, ==, ((PjDose *) deleted->pdata[0])->id);
  g_assert_cmpint (((PjDose *) back->pdata[1])->id, ==, again->id);
  g_assert_cmpint (((PjDose *) back->pdata[2])->id, ==, ((PjDose *) deleted->pdata[2])->id);
  g_assert_cmpint (((PjDose *) back->pdata[2])->relief, ==, 6);
  g_clear_pointer (&gone, pj_day_free);
  gone = pj_database_get_day (fixture->db, today, &error);
  g_assert_nonnull (gone);
  g_assert_cmpuint (gone->checkins->len, ==, 1);
  g_assert_cmpint (((PjCheckin *) gone->checkins->pdata[0])->id, ==, checkin->id);
}

/* A failing dose write rolls the whole Undo back: the day does not come back without its
 * doses. */
static void
test_restore_day_with_doses_is_one_transaction (Fixture      *fixture,
                                                gconstpointer data)
{
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());
  g_autoptr (PjDay) stored = NULL;
  g_autoptr (GPtrArray) doses = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_dose_free);
  g_autoptr (GError) error = NULL;
  PjDose *orphan = pj_dose_new (999, pj_test_today (), 9 * 60);

  pj_day_add_checkin (day, pj_checkin_new (pj_test_today (), 8 * 60, 4));
  orphan->id = 41;
  orphan->amount = 400;
  g_ptr_array_add (doses, orphan);
  g_assert_false (pj_database_restore_day_with_doses (fixture->db, day, doses, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Could not restore the day's doses"));
  stored = pj_database_get_day (fixture->db, pj_test_today (), NULL);
  g_assert_null (stored);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/medicine/validate", test_validate);
  g_test_add_func ("/medicine/times", test_times);
  g_test_add_func ("/medicine/codes", test_codes);
  g_test_add ("/medicine/database/add-list-archive", Fixture, NULL, fixture_setup,
              test_add_list_archive, fixture_teardown);
  g_test_add ("/medicine/database/doses-keep-history", Fixture, NULL, fixture_setup,
              test_doses_keep_history, fixture_teardown);
  g_test_add ("/medicine/database/import-is-one-transaction", Fixture, NULL, fixture_setup,
              test_import_is_one_transaction, fixture_teardown);
  g_test_add ("/medicine/database/doses-in-order", Fixture, NULL, fixture_setup,
              test_doses_in_order, fixture_teardown);
  g_test_add ("/medicine/database/delete-day-with-doses", Fixture, NULL, fixture_setup,
              test_delete_day_with_doses, fixture_teardown);
  g_test_add ("/medicine/database/restore-day-with-doses-is-one-transaction", Fixture, NULL,
              fixture_setup, test_restore_day_with_doses_is_one_transaction, fixture_teardown);
  g_test_add_func ("/medicine/migration/v3-with-data", test_migrate_v3_with_data);
  g_test_add ("/medicine/demo", Fixture, NULL, fixture_setup, test_demo_has_medicines,
              fixture_teardown);
  g_test_add ("/medicine/insights/dose-pattern", Fixture, NULL, fixture_setup,
              test_dose_pattern, fixture_teardown);
  g_test_add ("/medicine/insights/doses-count-for-tips", Fixture, NULL, fixture_setup,
              test_doses_count_for_medication_tips, fixture_teardown);
  return g_test_run ();
}
