/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "pj-csv.h"
#include "pj-database.h"
#include "pj-error.h"
#include "pj-fhir.h"
#include "pj-json-backup.h"
#include "pj-medicines-csv.h"
#include "pj-test-utils.h"

/* Medicines and doses through the CSV, JSON and FHIR files, and every import error. */

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

static GDateTime *
export_time (void)
{
  return g_date_time_new_utc (2026, 6, 30, 12, 0, 0);
}

/* Two medicines, a treatment, their doses and a day, written through the database. */
static void
fill (PjDatabase *db)
{
  g_autoptr (PjMedicine) ibuprofen = pj_medicine_new ("Ibuprofen");
  g_autoptr (PjMedicine) amitriptyline = pj_medicine_new ("=Amitriptyline, \"low\"");
  g_autoptr (PjMedicine) heat = pj_medicine_new ("Heat pad");
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());
  g_autoptr (GError) error = NULL;
  PjDate today = pj_test_today ();

  ibuprofen->kind = PJ_MEDICINE_KIND_ANTI_INFLAMMATORY;
  ibuprofen->form = PJ_MEDICINE_FORM_TABLET;
  ibuprofen->amount = 400;
  amitriptyline->kind = PJ_MEDICINE_KIND_OTHER;
  amitriptyline->amount = 10.5;
  amitriptyline->regular = TRUE;
  g_assert_true (pj_medicine_parse_times (amitriptyline, "21:00;09:00", NULL));
  heat->kind = PJ_MEDICINE_KIND_TREATMENT;
  heat->amount = 20;
  heat->unit = PJ_DOSE_UNIT_MINUTES;
  heat->archived = TRUE;
  g_assert_true (pj_database_add_medicine (db, ibuprofen, &error));
  g_assert_true (pj_database_add_medicine (db, amitriptyline, &error));
  g_assert_true (pj_database_add_medicine (db, heat, &error));
  g_assert_no_error (error);

  for (int i = 0; i < 3; i++)
    {
      g_autoptr (PjDose) taken = pj_medicine_new_usual_dose (ibuprofen, today - i, 10 * 60);
      g_autoptr (PjDose) skipped = pj_dose_new (amitriptyline->id, today - i, 21 * 60);
      g_autoptr (PjDose) session = pj_medicine_new_usual_dose (heat, today - i, 19 * 60 + 5);

      taken->relief = i * 3;
      skipped->taken = FALSE;
      skipped->unit = amitriptyline->unit;
      g_assert_true (pj_database_add_dose (db, taken, &error));
      g_assert_true (pj_database_add_dose (db, skipped, &error));
      g_assert_true (pj_database_add_dose (db, session, &error));
      g_assert_no_error (error);
    }
  day->medication = g_strdup ("free text stays");
  pj_day_add_checkin (day, pj_checkin_new (today, 8 * 60, 5));
  g_assert_true (pj_database_restore_day (db, day, &error));
  g_assert_no_error (error);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_json_round_trip (Fixture      *fixture,
                      gconstpointer data)
{
  g_autofree char *first = g_build_filename (fixture->dir, "first.json", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "second.json", NULL);
  g_autoptr (GDateTime) exported = export_time ();
  g_autoptr (PjDatabase) other = pj_test_open_database (fixture->dir, "other.db");
  g_autoptr (GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL;
  PjImportStats stats;

  fill (fixture->db);
  g_assert_true (pj_json_backup_export_file (fixture->db, first, PJ_DATE_NONE, PJ_DATE_NONE,
                                             exported, NULL, &error));
  g_assert_true (pj_json_backup_import_file (other, first, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.medicines_added, ==, 3);
  g_assert_cmpuint (stats.doses_added, ==, 9);
  g_assert_true (pj_json_backup_export_file (other, second, PJ_DATE_NONE, PJ_DATE_NONE,
                                             exported, NULL, &error));
  a = read_text (first);
  b = read_text (second);
  g_assert_cmpstr (a, ==, b);
  g_assert_nonnull (strstr (a, "\"schedule\": \"regular\", \"times\": [\"09:00\", \"21:00\"]"));
  g_assert_nonnull (strstr (a, "\"status\": \"skipped\", \"unit\": \"mg\"}"));
}

static void
test_csv_round_trip (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *first = g_build_filename (fixture->dir, "first.csv", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "second.csv", NULL);
  g_autofree char *first_medicines = pj_medicines_csv_path_for (first);
  g_autofree char *second_medicines = pj_medicines_csv_path_for (second);
  g_autoptr (PjDatabase) other = pj_test_open_database (fixture->dir, "other.db");
  g_autoptr (GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *days_a = NULL, *days_b = NULL;
  PjImportStats stats;

  g_assert_true (g_str_has_suffix (first_medicines, "/first-medicines.csv"));
  fill (fixture->db);
  g_assert_true (pj_csv_export_file (fixture->db, first, PJ_DATE_NONE, PJ_DATE_NONE, NULL,
                                     &error));
  g_assert_no_error (error);
  g_assert_true (pj_csv_import_file (other, first, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.doses_added, ==, 9);
  g_assert_true (pj_csv_export_file (other, second, PJ_DATE_NONE, PJ_DATE_NONE, NULL, &error));
  a = read_text (first_medicines);
  b = read_text (second_medicines);
  g_assert_cmpstr (a, ==, b);
  days_a = read_text (first);
  days_b = read_text (second);
  g_assert_cmpstr (days_a, ==, days_b);
  g_assert_true (g_str_has_prefix (a, "record,name,kind,form,schedule,times,archived,date,time,"
                                      "status,amount,unit,relief\r\n"));
  /* the formula guard and quoting apply to names too */
  g_assert_nonnull (strstr (a, "medicine,\"'=Amitriptyline, \"\"low\"\"\",other,,regular,"
                               "09:00;21:00,no,,,,10.5,mg,\r\n"));
  g_assert_nonnull (strstr (a, "dose,Ibuprofen,,,,,,2026-06-30,10:00,taken,400,mg,0\r\n"));

  /* importing the same files again adds nothing */
  g_assert_true (pj_csv_import_file (other, first, &stats, &error));
  g_assert_cmpuint (stats.doses_added, ==, 0);
  g_assert_cmpuint (stats.doses_skipped, ==, 9);
}

/* Each bad file is refused with its line and value named, and nothing is written. */
static void
assert_csv_refused (Fixture    *fixture,
                    const char *rows,
                    const char *message)
{
  g_autofree char *path = g_build_filename (fixture->dir, "bad-medicines.csv", NULL);
  g_autofree char *text = g_strconcat (pj_medicines_csv_header (), "\n", rows, NULL);
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_false (pj_csv_import_file (fixture->db, path, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, message);
  medicines = pj_database_list_medicines (fixture->db, TRUE, NULL);
  g_assert_cmpuint (medicines->len, ==, 0);
}

static void
test_csv_errors (Fixture      *fixture,
                 gconstpointer data)
{
  const char *ibuprofen = "medicine,Ibuprofen,pain_reliever,,as_needed,,no,,,,400,mg,\n";
  g_autofree char *unknown = g_strconcat (ibuprofen,
                                          "dose,Aspirin,,,,,,2026-06-29,08:00,taken,300,mg,\n",
                                          NULL);
  g_autofree char *negative = g_strconcat (ibuprofen,
                                           "dose,Ibuprofen,,,,,,2026-06-29,08:00,taken,-400,mg,\n",
                                           NULL);
  g_autofree char *twice = g_strconcat (ibuprofen,
                                        "dose,Ibuprofen,,,,,,2026-06-29,08:00,taken,400,mg,\n"
                                        "dose,ibuprofen,,,,,,2026-06-29,08:00,taken,200,mg,\n",
                                        NULL);
  g_autofree char *x81 = g_strnfill (81, 'x');
  g_autofree char *long_name = g_strdup_printf ("medicine,%s,other,,as_needed,,no,,,,1,mg,\n",
                                                x81);
  g_autofree char *future = g_strconcat (ibuprofen, "dose,Ibuprofen,,,,,,2026-07-01,08:00,"
                                         "taken,400,mg,\n", NULL);
  g_autofree char *relief = g_strconcat (ibuprofen, "dose,Ibuprofen,,,,,,2026-06-29,08:00,"
                                         "taken,400,mg,11\n", NULL);
  g_autofree char *record = g_strconcat (ibuprofen, "pill,Ibuprofen\n", NULL);
  g_autofree char *listed_twice = g_strconcat (ibuprofen, ibuprofen, NULL);

  assert_csv_refused (fixture, unknown,
                      "bad-medicines.csv, line 3, column name: “Aspirin” is not a medicine "
                      "listed in this file (list it on a “medicine” row first)");
  assert_csv_refused (fixture, negative,
                      "bad-medicines.csv, line 3, column amount: Amount: -400 is outside 0.01 "
                      "to 10000 mg");
  assert_csv_refused (fixture, twice,
                      "bad-medicines.csv, line 4, column time: this dose of “ibuprofen” at "
                      "2026-06-29 08:00 repeats the one on line 3");
  assert_csv_refused (fixture, "medicine,Ibuprofen,pain_reliever,,as_needed,,no,,,,40000,mg,\n",
                      "bad-medicines.csv, line 2, column name: Amount: 40000 is outside 0.01 "
                      "to 10000 mg");
  assert_csv_refused (fixture, "medicine,Ibuprofen,pills,,as_needed,,no,,,,400,mg,\n",
                      "bad-medicines.csv, line 2, column kind: “pills” is not a known code");
  assert_csv_refused (fixture, "medicine,Physio,treatment,,regular,6pm,no,,,,20,min,\n",
                      "bad-medicines.csv, line 2, column times: Times: “6pm” is not a time; "
                      "use the form HH:MM from 00:00 to 23:59");
  assert_csv_refused (fixture, future,
                      "bad-medicines.csv, line 3, column date: Date: a dose must be on a real "
                      "date, not after today");
  assert_csv_refused (fixture, relief,
                      "bad-medicines.csv, line 3, column relief: “11” is not a whole number "
                      "from 0 to 10");
  assert_csv_refused (fixture, record,
                      "bad-medicines.csv, line 3, column record: “pill” is not “medicine” or "
                      "“dose”");
  assert_csv_refused (fixture, listed_twice,
                      "bad-medicines.csv, line 3, column name: “Ibuprofen” is listed twice");
  assert_csv_refused (fixture, long_name,
                      "bad-medicines.csv, line 2, column name: Name: “xxxxxxxxxxxxxxxxxxxx…” is "
                      "longer than 80 characters");
}

static void
assert_json_refused (Fixture    *fixture,
                     const char *medicines,
                     const char *message)
{
  g_autofree char *path = g_build_filename (fixture->dir, "bad.json", NULL);
  g_autofree char *text = g_strdup_printf ("{\"format\": \"pain-journal\", \"version\": 1, "
                                           "\"days\": [], \"medicines\": [%s]}", medicines);
  g_autoptr (GPtrArray) stored = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_false (pj_json_backup_import_file (fixture->db, path, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, message);
  stored = pj_database_list_medicines (fixture->db, TRUE, NULL);
  g_assert_cmpuint (stored->len, ==, 0);
}

#define IBUPROFEN "\"name\": \"Ibuprofen\", \"kind\": \"pain_reliever\", \"amount\": 400, " \
                  "\"unit\": \"mg\", \"schedule\": \"as_needed\""
#define DOSE(amount) "{\"date\": \"2026-06-29\", \"time\": \"08:00\", \"status\": \"taken\", " \
                     "\"amount\": " amount ", \"unit\": \"mg\"}"

static void
test_json_errors (Fixture      *fixture,
                  gconstpointer data)
{
  assert_json_refused (fixture, "{" IBUPROFEN ", \"doses\": [" DOSE ("-2") "]}",
                       "bad.json, $.medicines[0].doses[0]: Amount: -2 is outside 0.01 to "
                       "10000 mg");
  assert_json_refused (fixture, "{" IBUPROFEN ", \"doses\": [" DOSE ("400") ", " DOSE ("200")
                       "]}",
                       "bad.json, $.medicines[0].doses[1]: this dose repeats "
                       "$.medicines[0].doses[0] (same date and time)");
  assert_json_refused (fixture, "{" IBUPROFEN ", \"dose\": []}",
                       "bad.json, $.medicines[0].dose: this is not a field of a medicine or "
                       "dose");
  assert_json_refused (fixture, "{" IBUPROFEN "}, {" IBUPROFEN "}",
                       "bad.json, $.medicines[1]: the name “Ibuprofen” is already used by "
                       "$.medicines[0]");
  assert_json_refused (fixture, "{" IBUPROFEN ", \"doses\": [{\"date\": \"2026-06-29\", "
                       "\"time\": \"25:00\", \"status\": \"taken\", \"amount\": 1, "
                       "\"unit\": \"mg\"}]}",
                       "bad.json, $.medicines[0].doses[0]: “25:00” is not a time; use the form "
                       "HH:MM from 00:00 to 23:59");
}

static JsonObject *
resource_of (JsonArray *entries,
             guint      index)
{
  return json_object_get_object_member (json_array_get_object_element (entries, index),
                                        "resource");
}

static void
test_fhir (Fixture      *fixture,
           gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "bundle.json", NULL);
  g_autoptr (GDateTime) generated = export_time ();
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GHashTable) urls = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GError) error = NULL;
  guint statements = 0, doses = 0, not_taken = 0, procedures = 0;
  JsonArray *entries;

  fill (fixture->db);
  g_assert_true (pj_fhir_export_file (fixture->db, path, PJ_DATE_NONE, PJ_DATE_NONE, NULL, 0,
                                      generated, NULL, &error));
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  entries = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                          "entry");
  for (guint i = 0; i < json_array_get_length (entries); i++)
    g_hash_table_add (urls, (gpointer) json_object_get_string_member (
                              json_array_get_object_element (entries, i), "fullUrl"));
  g_assert_cmpuint (g_hash_table_size (urls), ==, json_array_get_length (entries));

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *resource = resource_of (entries, i);
      const char *type = json_object_get_string_member (resource, "resourceType");
      const char *status;

      if (g_str_equal (type, "Observation"))
        continue;
      /* R4: status and subject are required on both */
      status = json_object_get_string_member (resource, "status");
      g_assert_nonnull (json_object_get_object_member (resource, "subject"));
      if (g_str_equal (type, "Procedure"))
        {
          procedures++;
          g_assert_cmpstr (status, ==, "completed");
          g_assert_true (json_object_has_member (resource, "performedDateTime"));
          continue;
        }
      g_assert_cmpstr (type, ==, "MedicationStatement");
      g_assert_nonnull (json_object_get_object_member (resource, "medicationCodeableConcept"));
      if (json_object_has_member (resource, "partOf"))
        {
          const char *part_of = json_object_get_string_member (
            json_array_get_object_element (json_object_get_array_member (resource, "partOf"),
                                           0), "reference");

          g_assert_true (g_hash_table_contains (urls, part_of));
          g_assert_true (json_object_has_member (resource, "effectiveDateTime"));
          doses++;
          not_taken += g_str_equal (status, "not-taken");
        }
      else
        {
          JsonObject *dosage = json_array_get_object_element (
            json_object_get_array_member (resource, "dosage"), 0);

          statements++;
          g_assert_true (g_str_equal (status, "active"));
          g_assert_true (json_object_has_member (dosage, "asNeededBoolean"));
          g_assert_true (json_object_has_member (dosage, "doseAndRate"));
        }
    }
  g_assert_cmpuint (statements, ==, 2);
  g_assert_cmpuint (doses, ==, 6);
  g_assert_cmpuint (not_taken, ==, 3);
  g_assert_cmpuint (procedures, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/medicine-io/json-round-trip", Fixture, NULL, fixture_setup,
              test_json_round_trip, fixture_teardown);
  g_test_add ("/medicine-io/csv-round-trip", Fixture, NULL, fixture_setup,
              test_csv_round_trip, fixture_teardown);
  g_test_add ("/medicine-io/csv-errors", Fixture, NULL, fixture_setup, test_csv_errors,
              fixture_teardown);
  g_test_add ("/medicine-io/json-errors", Fixture, NULL, fixture_setup, test_json_errors,
              fixture_teardown);
  g_test_add ("/medicine-io/fhir", Fixture, NULL, fixture_setup, test_fhir, fixture_teardown);
  return g_test_run ();
}
