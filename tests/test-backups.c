/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "pj-backups.h"
#include "pj-csv.h"
#include "pj-database-files.h"
#include "pj-database.h"
#include "pj-demo.h"
#include "pj-error.h"
#include "pj-json-backup.h"
#include "pj-recovery.h"
#include "pj-test-utils.h"

/* Automatic backups, restore and recovery (issue 13). */

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

/* Counts of what a journal holds besides days: medicines (archived too) and doses. */
static void
count_medicines (const char *path,
                 guint      *out_medicines,
                 guint      *out_doses)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open_read_only (path, &error);
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (GPtrArray) doses = NULL;

  g_assert_no_error (error);
  medicines = pj_database_list_medicines (db, TRUE, &error);
  g_assert_no_error (error);
  doses = pj_database_list_doses_in_range (db, PJ_DATE_NONE, PJ_DATE_NONE, &error);
  g_assert_no_error (error);
  *out_medicines = medicines->len;
  *out_doses = doses->len;
}

static const struct
{
  const char *flag_id;
  int         days_ago;
} acknowledged[] = { { "bladder-bowel", 40 }, { "weakness", 12 }, { "chest-symptoms", 3 } };

static void
acknowledge_some (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (acknowledged); i++)
    {
      g_assert_true (pj_database_acknowledge_flag (db, acknowledged[i].flag_id,
                                                   pj_test_today () - acknowledged[i].days_ago,
                                                   &error));
      g_assert_no_error (error);
    }
}

static guint
count_acknowledged (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open_read_only (path, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (acknowledged); i++)
    {
      gboolean is_acknowledged = FALSE;

      g_assert_true (pj_database_is_flag_acknowledged (db, acknowledged[i].flag_id,
                                                       pj_test_today () - acknowledged[i].days_ago,
                                                       &is_acknowledged, &error));
      g_assert_no_error (error);
      n += is_acknowledged;
    }
  return n;
}

/* Overwrites the 4 KB page @page (counted from 1, as SQLite does) with junk. */
static void
overwrite_page (const char *path,
                gint64      page)
{
  FILE *file = fopen (path, "r+b");
  guint8 junk[4096];

  g_assert_nonnull (file);
  memset (junk, 0x5A, sizeof junk);
  g_assert_cmpint (fseek (file, (page - 1) * 4096, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, sizeof junk, file), ==, sizeof junk);
  fclose (file);
}

static GBytes *
file_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

/* The first page of @table's b-tree in the journal at @path. */
static gint64
root_page_of (const char *path,
              const char *table)
{
  sqlite3 *raw = NULL;
  sqlite3_stmt *statement = NULL;
  gint64 page;

  g_assert_cmpint (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
                                       -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (statement, 1, table, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  page = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (raw);
  return page;
}

/* The journal as a JSON backup with a fixed export time: two journals with the same entries
 * give the same text. */
static char *
export_json (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open_read_only (path, &error);
  g_autoptr (GDateTime) exported = g_date_time_new_utc (2026, 7, 1, 12, 0, 0);
  g_autofree char *out = g_strconcat (path, ".export.json", NULL);
  char *text = NULL;
  guint n_days;

  g_assert_no_error (error);
  g_assert_true (pj_json_backup_export_file (db, out, PJ_DATE_NONE, PJ_DATE_NONE, exported,
                                             &n_days, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_unlink (out);
  return text;
}

static int
week_of (PjDate date)
{
  int year, month, day;
  GDate gdate;

  pj_date_to_ymd (date, &year, &month, &day);
  g_date_clear (&gdate, 1);
  g_date_set_dmy (&gdate, day, month, year);
  /* The week-numbering year: the year of that week's Thursday. */
  {
    GDate thursday = gdate;
    int weekday = g_date_get_weekday (&gdate); /* Monday 1 … Sunday 7 */

    g_date_add_days (&thursday, 4 - MIN (weekday, 4));
    if (weekday > 4)
      g_date_subtract_days (&thursday, weekday - 4);
    return g_date_get_year (&thursday) * 100 + g_date_get_iso8601_week_of_year (&gdate);
  }
}

static int
month_of (PjDate date)
{
  int year, month, day;

  pj_date_to_ymd (date, &year, &month, &day);
  return year * 100 + month;
}

/* What the 7/5/12 rule keeps of @made (dates, oldest first), worked out on its own. */
static GHashTable *
expected_kept (GArray *made)
{
  GHashTable *kept = g_hash_table_new (NULL, NULL);
  int (*keys[]) (PjDate) = { NULL, week_of, month_of };
  guint counts[] = { 7, 5, 12 };

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      g_autoptr (GHashTable) buckets = g_hash_table_new (NULL, NULL);

      for (int i = made->len - 1; i >= 0; i--)
        {
          PjDate date = g_array_index (made, PjDate, i);
          int key = keys[k] != NULL ? keys[k] (date) : (int) date;

          if (g_hash_table_contains (buckets, GINT_TO_POINTER (key)))
            continue;
          if (g_hash_table_size (buckets) == counts[k])
            break;
          g_hash_table_add (buckets, GINT_TO_POINTER (key));
          g_hash_table_add (kept, GUINT_TO_POINTER (date));
        }
    }
  return kept;
}

static void
test_rotation_over_a_year (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 20);
  g_autofree char *folder = pj_backups_folder (path);
  g_autoptr (GArray) made = g_array_new (FALSE, FALSE, sizeof (PjDate));
  g_autoptr (GHashTable) expected = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  PjDate first = pj_date_from_ymd (2026, 1, 1);
  PjDate last = pj_date_from_ymd (2026, 12, 31);
  GStatBuf info;

  for (PjDate today = first; today <= last; today++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *made_path = NULL;

      /* Saves on most days, a week away in the spring, a few stray days without one. */
      if ((today >= pj_date_from_ymd (2026, 4, 10) && today <= pj_date_from_ymd (2026, 4, 20)) ||
          today % 11 == 0)
        continue;
      g_assert_true (pj_backups_is_due (path, today));
      made_path = pj_backups_make (path, today, &error);
      g_assert_no_error (error);
      g_assert_false (pj_backups_is_due (path, today));
      g_array_append_val (made, today);
    }

  expected = expected_kept (made);
  backups = pj_backups_list (path);
  g_assert_cmpuint (backups->len, ==, g_hash_table_size (expected));
  for (guint i = 0; i < backups->len; i++)
    {
      const PjBackup *backup = g_ptr_array_index (backups, i);

      g_assert_true (g_hash_table_contains (expected, GUINT_TO_POINTER (backup->date)));
      g_assert_true (i == 0 || backup->date < ((PjBackup *) backups->pdata[i - 1])->date);
      g_assert_cmpint (g_stat (backup->path, &info), ==, 0);
      g_assert_cmpint (info.st_mode & 0777, ==, 0600);
    }
  /* Twelve months reach back to January. */
  g_assert_cmpint (month_of (((PjBackup *) backups->pdata[backups->len - 1])->date), ==, 202601);
  g_assert_cmpint (g_stat (folder, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);
  pj_test_remove_tree (dir);
}

/* A backup passes quick_check and restores to the same journal. */
static void
test_backup_restores_same_journal (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 200);
  g_autofree char *original = export_json (path);
  g_autofree char *backup = NULL;
  g_autofree char *replaced = NULL;
  g_autofree char *restored = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 6, 30, 20, 15, 3);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = NULL;
  guint n_days = 0;

  backup = pj_backups_make (path, pj_test_today (), &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (backup, "/backups/journal-2026-06-30.db"));
  g_assert_true (pj_database_check_file (backup, &n_days, &error));
  g_assert_cmpuint (n_days, >, 150);

  /* Change the journal, then go back to the backup. */
  {
    g_autoptr (PjDatabase) db = pj_database_open (path, &error);
    g_assert_true (pj_database_delete_day (db, pj_test_today (), &error));
    g_assert_no_error (error);
  }
  {
    g_autofree char *changed = export_json (path);
    g_assert_cmpstr (changed, !=, original);
  }
  {
    char *contents = NULL;
    gsize length = 0;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    before = g_bytes_new_take (contents, length);
  }

  g_assert_true (pj_backups_restore (path, backup, now, pj_test_today (), &replaced, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (replaced, "/journal.db.replaced-20260630-201503"));
  restored = export_json (path);
  g_assert_cmpstr (restored, ==, original);
  /* The journal it replaced is kept as it was. */
  {
    char *contents = NULL;
    gsize length = 0;
    g_autoptr (GBytes) after = NULL;

    g_assert_true (g_file_get_contents (replaced, &contents, &length, NULL));
    after = g_bytes_new_take (contents, length);
    g_assert_true (g_bytes_equal (before, after));
  }
  pj_test_remove_tree (dir);
}

static void
test_restore_from_json (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 60);
  g_autofree char *original = export_json (path);
  g_autofree char *json_path = g_build_filename (dir, "backup.json", NULL);
  g_autofree char *replaced = NULL;
  g_autofree char *restored = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 7, 2, 9, 0, 0);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (json_path, original, -1, NULL));
  g_unlink (path);
  g_assert_true (pj_backups_restore (path, json_path, now, pj_test_today (), &replaced,
                                     &error));
  g_assert_no_error (error);
  g_assert_null (replaced);
  restored = export_json (path);
  g_assert_cmpstr (restored, ==, original);
  pj_test_remove_tree (dir);
}

/* A file that is not a good backup is refused before the journal is touched. */
static void
test_restore_refuses_bad_source (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 30);
  g_autofree char *original = export_json (path);
  g_autofree char *bad = g_build_filename (dir, "shopping.db", NULL);
  g_autofree char *bad_json = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *after = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 7, 2, 9, 0, 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) left = NULL;

  g_assert_true (g_file_set_contents (bad, "eggs, milk", -1, NULL));
  g_assert_false (pj_backups_restore (path, bad, now, pj_test_today (), NULL, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (bad_json, "{\"format\": \"pain-journal\"", -1, NULL));
  g_assert_false (pj_backups_restore (path, bad_json, now, pj_test_today (), NULL, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_PARSE);

  after = export_json (path);
  g_assert_cmpstr (after, ==, original);
  /* No journal was moved aside and no temporary file is left. */
  {
    g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_false (strstr (name, "replaced") != NULL || strstr (name, "restoring") != NULL);
  }
  pj_test_remove_tree (dir);
}

/* Every import is preceded by a backup of a journal that has days. */
static void
test_backup_before_import (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 30);
  g_autofree char *before_import = export_json (path);
  g_autofree char *csv = pj_test_data_path ("journal.csv");
  g_autoptr (PjDatabase) db = NULL;
  g_autoptr (PjBackup) newest = NULL;
  g_autoptr (GError) error = NULL;
  PjImportStats stats = { 0 };

  db = pj_database_open (path, &error);
  pj_database_set_today (db, pj_test_today ());
  g_assert_null (pj_backups_newest (path));
  g_assert_true (pj_csv_import_file (db, csv, &stats, &error));
  g_assert_no_error (error);
  newest = pj_backups_newest (path);
  g_assert_nonnull (newest);
  g_assert_cmpuint (newest->date, ==, pj_test_today ());
  {
    g_autofree char *in_backup = export_json (newest->path);
    g_assert_cmpstr (in_backup, ==, before_import);
  }
  pj_test_remove_tree (dir);
}

/* One page overwritten in the middle of a year: what is on other pages comes back, the loss
 * is counted, the damaged file is kept byte-identical. */
static void
test_recover_page_overwritten (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 365);
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 7, 1, 8, 30, 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) damaged_bytes = NULL;
  g_autoptr (PjDatabase) recovered = NULL;
  g_autofree char *aside = NULL;
  PjRecoveryStats stats = { 0 };
  guint n_days_before = 0, n_checkins_before = 0, n_days_after = 0;
  guint n_medicines_before = 0, n_doses_before = 0, n_medicines_after = 0, n_doses_after = 0;
  GStatBuf info;

  acknowledge_some (path);
  count_medicines (path, &n_medicines_before, &n_doses_before);
  g_assert_cmpuint (n_medicines_before, >, 0);
  g_assert_cmpuint (n_doses_before, >, 300);
  {
    g_autoptr (PjDatabase) db = pj_database_open_read_only (path, &error);
    g_autoptr (GPtrArray) days = pj_database_list_days_in_range (
      db, PJ_DATE_NONE, PJ_DATE_NONE, PJ_ORDER_OLDEST_FIRST, 0, 0, &error);

    g_assert_no_error (error);
    n_days_before = days->len;
    for (guint i = 0; i < days->len; i++)
      n_checkins_before += ((PjDay *) days->pdata[i])->checkins->len;
  }
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  overwrite_page (path, info.st_size / 4096 / 2 + 1);
  damaged_bytes = file_bytes (path);
  g_assert_false (pj_database_quick_check_file (path, NULL));

  g_assert_true (pj_recovery_run (path, now, &stats, &aside, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (aside, "/journal.db.damaged-20260701-083000"));
  {
    g_autoptr (GBytes) kept = file_bytes (aside);

    g_assert_true (g_bytes_equal (kept, damaged_bytes));
  }

  /* A page of a 1-year journal holds a few weeks at most: nearly everything is back, and
   * what came back plus what was lost is what there was. */
  g_assert_cmpuint (stats.days_recovered, >=, n_days_before * 9 / 10);
  g_assert_cmpuint (stats.days_recovered + stats.days_lost, ==, n_days_before);
  g_assert_cmpuint (stats.checkins_recovered + stats.checkins_lost, ==, n_checkins_before);
  /* The doses of that year fill many pages too, and the medicines and acknowledgements sit
   * on pages of their own: at most one page of them is gone. */
  g_assert_cmpuint (stats.doses_recovered, >=, n_doses_before * 9 / 10);
  g_assert_cmpuint (stats.doses_recovered + stats.doses_lost, ==, n_doses_before);
  g_assert_cmpuint (stats.medicines_recovered + stats.medicines_lost, ==, n_medicines_before);
  g_assert_cmpuint (stats.acknowledgements_recovered + stats.acknowledgements_lost, ==,
                    G_N_ELEMENTS (acknowledged));
  count_medicines (path, &n_medicines_after, &n_doses_after);
  g_assert_cmpuint (n_doses_after, ==, stats.doses_recovered);
  /* a lost medicine whose doses were read comes back as a stand-in */
  g_assert_cmpuint (n_medicines_after, >=, stats.medicines_recovered);
  g_assert_cmpuint (count_acknowledged (path), ==, stats.acknowledgements_recovered);
  recovered = pj_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (pj_database_count_days (recovered, &n_days_after, &error));
  g_assert_cmpuint (n_days_after, ==, stats.days_recovered);
  g_assert_true (pj_database_quick_check_file (path, &error));
  g_assert_no_error (error);
  {
    g_autofree char *summary = pj_recovery_describe (&stats);
    g_autofree char *days = g_strdup_printf ("Recovered %u days", stats.days_recovered);

    g_assert_nonnull (strstr (summary, days));
  }
  pj_test_remove_tree (dir);
}

/* An undamaged journal run through recovery comes back whole: days, check-ins, medicines,
 * doses (the JSON backup is the same text) and acknowledged warnings, and the summary says
 * so. */
static void
test_recover_intact (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 90);
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 7, 1, 8, 30, 0);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  PjRecoveryStats stats = { 0 };
  guint n_medicines = 0, n_doses = 0;

  acknowledge_some (path);
  count_medicines (path, &n_medicines, &n_doses);
  g_assert_cmpuint (n_doses, >, 0);
  before = export_json (path);

  g_assert_true (pj_recovery_run (path, now, &stats, NULL, &error));
  g_assert_no_error (error);
  after = export_json (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (stats.medicines_recovered, ==, n_medicines);
  g_assert_cmpuint (stats.doses_recovered, ==, n_doses);
  g_assert_cmpuint (stats.acknowledgements_recovered, ==, G_N_ELEMENTS (acknowledged));
  g_assert_cmpuint (stats.days_lost + stats.checkins_lost + stats.medicines_lost +
                    stats.doses_lost + stats.acknowledgements_lost, ==, 0);
  g_assert_cmpuint (count_acknowledged (path), ==, G_N_ELEMENTS (acknowledged));

  summary = pj_recovery_describe (&stats);
  expected = g_strdup_printf ("Recovered %u medicines and %u doses. Nothing was lost.",
                              n_medicines, n_doses);
  g_assert_nonnull (strstr (summary, expected));
  pj_test_remove_tree (dir);
}

/* The page holding every medicine row overwritten: the doses still come back, each under a
 * stand-in medicine of its old id, and the medicines are counted as lost. */
static void
test_recover_lost_medicines (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = make_journal (dir, 60);
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 7, 1, 8, 30, 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) recovered = NULL;
  g_autoptr (GPtrArray) medicines = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  PjRecoveryStats stats = { 0 };
  guint n_medicines = 0, n_doses = 0, n_doses_after = 0, n_medicines_after = 0;

  count_medicines (path, &n_medicines, &n_doses);
  g_assert_cmpuint (n_medicines, >=, 2);
  overwrite_page (path, root_page_of (path, "medicine"));

  g_assert_true (pj_recovery_run (path, now, &stats, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.medicines_recovered, ==, 0);
  g_assert_cmpuint (stats.medicines_lost, ==, n_medicines);
  g_assert_cmpuint (stats.medicines_stood_in, ==, n_medicines);
  g_assert_cmpuint (stats.doses_recovered, ==, n_doses);
  g_assert_cmpuint (stats.doses_lost, ==, 0);
  count_medicines (path, &n_medicines_after, &n_doses_after);
  g_assert_cmpuint (n_doses_after, ==, n_doses);
  g_assert_cmpuint (n_medicines_after, ==, n_medicines);

  recovered = pj_database_open_read_only (path, &error);
  g_assert_no_error (error);
  medicines = pj_database_list_medicines (recovered, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < medicines->len; i++)
    {
      const PjMedicine *medicine = g_ptr_array_index (medicines, i);
      g_autofree char *name = g_strdup_printf ("Recovered medicine %" G_GINT64_FORMAT,
                                               medicine->id);

      g_assert_cmpstr (medicine->name, ==, name);
    }

  summary = pj_recovery_describe (&stats);
  expected = g_strdup_printf ("%u medicines and 0 doses could not be read. The doses of %u "
                              "medicines that could not be read are kept under “Recovered "
                              "medicine” and a number; rename them under Manage.",
                              n_medicines, n_medicines);
  g_assert_nonnull (strstr (summary, expected));
  pj_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/backups/rotation-over-a-year", test_rotation_over_a_year);
  g_test_add_func ("/backups/restores-same-journal", test_backup_restores_same_journal);
  g_test_add_func ("/backups/restore-from-json", test_restore_from_json);
  g_test_add_func ("/backups/restore-refuses-bad-source", test_restore_refuses_bad_source);
  g_test_add_func ("/backups/before-import", test_backup_before_import);
  g_test_add_func ("/recovery/page-overwritten", test_recover_page_overwritten);
  g_test_add_func ("/recovery/intact", test_recover_intact);
  g_test_add_func ("/recovery/lost-medicines", test_recover_lost_medicines);
  return g_test_run ();
}
