/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "pj-csv.h"
#include "pj-database.h"
#include "pj-error.h"
#include "pj-test-utils.h"

#define HEADER "date,time,pain,locations,qualities,symptoms,checkin_note,sitting_hours," \
               "screen_hours,posture,breaks,exercise_minutes,activities,self_care,medication," \
               "sleep_hours,sleep_quality,stress,enjoyment_interference,activity_interference," \
               "day_note"

static GPtrArray *
parse_text (const char *text,
            GError    **error)
{
  return pj_csv_parse (text, strlen (text), "journal.csv", pj_test_today (), error);
}

static PjCheckin *
checkin_at (GPtrArray *days,
            guint      day_index,
            guint      checkin_index)
{
  PjDay *day = g_ptr_array_index (days, day_index);

  g_assert_cmpuint (checkin_index, <, day->checkins->len);
  return g_ptr_array_index (day->checkins, checkin_index);
}

static PjDay *
day_at (GPtrArray *days,
        guint      index)
{
  g_assert_cmpuint (index, <, days->len);
  return g_ptr_array_index (days, index);
}

/* Parsing @text must fail with exactly @message, and with @code. */
static void
assert_parse_error (const char *text,
                    gsize       length,
                    PjError     code,
                    const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = pj_csv_parse (text, length, "journal.csv", pj_test_today (),
                                             &error);

  g_assert_null (days);
  g_assert_error (error, PJ_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

#define ASSERT_PARSE_ERROR(text, code, message) \
  assert_parse_error (text, sizeof (text) - 1, code, message)

static void
test_header_is_documented_order (void)
{
  g_assert_cmpstr (pj_csv_header (), ==, HEADER);
}

static void
test_rfc4180_edge_cases (void)
{
  g_autofree char *path = pj_test_data_path ("edge-cases.csv");
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = NULL;
  gsize length;
  PjCheckin *checkin;
  PjDay *day;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  /* The fixture really has what it is meant to test. */
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (contents, "\r\n"));

  days = pj_csv_parse (contents, length, "edge-cases.csv", pj_test_today (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 3);

  day = day_at (days, 0);
  g_assert_cmpuint (day->date, ==, pj_date_from_ymd (2026, 6, 1));
  g_assert_cmpstr (day->note, ==, "Desk day, then a walk");
  g_assert_cmpfloat (day->sitting_hours, ==, 7.5);
  g_assert_cmpint (day->stress, ==, 5);
  g_assert_true (isnan (day->sleep_hours)); /* missing column: unknown, not zero */
  g_assert_cmpuint (day->checkins->len, ==, 2);
  checkin = checkin_at (days, 0, 0);
  g_assert_cmpint (checkin->minutes, ==, 8 * 60 + 30);
  g_assert_cmpint (checkin->pain, ==, 4);
  g_assert_cmpuint (checkin->locations, ==,
                    PJ_CODE_BIT (PJ_LOCATION_NECK) | PJ_CODE_BIT (PJ_LOCATION_SHOULDER_LEFT));
  g_assert_cmpstr (checkin->note, ==, "She said \"rest\", so I did");
  checkin = checkin_at (days, 0, 1);
  g_assert_cmpint (checkin->pain, ==, 6);
  g_assert_cmpstr (checkin->note, ==, "two\r\nlines");

  /* A row with only the day's columns, spaces around a number. */
  day = day_at (days, 1);
  g_assert_cmpuint (day->checkins->len, ==, 0);
  g_assert_cmpint (day->stress, ==, 3);
  g_assert_true (isnan (day->sitting_hours));
  g_assert_null (day->note);

  day = day_at (days, 2);
  g_assert_cmpuint (day->checkins->len, ==, 1);
  g_assert_cmpint (checkin_at (days, 2, 0)->locations, ==, 0);
}

static void
test_lf_quotes_and_empty_fields (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = NULL;

  /* LF line ends, no final line break, a quoted empty value, a blank line, a trailing comma. */
  days = parse_text ("date,pain,time,checkin_note,medication,day_note\n"
                     "\n"
                     "2026-06-05,3,12:00,\"\",\"a,b\",\n"
                     "2026-06-04,,,,\"line1\nline2\",", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  /* Sorted by date whatever the file's order. */
  g_assert_cmpuint (day_at (days, 0)->date, ==, pj_date_from_ymd (2026, 6, 4));
  g_assert_cmpuint (day_at (days, 0)->checkins->len, ==, 0);
  g_assert_cmpstr (day_at (days, 0)->medication, ==, "line1\nline2");
  g_assert_null (day_at (days, 0)->note);
  g_assert_cmpstr (day_at (days, 1)->medication, ==, "a,b");
  g_assert_null (checkin_at (days, 1, 0)->note);
}

static void
test_note_with_line_breaks_only_makes_a_checkin (void)
{
  g_autoptr (GError) error = NULL;

  /* A check-in note alone is a check-in without a time: refused, naming the line where the
   * row starts even though an earlier value spans lines. */
  g_autoptr (GPtrArray) days = parse_text ("date,day_note,time,pain,checkin_note\n"
                                           "2026-06-01,\"a\nb\nc\",08:00,3,\n"
                                           "2026-06-02,,,,orphan note\n", &error);
  g_assert_null (days);
  g_assert_cmpstr (error->message, ==, "journal.csv, line 5, column time: Time is required");
}

static void
test_bad_input_messages (void)
{
  ASSERT_PARSE_ERROR ("date,colour\n2026-06-01,red\n", PJ_ERROR_PARSE,
                      "journal.csv, line 1, column colour: unknown column “colour”; the "
                      "columns are: " HEADER);
  ASSERT_PARSE_ERROR ("time,pain\n08:00,3\n", PJ_ERROR_PARSE,
                      "journal.csv, line 1: the header has no date column; the first line "
                      "must name the columns");
  ASSERT_PARSE_ERROR ("date,stress,stress\n", PJ_ERROR_PARSE,
                      "journal.csv, line 1, column stress: this column appears twice in the "
                      "header");
  ASSERT_PARSE_ERROR ("", PJ_ERROR_PARSE,
                      "journal.csv: the file is empty; its first line must be the header: "
                      HEADER);
  ASSERT_PARSE_ERROR ("date,sitting_hours\n2026-06-01,7\n2026-06-02,25\n", PJ_ERROR_INVALID,
                      "journal.csv, line 3, column sitting_hours: Sitting hours must be "
                      "between 0 and 24, not 25");
  ASSERT_PARSE_ERROR ("date,stress\n2026-06-01,high\n", PJ_ERROR_INVALID,
                      "journal.csv, line 2, column stress: Stress must be a whole number, "
                      "not “high”");
  ASSERT_PARSE_ERROR ("date,time,pain,locations\n2026-06-01,08:00,3,neck;hand\n",
                      PJ_ERROR_INVALID,
                      "journal.csv, line 2, column locations: “hand” is not a known code for "
                      "locations; use one of: neck, shoulder_left, shoulder_right, "
                      "between_shoulder_blades, upper_back_left, upper_back_right, mid_back, "
                      "lower_back, arm_left, arm_right");
  ASSERT_PARSE_ERROR ("date\n2026-02-30\n", PJ_ERROR_INVALID,
                      "journal.csv, line 2, column date: “2026-02-30” is not a real calendar "
                      "date");
  ASSERT_PARSE_ERROR ("date\n01/06/2026\n", PJ_ERROR_INVALID,
                      "journal.csv, line 2, column date: “01/06/2026” is not a date; use the "
                      "form YYYY-MM-DD");
  ASSERT_PARSE_ERROR ("date,stress\n,4\n", PJ_ERROR_INVALID,
                      "journal.csv, line 2, column date: the date is missing");
  ASSERT_PARSE_ERROR ("date\n2026-06-30\n2026-07-01\n", PJ_ERROR_INVALID,
                      "journal.csv, line 3, column date: The date 2026-07-01 is in the future; "
                      "entries can only be made up to today");
  ASSERT_PARSE_ERROR ("date,time,pain\n2026-06-01,08:00,\n", PJ_ERROR_INVALID,
                      "journal.csv, line 2, column pain: Pain is required");
  ASSERT_PARSE_ERROR ("date,time,pain\n2026-06-01,,4\n", PJ_ERROR_INVALID,
                      "journal.csv, line 2, column time: Time is required");
  ASSERT_PARSE_ERROR ("date,pain\n2026-06-01,4\n", PJ_ERROR_INVALID,
                      "journal.csv, line 2, column time: Time is required");
  ASSERT_PARSE_ERROR ("date,time,pain\n2026-06-01,25:00,4\n", PJ_ERROR_INVALID,
                      "journal.csv, line 2, column time: Time: “25:00” is not a time; use the "
                      "form HH:MM from 00:00 to 23:59");
  ASSERT_PARSE_ERROR ("date,time,pain\n2026-06-01,08:00,11\n", PJ_ERROR_INVALID,
                      "journal.csv, line 2, column pain: Pain must be between 0 and 10, not 11");
  ASSERT_PARSE_ERROR ("date,stress\n2026-06-01,4,5\n", PJ_ERROR_PARSE,
                      "journal.csv, line 2: the header has 2 columns but this row has a "
                      "different number of values (3)");
  ASSERT_PARSE_ERROR ("date,stress\n2026-06-01\n", PJ_ERROR_PARSE,
                      "journal.csv, line 2: the header has 2 columns but this row has a "
                      "different number of values (1)");
  /* A header of one column: the count takes the singular. */
  ASSERT_PARSE_ERROR ("date\n2026-06-01,4\n", PJ_ERROR_PARSE,
                      "journal.csv, line 2: the header has 1 column but this row has a "
                      "different number of values (2)");
}

static void
test_bad_csv_syntax_messages (void)
{
  ASSERT_PARSE_ERROR ("date,day_note\n2026-06-01,ok\n2026-06-02,\"never\nclosed\n",
                      PJ_ERROR_PARSE,
                      "journal.csv, line 3: a quoted value starts here but is never closed "
                      "with a quote (\")");
  ASSERT_PARSE_ERROR ("date,day_note\n2026-06-01,\"closed\"then more\n", PJ_ERROR_PARSE,
                      "journal.csv, line 2: unexpected text after the closing quote of a value; "
                      "a quoted value must be followed by a comma or the end of the line");
  ASSERT_PARSE_ERROR ("date,day_note\n2026-06-01,say \"hi\"\n", PJ_ERROR_PARSE,
                      "journal.csv, line 2: a quote (\") inside a value that does not start "
                      "with one; put the whole value in quotes and double the quote (\"\")");
  ASSERT_PARSE_ERROR ("date,day_note\n2026-06-01,ok\n2026-06-02,caf\xE9\n", PJ_ERROR_PARSE,
                      "journal.csv, line 3: the file is not UTF-8 text (it has the byte 0xE9); "
                      "save it as “CSV UTF-8”");
  ASSERT_PARSE_ERROR ("date,day_note\n2026-06-01,a\0b\n", PJ_ERROR_PARSE,
                      "journal.csv, line 2: the file is not UTF-8 text (it has the byte 0x00); "
                      "save it as “CSV UTF-8”");
}

static void
test_text_limits_come_from_the_field_table (void)
{
  g_autofree char *long_text = g_strnfill (501, 'x');
  g_autofree char *csv = g_strdup_printf ("date,medication\n2026-06-01,%s\n", long_text);

  assert_parse_error (csv, strlen (csv), PJ_ERROR_INVALID,
                      "journal.csv, line 2, column medication: Medication is longer than 500 "
                      "characters");
}

static void
test_rows_of_a_day_must_agree (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = NULL;

  /* Empty on some rows and equal (as values: 7.50 is 7.5) on the others is fine. */
  days = parse_text ("date,time,pain,sitting_hours,stress,activities\n"
                     "2026-06-01,08:00,3,7.5,,walking;yoga\n"
                     "2026-06-01,12:00,4,,5,yoga;walking\n"
                     "2026-06-01,18:00,5,7.50,5,\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 1);
  g_assert_cmpuint (day_at (days, 0)->checkins->len, ==, 3);
  g_assert_cmpfloat (day_at (days, 0)->sitting_hours, ==, 7.5);
  g_assert_cmpint (day_at (days, 0)->stress, ==, 5);

  ASSERT_PARSE_ERROR ("date,time,pain,stress\n"
                      "2026-06-01,08:00,3,5\n"
                      "2026-06-02,08:00,3,1\n"
                      "2026-06-01,12:00,4,7\n", PJ_ERROR_CONFLICT,
                      "journal.csv, line 4, column stress: “7” conflicts with “5” on line 2 for "
                      "the same date");
  ASSERT_PARSE_ERROR ("date,day_note\n"
                      "2026-06-01,\"first\"\n"
                      "2026-06-01,\n"
                      "2026-06-01,second\n", PJ_ERROR_CONFLICT,
                      "journal.csv, line 4, column day_note: “second” conflicts with “first” on "
                      "line 2 for the same date");
}

static void
test_repeated_checkin_rows (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = NULL;

  /* The same row twice (say, two exports pasted together) is kept once. */
  days = parse_text ("date,time,pain,locations\n"
                     "2026-06-01,08:30,3,neck\n"
                     "2026-06-01,08:30,3,neck\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (day_at (days, 0)->checkins->len, ==, 1);

  ASSERT_PARSE_ERROR ("date,time,pain,locations\n"
                      "2026-06-01,08:30,3,neck\n"
                      "2026-06-01,09:00,3,neck\n"
                      "2026-06-01,08:30,4,neck\n", PJ_ERROR_CONFLICT,
                      "journal.csv, line 4: the check-in of 2026-06-01 at 08:30 differs from "
                      "the one with the same date and time on line 2");
}

static void
test_injection_guard_cells (void)
{
  static const struct
  {
    const char *text;
    const char *exported;
  } cases[] = {
    { "=SUM(A1:A9)", "'=SUM(A1:A9)" },
    { "+1 pill", "'+1 pill" },
    { "-3 pills", "'-3 pills" },
    { "@home", "'@home" },
    { "\tindented", "'\tindented" },
    { "\rcarriage", "'\rcarriage" },
    { "'=already quoted", "''=already quoted" },
    { "''-two", "'''-two" },
    { "'plain quote", "'plain quote" },
    { "'", "'" },
    { "plain", "plain" },
    { "a=b", "a=b" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *exported = pj_csv_guard_cell (cases[i].text);

      g_assert_cmpstr (exported, ==, cases[i].exported);
      g_assert_cmpstr (pj_csv_unguard_cell (exported), ==, cases[i].text);
    }
  /* A formula typed into a file by hand is read as it is (it is only a note to us). */
  g_assert_cmpstr (pj_csv_unguard_cell ("=1+1"), ==, "=1+1");
}

static GPtrArray *
make_days (void)
{
  static const char *notes[] = {
    "=HYPERLINK(\"http://example.com\")", "'=x", "-", "\tTab first", "'quoted", "@mention",
    "+", "Comma, quote \" and\r\nCRLF", "  spaces kept  ", "plain",
  };
  GPtrArray *days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  PjDay *day;

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      PjCheckin *checkin = pj_checkin_new (0, 8 * 60 + (int) i, (int) i);

      day = pj_day_new (pj_test_today () - 20 + i);
      day->note = g_strdup (notes[i]);
      day->medication = g_strdup (notes[G_N_ELEMENTS (notes) - 1 - i]);
      day->sitting_hours = 7.3;
      day->activities = PJ_CODE_BIT (PJ_ACTIVITY_CORE) | PJ_CODE_BIT (PJ_ACTIVITY_WALKING);
      checkin->note = g_strdup (notes[(i + 3) % G_N_ELEMENTS (notes)]);
      checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_NIGHT_PAIN);
      pj_day_add_checkin (day, checkin);
      g_ptr_array_add (days, day);
    }
  /* A day without check-ins, and one with three. */
  day = pj_day_new (pj_test_today () - 5);
  day->stress = 4;
  g_ptr_array_add (days, day);
  day = pj_day_new (pj_test_today ());
  for (int i = 0; i < 3; i++)
    pj_day_add_checkin (day, pj_checkin_new (0, 600 + 60 * i, 2 + i));
  g_ptr_array_add (days, day);
  return days;
}

static void
test_export_rows_and_round_trip (void)
{
  g_autoptr (GPtrArray) days = make_days ();
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = pj_csv_format_days (days);
  g_autofree char *text_again = NULL;
  g_auto (GStrv) lines = g_strsplit (text, "\r\n", -1);

  g_assert_cmpstr (lines[0], ==, HEADER);
  /* A day without check-ins is one row with empty check-in columns. */
  g_assert_true (strstr (text, "\r\n2026-06-25,,,,,,,,,,,,,,,,,4,,,\r\n") != NULL);
  /* Sets are codes joined by ';' in the documented order; decimals in their shortest form. */
  g_assert_true (strstr (text, ",7.3,") != NULL);
  g_assert_true (strstr (text, ",walking;core,") != NULL);
  /* Guarded and quoted as needed. */
  g_assert_true (strstr (text, ",\"'=HYPERLINK(\"\"http://example.com\"\")\"") != NULL);
  g_assert_true (strstr (text, ",'-,") != NULL);
  g_assert_true (strstr (text, ",\"Comma, quote \"\" and\r\nCRLF\"") != NULL);
  /* Ten one-check-in days, one empty day, three rows for the last one, the header and the
   * empty string after the final CRLF; one note holds a CRLF of its own. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 10 + 1 + 3 + 1 + 3);

  again = pj_csv_parse (text, strlen (text), "export.csv", pj_test_today (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, days->len);
  for (guint i = 0; i < days->len; i++)
    g_assert_true (pj_day_equal (day_at (days, i), day_at (again, i), TRUE));
  text_again = pj_csv_format_days (again);
  g_assert_cmpstr (text_again, ==, text);
}

/* ----- With a database ----- */

typedef PjTestJournal Fixture;

static guint
count_days (PjDatabase *db)
{
  g_autoptr (GError) error = NULL;
  guint count = 0;

  g_assert_true (pj_database_count_days (db, &count, &error));
  g_assert_no_error (error);
  return count;
}

static void
test_import_twice_changes_nothing (Fixture      *fixture,
                                   gconstpointer data)
{
  g_autofree char *path = pj_test_data_path ("journal.csv");
  g_autofree char *first_export = g_build_filename (fixture->dir, "first.csv", NULL);
  g_autofree char *second_export = g_build_filename (fixture->dir, "second.csv", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDay) day = NULL;
  PjImportStats stats = { 0 };

  g_assert_true (pj_csv_import_file (fixture->db, path, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.days_written, ==, 4);
  g_assert_cmpuint (stats.checkins_added, ==, 4);
  g_assert_cmpuint (stats.checkins_skipped, ==, 0);
  g_assert_cmpuint (count_days (fixture->db), ==, 4);

  day = pj_database_get_day (fixture->db, pj_date_from_ymd (2026, 6, 10), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (day->checkins->len, ==, 2);
  g_assert_cmpstr (day->medication, ==, "Ibuprofen 400 mg");
  g_assert_cmpfloat (day->sleep_hours, ==, 6.5);
  g_clear_pointer (&day, pj_day_free);
  day = pj_database_get_day (fixture->db, pj_date_from_ymd (2026, 6, 13), &error);
  g_assert_cmpstr (((PjCheckin *) day->checkins->pdata[0])->note, ==, "=cmd|' /C calc'!A0");

  g_assert_true (pj_csv_export_file (fixture->db, first_export, PJ_DATE_NONE, PJ_DATE_NONE,
                                     NULL, &error));
  g_assert_true (pj_csv_import_file (fixture->db, path, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.days_written, ==, 0);
  g_assert_cmpuint (stats.checkins_added, ==, 0);
  g_assert_cmpuint (stats.checkins_skipped, ==, 4);
  g_assert_cmpuint (count_days (fixture->db), ==, 4);
  g_assert_true (pj_csv_export_file (fixture->db, second_export, PJ_DATE_NONE, PJ_DATE_NONE,
                                     NULL, &error));
  g_assert_true (g_file_get_contents (first_export, &first, NULL, NULL));
  g_assert_true (g_file_get_contents (second_export, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);
  /* The hand-typed formula comes out guarded. */
  g_assert_nonnull (strstr (first, ",'=cmd|' /C calc'!A0,"));
}

static void
test_failed_import_writes_nothing (Fixture      *fixture,
                                   gconstpointer data)
{
  g_autofree char *path = pj_test_data_path ("bad-range.csv");
  g_autoptr (GError) error = NULL;

  g_assert_false (pj_csv_import_file (fixture->db, path, NULL, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "bad-range.csv, line 5, column sitting_hours: Sitting hours must be between "
                   "0 and 24, not 25");
  g_assert_cmpuint (count_days (fixture->db), ==, 0);
}

static void
test_missing_file (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "nowhere.csv", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_false (pj_csv_import_file (fixture->db, path, NULL, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "nowhere.csv"));
}

static void
test_export_range_round_trip (Fixture      *fixture,
                              gconstpointer data)
{
  g_autoptr (GPtrArray) days = make_days ();
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) other = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "range.csv", NULL);
  g_autofree char *path_again = g_build_filename (fixture->dir, "again.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  g_auto (GStrv) lines = NULL;
  PjImportStats stats = { 0 };
  struct stat info;
  guint n_days = 0;

  g_assert_true (pj_database_import_days (fixture->db, days, NULL, &error));
  g_assert_no_error (error);

  /* 2026-06-12 … 2026-06-25: eight of the ten one-check-in days and the empty one. */
  g_assert_true (pj_csv_export_file (fixture->db, path, pj_date_from_ymd (2026, 6, 12),
                                     pj_date_from_ymd (2026, 6, 25), &n_days, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_days, ==, 9);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_true (g_str_has_prefix (lines[1], "2026-06-12,"));
  g_assert_true (g_str_has_prefix (lines[g_strv_length (lines) - 2], "2026-06-25,"));

  other = pj_test_open_database (fixture->dir, "other.db");
  g_assert_true (pj_csv_import_file (other, path, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.days_written, ==, 9);
  g_assert_true (pj_csv_export_file (other, path_again, PJ_DATE_NONE, PJ_DATE_NONE, NULL,
                                     &error));
  g_assert_true (g_file_get_contents (path_again, &text_again, NULL, NULL));
  g_assert_cmpstr (text_again, ==, text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/header", test_header_is_documented_order);
  g_test_add_func ("/csv/rfc4180-edge-cases", test_rfc4180_edge_cases);
  g_test_add_func ("/csv/lf-quotes-empty", test_lf_quotes_and_empty_fields);
  g_test_add_func ("/csv/line-of-multiline-row", test_note_with_line_breaks_only_makes_a_checkin);
  g_test_add_func ("/csv/bad-input-messages", test_bad_input_messages);
  g_test_add_func ("/csv/bad-syntax-messages", test_bad_csv_syntax_messages);
  g_test_add_func ("/csv/text-limits", test_text_limits_come_from_the_field_table);
  g_test_add_func ("/csv/day-rows-agree", test_rows_of_a_day_must_agree);
  g_test_add_func ("/csv/repeated-checkins", test_repeated_checkin_rows);
  g_test_add_func ("/csv/injection-guard", test_injection_guard_cells);
  g_test_add_func ("/csv/export-round-trip", test_export_rows_and_round_trip);
  g_test_add ("/csv/import-twice", Fixture, NULL, pj_test_journal_setup,
              test_import_twice_changes_nothing, pj_test_journal_teardown);
  g_test_add ("/csv/failed-import-writes-nothing", Fixture, NULL, pj_test_journal_setup,
              test_failed_import_writes_nothing, pj_test_journal_teardown);
  g_test_add ("/csv/missing-file", Fixture, NULL, pj_test_journal_setup, test_missing_file,
              pj_test_journal_teardown);
  g_test_add ("/csv/export-range-round-trip", Fixture, NULL, pj_test_journal_setup,
              test_export_range_round_trip, pj_test_journal_teardown);

  return g_test_run ();
}
