/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pj-database-files.h"
#include "pj-database.h"
#include "pj-demo.h"
#include "pj-error.h"
#include "pj-migrations.h"
#include "pj-test-utils.h"

/* Files that are not a healthy journal of this version: each is met with its own message and
 * left byte-identical (issue 13). */

static char *
make_journal (const char *dir,
              int         n_days)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr (PjDatabase) db = pj_database_open (path, &error);

  g_assert_no_error (error);
  pj_database_set_today (db, pj_test_today ());
  g_assert_true (pj_demo_fill (db, n_days, NULL, &error));
  g_assert_no_error (error);
  return path;
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

static void
overwrite (const char *path,
           goffset     offset,
           gsize       length,
           guint8      byte)
{
  FILE *file = fopen (path, "r+b");
  g_autofree guint8 *junk = g_malloc (length);

  memset (junk, byte, length);
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, offset, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, length, file), ==, length);
  fclose (file);
}

/* Opening fails as damaged, or the first full read does: either way PJ_ERROR_DAMAGED. */
static void
assert_damaged (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open_read_only (path, &error);

  if (db != NULL)
    {
      g_autoptr (GPtrArray) days = pj_database_list_days_in_range (
        db, PJ_DATE_NONE, PJ_DATE_NONE, PJ_ORDER_OLDEST_FIRST, 0, 0, &error);

      if (days != NULL)
        g_assert_false (pj_database_quick_check_file (path, &error));
    }
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "damaged"));
}

static void
test_truncated (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 365);
  g_autoptr (GBytes) before = NULL;
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (truncate (path, info.st_size / 2), ==, 0);
  before = read_bytes (path);
  assert_damaged (path);
  assert_unchanged (path, before);
  pj_test_remove_tree (dir);
}

static void
test_page_overwritten (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 365);
  g_autoptr (GBytes) before = NULL;
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  /* One 4 KB page in the middle of the file. */
  overwrite (path, (info.st_size / 4096 / 2) * 4096, 4096, 0xA5);
  before = read_bytes (path);
  assert_damaged (path);
  assert_unchanged (path, before);
  pj_test_remove_tree (dir);
}

static void
test_random_bytes (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr (GRand) rand = g_rand_new_with_seed (13);
  g_autofree guint8 *noise = g_malloc (8192);
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;

  for (guint i = 0; i < 8192; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) noise, 8192, NULL));
  before = read_bytes (path);

  db = pj_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "is damaged or is not a Pain Journal file"));
  assert_unchanged (path, before);
  pj_test_remove_tree (dir);
}

static void
make_foreign (const char *path,
              const char *sql)
{
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
}

static void
assert_foreign_refused (const char *path)
{
  g_autoptr (GBytes) before = read_bytes (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) read_error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open (path, &error);
  g_autoptr (PjDatabase) read_db = pj_database_open_read_only (path, &read_error);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *expected = g_strdup_printf (
    "%s is a database of another program; Pain Journal did not change it", name);

  g_assert_null (db);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_FOREIGN);
  g_assert_nonnull (strstr (error->message, expected));
  g_assert_null (read_db);
  g_assert_error (read_error, PJ_ERROR, PJ_ERROR_FOREIGN);
  assert_unchanged (path, before);
}

static void
test_another_program (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *plain = g_build_filename (dir, "contacts.db", NULL);
  g_autofree char *marked = g_build_filename (dir, "other.db", NULL);
  g_autofree char *wal = g_build_filename (dir, "wal.db", NULL);

  make_foreign (plain, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('A');");
  assert_foreign_refused (plain);
  /* Even with a table named like ours, another program's application_id wins. */
  make_foreign (marked, "PRAGMA application_id = 42; CREATE TABLE day (date TEXT);");
  assert_foreign_refused (marked);
  make_foreign (wal, "PRAGMA journal_mode = WAL; CREATE TABLE notes (x); PRAGMA user_version = 7;");
  assert_foreign_refused (wal);
  pj_test_remove_tree (dir);
}

static void
test_newer_version (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 10);
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d;",
                                          pj_migrations_latest_version () + 1);
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;

  make_foreign (path, sql);
  before = read_bytes (path);
  db = pj_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "newer version of Pain Journal"));
  assert_unchanged (path, before);
  pj_test_remove_tree (dir);
}

static void
test_read_only (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 30);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;
  g_autoptr (PjDatabase) reader = NULL;
  g_autoptr (PjDay) day = NULL;
  guint n_days = 0;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = read_bytes (path);

  db = pj_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "can only be read"));
  g_clear_error (&error);

  /* Reading works, and a write says why it cannot save. */
  reader = pj_database_open_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_true (pj_database_is_read_only (reader));
  g_assert_true (pj_database_count_days (reader, &n_days, &error));
  g_assert_cmpuint (n_days, >, 0);
  day = pj_day_new (pj_test_today ());
  day->stress = 3;
  g_assert_false (pj_database_save_day (reader, day, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "can only be read"));
  g_clear_object (&reader);

  assert_unchanged (path, before);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  pj_test_remove_tree (dir);
}

static void
test_directory (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) read_error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open (dir, &error);
  g_autoptr (PjDatabase) read_db = pj_database_open_read_only (dir, &read_error);

  g_assert_null (db);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "is a folder, not a journal file"));
  g_assert_null (read_db);
  g_assert_error (read_error, PJ_ERROR, PJ_ERROR_IO);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  pj_test_remove_tree (dir);
}

static int
application_id_of (const char *path)
{
  sqlite3 *raw = NULL;
  sqlite3_stmt *statement = NULL;
  int id;

  g_assert_cmpint (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "PRAGMA application_id", -1, &statement, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  id = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (raw);
  return id;
}

static void
test_application_id (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *path = make_journal (dir, 5);
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;
  int version;

  /* A zero-length file may become a journal; it gets the mark. */
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  db = pj_database_open (empty, &error);
  g_assert_no_error (error);
  g_clear_object (&db);
  g_assert_cmpint (application_id_of (empty), ==, PJ_APPLICATION_ID);

  /* A journal from before the mark gets it on open, without a new schema version. */
  make_foreign (path, "PRAGMA application_id = 0;");
  g_assert_cmpint (application_id_of (path), ==, 0);
  db = pj_database_open (path, &error);
  g_assert_no_error (error);
  version = pj_database_get_schema_version (db);
  g_clear_object (&db);
  g_assert_cmpint (application_id_of (path), ==, PJ_APPLICATION_ID);
  g_assert_cmpint (version, ==, pj_migrations_latest_version ());
  pj_test_remove_tree (dir);
}

/* The default folder and file are tightened to 0700/0600 on open. */
static void
test_modes_tightened (void)
{
  g_autofree char *path = pj_database_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;
  GStatBuf info;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  db = pj_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (folder, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
}

/* ----- 20 simultaneous first opens, in 20 processes ----- */

#define N_OPENERS 20

static int
run_opener (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open (path, &error);

  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

static void
test_simultaneous_first_opens (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  GPid pids[N_OPENERS];
  guint n_ok = 0;

  g_assert_nonnull (self);
  for (guint i = 0; i < N_OPENERS; i++)
    {
      const char *argv[] = { self, "--opener", path, NULL };
      g_autoptr (GError) error = NULL;

      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                    NULL, NULL, &pids[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < N_OPENERS; i++)
    {
      int status = 0;

      g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
      if (WIFEXITED (status) && WEXITSTATUS (status) == 0)
        n_ok++;
      g_spawn_close_pid (pids[i]);
    }
  g_assert_cmpuint (n_ok, ==, N_OPENERS);
  g_assert_cmpint (application_id_of (path), ==, PJ_APPLICATION_ID);
  pj_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;

  if (argc == 3 && g_str_equal (argv[1], "--opener"))
    return run_opener (argv[2]);

  /* The default journal path must be a scratch one, set before GLib reads it. */
  data_home = pj_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/damaged/truncated", test_truncated);
  g_test_add_func ("/damaged/page-overwritten", test_page_overwritten);
  g_test_add_func ("/damaged/random-bytes", test_random_bytes);
  g_test_add_func ("/damaged/another-program", test_another_program);
  g_test_add_func ("/damaged/newer-version", test_newer_version);
  g_test_add_func ("/damaged/read-only", test_read_only);
  g_test_add_func ("/damaged/directory", test_directory);
  g_test_add_func ("/open/application-id", test_application_id);
  g_test_add_func ("/open/modes-tightened", test_modes_tightened);
  g_test_add_func ("/open/simultaneous-first-opens", test_simultaneous_first_opens);
  {
    int status = g_test_run ();

    pj_test_remove_tree (data_home);
    return status;
  }
}
