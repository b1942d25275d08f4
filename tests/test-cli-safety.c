/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>

#include "pj-test-utils.h"

/* The command line's safety net (issue 13): --backup, --restore, --recover, the advice on a
 * damaged journal, read-only journals, other programs' files and bad input, each with its
 * exit status and one line on stderr. */

#define EPOCH "1782845100" /* 2026-06-30T18:45:00Z */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs pain-journal --db @db with the NULL-terminated arguments, headless. */
G_GNUC_NULL_TERMINATED
static void
run (const char *db,
     Result     *result,
     ...)
{
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (db);
  const char *binary = g_getenv ("PJ_BINARY");
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db);
  va_start (args, result);
  for (const char *arg = va_arg (args, const char *); arg != NULL;
       arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "SOURCE_DATE_EPOCH", EPOCH, TRUE);
  /* Under LeakSanitizer the list of suppressions used would land on stderr. */
  if (g_getenv ("LSAN_OPTIONS") != NULL)
    {
      g_autofree char *lsan = g_strconcat (g_getenv ("LSAN_OPTIONS"), ":print_suppressions=0",
                                           NULL);

      g_subprocess_launcher_setenv (launcher, "LSAN_OPTIONS", lsan, TRUE);
    }
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err,
                                                &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
}

static void
assert_success (Result *result)
{
  if (result->status != 0)
    g_printerr ("stderr: %s\n", result->err);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->err, ==, "");
}

/* Exit status 1 and exactly one line on stderr that contains @part. */
static void
assert_failure_with (Result     *result,
                     const char *part)
{
  g_assert_cmpint (result->status, ==, 1);
  g_assert_true (g_str_has_suffix (result->err, "\n"));
  g_assert_cmpint (strchr (result->err, '\n') - result->err, ==, strlen (result->err) - 1);
  if (strstr (result->err, part) == NULL)
    g_error ("expected “%s” in: %s", part, result->err);
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

static void
assert_unchanged (const char *path,
                  GBytes     *before)
{
  g_autoptr (GBytes) after = read_bytes (path);

  g_assert_true (g_bytes_equal (before, after));
}

static char *
make_journal (const char *dir)
{
  char *db = g_build_filename (dir, "journal.db", NULL);
  g_auto (Result) result = { 0 };

  run (db, &result, "--demo-data", "--demo-days", "365", "--as-of", "2026-06-30",
       "--export-csv", "/dev/null", NULL);
  assert_success (&result);
  return db;
}

static void
test_backup_and_restore (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db = make_journal (dir);
  g_autofree char *backup = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *before = g_build_filename (dir, "before.json", NULL);
  g_autofree char *after = g_build_filename (dir, "after.json", NULL);
  g_autoptr (GBytes) original = NULL;
  g_auto (Result) result = { 0 };

  run (db, &result, "--export-json", before, "--backup", backup, NULL);
  assert_success (&result);
  g_assert_nonnull (strstr (result.out, "Backed up the journal to "));
  g_assert_nonnull (strstr (result.out, "copy.db\n"));
  result_clear (&result);

  run (db, &result, "--demo-data", "--demo-days", "30", "--export-csv", "/dev/null", NULL);
  assert_success (&result);
  result_clear (&result);
  original = read_bytes (db);

  run (db, &result, "--restore", backup, "--export-json", after, NULL);
  assert_success (&result);
  g_assert_nonnull (strstr (result.out, "copy.db; the journal it replaced is kept as "));
  g_assert_nonnull (strstr (result.out, "/journal.db.replaced-"));
  {
    g_autoptr (GBytes) a = read_bytes (before);
    g_autoptr (GBytes) b = read_bytes (after);

    g_assert_true (g_bytes_equal (a, b));
  }
  /* The replaced journal is the one that was there. */
  {
    g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;
    gboolean found = FALSE;

    while ((name = g_dir_read_name (listing)) != NULL)
      if (g_str_has_prefix (name, "journal.db.replaced-") && !g_str_has_suffix (name, "-wal") &&
          !g_str_has_suffix (name, "-shm"))
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);

          assert_unchanged (path, original);
          found = TRUE;
        }
    g_assert_true (found);
  }
  pj_test_remove_tree (dir);
}

static void
test_damaged_journal (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db = make_journal (dir);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autofree char *backup = g_build_filename (backups, "journal-2026-06-29.db", NULL);
  g_autoptr (GBytes) damaged = NULL;
  g_auto (Result) result = { 0 };
  GStatBuf info;

  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);
  run (db, &result, "--backup", backup, NULL);
  assert_success (&result);
  result_clear (&result);

  g_assert_cmpint (g_stat (db, &info), ==, 0);
  {
    FILE *file = fopen (db, "r+b");
    char junk[4096];

    memset (junk, 0x33, sizeof junk);
    g_assert_cmpint (fseek (file, (info.st_size / 4096 / 2) * 4096, SEEK_SET), ==, 0);
    g_assert_cmpuint (fwrite (junk, 1, sizeof junk, file), ==, sizeof junk);
    fclose (file);
  }
  damaged = read_bytes (db);

  /* An export of everything meets the damage; the advice names both ways out. */
  run (db, &result, "--export-json", "/dev/null", NULL);
  assert_failure_with (&result, "is damaged");
  assert_failure_with (&result, "pain-journal --recover");
  assert_failure_with (&result, "journal-2026-06-29.db");
  assert_failure_with (&result, "the backup of 2026-06-29");
  assert_unchanged (db, damaged);
  result_clear (&result);

  run (db, &result, "--recover", NULL);
  assert_success (&result);
  g_assert_true (g_str_has_prefix (result.out, "Recovered "));
  g_assert_nonnull (strstr (result.out, "The damaged file is kept as "));
  g_assert_nonnull (strstr (result.out, "/journal.db.damaged-"));
  result_clear (&result);

  run (db, &result, "--export-csv", "/dev/null", NULL);
  assert_success (&result);
  pj_test_remove_tree (dir);
}

static void
test_read_only_journal (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db = make_journal (dir);
  g_autofree char *csv = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *input = pj_test_data_path ("journal.csv");
  g_autoptr (GBytes) before = NULL;
  g_auto (Result) result = { 0 };

  g_assert_cmpint (g_chmod (db, 0444), ==, 0);
  before = read_bytes (db);
  run (db, &result, "--export-csv", csv, "--report", pdf, NULL);
  assert_success (&result);
  result_clear (&result);
  run (db, &result, "--insights", NULL);
  assert_success (&result);
  g_assert_true (g_str_has_prefix (result.out, "{"));
  result_clear (&result);
  run (db, &result, "--import", input, NULL);
  assert_failure_with (&result, "can only be read");
  assert_unchanged (db, before);
  pj_test_remove_tree (dir);
}

static void
test_foreign_file (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "photos.db", NULL);
  g_autoptr (GBytes) before = NULL;
  g_auto (Result) result = { 0 };
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (db, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE photo (name TEXT);", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (raw);
  before = read_bytes (db);
  run (db, &result, "--export-csv", "/dev/null", NULL);
  assert_failure_with (&result,
                       "photos.db is a database of another program; Pain Journal did not "
                       "change it");
  result_clear (&result);
  run (db, &result, "--demo-data", "--export-csv", "/dev/null", NULL);
  assert_failure_with (&result, "is a database of another program");
  assert_unchanged (db, before);
  pj_test_remove_tree (dir);
}

typedef struct
{
  const char *name;
  const char *contents; /* NULL: made by the test */
  const char *expected;
} BadInput;

static void
test_bad_input (void)
{
  static const BadInput inputs[] = {
    { "hex.json", "{\"format\":\"pain-journal\",\"version\":1,\"days\":[{\"date\":\"2026-01-01\","
      "\"stress\":0x7}]}", "“0x7” is not a number JSON allows" },
    { "tiny.json", "{\"format\":\"pain-journal\",\"version\":1,\"days\":[{\"date\":\"2026-01-01\","
      "\"checkins\":[{\"time\":\"08:00\",\"pain\":1e-400}]}]}",
      "the number 1e-400 is too small to be read exactly" },
    { "large.json", "{\"format\":\"pain-journal\",\"version\":1,\"days\":[{\"date\":\"2026-01-01\","
      "\"stress\":99999999999999999999}]}", "the number 99999999999999999999 has more digits" },
    { "cr.csv", "date,day_note\r2026-05-11,fine\r",
      "cr.csv, line 1: this line ends with a carriage return (CR) alone" },
  };
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db = make_journal (dir);
  g_autoptr (GBytes) before = read_bytes (db);

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *path = g_build_filename (dir, inputs[i].name, NULL);
      g_auto (Result) result = { 0 };

      g_assert_true (g_file_set_contents (path, inputs[i].contents, -1, NULL));
      run (db, &result, "--import", path, NULL);
      assert_failure_with (&result, inputs[i].expected);
    }
  assert_unchanged (db, before);
  pj_test_remove_tree (dir);
}

static void
test_deep_json (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db = make_journal (dir);
  g_autofree char *path = g_build_filename (dir, "deep.json", NULL);
  g_autofree char *deep = g_strnfill (80000, '[');
  g_auto (Result) result = { 0 };

  g_assert_true (g_file_set_contents (path, deep, -1, NULL));
  run (db, &result, "--import", path, NULL);
  assert_failure_with (&result, "deep.json, line 1, character 65: the data is nested more than "
                                "64 levels deep");
  pj_test_remove_tree (dir);
}

/* A 10 MB line: the message quotes 80 characters of it, and a row of millions of fields is
 * refused without taking memory in proportion. */
static void
test_huge_lines (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db = make_journal (dir);
  g_autofree char *header = g_build_filename (dir, "header.csv", NULL);
  g_autofree char *fields = g_build_filename (dir, "fields.csv", NULL);
  g_autofree char *long_name = g_strnfill (10 * 1024 * 1024, 'x');
  g_autofree char *commas = g_strnfill (10 * 1024 * 1024, ',');
  g_autofree char *header_text = g_strconcat ("date,", long_name, "\n", NULL);
  g_autofree char *fields_text = g_strconcat ("date", commas, "\n", NULL);
  g_autofree char *eighty = g_strnfill (80, 'x');
  g_autofree char *cut = g_strconcat ("unknown column “", eighty, "…”", NULL);
  g_auto (Result) result = { 0 };
  struct rusage usage;

  g_assert_true (g_file_set_contents (header, header_text, -1, NULL));
  g_assert_true (g_file_set_contents (fields, fields_text, -1, NULL));
  run (db, &result, "--import", header, NULL);
  assert_failure_with (&result, cut);
  g_assert_cmpuint (strlen (result.err), <, 1000);
  result_clear (&result);

  run (db, &result, "--import", fields, NULL);
  assert_failure_with (&result, "fields.csv, line 1: this row has more than 1000 values");
#ifndef __SANITIZE_ADDRESS__
  /* The largest of this test's children; under AddressSanitizer shadow memory counts too. */
  g_assert_cmpint (getrusage (RUSAGE_CHILDREN, &usage), ==, 0);
  g_assert_cmpint (usage.ru_maxrss, <, 64 * 1024);
#else
  (void) usage;
#endif
  pj_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-safety/backup-and-restore", test_backup_and_restore);
  g_test_add_func ("/cli-safety/damaged-journal", test_damaged_journal);
  g_test_add_func ("/cli-safety/read-only-journal", test_read_only_journal);
  g_test_add_func ("/cli-safety/foreign-file", test_foreign_file);
  g_test_add_func ("/cli-safety/bad-input", test_bad_input);
  g_test_add_func ("/cli-safety/deep-json", test_deep_json);
  g_test_add_func ("/cli-safety/huge-lines", test_huge_lines);
  return g_test_run ();
}
