/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "pj-database.h"
#include "pj-error.h"
#include "pj-export.h"
#include "pj-test-utils.h"

/* pj_export_write() for every format, on a journal of three days of which two lie in the
 * exported period. */

#define D(m, d) pj_date_from_ymd (2026, m, d)

static void
add_checkin (PjDatabase *db,
             PjDate      date,
             int         pain)
{
  g_autoptr (PjCheckin) checkin = pj_checkin_new (date, 9 * 60, pain);
  g_autoptr (GError) error = NULL;

  g_assert_true (pj_database_add_checkin (db, checkin, &error));
  g_assert_no_error (error);
}

static void
fill (PjDatabase *db)
{
  add_checkin (db, D (6, 27), 3);
  add_checkin (db, D (6, 28), 5);
  add_checkin (db, D (6, 29), 6);
}

static PjExportOptions
period_options (GDateTime *generated)
{
  PjExportOptions options = { 0 };

  options.from = D (6, 28);
  options.to = D (6, 29);
  options.generated = generated;
  return options;
}

static char *
read_text (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

static JsonObject *
parse_object (const char *text,
              JsonParser *parser)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_csv (PjTestJournal *journal,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (journal->dir, "out.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  PjExportOptions options = period_options (NULL);
  guint count = 99;

  fill (journal->db);
  g_assert_true (pj_export_write (journal->db, PJ_EXPORT_FORMAT_CSV, path, &options, NULL,
                                  &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 2);
  text = read_text (path);
  g_assert_true (g_str_has_prefix (text, "date,time,pain,"));
  g_assert_nonnull (strstr (text, "\n2026-06-28,09:00,5,"));
  g_assert_nonnull (strstr (text, "\n2026-06-29,09:00,6,"));
  g_assert_null (strstr (text, "2026-06-27"));
}

static void
test_json (PjTestJournal *journal,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (journal->dir, "out.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GDateTime) generated = g_date_time_new_utc (2026, 6, 30, 18, 45, 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  PjExportOptions options = period_options (generated);
  JsonObject *root;
  guint count = 0;

  fill (journal->db);
  g_assert_true (pj_export_write (journal->db, PJ_EXPORT_FORMAT_JSON, path, &options, NULL,
                                  &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 2);
  text = read_text (path);
  root = parse_object (text, parser);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "days")), ==, 2);
  /* the time passed in, not the clock */
  g_assert_nonnull (strstr (text, "2026-06-30T18:45:00"));
}

static void
test_fhir (PjTestJournal *journal,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (journal->dir, "out.fhir.json", NULL);
  g_autofree char *named_path = g_build_filename (journal->dir, "named.fhir.json", NULL);
  g_autofree char *text = NULL, *named = NULL;
  g_autoptr (GDateTime) generated = g_date_time_new_utc (2026, 6, 30, 18, 45, 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  PjExportOptions options = period_options (generated);
  JsonObject *root;
  guint count = 0;

  fill (journal->db);
  /* an empty name is no name: no Patient */
  options.name = "";
  g_assert_true (pj_export_write (journal->db, PJ_EXPORT_FORMAT_FHIR, path, &options, NULL,
                                  &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, >=, 2);
  text = read_text (path);
  root = parse_object (text, parser);
  g_assert_cmpstr (json_object_get_string_member (root, "resourceType"), ==, "Bundle");
  g_assert_null (strstr (text, "\"Patient\""));

  options.name = "Alex Example";
  options.birth_year = 1980;
  g_assert_true (pj_export_write (journal->db, PJ_EXPORT_FORMAT_FHIR, named_path, &options,
                                  NULL, NULL, &error));
  g_assert_no_error (error);
  named = read_text (named_path);
  g_assert_nonnull (strstr (named, "\"Patient\""));
  g_assert_nonnull (strstr (named, "Alex Example"));
}

typedef struct
{
  guint       calls;
  const char *path;
  PjDate      today;
} FakeReport;

static gboolean
fake_report (PjDatabase   *database,
             const char   *path,
             GCancellable *cancellable,
             gpointer      user_data,
             GError      **error)
{
  FakeReport *fake = user_data;

  fake->calls++;
  fake->path = path;
  fake->today = pj_database_get_today (database);
  return g_file_set_contents (path, "%PDF-1.5\n", -1, error);
}

/* The report goes through the writer the caller gives: the core never links cairo. */
static void
test_pdf (PjTestJournal *journal,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (journal->dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  PjExportOptions options = period_options (NULL);
  FakeReport fake = { 0 };
  guint count = 99;

  options.write_report = fake_report;
  options.report_data = &fake;
  g_assert_true (pj_export_write (journal->db, PJ_EXPORT_FORMAT_PDF, path, &options, NULL,
                                  &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fake.calls, ==, 1);
  g_assert_cmpstr (fake.path, ==, path);
  g_assert_cmpuint (fake.today, ==, pj_test_today ());
  g_assert_cmpuint (count, ==, 0);
  text = read_text (path);
  g_assert_true (g_str_has_prefix (text, "%PDF"));
}

static void
test_pdf_without_writer (PjTestJournal *journal,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (journal->dir, "report.pdf", NULL);
  g_autoptr (GError) error = NULL;
  PjExportOptions options = period_options (NULL);

  g_assert_false (pj_export_write (journal->db, PJ_EXPORT_FORMAT_PDF, path, &options, NULL,
                                   NULL, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Cannot write the PDF report: this program was built without the report "
                   "writer.");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A folder that does not exist: the error names the file, and nothing is written. */
static void
test_unwritable (PjTestJournal *journal,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (journal->dir, "missing", "out.csv", NULL);
  g_autoptr (GError) error = NULL;
  PjExportOptions options = period_options (NULL);
  guint count = 99;

  fill (journal->db);
  g_assert_false (pj_export_write (journal->db, PJ_EXPORT_FORMAT_CSV, path, &options, NULL,
                                   &count, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "Cannot write "));
  g_assert_nonnull (strstr (error->message, "missing/out.csv: "));
  g_assert_cmpuint (count, ==, 99);  /* untouched on failure */
}

static void
test_unknown_format (PjTestJournal *journal,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (journal->dir, "out", NULL);
  g_autoptr (GError) error = NULL;
  PjExportOptions options = period_options (NULL);

  g_assert_false (pj_export_format_is_available (PJ_N_EXPORT_FORMATS));
  g_assert_false (pj_export_write (journal->db, PJ_N_EXPORT_FORMATS, path, &options, NULL,
                                   NULL, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "This version of Pain Journal cannot export in this format.");
}

static void
test_table (void)
{
  const char *suffixes[PJ_N_EXPORT_FORMATS] = {
    [PJ_EXPORT_FORMAT_PDF] = "report.pdf",
    [PJ_EXPORT_FORMAT_CSV] = "journal.csv",
    [PJ_EXPORT_FORMAT_JSON] = "backup.json",
    [PJ_EXPORT_FORMAT_FHIR] = "fhir.json",
  };

  for (PjExportFormat format = 0; format < PJ_N_EXPORT_FORMATS; format++)
    {
      g_assert_true (pj_export_format_is_available (format));
      g_assert_cmpstr (pj_export_format_get_file_suffix (format), ==, suffixes[format]);
      g_assert_nonnull (pj_export_format_get_label (format));
    }
  g_assert_cmpstr (pj_export_format_get_label (PJ_EXPORT_FORMAT_CSV), ==, "CSV spreadsheet");
  /* only the CSV carries no time of its making */
  g_assert_false (pj_export_format_has_time (PJ_EXPORT_FORMAT_CSV));
  g_assert_true (pj_export_format_has_time (PJ_EXPORT_FORMAT_JSON));
  g_assert_true (pj_export_format_has_time (PJ_EXPORT_FORMAT_FHIR));
  g_assert_true (pj_export_format_has_time (PJ_EXPORT_FORMAT_PDF));
}

#define ADD(name, func)                                                                      \
  g_test_add (name, PjTestJournal, NULL, pj_test_journal_setup, func, pj_test_journal_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/table", test_table);
  ADD ("/export/csv", test_csv);
  ADD ("/export/json", test_json);
  ADD ("/export/fhir", test_fhir);
  ADD ("/export/pdf", test_pdf);
  ADD ("/export/pdf-without-writer", test_pdf_without_writer);
  ADD ("/export/unwritable", test_unwritable);
  ADD ("/export/unknown-format", test_unknown_format);
  return g_test_run ();
}
