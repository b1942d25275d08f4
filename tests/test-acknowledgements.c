/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>

#include "pj-database.h"
#include "pj-error.h"
#include "pj-test-journal.h"

typedef struct
{
  char       *dir;
  char       *path;
  PjDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = pj_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->db = pj_database_open (fixture->path, &error);
  g_assert_no_error (error);
  pj_database_set_today (fixture->db, T);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->db);
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gboolean
acknowledged (PjDatabase *db,
              const char *id,
              PjDate      date)
{
  g_autoptr (GError) error = NULL;
  gboolean result = TRUE;

  g_assert_true (pj_database_is_flag_acknowledged (db, id, date, &result, &error));
  g_assert_no_error (error);
  return result;
}

static void
test_per_flag_and_trigger_date (Fixture      *fixture,
                                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (acknowledged (fixture->db, "bladder-bowel", T - 2));
  g_assert_true (pj_database_acknowledge_flag (fixture->db, "bladder-bowel", T - 2, &error));
  g_assert_no_error (error);
  g_assert_true (acknowledged (fixture->db, "bladder-bowel", T - 2));
  /* a new trigger date, or another flag, is not acknowledged */
  g_assert_false (acknowledged (fixture->db, "bladder-bowel", T));
  g_assert_false (acknowledged (fixture->db, "weakness", T - 2));
  /* twice is fine */
  g_assert_true (pj_database_acknowledge_flag (fixture->db, "bladder-bowel", T - 2, &error));
  g_assert_no_error (error);

  /* it is kept in the file */
  g_clear_object (&fixture->db);
  fixture->db = pj_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (acknowledged (fixture->db, "bladder-bowel", T - 2));
  g_assert_false (acknowledged (fixture->db, "bladder-bowel", T - 1));
}

static void
test_never_hides_the_record (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (PjInsights) insights = NULL;
  const PjFlag *flag;

  journal_checkin (days, T - 1, 4)->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS);
  pj_database_import_days (fixture->db, days, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (pj_database_acknowledge_flag (fixture->db, "weakness", T - 1, &error));
  insights = pj_insights_evaluate (fixture->db, T, &error);
  g_assert_no_error (error);
  /* the flag is still evaluated and listed; only the banner looks at the acknowledgement */
  flag = insights_flag (insights, "weakness");
  g_assert_nonnull (flag);
  g_assert_cmpuint (pj_flag_get_latest_date (flag), ==, T - 1);
  g_assert_true (acknowledged (fixture->db, flag->info->id, pj_flag_get_latest_date (flag)));
}

static void
test_refuses_unknown (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gboolean result = TRUE;

  g_assert_false (pj_database_acknowledge_flag (fixture->db, "no-such-flag", T, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no-such-flag"));
  g_clear_error (&error);
  g_assert_false (pj_database_acknowledge_flag (fixture->db, "fever", PJ_DATE_NONE, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pj_database_is_flag_acknowledged (fixture->db, "", T, &result, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_false (result);
}

static void
test_migration_from_version_1_to_3 (Fixture      *fixture,
                               gconstpointer data)
{
  g_autoptr (GPtrArray) days = journal_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDay) loaded = NULL;
  sqlite3 *raw = NULL;

  journal_checkin (days, T, 3);
  pj_database_import_days (fixture->db, days, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_database_get_schema_version (fixture->db), ==, 4);
  g_clear_object (&fixture->db);

  /* turn the file back into a version 1 journal, as written before acknowledgements (2),
   * the pain index (3) and medicines (4) existed */
  g_assert_cmpint (sqlite3_open (fixture->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "DROP INDEX checkin_pain_by_date; "
                                 "DROP TABLE flag_acknowledgement; DROP TABLE dose; "
                                 "DROP TABLE medicine; PRAGMA user_version = 1;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  fixture->db = pj_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_database_get_schema_version (fixture->db), ==, 4);
  loaded = pj_database_get_day (fixture->db, T, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (loaded->checkins->len, ==, 1);
  g_assert_true (pj_database_acknowledge_flag (fixture->db, "fever", T, &error));
  g_assert_true (acknowledged (fixture->db, "fever", T));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/acknowledgements/per-flag-and-trigger-date", Fixture, NULL, fixture_set_up,
              test_per_flag_and_trigger_date, fixture_tear_down);
  g_test_add ("/acknowledgements/never-hides-the-record", Fixture, NULL, fixture_set_up,
              test_never_hides_the_record, fixture_tear_down);
  g_test_add ("/acknowledgements/refuses-unknown", Fixture, NULL, fixture_set_up,
              test_refuses_unknown, fixture_tear_down);
  g_test_add ("/acknowledgements/migration-from-version-1", Fixture, NULL, fixture_set_up,
              test_migration_from_version_1_to_3, fixture_tear_down);
  return g_test_run ();
}
