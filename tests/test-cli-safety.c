/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pj-test-cli.h"
#include "pj-test-utils.h"

/* The command line's safety net (issue 13): --backup, --restore, --recover, the advice on a
 * damaged journal, read-only journals, other programs' files and bad input, each with its
 * exit status and one line on stderr. */

#define EPOCH "1782845100" /* 2026-06-30T18:45:00Z */

/* Runs pain-journal --db @db with the NULL-terminated arguments, headless, with its home
 * beside @db. */
G_GNUC_NULL_TERMINATED
static void
run (const char      *db,
     PjTestCliResult *result,
     ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *dir = g_path_get_dirname (db);
  va_list args;

  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db);
  va_start (args, result);
  for (const char *arg = va_arg (args, const char *); arg != NULL;
       arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  pj_test_cli_run (dir, dir, EPOCH, (const char * const *) argv->pdata, result);
}

/* Exit status 1 and exactly one line on stderr that contains @part. */
static void
assert_failure_with (PjTestCliResult *result,
                     const char      *part)
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
  g_autofree char *scratch = g_build_filename (dir, "scratch.csv", NULL);
  g_auto (PjTestCliResult) result = { 0 };

  /* Never /dev/null as a target: a regression that renames over it breaks the machine. */
  run (db, &result, "--demo-data", "--demo-days", "365", "--as-of", "2026-06-30",
       "--export-csv", scratch, NULL);
  pj_test_cli_assert_success (&result);
  return db;
}

static void
test_backup_and_restore (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *scratch = g_build_filename (dir, "scratch.out", NULL);
  g_autofree char *db = make_journal (dir);
  g_autofree char *backup = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *before = g_build_filename (dir, "before.json", NULL);
  g_autofree char *after = g_build_filename (dir, "after.json", NULL);
  g_autoptr (GBytes) original = NULL;
  g_auto (PjTestCliResult) result = { 0 };

  run (db, &result, "--export-json", before, "--backup", backup, NULL);
  pj_test_cli_assert_success (&result);
  g_assert_nonnull (strstr (result.out, "Backed up the journal to "));
  g_assert_nonnull (strstr (result.out, "copy.db\n"));
  pj_test_cli_result_clear (&result);

  run (db, &result, "--demo-data", "--demo-days", "30", "--export-csv", scratch, NULL);
  pj_test_cli_assert_success (&result);
  pj_test_cli_result_clear (&result);
  original = read_bytes (db);

  run (db, &result, "--restore", backup, "--export-json", after, NULL);
  pj_test_cli_assert_success (&result);
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
  g_autofree char *scratch = g_build_filename (dir, "scratch.out", NULL);
  g_autofree char *db = make_journal (dir);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autofree char *backup = g_build_filename (backups, "journal-2026-06-29.db", NULL);
  g_autoptr (GBytes) damaged = NULL;
  g_auto (PjTestCliResult) result = { 0 };
  GStatBuf info;

  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);
  run (db, &result, "--backup", backup, NULL);
  pj_test_cli_assert_success (&result);
  pj_test_cli_result_clear (&result);

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
  run (db, &result, "--export-json", scratch, NULL);
  assert_failure_with (&result, "is damaged");
  assert_failure_with (&result, "pain-journal --recover");
  assert_failure_with (&result, "journal-2026-06-29.db");
  assert_failure_with (&result, "the backup of 2026-06-29");
  assert_unchanged (db, damaged);
  pj_test_cli_result_clear (&result);

  run (db, &result, "--recover", NULL);
  pj_test_cli_assert_success (&result);
  g_assert_true (g_str_has_prefix (result.out, "Recovered "));
  g_assert_nonnull (strstr (result.out, "The damaged file is kept as "));
  g_assert_nonnull (strstr (result.out, "/journal.db.damaged-"));
  pj_test_cli_result_clear (&result);

  run (db, &result, "--export-csv", scratch, NULL);
  pj_test_cli_assert_success (&result);
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
  g_auto (PjTestCliResult) result = { 0 };

  g_assert_cmpint (g_chmod (db, 0444), ==, 0);
  before = read_bytes (db);
  run (db, &result, "--export-csv", csv, "--report", pdf, NULL);
  pj_test_cli_assert_success (&result);
  pj_test_cli_result_clear (&result);
  run (db, &result, "--insights", NULL);
  pj_test_cli_assert_success (&result);
  g_assert_true (g_str_has_prefix (result.out, "{"));
  pj_test_cli_result_clear (&result);
  run (db, &result, "--import", input, NULL);
  assert_failure_with (&result, "can only be read");
  assert_unchanged (db, before);
  pj_test_remove_tree (dir);
}

static void
test_foreign_file (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *scratch = g_build_filename (dir, "scratch.out", NULL);
  g_autofree char *db = g_build_filename (dir, "photos.db", NULL);
  g_autoptr (GBytes) before = NULL;
  g_auto (PjTestCliResult) result = { 0 };
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (db, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE photo (name TEXT);", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (raw);
  before = read_bytes (db);
  run (db, &result, "--export-csv", scratch, NULL);
  assert_failure_with (&result,
                       "photos.db is a database of another program; Pain Journal did not "
                       "change it");
  pj_test_cli_result_clear (&result);
  run (db, &result, "--demo-data", "--export-csv", scratch, NULL);
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
      g_auto (PjTestCliResult) result = { 0 };

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
  g_auto (PjTestCliResult) result = { 0 };

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
  g_auto (PjTestCliResult) result = { 0 };
  struct rusage usage;

  g_assert_true (g_file_set_contents (header, header_text, -1, NULL));
  g_assert_true (g_file_set_contents (fields, fields_text, -1, NULL));
  run (db, &result, "--import", header, NULL);
  assert_failure_with (&result, cut);
  g_assert_cmpuint (strlen (result.err), <, 1000);
  pj_test_cli_result_clear (&result);

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

/* Reads a FIFO on a thread while the binary writes into it, so a large export never blocks. */
typedef struct
{
  int           fd;
  GString      *text;
  volatile gint done;
} FifoReader;

static gpointer
read_fifo (gpointer data)
{
  FifoReader *reader = data;

  for (;;)
    {
      struct pollfd ready = { reader->fd, POLLIN, 0 };
      char buffer[4096];
      gssize got;

      if (poll (&ready, 1, 20) <= 0)
        {
          if (g_atomic_int_get (&reader->done))
            break;
          continue;
        }
      got = read (reader->fd, buffer, sizeof buffer);
      if (got > 0)
        g_string_append_len (reader->text, buffer, got);
      else if (got < 0 && errno != EINTR && errno != EAGAIN)
        break;
    }
  return NULL;
}

/* Runs pain-journal with @option @fifo and returns what came through the pipe. */
static char *
run_into_fifo (const char      *db,
               const char      *fifo,
               const char      *option,
               PjTestCliResult *result)
{
  /* Opened for reading and writing so the open never waits and the pipe always has a
   * reader; the thread drains it while the binary runs. */
  FifoReader reader = { g_open (fifo, O_RDWR | O_NONBLOCK, 0), g_string_new (NULL), 0 };
  GThread *thread;

  g_assert_cmpint (reader.fd, >=, 0);
  thread = g_thread_new ("fifo-reader", read_fifo, &reader);
  run (db, result, option, fifo, NULL);
  g_atomic_int_set (&reader.done, 1);
  g_thread_join (thread);
  close (reader.fd);
  return g_string_free (reader.text, FALSE);
}

static void
assert_still_fifo (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_true (S_ISFIFO (info.st_mode));
}

/* An export into a pipe or a device (/dev/stdout, /dev/null) goes into it: the node is not
 * replaced by a plain file, as an atomic rename would do. A backup, a file of its own, is
 * refused with a reason. */
static void
test_streams_stay_streams (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db = make_journal (dir);
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_auto (PjTestCliResult) result = { 0 };
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *pdf = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  csv = run_into_fifo (db, fifo, "--export-csv", &result);
  pj_test_cli_assert_success (&result);
  assert_still_fifo (fifo);
  g_assert_true (g_str_has_prefix (csv, "date,"));
  /* The whole year came through, to its last line. */
  {
    g_auto (GStrv) lines = g_strsplit (csv, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), >, 365);
    g_assert_true (g_str_has_suffix (csv, "\n"));
  }
  pj_test_cli_result_clear (&result);

  json = run_into_fifo (db, fifo, "--export-json", &result);
  pj_test_cli_assert_success (&result);
  assert_still_fifo (fifo);
  g_assert_true (g_str_has_prefix (json, "{"));
  pj_test_cli_result_clear (&result);

  pdf = run_into_fifo (db, fifo, "--report", &result);
  pj_test_cli_assert_success (&result);
  assert_still_fifo (fifo);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  pj_test_cli_result_clear (&result);

  run (db, &result, "--backup", fifo, NULL);
  assert_failure_with (&result, "pipe: it is a device or a pipe, not a file; choose a file "
                                "name ending in .db");
  assert_still_fifo (fifo);
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
  g_test_add_func ("/cli-safety/streams-stay-streams", test_streams_stay_streams);
  return g_test_run ();
}
