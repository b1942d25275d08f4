/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's safety net: the damaged page with its restore offer, the Backups window's
 * list, and the automatic backup after a save. */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <string.h>

#include "pj-backups-window.h"
#include "pj-backups.h"
#include "pj-damaged-page.h"
#include "pj-database-files.h"
#include "pj-demo.h"
#include "pj-gui-test-utils.h"
#include "pj-journal-guard.h"
#include "pj-recovery.h"
#include "pj-swap-outcome.h"
#include "pj-test-utils.h"
#include "pj-window.h"

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
  return path;
}

static void
overwrite_middle_page (const char *path)
{
  FILE *file = fopen (path, "r+b");
  char junk[4096];
  long size;

  g_assert_nonnull (file);
  fseek (file, 0, SEEK_END);
  size = ftell (file);
  memset (junk, 0x77, sizeof junk);
  fseek (file, (size / 4096 / 2) * 4096, SEEK_SET);
  g_assert_cmpuint (fwrite (junk, 1, sizeof junk, file), ==, sizeof junk);
  fclose (file);
}

static void
test_damaged_page_offers_backup (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 365);
  g_autofree char *backup = NULL;
  g_autofree char *expected_days = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;
  PjWindow *window;
  GtkWidget *page = NULL;
  guint n_days = 0;

  /* Pages that meet the damage before the check does log a warning; that is expected here,
   * criticals stay fatal. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  backup = pj_backups_make (path, pj_test_today (), &error);
  g_assert_no_error (error);
  g_assert_true (pj_database_check_file (backup, &n_days, NULL));
  expected_days = g_strdup_printf ("(%u days)", n_days);
  overwrite_middle_page (path);

  /* The damage is in no page the window reads first: the check after the first frame finds
   * it. */
  db = pj_database_open (path, &error);
  g_assert_no_error (error);
  pj_database_set_today (db, pj_test_today ());
  window = pj_window_new (NULL, db, NULL);
  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL ((page = pj_test_find_descendant (GTK_WIDGET (window), PJ_TYPE_DAMAGED_PAGE)) != NULL
              && gtk_widget_get_mapped (page)
              && pj_damaged_page_get_restore_label (PJ_DAMAGED_PAGE (page)) != NULL);
  if (page == NULL || !gtk_widget_get_mapped (page))
    g_error ("the damaged page was not shown within 10 s");
  if (pj_damaged_page_get_restore_label (PJ_DAMAGED_PAGE (page)) == NULL)
    g_error ("the damaged page did not offer the backup within 10 s");
  g_assert_nonnull (strstr (pj_damaged_page_get_restore_label (PJ_DAMAGED_PAGE (page)),
                            "_Restore the Backup of "));
  g_assert_nonnull (strstr (pj_damaged_page_get_restore_label (PJ_DAMAGED_PAGE (page)),
                            expected_days));
  g_assert_nonnull (pj_test_find_button (page, "Re_cover What Can Be Read"));

  gtk_window_destroy (GTK_WINDOW (window));
  pj_test_remove_tree (dir);
}

static void
test_backups_window_lists_backups (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 30);
  PjBackupsWindow *window;
  guint n_rows = 0;

  for (PjDate date = pj_test_today () - 3; date <= pj_test_today (); date++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *made = pj_backups_make (path, date, &error);

      g_assert_no_error (error);
    }
  window = pj_backups_window_new (NULL, path, pj_test_today ());
  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (pj_backups_window_get_n_rows (window, &n_rows));
  if (!pj_backups_window_get_n_rows (window, &n_rows))
    g_error ("the Backups window did not read its list within 10 s");
  g_assert_cmpuint (n_rows, ==, 4);
  g_assert_nonnull (pj_test_find_label (GTK_WIDGET (window), "30 days"));
  g_assert_nonnull (pj_test_find_button (GTK_WIDGET (window), "_Back Up Now"));
  gtk_window_destroy (GTK_WINDOW (window));
  pj_test_remove_tree (dir);
}

/* A save when the newest backup is older than today makes today's, on a worker. */
static void
test_backup_after_save (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 30);
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;
  g_autoptr (PjJournalGuard) guard = NULL;
  g_autoptr (PjBackup) newest = NULL;
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());
  g_autofree char *old = pj_backups_make (path, pj_test_today () - 2, &error);

  g_assert_no_error (error);
  db = pj_database_open (path, &error);
  pj_database_set_today (db, pj_test_today ());
  guard = pj_journal_guard_new (db);
  day->stress = 4;
  g_assert_true (pj_database_save_day (db, day, &error));
  g_assert_true (pj_journal_guard_is_busy (guard));
  SPIN_UNTIL (!pj_journal_guard_is_busy (guard));
  if (pj_journal_guard_is_busy (guard))
    g_error ("the backup after the save did not finish within 10 s");
  newest = pj_backups_newest (path);
  g_assert_cmpuint (newest->date, ==, pj_test_today ());
  g_assert_true (pj_database_check_file (newest->path, NULL, &error));
  g_assert_no_error (error);
  pj_test_remove_tree (dir);
}

/* What a recovery did is told whole, in a dialog over the new window, not cut to one line. */
static void
test_recovery_outcome_is_whole (void)
{
  PjRecoveryStats stats = { .days_recovered = 340, .checkins_recovered = 900, .days_lost = 6,
                            .checkins_lost = 12, .medicines_recovered = 2,
                            .medicines_lost = 1, .doses_recovered = 700, .doses_lost = 30,
                            .acknowledgements_lost = 1 };
  g_autofree char *summary = pj_recovery_describe (&stats);
  GtkWidget *parent = gtk_window_new ();
  GtkWidget *dialog = pj_swap_outcome_dialog_new (GTK_WINDOW (parent), summary, TRUE);

  g_assert_cmpstr (summary, ==,
                   "Recovered 340 days and 900 check-ins. Recovered 2 medicines and 700 doses. "
                   "6 days and 12 check-ins could not be read. 1 medicine and 30 doses could "
                   "not be read. 1 acknowledged warning could not be read and will show again "
                   "until acknowledged.");
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The Journal Was Replaced");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, summary);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (parent));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "close"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = pj_swap_outcome_dialog_new (GTK_WINDOW (parent), "No space left", FALSE);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The Journal Was Not Changed");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (parent));
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;
  g_test_add_func ("/backups-gui/damaged-page-offers-backup", test_damaged_page_offers_backup);
  g_test_add_func ("/backups-gui/backups-window-lists-backups",
                   test_backups_window_lists_backups);
  g_test_add_func ("/backups-gui/backup-after-save", test_backup_after_save);
  g_test_add_func ("/backups-gui/recovery-outcome-is-whole", test_recovery_outcome_is_whole);
  return g_test_run ();
}
