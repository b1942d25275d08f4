/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-database.h"
#include "pj-demo.h"
#include "pj-error.h"
#include "pj-json-backup.h"
#include "pj-test-utils.h"

static GDateTime *
export_time (void)
{
  return g_date_time_new_utc (2026, 6, 30, 18, 45, 0);
}

static GPtrArray *
parse_text (const char *text,
            GError    **error)
{
  return pj_json_backup_parse (text, strlen (text), "backup.json", pj_test_today (), error);
}

static void
assert_parse_error (const char *text,
                    PjError     code,
                    const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = parse_text (text, &error);

  g_assert_null (days);
  g_assert_error (error, PJ_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* A backup around one day's JSON object. */
static char *
backup_with_day (const char *day_json)
{
  return g_strdup_printf ("{\"format\": \"pain-journal\", \"version\": 1, "
                          "\"exported\": \"2026-06-30T18:45:00Z\", \"days\": [%s]}", day_json);
}

static void
assert_day_error (const char *day_json,
                  const char *message)
{
  g_autofree char *text = backup_with_day (day_json);

  assert_parse_error (text, PJ_ERROR_INVALID, message);
}

static void
test_fixture_reads_and_writes_back_identically (void)
{
  g_autofree char *path = pj_test_data_path ("backup.json");
  g_autofree char *contents = NULL;
  g_autofree char *written = NULL;
  g_autoptr (GDateTime) exported = export_time ();
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GError) error = NULL;
  PjCheckin *checkin;
  PjDay *day;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  days = pj_json_backup_parse (contents, length, "backup.json", pj_test_today (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);

  day = g_ptr_array_index (days, 0);
  g_assert_cmpuint (day->date, ==, pj_date_from_ymd (2026, 6, 28));
  g_assert_cmpfloat (day->sitting_hours, ==, 7.3);
  g_assert_cmpint (day->posture, ==, 2);
  g_assert_cmpuint (day->activities, ==,
                    PJ_CODE_BIT (PJ_ACTIVITY_WALKING) | PJ_CODE_BIT (PJ_ACTIVITY_YOGA));
  g_assert_cmpstr (day->medication, ==, "Ibuprofen 400 mg");
  g_assert_cmpstr (day->note, ==, "Zoë's \"deadline\" day\nback stiff, =not a formula");
  g_assert_true (isnan (day->screen_hours));      /* absent */
  g_assert_cmpint (day->stress, ==, PJ_UNSET);
  g_assert_cmpuint (day->checkins->len, ==, 2);
  checkin = g_ptr_array_index (day->checkins, 0);
  g_assert_cmpint (checkin->minutes, ==, 8 * 60 + 30);
  g_assert_cmpint (checkin->pain, ==, 5);
  g_assert_cmpuint (checkin->symptoms, ==, PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING));
  day = g_ptr_array_index (days, 1);
  g_assert_cmpuint (day->checkins->len, ==, 0);
  g_assert_cmpint (day->sleep_quality, ==, 8);

  /* The fixture is in canonical form, so writing it back gives the same bytes. */
  written = pj_json_backup_format (days, exported);
  g_assert_cmpstr (written, ==, contents);
}

typedef PjTestJournal Fixture;

static void
test_round_trip_through_empty_journal (Fixture      *fixture,
                                       gconstpointer data)
{
  g_autoptr (GPtrArray) days = pj_demo_generate (pj_test_today (), 120, 7);
  g_autoptr (GDateTime) exported = export_time ();
  g_autoptr (PjDatabase) other = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *first_path = g_build_filename (fixture->dir, "first.json", NULL);
  g_autofree char *second_path = g_build_filename (fixture->dir, "second.json", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  PjImportStats stats = { 0 };
  guint n_days = 0;
  PjDay *day;

  /* Text that is hard to carry: quotes, backslashes, control characters, non-ASCII. */
  day = g_ptr_array_index (days, days->len - 1);
  g_free (day->note);
  day->note = g_strdup ("Quote \" backslash \\ tab\t newline\n bell\x07 — ünïcödé ✓");
  day->sleep_hours = 6.1;
  /* An empty text is written as unknown, like the importer reads it. */
  day = g_ptr_array_index (days, 0);
  g_free (day->medication);
  day->medication = g_strdup ("");

  g_assert_true (pj_database_import_days (fixture->db, days, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pj_json_backup_export_file (fixture->db, first_path, PJ_DATE_NONE,
                                             PJ_DATE_NONE, exported, &n_days, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_days, ==, days->len);

  other = pj_test_open_database (fixture->dir, "other.db");
  g_assert_true (pj_json_backup_import_file (other, first_path, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.days_written, ==, days->len);
  g_assert_true (pj_json_backup_export_file (other, second_path, PJ_DATE_NONE, PJ_DATE_NONE,
                                             exported, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (first_path, &first, NULL, NULL));
  g_assert_true (g_file_get_contents (second_path, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);
  g_assert_nonnull (strstr (first, "\"exported\": \"2026-06-30T18:45:00Z\""));
  g_assert_null (strstr (first, "\"\""));
  g_assert_nonnull (strstr (first, "\"sleep_hours\": 6.1,"));

  /* Importing the same backup again adds nothing. */
  g_assert_true (pj_json_backup_import_file (other, first_path, &stats, &error));
  g_assert_cmpuint (stats.days_written, ==, 0);
  g_assert_cmpuint (stats.checkins_added, ==, 0);
}

static void
test_range_export (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GPtrArray) days = pj_demo_generate (pj_test_today (), 60, 3);
  g_autoptr (GPtrArray) back = NULL;
  g_autoptr (GDateTime) exported = export_time ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "range.json", NULL);
  g_autofree char *text = NULL;
  PjDate from = pj_test_today () - 20, to = pj_test_today () - 10;

  g_assert_true (pj_database_import_days (fixture->db, days, NULL, &error));
  g_assert_true (pj_json_backup_export_file (fixture->db, path, from, to, exported, NULL,
                                             &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  back = parse_text (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, >, 0);
  for (guint i = 0; i < back->len; i++)
    {
      PjDay *day = g_ptr_array_index (back, i);

      g_assert_cmpuint (day->date, >=, from);
      g_assert_cmpuint (day->date, <=, to);
    }
}

static void
test_failed_import_writes_nothing (Fixture      *fixture,
                                   gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "bad.json", NULL);
  g_autofree char *text = backup_with_day ("{\"date\": \"2026-06-01\", \"stress\": 4}, "
                                           "{\"date\": \"2026-06-02\", \"stress\": 40}");
  g_autoptr (GError) error = NULL;
  guint count = 99;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_false (pj_json_backup_import_file (fixture->db, path, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "bad.json, day 2026-06-02, $.days[1].stress: Stress must be between 0 and "
                   "10, not 40");
  g_assert_true (pj_database_count_days (fixture->db, &count, NULL));
  g_assert_cmpuint (count, ==, 0);
}

static void
test_malformed_json (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = parse_text ("{\"format\": \"pain-journal\",\n"
                                           " \"days\": [1,,]}", &error);

  g_assert_null (days);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_PARSE);
  /* The rest of the sentence is json-glib's own wording. */
  g_assert_true (g_str_has_prefix (error->message, "backup.json, line 2, character "));
  g_assert_nonnull (strstr (error->message, ": this is not valid JSON: "));

  g_clear_error (&error);
  days = parse_text ("", &error);
  g_assert_null (days);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "backup.json"));
}

/* Escapes JSON does not have, which json-glib would turn into bytes that are not UTF-8, are
 * refused where they are written; the escapes JSON has still read back as their characters. */
static void
test_string_escapes (void)
{
  static const struct { const char *date; const char *expected; } bad[] = {
    { "\\2026-06-28", "backup.json, line 2, character 43: “\\2” is not an escape JSON allows" },
    { "\\x41", "“\\x” is not an escape JSON allows" },
    { "\\u00g1", "a \\u escape needs four hex digits" },
    { "\\udc00", "\\udc00 is the second half of a character without its first half" },
    { "\\ud83d2026", "\\ud83d is the first half of a character without its second half" },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"format\": \"pain-journal\", \"version\": 1,\n"
                                               " \"days\": [{\"date\": \"2026-06-28\", "
                                               "\"note\": \"%s\"}]}", bad[i].date);

      days = parse_text (text, &error);
      g_assert_null (days);
      g_assert_error (error, PJ_ERROR, PJ_ERROR_PARSE);
      if (strstr (error->message, bad[i].expected) == NULL)
        g_error ("expected “%s” in: %s", bad[i].expected, error->message);
      g_clear_error (&error);
    }

  days = parse_text ("{\"format\": \"pain-journal\", \"version\": 1, \"days\": [{\"date\": "
                     "\"2026-06-28\", \"note\": \"\\\"\\\\\\/\\t\\u00e9\\ud83d\\ude00\"}]}",
                     &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 1);
  g_assert_cmpstr (((PjDay *) days->pdata[0])->note, ==, "\"\\/\té😀");
}

static void
test_not_a_backup (void)
{
  assert_parse_error ("[1, 2]", PJ_ERROR_PARSE,
                      "backup.json, $: this is not a Pain Journal backup (it is not a JSON "
                      "object)");
  assert_parse_error ("{\"format\": \"other-app\", \"version\": 1, \"days\": []}", PJ_ERROR_PARSE,
                      "backup.json, $.format: this is not a Pain Journal backup (“format” is "
                      "not “pain-journal”)");
  assert_parse_error ("{\"format\": \"pain-journal\", \"version\": \"1\", \"days\": []}",
                      PJ_ERROR_PARSE, "backup.json, $.version: the backup has no version number");
  assert_parse_error ("{\"format\": \"pain-journal\", \"version\": 2, \"days\": []}",
                      PJ_ERROR_PARSE,
                      "backup.json, $.version: backup version 2 is not supported; this Pain "
                      "Journal reads version 1 (a newer Pain Journal may read it)");
  assert_parse_error ("{\"format\": \"pain-journal\", \"version\": 1, \"days\": {}}",
                      PJ_ERROR_PARSE, "backup.json, $.days: the backup must have a list of days");
  assert_parse_error ("{\"format\": \"pain-journal\", \"version\": 1, \"days\": [], \"x\": 1}",
                      PJ_ERROR_PARSE,
                      "backup.json, $.x: this is not part of a Pain Journal backup");
}

static void
test_bad_days (void)
{
  assert_day_error ("3", "backup.json, $.days[0]: a day must be an object, not a number");
  assert_day_error ("{\"stress\": 3}",
                    "backup.json, $.days[0].date: every day needs its date as text, in the form "
                    "YYYY-MM-DD");
  assert_day_error ("{\"date\": \"2026-02-30\"}",
                    "backup.json, $.days[0].date: “2026-02-30” is not a real calendar date");
  assert_day_error ("{\"date\": \"2026-07-01\"}",
                    "backup.json, day 2026-07-01, $.days[0]: The date 2026-07-01 is in the "
                    "future; entries can only be made up to today");
  assert_day_error ("{\"date\": \"2026-06-01\", \"mood\": 3}",
                    "backup.json, day 2026-06-01, $.days[0].mood: this is not a field of the "
                    "journal");
  assert_day_error ("{\"date\": \"2026-06-01\", \"stress\": \"high\"}",
                    "backup.json, day 2026-06-01, $.days[0].stress: Stress must be a number, "
                    "not text");
  assert_day_error ("{\"date\": \"2026-06-01\", \"stress\": 3.5}",
                    "backup.json, day 2026-06-01, $.days[0].stress: Stress must be a whole "
                    "number, not “3.5”");
  assert_day_error ("{\"date\": \"2026-06-01\", \"stress\": 1e300}",
                    "backup.json, day 2026-06-01, $.days[0].stress: Stress must be a whole "
                    "number, not “1e+300”");
  assert_day_error ("{\"date\": \"2026-06-01\", \"sleep_hours\": 25}",
                    "backup.json, day 2026-06-01, $.days[0].sleep_hours: Sleep hours must be "
                    "between 0 and 24, not 25");
  assert_day_error ("{\"date\": \"2026-06-01\", \"medication\": 400}",
                    "backup.json, day 2026-06-01, $.days[0].medication: Medication must be "
                    "text, not a number");
  assert_day_error ("{\"date\": \"2026-06-01\", \"activities\": \"walking\"}",
                    "backup.json, day 2026-06-01, $.days[0].activities: Activities must be a "
                    "list of codes such as [\"walking\"], not text");
  assert_day_error ("{\"date\": \"2026-06-01\", \"activities\": [\"walking;yoga\"]}",
                    "backup.json, day 2026-06-01, $.days[0].activities: Activities must be a "
                    "list of codes such as [\"walking\"], not a list");
  assert_day_error ("{\"date\": \"2026-06-01\", \"self_care\": [\"sauna\"]}",
                    "backup.json, day 2026-06-01, $.days[0].self_care: “sauna” is not a known "
                    "code for self_care; use one of: heat, ice, medication, massage, breathing, "
                    "meditation, rest, physio, ergonomics");
  assert_day_error ("{\"date\": \"2026-06-01\", \"checkins\": {}}",
                    "backup.json, day 2026-06-01, $.days[0].checkins: the check-ins must be a "
                    "list, not an object");
  assert_day_error ("{\"date\": \"2026-06-01\", \"checkins\": [{\"time\": \"08:00\"}]}",
                    "backup.json, day 2026-06-01, $.days[0].checkins[0].pain: Pain is required");
  assert_day_error ("{\"date\": \"2026-06-01\", \"checkins\": [{\"time\": \"8am\", \"pain\": 2}]}",
                    "backup.json, day 2026-06-01, $.days[0].checkins[0].time: Time: “8am” is "
                    "not a time; use the form HH:MM from 00:00 to 23:59");
  assert_day_error ("{\"date\": \"2026-06-01\", \"checkins\": [{\"time\": \"08:00\", "
                    "\"pain\": true}]}",
                    "backup.json, day 2026-06-01, $.days[0].checkins[0].pain: Pain must be a "
                    "number, not true or false");
}

static void
test_duplicates_are_errors (void)
{
  g_autofree char *days_twice = backup_with_day ("{\"date\": \"2026-06-01\"}, "
                                                 "{\"date\": \"2026-06-02\"}, "
                                                 "{\"date\": \"2026-06-01\"}");
  g_autofree char *checkin_twice = backup_with_day (
    "{\"date\": \"2026-06-01\", \"checkins\": [{\"time\": \"08:00\", \"pain\": 2}, "
    "{\"time\": \"08:00\", \"pain\": 2}]}");

  assert_parse_error (days_twice, PJ_ERROR_CONFLICT,
                      "backup.json, day 2026-06-01, $.days[2]: this date appears twice; the "
                      "other is $.days[0]");
  assert_parse_error (checkin_twice, PJ_ERROR_CONFLICT,
                      "backup.json, day 2026-06-01, $.days[0].checkins[1]: there is a check-in "
                      "at 08:00 already");
}

static void
test_null_is_unknown_and_whole_decimals_are_whole (void)
{
  g_autofree char *text = backup_with_day ("{\"date\": \"2026-06-01\", \"stress\": null, "
                                           "\"posture\": 3.0, \"note\": null, "
                                           "\"checkins\": null}");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = parse_text (text, &error);
  PjDay *day;

  g_assert_no_error (error);
  day = g_ptr_array_index (days, 0);
  g_assert_cmpint (day->stress, ==, PJ_UNSET);
  g_assert_cmpint (day->posture, ==, 3);
  g_assert_null (day->note);
  g_assert_cmpuint (day->checkins->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-backup/fixture-identical",
                   test_fixture_reads_and_writes_back_identically);
  g_test_add_func ("/json-backup/malformed", test_malformed_json);
  g_test_add_func ("/json-backup/string-escapes", test_string_escapes);
  g_test_add_func ("/json-backup/not-a-backup", test_not_a_backup);
  g_test_add_func ("/json-backup/bad-days", test_bad_days);
  g_test_add_func ("/json-backup/duplicates", test_duplicates_are_errors);
  g_test_add_func ("/json-backup/null-and-whole-numbers",
                   test_null_is_unknown_and_whole_decimals_are_whole);
  g_test_add ("/json-backup/round-trip", Fixture, NULL, pj_test_journal_setup,
              test_round_trip_through_empty_journal, pj_test_journal_teardown);
  g_test_add ("/json-backup/range", Fixture, NULL, pj_test_journal_setup, test_range_export,
              pj_test_journal_teardown);
  g_test_add ("/json-backup/failed-import-writes-nothing", Fixture, NULL, pj_test_journal_setup,
              test_failed_import_writes_nothing, pj_test_journal_teardown);

  return g_test_run ();
}
