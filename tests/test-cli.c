/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "pj-date.h"
#include "pj-test-cli.h"
#include "pj-test-utils.h"

/* Runs the real binary the way a person would from a terminal without a display, and checks
 * exit codes, stdout and the single stderr line. Dates are relative to the real today because
 * the command line uses the clock. */

#define EPOCH "1782845100" /* 2026-06-30T18:45:00Z */

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = pj_test_make_tmpdir ();
  fixture->db = g_build_filename (fixture->dir, "journal.db", NULL);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* Runs pain-journal with the NULL-terminated arguments. */
G_GNUC_NULL_TERMINATED
static void
run (Fixture         *fixture,
     PjTestCliResult *result,
     const char      *first_arg,
     ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *data_home = path_in (fixture, "data-home");
  va_list args;

  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  pj_test_cli_run (fixture->dir, data_home, EPOCH, (const char * const *) argv->pdata, result);
}

/* Failure: the exit status and exactly one line on stderr. */
static void
assert_failure (PjTestCliResult *result,
                int              status,
                const char      *line)
{
  g_autofree char *expected = g_strconcat (line, "\n", NULL);

  g_assert_cmpint (result->status, ==, status);
  g_assert_cmpstr (result->err, ==, expected);
}

static char *
read_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static char *
iso_days_ago (int days)
{
  return pj_date_to_iso (pj_date_today () - days);
}

/* A small journal dated relative to today; line 3 (the second row) is out of range when
 * @bad. */
static char *
write_journal_csv (Fixture    *fixture,
                   const char *name,
                   gboolean    bad)
{
  g_autofree char *path = path_in (fixture, name);
  g_autofree char *day1 = iso_days_ago (3);
  g_autofree char *day2 = iso_days_ago (2);
  g_autofree char *text = g_strdup_printf ("date,time,pain,locations,sitting_hours,day_note\r\n"
                                           "%s,08:00,4,neck,7.5,\"Busy, long day\"\r\n"
                                           "%s,09:30,3,,%s,\r\n"
                                           "%s,21:00,5,neck;arm_left,7.5,\r\n",
                                           day1, day2, bad ? "25" : "6", day1);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return g_steal_pointer (&path);
}

static void
test_version (Fixture      *fixture,
              gconstpointer data)
{
  g_auto (PjTestCliResult) result = { 0 };

  run (fixture, &result, "--version", NULL);
  pj_test_cli_assert_success (&result);
  g_assert_cmpstr (result.out, ==, "pain-journal " PACKAGE_VERSION "\n");
}

static void
test_demo_and_round_trips (Fixture      *fixture,
                           gconstpointer data)
{
  g_autofree char *csv = path_in (fixture, "demo.csv");
  g_autofree char *json = path_in (fixture, "demo.json");
  g_autofree char *csv_db = path_in (fixture, "from-csv.db");
  g_autofree char *json_db = path_in (fixture, "from-json.db");
  g_autofree char *csv_again = path_in (fixture, "again.csv");
  g_autofree char *json_again = path_in (fixture, "again.json");
  g_autofree char *csv_text = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *csv_again_text = NULL;
  g_autofree char *json_again_text = NULL;
  g_autofree char *today = iso_days_ago (0);
  g_auto (PjTestCliResult) demo = { 0 };
  g_auto (PjTestCliResult) from_csv = { 0 };
  g_auto (PjTestCliResult) from_json = { 0 };

  run (fixture, &demo, "--db", fixture->db, "--demo-data", "--demo-days", "60",
       "--export-csv", csv, "--export-json", json, NULL);
  pj_test_cli_assert_success (&demo);
  g_assert_true (g_str_has_prefix (demo.out, "Added demo data: "));
  g_assert_nonnull (strstr (demo.out, "Exported "));

  csv_text = read_file (csv);
  json_text = read_file (json);
  g_assert_true (g_str_has_prefix (csv_text, "date,time,pain,"));
  g_assert_nonnull (strstr (csv_text, today));
  g_assert_nonnull (strstr (json_text, "\"exported\": \"2026-06-30T18:45:00Z\""));

  run (fixture, &from_csv, "--db", csv_db, "--import", csv, "--export-csv", csv_again, NULL);
  pj_test_cli_assert_success (&from_csv);
  run (fixture, &from_json, "--db", json_db, "--import", json, "--export-json", json_again,
       NULL);
  pj_test_cli_assert_success (&from_json);

  csv_again_text = read_file (csv_again);
  json_again_text = read_file (json_again);
  g_assert_cmpstr (csv_again_text, ==, csv_text);
  g_assert_cmpstr (json_again_text, ==, json_text);
}

static void
test_import_twice (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *csv = write_journal_csv (fixture, "journal.csv", FALSE);
  g_autofree char *export1 = path_in (fixture, "1.csv");
  g_autofree char *export2 = path_in (fixture, "2.csv");
  g_autofree char *text1 = NULL;
  g_autofree char *text2 = NULL;
  g_auto (PjTestCliResult) first = { 0 };
  g_auto (PjTestCliResult) second = { 0 };

  run (fixture, &first, "--db", fixture->db, "--import", csv, "--export-csv", export1, NULL);
  pj_test_cli_assert_success (&first);
  g_assert_true (g_str_has_prefix (first.out, "Imported "));
  g_assert_nonnull (strstr (first.out, "journal.csv: 2 days written, 3 check-ins added, "
                                       "0 already there\nExported 2 days to "));
  run (fixture, &second, "--db", fixture->db, "--import", csv, "--export-csv", export2, NULL);
  pj_test_cli_assert_success (&second);
  g_assert_nonnull (strstr (second.out, "journal.csv: 0 days written, 0 check-ins added, "
                                        "3 already there\n"));
  text1 = read_file (export1);
  text2 = read_file (export2);
  g_assert_cmpstr (text1, ==, text2);
  g_assert_nonnull (strstr (text1, "\"Busy, long day\""));
}

static void
test_bad_file_writes_nothing (Fixture      *fixture,
                              gconstpointer data)
{
  g_autofree char *csv = write_journal_csv (fixture, "bad.csv", TRUE);
  g_autofree char *json = path_in (fixture, "broken.json");
  g_autofree char *export = path_in (fixture, "after.csv");
  g_autofree char *text = NULL;
  g_auto (PjTestCliResult) import = { 0 };
  g_auto (PjTestCliResult) import_json = { 0 };
  g_auto (PjTestCliResult) check = { 0 };

  run (fixture, &import, "--db", fixture->db, "--import", csv, NULL);
  assert_failure (&import, 1, "bad.csv, line 3, column sitting_hours: Sitting hours must be "
                              "between 0 and 24, not 25");
  g_assert_cmpstr (import.out, ==, "");

  g_assert_true (g_file_set_contents (json, "{\"format\": \"pain-journal\",\n\"days\": [}", -1,
                                      NULL));
  run (fixture, &import_json, "--db", fixture->db, "--import", json, NULL);
  g_assert_cmpint (import_json.status, ==, 1);
  g_assert_true (g_str_has_prefix (import_json.err, "broken.json, line 2, character "));
  g_assert_cmpstr (strchr (import_json.err, '\n'), ==, "\n");

  run (fixture, &check, "--db", fixture->db, "--export-csv", export, NULL);
  pj_test_cli_assert_success (&check);
  text = read_file (export);
  g_assert_cmpstr (text, ==, "date,time,pain,locations,qualities,symptoms,checkin_note,"
                             "sitting_hours,screen_hours,posture,breaks,exercise_minutes,"
                             "activities,self_care,medication,sleep_hours,sleep_quality,stress,"
                             "enjoyment_interference,activity_interference,day_note\r\n");
}

static void
test_range_export (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *export = path_in (fixture, "range.csv");
  g_autofree char *from = iso_days_ago (10);
  g_autofree char *to = iso_days_ago (5);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_auto (PjTestCliResult) result = { 0 };

  run (fixture, &result, "--db", fixture->db, "--demo-data", "--demo-days", "30",
       "--export-csv", export, "--from", from, "--to", to, NULL);
  pj_test_cli_assert_success (&result);
  text = read_file (export);
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 3);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_assert_cmpint (strncmp (lines[i], from, 10), >=, 0);
      g_assert_cmpint (strncmp (lines[i], to, 10), <=, 0);
    }
}

static void
test_bad_arguments (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *export = path_in (fixture, "x.csv");
  g_autofree char *notes = path_in (fixture, "notes.txt");
  g_autofree char *missing = path_in (fixture, "missing.csv");
  g_autofree char *notes_message = g_strdup_printf (
    "--import: cannot tell the format of %s; the file name must end in .csv or .json", notes);
  g_autofree char *missing_message = g_strdup_printf ("--import: there is no file %s", missing);
  static const struct
  {
    const char *args[6];
    const char *message;
  } cases[] = {
    { { "--export-csv", NULL, "--from", "yesterday" },
      "--from: “yesterday” is not a date; use the form YYYY-MM-DD" },
    { { "--export-csv", NULL, "--to", "2026-13-01" },
      "--to: “2026-13-01” is not a real calendar date" },
    { { "--export-csv", NULL, "--from", "2026-05-01", "--to", "2026-04-01" },
      "--from 2026-05-01 is after --to 2026-04-01; the range would be empty" },
    { { "--from", "2026-05-01" },
      "--from and --to limit an export; add --export-csv, --export-json, --export-fhir "
      "or --report" },
    { { "--demo-data", "--demo-days", "0" },
      "--demo-days must be a whole number from 1 to 36500, not “0”" },
    { { "--demo-data", "--demo-days", "40000" },
      "--demo-days must be a whole number from 1 to 36500, not “40000”" },
    { { "--demo-data", "--demo-days", "many" },
      "--demo-days must be a whole number from 1 to 36500, not “many”" },
    { { "--demo-days", "30" }, "--demo-days only makes sense with --demo-data" },
  };

  g_assert_true (g_file_set_contents (notes, "date\n", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (PjTestCliResult) result = { 0 };
      const char *args[6];

      /* NULL in the table stands for the export path. */
      for (guint j = 0; j < 6; j++)
        args[j] = cases[i].args[j] == NULL && j == 1 && i < 3 ? export : cases[i].args[j];
      run (fixture, &result, "--db", fixture->db, args[0], args[1], args[2], args[3], args[4],
           args[5], NULL);
      assert_failure (&result, 2, cases[i].message);
      g_assert_false (g_file_test (export, G_FILE_TEST_EXISTS));
    }

  {
    g_auto (PjTestCliResult) result = { 0 };

    run (fixture, &result, "--db", fixture->db, "--import", notes, NULL);
    assert_failure (&result, 2, notes_message);
  }
  {
    g_auto (PjTestCliResult) result = { 0 };

    run (fixture, &result, "--db", fixture->db, "--import", missing, NULL);
    assert_failure (&result, 2, missing_message);
  }
  /* None of these touched the journal, not even to create it. */
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

static void
test_unwritable_export (Fixture      *fixture,
                        gconstpointer data)
{
  g_autofree char *export = g_build_filename (fixture->dir, "no-such-folder", "x.json", NULL);
  g_auto (PjTestCliResult) result = { 0 };

  run (fixture, &result, "--db", fixture->db, "--export-json", export, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_true (g_str_has_prefix (result.err, "Cannot write "));
  g_assert_nonnull (strstr (result.err, "x.json"));
  g_assert_cmpstr (strchr (result.err, '\n'), ==, "\n");
}

static void
test_export_fhir (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *export = path_in (fixture, "bundle.json");
  g_autofree char *from = iso_days_ago (6);
  g_autofree char *text = NULL;
  g_auto (PjTestCliResult) result = { 0 };

  run (fixture, &result, "--db", fixture->db, "--demo-data", "--demo-days", "30",
       "--export-fhir", export, "--from", from, NULL);
  pj_test_cli_assert_success (&result);
  g_assert_nonnull (strstr (result.out, " observations to "));
  text = read_file (export);
  g_assert_true (g_str_has_prefix (text, "{\n  \"resourceType\": \"Bundle\",\n"));
  g_assert_nonnull (strstr (text, "\"timestamp\": \"2026-06-30T18:45:00Z\""));
  g_assert_nonnull (strstr (text, "\"code\": \"72514-3\""));
}

static void
test_default_database (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *export = path_in (fixture, "default.csv");
  g_autofree char *expected_db = g_build_filename (fixture->dir, "data-home", "pain-journal",
                                                   "journal.db", NULL);
  g_auto (PjTestCliResult) result = { 0 };

  run (fixture, &result, "--demo-data", "--demo-days", "10", "--export-csv", export, NULL);
  pj_test_cli_assert_success (&result);
  g_assert_true (g_file_test (expected_db, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (result.out, expected_db));
}

/* Without any display, asking for the window (no headless option) fails cleanly: one line,
 * a non-zero status, no crash; a demo journal asked for on the way is still written. */
static void
test_window_without_display (Fixture      *fixture,
                             gconstpointer data)
{
  g_auto (PjTestCliResult) result = { 0 };
  g_autofree char *db = path_in (fixture, "journal.db");

  run (fixture, &result, "--db", db, "--demo-data", "--demo-days", "30", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_true (g_str_has_prefix (result.err, "Cannot open a display"));
  g_assert_nonnull (strchr (result.err, '\n'));
  g_assert_cmpstr (strchr (result.err, '\n') + 1, ==, "");
  g_assert_true (g_file_test (db, G_FILE_TEST_EXISTS));
}

/* --insights is an action: with --demo-data it prints the document and stops, without ever
 * asking for a display (the launcher has none). */
static void
test_demo_data_insights (Fixture      *fixture,
                         gconstpointer data)
{
  g_auto (PjTestCliResult) result = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root;

  run (fixture, &result, "--db", fixture->db, "--demo-data", "--demo-days", "60", "--insights",
       "--as-of", "2026-06-30", NULL);
  pj_test_cli_assert_success (&result);
  /* stdout is the JSON document only: no "Added demo data" line before it */
  g_assert_true (g_str_has_prefix (result.out, "{"));
  g_assert_true (json_parser_load_from_data (parser, result.out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "as_of"), ==, "2026-06-30");
  g_assert_true (json_object_has_member (root, "flags"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "tips")), >, 0);
  g_assert_true (g_file_test (fixture->db, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("version", test_version);
  ADD ("window-without-display", test_window_without_display);
  ADD ("demo-data-insights", test_demo_data_insights);
  ADD ("demo-and-round-trips", test_demo_and_round_trips);
  ADD ("import-twice", test_import_twice);
  ADD ("bad-file-writes-nothing", test_bad_file_writes_nothing);
  ADD ("range-export", test_range_export);
  ADD ("bad-arguments", test_bad_arguments);
  ADD ("unwritable-export", test_unwritable_export);
  ADD ("export-fhir", test_export_fhir);
  ADD ("default-database", test_default_database);
#undef ADD

  return g_test_run ();
}
