/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pj-database.h"
#include "pj-error.h"
#include "pj-test-utils.h"

/* kill -9 at random moments: a child saves check-ins the way the Today page does
 * (pj_database_add_checkin on the window's connection) and prints each id once the save has
 * returned. Every printed id must be in the journal afterwards, and the file must pass
 * integrity_check. */

#define N_ROUNDS 24

static int
run_saver (const char *path,
           int         round)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open (path, &error);

  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  pj_database_set_today (db, pj_test_today ());
  for (int i = 0; ; i++)
    {
      /* A date and time no other round uses. */
      PjDate date = pj_test_today () - round * 40 - i / 1440;
      g_autoptr (PjCheckin) checkin = pj_checkin_new (date, i % 1440, i % 11);

      if (!pj_database_add_checkin (db, checkin, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* The save has returned: from here on it counts as done. */
      printf ("%" G_GINT64_FORMAT "\n", checkin->id);
      fflush (stdout);
    }
}

static gboolean
has_checkin (sqlite3 *db,
             gint64   id)
{
  sqlite3_stmt *statement = NULL;
  gboolean found;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT 1 FROM checkin WHERE id = ?1", -1,
                                       &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (statement, 1, id);
  found = sqlite3_step (statement) == SQLITE_ROW;
  sqlite3_finalize (statement);
  return found;
}

static void
assert_integrity (sqlite3 *db)
{
  sqlite3_stmt *statement = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &statement, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 0), ==, "ok");
  sqlite3_finalize (statement);
}

/* Blocks until the child's first output arrives (its first save is done), keeping what it
 * read in @output. */
static void
wait_for_first_save (int      out_fd,
                     GString *output)
{
  char buffer[4096];
  gssize n = read (out_fd, buffer, sizeof buffer);

  if (n > 0)
    g_string_append_len (output, buffer, n);
}

/* Runs one child, kills it after @delay_ms, returns the ids it reported saved. The delay
 * counts from the start, so that a kill can land in the open or the migration, or, with
 * @after_first_save, from the child's first reported save: on a loaded machine (the
 * sanitizer build) a child may otherwise spend every round starting up and never save. */
static GArray *
run_round (const char *self,
           const char *path,
           int         round,
           guint       delay_ms,
           gboolean    after_first_save)
{
  g_autofree char *round_text = g_strdup_printf ("%d", round);
  const char *argv[] = { self, "--saver", path, round_text, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) output = g_string_new (NULL);
  g_auto (GStrv) lines = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPid pid;
  int out_fd, status;
  char buffer[4096];
  gssize n;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, NULL,
                                           &out_fd, NULL, &error));
  g_assert_no_error (error);
  if (after_first_save)
    wait_for_first_save (out_fd, output);
  g_usleep (delay_ms * 1000);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (output, buffer, n);
  close (out_fd);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  /* Killed, not failed on its own. */
  g_assert_true (WIFSIGNALED (status));

  lines = g_strsplit (output->str, "\n", -1);
  /* The last piece is either empty or a line cut short by the kill: not reported done. */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      gint64 id = g_ascii_strtoll (lines[i], NULL, 10);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
test_kill_during_saves (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr (GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint total = 0;

  g_assert_nonnull (self);
  for (int round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr (GArray) ids = run_round (self, path, round, g_rand_int_range (rand, 5, 120),
                                          round % 2 == 1);
      sqlite3 *db = NULL;

      /* Killed before it even created the journal: nothing was reported saved. */
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_assert_cmpuint (ids->len, ==, 0);
          continue;
        }

      g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
      for (guint i = 0; i < ids->len; i++)
        if (!has_checkin (db, g_array_index (ids, gint64, i)))
          g_error ("round %d: check-in %" G_GINT64_FORMAT " was reported saved but is gone",
                   round, g_array_index (ids, gint64, i));
      assert_integrity (db);
      sqlite3_close (db);
      total += ids->len;
    }
  /* Every other round is killed only after a save, so the saves are at least that many, or
   * the test proved nothing. */
  g_assert_cmpuint (total, >=, N_ROUNDS / 2);
  g_test_message ("%u saves reported done over %d kills", total, N_ROUNDS);
  pj_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--saver"))
    return run_saver (argv[2], atoi (argv[3]));

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/durability/kill-during-saves", test_kill_during_saves);
  return g_test_run ();
}
