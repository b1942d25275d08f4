/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "pj-database.h"
#include "pj-error.h"
#include "pj-migrations.h"
#include "pj-test-utils.h"

typedef struct
{
  char       *dir;
  char       *path;
  PjDatabase *db;
  guint       changed_count;
  guint       last_changed_date;
} Fixture;

static void
on_changed (PjDatabase *db,
            guint       date,
            Fixture    *fixture)
{
  fixture->changed_count++;
  fixture->last_changed_date = date;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = pj_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "journal", "journal.db", NULL);
  fixture->db = pj_database_open (fixture->path, &error);
  g_assert_no_error (error);
  pj_database_set_today (fixture->db, pj_test_today ());
  g_signal_connect (fixture->db, "changed", G_CALLBACK (on_changed), fixture);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->db);
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static PjDate
day_offset (int days_before_today)
{
  return pj_test_today () - days_before_today;
}

static PjDay *
make_full_day (PjDate date)
{
  PjDay *day = pj_day_new (date);
  PjCheckin *checkin;

  day->sitting_hours = 7.5;
  day->screen_hours = 9;
  day->posture = 2;
  day->breaks = 3;
  day->exercise_minutes = 30;
  day->activities = PJ_CODE_BIT (PJ_ACTIVITY_WALKING) | PJ_CODE_BIT (PJ_ACTIVITY_YOGA);
  day->self_care = PJ_CODE_BIT (PJ_SELF_CARE_HEAT);
  day->medication = g_strdup ("ibuprofen 400 mg");
  day->sleep_hours = 6.5;
  day->sleep_quality = 5;
  day->stress = 7;
  day->enjoyment_interference = 4;
  day->activity_interference = 3;
  day->note = g_strdup ("Long meeting day.\nNeck stiff by the evening.");

  checkin = pj_checkin_new (date, 8 * 60 + 30, 4);
  checkin->locations = PJ_CODE_BIT (PJ_LOCATION_NECK);
  checkin->qualities = PJ_CODE_BIT (PJ_QUALITY_STIFFNESS);
  pj_day_add_checkin (day, checkin);
  checkin = pj_checkin_new (date, 19 * 60, 6);
  checkin->locations = PJ_CODE_BIT (PJ_LOCATION_BETWEEN_SHOULDER_BLADES);
  checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_NIGHT_PAIN);
  checkin->note = g_strdup ("after the drive home");
  pj_day_add_checkin (day, checkin);
  return day;
}

/* Saves factors and check-ins the way the app does: one call each. */
static void
store_day (PjDatabase  *db,
           const PjDay *day)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (pj_database_save_day (db, day, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < day->checkins->len; i++)
    {
      g_assert_true (pj_database_add_checkin (db, g_ptr_array_index (day->checkins, i), &error));
      g_assert_no_error (error);
    }
}

static void
test_open_creates_private_files (Fixture      *fixture,
                                 gconstpointer data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  struct stat info;

  g_assert_cmpint (stat (folder, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);
  g_assert_cmpint (stat (fixture->path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (pj_database_get_schema_version (fixture->db), ==,
                   pj_migrations_latest_version ());
}

/* The journal lives in the person's data folder: with XDG_DATA_HOME set (the child process
 * gets it before GLib reads it), the default path is in it, and opening it creates it there. */
static void
test_default_path (void)
{
  g_autofree char *data_home = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr (PjDatabase) db = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_test_subprocess ())
    {
      g_autofree char *scratch = pj_test_make_tmpdir ();
      g_autofree char *saved = g_strdup (g_getenv ("XDG_DATA_HOME"));

      g_setenv ("XDG_DATA_HOME", scratch, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      if (saved != NULL)
        g_setenv ("XDG_DATA_HOME", saved, TRUE);
      else
        g_unsetenv ("XDG_DATA_HOME");
      pj_test_remove_tree (scratch);
      g_test_trap_assert_passed ();
      return;
    }
  data_home = g_strdup (g_getenv ("XDG_DATA_HOME"));
  g_assert_nonnull (data_home);
  expected = g_strconcat (data_home, "/pain-journal/journal.db", NULL);
  path = pj_database_default_path ();
  g_assert_cmpstr (path, ==, expected);

  db = pj_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
}

static void
test_save_and_get_day_round_trip (Fixture      *fixture,
                                  gconstpointer data)
{
  g_autoptr (PjDay) day = make_full_day (day_offset (1));
  g_autoptr (PjDay) loaded = NULL;
  g_autoptr (GError) error = NULL;

  store_day (fixture->db, day);
  g_assert_cmpint (((PjCheckin *) day->checkins->pdata[0])->id, >, 0);

  loaded = pj_database_get_day (fixture->db, day->date, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_true (pj_day_equal (day, loaded, TRUE));
  g_assert_cmpint (((PjCheckin *) loaded->checkins->pdata[1])->id, ==,
                   ((PjCheckin *) day->checkins->pdata[1])->id);
  g_assert_cmpuint (fixture->last_changed_date, ==, day->date);
}

static void
test_unknown_stays_unknown (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (PjDay) day = pj_day_new (day_offset (0));
  g_autoptr (PjDay) loaded = NULL;

  day->stress = 0; /* a real zero must stay a zero */
  store_day (fixture->db, day);
  loaded = pj_database_get_day (fixture->db, day->date, NULL);
  g_assert_nonnull (loaded);
  g_assert_cmpint (loaded->stress, ==, 0);
  g_assert_cmpint (loaded->posture, ==, PJ_UNSET);
  g_assert_true (isnan (loaded->sitting_hours));
  g_assert_null (loaded->note);
}

static void
test_missing_day_is_null_without_error (Fixture      *fixture,
                                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDay) day = pj_database_get_day (fixture->db, day_offset (3), &error);

  g_assert_no_error (error);
  g_assert_null (day);
}

static void
test_update_and_delete_checkin (Fixture      *fixture,
                                gconstpointer data)
{
  g_autoptr (PjDay) day = make_full_day (day_offset (2));
  g_autoptr (PjDay) loaded = NULL;
  g_autoptr (GError) error = NULL;
  PjCheckin *first;

  store_day (fixture->db, day);
  first = day->checkins->pdata[0];
  first->pain = 9;
  first->minutes = 9 * 60;
  first->qualities |= PJ_CODE_BIT (PJ_QUALITY_SHARP);
  g_assert_true (pj_database_update_checkin (fixture->db, first, &error));
  g_assert_no_error (error);

  loaded = pj_database_get_day (fixture->db, day->date, NULL);
  g_assert_cmpint (((PjCheckin *) loaded->checkins->pdata[0])->pain, ==, 9);
  g_assert_cmpint (((PjCheckin *) loaded->checkins->pdata[0])->minutes, ==, 9 * 60);
  g_clear_pointer (&loaded, pj_day_free);

  /* moving it onto the other check-in's time is a conflict, and changes nothing */
  first->minutes = 19 * 60;
  g_assert_false (pj_database_update_checkin (fixture->db, first, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "19:00"));
  g_clear_error (&error);

  g_assert_true (pj_database_delete_checkin (fixture->db, first->id, &error));
  g_assert_no_error (error);
  loaded = pj_database_get_day (fixture->db, day->date, NULL);
  g_assert_cmpuint (loaded->checkins->len, ==, 1);

  g_assert_false (pj_database_delete_checkin (fixture->db, first->id, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pj_database_update_checkin (fixture->db, first, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
}

static void
test_duplicate_time_is_conflict (Fixture      *fixture,
                                 gconstpointer data)
{
  g_autoptr (PjCheckin) a = pj_checkin_new (day_offset (0), 8 * 60, 3);
  g_autoptr (PjCheckin) b = pj_checkin_new (day_offset (0), 8 * 60, 5);
  g_autoptr (GError) error = NULL;

  g_assert_true (pj_database_add_checkin (fixture->db, a, &error));
  g_assert_false (pj_database_add_checkin (fixture->db, b, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CONFLICT);
  g_assert_cmpint (b->id, ==, 0);
}

static void
test_validation_refuses_bad_values (Fixture      *fixture,
                                    gconstpointer data)
{
  g_autoptr (PjDay) future = pj_day_new (pj_test_today () + 1);
  g_autoptr (PjDay) bad = pj_day_new (day_offset (0));
  g_autoptr (PjCheckin) checkin = pj_checkin_new (day_offset (0), 10 * 60, 12);
  g_autoptr (GError) error = NULL;
  guint count = 99;

  g_assert_false (pj_database_save_day (fixture->db, future, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "future"));
  g_clear_error (&error);

  bad->sleep_hours = 25;
  g_assert_false (pj_database_save_day (fixture->db, bad, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Sleep hours"));
  g_clear_error (&error);

  g_assert_false (pj_database_add_checkin (fixture->db, checkin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Pain"));

  g_assert_true (pj_database_count_days (fixture->db, &count, NULL));
  g_assert_cmpuint (count, ==, 0);
  g_assert_cmpuint (fixture->changed_count, ==, 0);
}

/* The CHECK constraints are a second line of defence: even SQL that bypasses the module's
 * validation cannot store an impossible value. */
static void
test_schema_constraints (Fixture      *fixture,
                         gconstpointer data)
{
  const char *bad_statements[] = {
    "INSERT INTO day (date) VALUES ('2026-6-1')",
    "INSERT INTO day (date) VALUES ('yesterday!')",
    "INSERT INTO day (date, sitting_hours) VALUES ('2026-06-01', 24.5)",
    "INSERT INTO day (date, screen_hours) VALUES ('2026-06-01', -1)",
    "INSERT INTO day (date, posture) VALUES ('2026-06-01', 0)",
    "INSERT INTO day (date, posture) VALUES ('2026-06-01', 6)",
    "INSERT INTO day (date, breaks) VALUES ('2026-06-01', 101)",
    "INSERT INTO day (date, exercise_minutes) VALUES ('2026-06-01', 1441)",
    "INSERT INTO day (date, activities) VALUES ('2026-06-01', 2048)",
    "INSERT INTO day (date, self_care) VALUES ('2026-06-01', 512)",
    "INSERT INTO day (date, medication) VALUES ('2026-06-01', printf ('%.501c', 'x'))",
    "INSERT INTO day (date, sleep_hours) VALUES ('2026-06-01', 25)",
    "INSERT INTO day (date, sleep_quality) VALUES ('2026-06-01', 11)",
    "INSERT INTO day (date, stress) VALUES ('2026-06-01', -1)",
    "INSERT INTO day (date, enjoyment_interference) VALUES ('2026-06-01', 11)",
    "INSERT INTO day (date, activity_interference) VALUES ('2026-06-01', 11)",
    "INSERT INTO day (date, posture) VALUES ('2026-06-01', 'three')",
    "INSERT INTO checkin (date, time, pain) VALUES ('2026-05-01', '08:00', 3)",
    "INSERT INTO checkin (date, time, pain) VALUES ('2026-06-02', '24:00', 3)",
    "INSERT INTO checkin (date, time, pain) VALUES ('2026-06-02', '8:00', 3)",
    "INSERT INTO checkin (date, time, pain) VALUES ('2026-06-02', '08:00', 11)",
    "INSERT INTO checkin (date, time, pain) VALUES ('2026-06-02', '08:00', NULL)",
    "INSERT INTO checkin (date, time, pain, locations) VALUES ('2026-06-02', '08:00', 3, 1024)",
    "INSERT INTO checkin (date, time, pain, qualities) VALUES ('2026-06-02', '08:00', 3, 64)",
    "INSERT INTO checkin (date, time, pain, symptoms) VALUES ('2026-06-02', '08:00', 3, 1024)",
    "INSERT INTO checkin (date, time, pain) VALUES ('2026-06-02', '09:00', 3), "
    "('2026-06-02', '09:00', 4)",
  };
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &raw), ==, SQLITE_OK);
  sqlite3_exec (raw, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO day (date) VALUES ('2026-06-02')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (bad_statements); i++)
    {
      int result = sqlite3_exec (raw, bad_statements[i], NULL, NULL, NULL);

      if (result != SQLITE_CONSTRAINT)
        g_error ("statement %u was not refused by a constraint (%d): %s", i, result,
                 bad_statements[i]);
    }
  /* the boundaries themselves are accepted */
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO day (date, sitting_hours, posture, breaks,"
                                 " exercise_minutes, activities, self_care, sleep_quality)"
                                 " VALUES ('2026-06-03', 24, 5, 100, 1440, 2047, 511, 10)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
}

static void
test_newer_schema_is_refused_untouched (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *before = NULL, *after = NULL;
  gsize before_len = 0, after_len = 0;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  /* A newer journal carries Pain Journal's application_id (issue 13). */
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE future_thing (x); PRAGMA user_version = 99;"
                                 "PRAGMA application_id = 1349143150;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  db = pj_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "newer version"));
  g_assert_nonnull (strstr (error->message, "99"));

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  pj_test_remove_tree (dir);
}

static void
test_migration_from_empty_and_reopen (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "j.db", NULL);
  g_autoptr (PjDay) day = make_full_day (pj_test_today ());
  g_autoptr (PjDay) loaded = NULL;
  PjDatabase *db;

  db = pj_database_open (path, NULL);
  g_assert_nonnull (db);
  pj_database_set_today (db, pj_test_today ());
  store_day (db, day);
  g_object_unref (db);

  /* Reopening an up-to-date file migrates nothing and keeps the data. */
  db = pj_database_open (path, NULL);
  g_assert_nonnull (db);
  g_assert_cmpint (pj_database_get_schema_version (db), ==, pj_migrations_latest_version ());
  loaded = pj_database_get_day (db, day->date, NULL);
  g_assert_true (pj_day_equal (day, loaded, TRUE));
  g_object_unref (db);
  pj_test_remove_tree (dir);
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;

  g_assert_true (g_file_set_contents (path, "this is a shopping list, not a journal\n"
                                      "eggs, milk, a better chair\n", -1, NULL));
  db = pj_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "not a Pain Journal file"));
  pj_test_remove_tree (dir);
}

static void
test_unwritable_folder (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;

  /* A folder that can never be created, even by root: its parent is a device file. */
  db = pj_database_open ("/dev/null/pain-journal/journal.db", &error);
  g_assert_null (db);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/dev/null/pain-journal"));
}

static void
test_list_days_paged_and_ordered (Fixture      *fixture,
                                  gconstpointer data)
{
  g_autoptr (GPtrArray) newest = NULL;
  g_autoptr (GPtrArray) oldest = NULL;
  g_autoptr (GPtrArray) range = NULL;
  g_autoptr (GArray) dates = NULL;
  guint count = 0;
  PjDate first = 0, last = 0;

  for (int i = 0; i < 30; i++)
    {
      g_autoptr (PjDay) day = pj_day_new (day_offset (i * 2)); /* every other day */

      day->stress = i % 11;
      pj_day_add_checkin (day, pj_checkin_new (day->date, 12 * 60, i % 11));
      store_day (fixture->db, day);
    }

  g_assert_true (pj_database_count_days (fixture->db, &count, NULL));
  g_assert_cmpuint (count, ==, 30);
  g_assert_true (pj_database_get_date_bounds (fixture->db, &first, &last, NULL));
  g_assert_cmpuint (first, ==, day_offset (58));
  g_assert_cmpuint (last, ==, day_offset (0));

  newest = pj_database_list_days_in_range (fixture->db, PJ_DATE_NONE, PJ_DATE_NONE,
                                           PJ_ORDER_NEWEST_FIRST, 10, 5, NULL);
  g_assert_cmpuint (newest->len, ==, 5);
  g_assert_cmpuint (((PjDay *) newest->pdata[0])->date, ==, day_offset (20));
  g_assert_cmpuint (((PjDay *) newest->pdata[4])->date, ==, day_offset (28));
  g_assert_cmpuint (((PjDay *) newest->pdata[0])->checkins->len, ==, 1);
  g_assert_cmpint (((PjCheckin *) ((PjDay *) newest->pdata[0])->checkins->pdata[0])->pain,
                   ==, 10);

  oldest = pj_database_list_days_in_range (fixture->db, PJ_DATE_NONE, PJ_DATE_NONE,
                                           PJ_ORDER_OLDEST_FIRST, 0, 0, NULL);
  g_assert_cmpuint (oldest->len, ==, 30);
  g_assert_cmpuint (((PjDay *) oldest->pdata[0])->date, ==, day_offset (58));

  /* inclusive bounds; a range starting on a gap */
  range = pj_database_list_days_in_range (fixture->db, day_offset (9), day_offset (4),
                                          PJ_ORDER_OLDEST_FIRST, 0, 0, NULL);
  g_assert_cmpuint (range->len, ==, 3);
  g_assert_cmpuint (((PjDay *) range->pdata[0])->date, ==, day_offset (8));
  g_assert_cmpuint (((PjDay *) range->pdata[2])->date, ==, day_offset (4));

  dates = pj_database_list_dates_in_range (fixture->db, day_offset (6), day_offset (0), NULL);
  g_assert_cmpuint (dates->len, ==, 4);
  g_assert_cmpuint (g_array_index (dates, PjDate, 0), ==, day_offset (6));
}

static void
test_read_count_is_bounded (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (GPtrArray) page = NULL;
  guint64 before;

  for (int i = 0; i < 50; i++)
    {
      g_autoptr (PjDay) day = pj_day_new (day_offset (i));

      pj_day_add_checkin (day, pj_checkin_new (day->date, 8 * 60, 2));
      pj_day_add_checkin (day, pj_checkin_new (day->date, 20 * 60, 5));
      store_day (fixture->db, day);
    }
  before = pj_database_get_read_count (fixture->db);
  page = pj_database_list_days_in_range (fixture->db, PJ_DATE_NONE, PJ_DATE_NONE,
                                         PJ_ORDER_NEWEST_FIRST, 0, 20, NULL);
  g_assert_cmpuint (page->len, ==, 20);
  /* one query for the days, one for all their check-ins: never one per day */
  g_assert_cmpuint (pj_database_get_read_count (fixture->db) - before, ==, 2);
}

static void
test_delete_and_restore_day (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr (PjDay) day = make_full_day (day_offset (1));
  g_autoptr (PjDay) snapshot = NULL;
  g_autoptr (PjDay) restored = NULL;
  g_autoptr (GError) error = NULL;

  store_day (fixture->db, day);
  snapshot = pj_database_get_day (fixture->db, day->date, NULL);

  g_assert_true (pj_database_delete_day (fixture->db, day->date, &error));
  g_assert_no_error (error);
  g_assert_null (pj_database_get_day (fixture->db, day->date, NULL));

  g_assert_true (pj_database_restore_day (fixture->db, snapshot, &error));
  g_assert_no_error (error);
  restored = pj_database_get_day (fixture->db, day->date, NULL);
  g_assert_true (pj_day_equal (snapshot, restored, TRUE));
  /* ids come back too, so an undo is exact */
  g_assert_cmpint (((PjCheckin *) restored->checkins->pdata[0])->id, ==,
                   ((PjCheckin *) snapshot->checkins->pdata[0])->id);
}

static void
test_empty_day_is_pruned (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr (PjCheckin) checkin = pj_checkin_new (day_offset (0), 7 * 60, 3);
  g_autoptr (PjDay) cleared = pj_day_new (day_offset (0));
  guint count = 0;

  g_assert_true (pj_database_add_checkin (fixture->db, checkin, NULL));
  g_assert_true (pj_database_delete_checkin (fixture->db, checkin->id, NULL));
  g_assert_true (pj_database_count_days (fixture->db, &count, NULL));
  g_assert_cmpuint (count, ==, 0);

  /* a day whose factors are all cleared and has no check-in is gone too */
  cleared->stress = 3;
  g_assert_true (pj_database_save_day (fixture->db, cleared, NULL));
  g_assert_true (pj_database_count_days (fixture->db, &count, NULL));
  g_assert_cmpuint (count, ==, 1);
  cleared->stress = PJ_UNSET;
  g_assert_true (pj_database_save_day (fixture->db, cleared, NULL));
  g_assert_true (pj_database_count_days (fixture->db, &count, NULL));
  g_assert_cmpuint (count, ==, 0);
}

static void
test_import_merges_and_skips_duplicates (Fixture      *fixture,
                                         gconstpointer data)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (PjDay) existing = pj_day_new (day_offset (3));
  g_autoptr (PjDay) merged = NULL;
  g_autoptr (GError) error = NULL;
  PjImportStats stats = { 0 };
  PjDay *incoming;

  existing->stress = 5;
  existing->sleep_hours = 7;
  store_day (fixture->db, existing);

  incoming = pj_day_new (day_offset (3));
  incoming->stress = 8;                 /* known: overwrites */
  pj_day_add_checkin (incoming, pj_checkin_new (0, 9 * 60, 4));
  g_ptr_array_add (days, incoming);
  g_ptr_array_add (days, make_full_day (day_offset (10)));

  g_assert_true (pj_database_import_days (fixture->db, days, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.days_written, ==, 2);
  g_assert_cmpuint (stats.checkins_added, ==, 3);
  g_assert_cmpuint (stats.checkins_skipped, ==, 0);
  g_assert_cmpuint (fixture->last_changed_date, ==, PJ_DATE_NONE);

  merged = pj_database_get_day (fixture->db, day_offset (3), NULL);
  g_assert_cmpint (merged->stress, ==, 8);
  g_assert_cmpfloat (merged->sleep_hours, ==, 7); /* unknown in the import: kept */

  /* the same import again changes nothing */
  fixture->changed_count = 0;
  g_assert_true (pj_database_import_days (fixture->db, days, &stats, &error));
  g_assert_cmpuint (stats.days_written, ==, 0);
  g_assert_cmpuint (stats.checkins_added, ==, 0);
  g_assert_cmpuint (stats.checkins_skipped, ==, 3);
  g_assert_cmpuint (fixture->changed_count, ==, 0);
}

static void
test_import_is_all_or_nothing (Fixture      *fixture,
                               gconstpointer data)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (GError) error = NULL;
  PjDay *bad;
  guint count = 9;

  g_ptr_array_add (days, make_full_day (day_offset (5)));
  bad = pj_day_new (day_offset (4));
  bad->posture = 9;
  g_ptr_array_add (days, bad);

  g_assert_false (pj_database_import_days (fixture->db, days, NULL, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-06-26"));
  g_assert_nonnull (strstr (error->message, "Posture"));
  g_assert_true (pj_database_count_days (fixture->db, &count, NULL));
  g_assert_cmpuint (count, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/database/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("open-creates-private-files", test_open_creates_private_files);
  ADD ("save-and-get-round-trip", test_save_and_get_day_round_trip);
  ADD ("unknown-stays-unknown", test_unknown_stays_unknown);
  ADD ("missing-day", test_missing_day_is_null_without_error);
  ADD ("update-and-delete-checkin", test_update_and_delete_checkin);
  ADD ("duplicate-time-conflict", test_duplicate_time_is_conflict);
  ADD ("validation", test_validation_refuses_bad_values);
  ADD ("schema-constraints", test_schema_constraints);
  ADD ("list-days-paged", test_list_days_paged_and_ordered);
  ADD ("read-count-bounded", test_read_count_is_bounded);
  ADD ("delete-and-restore-day", test_delete_and_restore_day);
  ADD ("empty-day-pruned", test_empty_day_is_pruned);
  ADD ("import-merge-and-duplicates", test_import_merges_and_skips_duplicates);
  ADD ("import-all-or-nothing", test_import_is_all_or_nothing);
#undef ADD
  g_test_add_func ("/database/default-path", test_default_path);
  g_test_add_func ("/database/newer-schema-refused", test_newer_schema_is_refused_untouched);
  g_test_add_func ("/database/migration-and-reopen", test_migration_from_empty_and_reopen);
  g_test_add_func ("/database/not-a-database", test_not_a_database);
  g_test_add_func ("/database/unwritable-folder", test_unwritable_folder);
  return g_test_run ();
}
