/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The error pages are not dead ends: a folder, another program's database and a newer journal
 * each show what is wrong with Choose Another Journal…, Restore a Backup… (when backups exist)
 * and Quit, every one an enabled action; choosing another journal opens it. */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gstdio.h>

#include "pj-application.h"
#include "pj-backups.h"
#include "pj-demo.h"
#include "pj-gui-test-utils.h"
#include "pj-journal-problem-page.h"
#include "pj-test-utils.h"
#include "pj-window.h"

typedef struct
{
  char          *dir;
  PjApplication *application;
} Fixture;

/* One application for every test: a second one could not register the same object paths on
 * the session bus while the first is still there. */
static PjApplication *the_application;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = pj_test_make_tmpdir ();
  fixture->application = g_object_ref (the_application);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (fixture->application))))
    gtk_window_destroy (windows->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->application);
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static PjWindow *
the_window (Fixture *fixture)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (fixture->application));

  g_assert_nonnull (windows);
  g_assert_null (windows->next);
  return PJ_WINDOW (windows->data);
}

static char *
make_journal (const char *dir,
              const char *name,
              guint       n_days)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr (PjDatabase) db = pj_database_open (path, &error);

  g_assert_no_error (error);
  pj_database_set_today (db, pj_test_today ());
  g_assert_true (pj_demo_fill (db, n_days, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* Opens @path through the application and checks the problem page with its offers; returns the
 * page's window. */
static PjWindow *
open_problem (Fixture    *fixture,
              const char *path,
              const char *title,
              gboolean    expect_restore)
{
  PjWindow *window;
  GtkWidget *page = NULL;
  GtkWidget *choose, *quit, *restore, *disclaimer;
  gboolean offers_restore = !expect_restore;

  g_assert_true (pj_application_open_journal (fixture->application, path));
  window = the_window (fixture);
  g_assert_null (pj_window_get_database (window));
  gtk_window_present (GTK_WINDOW (window));
  page = pj_test_find_descendant (GTK_WIDGET (window), PJ_TYPE_JOURNAL_PROBLEM_PAGE);
  g_assert_nonnull (page);
  SPIN_UNTIL (gtk_widget_get_mapped (page)
              && pj_journal_problem_page_get_offers_restore (PJ_JOURNAL_PROBLEM_PAGE (page),
                                                             &offers_restore));
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_nonnull (pj_test_find_label (page, title));
  g_assert_cmpint (offers_restore, ==, expect_restore);

  /* Each offer is a button on an enabled action (a disabled action greys its button). */
  choose = pj_test_find_button (page, "_Choose Another Journal…");
  quit = pj_test_find_button (page, "_Quit");
  restore = pj_test_find_button (page, "_Restore a Backup…");
  g_assert_nonnull (choose);
  g_assert_nonnull (quit);
  g_assert_nonnull (restore);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (choose)), ==,
                   "win.choose-journal");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (quit)), ==, "app.quit");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (restore)), ==, "win.backups");
  g_assert_true (gtk_widget_is_sensitive (choose));
  g_assert_true (gtk_widget_is_sensitive (quit));
  g_assert_true (gtk_widget_is_sensitive (restore));
  g_assert_cmpint (gtk_widget_get_visible (restore), ==, expect_restore);
  /* Nothing lies over the page: the disclaimer is the welcome page's, not shown here. */
  disclaimer = pj_test_find_label (GTK_WIDGET (window), pj_application_get_disclaimer ());
  g_assert_true (disclaimer == NULL || !gtk_widget_get_mapped (disclaimer));
  return window;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
test_folder_then_another_journal (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "a-folder", NULL);
  g_autofree char *good = make_journal (fixture->dir, "good.db", 20);
  PjWindow *window;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  window = open_problem (fixture, folder, "This Is a Folder, Not a Journal", FALSE);

  /* The file chooser hands its choice to app.open-journal: the same action, with the path. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.open-journal", "s",
                                             good));
  window = the_window (fixture);
  g_assert_nonnull (pj_window_get_database (window));
  g_assert_cmpstr (pj_database_get_path (pj_window_get_database (window)), ==, good);
  g_assert_cmpstr (pj_application_get_journal_path (fixture->application), ==, good);
  g_assert_null (pj_test_find_descendant (GTK_WIDGET (window), PJ_TYPE_JOURNAL_PROBLEM_PAGE));
}

static void
test_foreign_file_left_alone (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.sqlite", NULL);
  g_autofree char *command = NULL;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;
  g_autoptr (GError) error = NULL;

  command = g_strdup_printf ("sqlite3 '%s' 'CREATE TABLE notes (text); "
                             "INSERT INTO notes VALUES (1);'", path);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  before = read_bytes (path);

  open_problem (fixture, path, "This File Belongs to Another Program", FALSE);
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
}

/* A journal of a newer version that has backups: the page offers them. */
static void
test_newer_journal_offers_backup (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = make_journal (fixture->dir, "journal.db", 10);
  g_autofree char *backup = NULL;
  g_autofree char *command = NULL;
  g_autoptr (GError) error = NULL;

  backup = pj_backups_make (path, pj_test_today (), &error);
  g_assert_no_error (error);
  command = g_strdup_printf ("sqlite3 '%s' 'PRAGMA user_version = 999;'", path);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  open_problem (fixture, path, "This Journal Needs a Newer Pain Journal", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  /* Before GLib reads it: nothing the application writes goes into the real home. */
  data_home = pj_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (!pj_test_init_gui (&argc, &argv))
    {
      pj_test_remove_tree (data_home);
      return 0;
    }
  the_application = pj_application_new ();
  /* As with --db: no other instance is asked to open it. */
  g_application_set_flags (G_APPLICATION (the_application), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (the_application), NULL, NULL))
    g_error ("the application could not register on the session bus");
  /* The application warns that it could not open the journal: expected here; criticals stay
   * fatal. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  g_test_add ("/journal-problem/folder-then-another-journal", Fixture, NULL, fixture_setup,
              test_folder_then_another_journal, fixture_teardown);
  g_test_add ("/journal-problem/foreign-file-left-alone", Fixture, NULL, fixture_setup,
              test_foreign_file_left_alone, fixture_teardown);
  g_test_add ("/journal-problem/newer-journal-offers-backup", Fixture, NULL, fixture_setup,
              test_newer_journal_offers_backup, fixture_teardown);
  status = g_test_run ();
  g_clear_object (&the_application);
  pj_test_remove_tree (data_home);
  return status;
}
