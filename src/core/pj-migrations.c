/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-error.h"
#include "pj-migrations.h"

/* Each entry turns version N into N + 1. Never edit a released step: add a new one.
 * The CHECK constraints mirror the ranges of data-format.md §1 (and pj-day.c's field table),
 * so even a write that bypassed validation could not store an impossible value. Sets are bit
 * masks in the order of pj-codes.h. AUTOINCREMENT keeps ids of deleted check-ins from being
 * reused, so an undone delete can bring a check-in back under its old id. */
static const char * const migrations[] = {
  /* 0 → 1 */
  "CREATE TABLE day ("
  "  date TEXT PRIMARY KEY NOT NULL"
  "    CHECK (length (date) = 10 AND date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
  "  sitting_hours REAL CHECK (sitting_hours BETWEEN 0 AND 24),"
  "  screen_hours REAL CHECK (screen_hours BETWEEN 0 AND 24),"
  "  posture INTEGER CHECK (posture BETWEEN 1 AND 5),"
  "  breaks INTEGER CHECK (breaks BETWEEN 0 AND 100),"
  "  exercise_minutes INTEGER CHECK (exercise_minutes BETWEEN 0 AND 1440),"
  "  activities INTEGER NOT NULL DEFAULT 0 CHECK (activities BETWEEN 0 AND 2047),"
  "  self_care INTEGER NOT NULL DEFAULT 0 CHECK (self_care BETWEEN 0 AND 511),"
  "  medication TEXT CHECK (length (medication) <= 500),"
  "  sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),"
  "  sleep_quality INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),"
  "  stress INTEGER CHECK (stress BETWEEN 0 AND 10),"
  "  enjoyment_interference INTEGER CHECK (enjoyment_interference BETWEEN 0 AND 10),"
  "  activity_interference INTEGER CHECK (activity_interference BETWEEN 0 AND 10),"
  "  note TEXT"
  ") STRICT;"
  "CREATE TABLE checkin ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  date TEXT NOT NULL REFERENCES day (date) ON DELETE CASCADE,"
  "  time TEXT NOT NULL"
  "    CHECK (length (time) = 5 AND time GLOB '[0-2][0-9]:[0-5][0-9]' AND time <= '23:59'),"
  "  pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),"
  "  locations INTEGER NOT NULL DEFAULT 0 CHECK (locations BETWEEN 0 AND 1023),"
  "  qualities INTEGER NOT NULL DEFAULT 0 CHECK (qualities BETWEEN 0 AND 63),"
  "  symptoms INTEGER NOT NULL DEFAULT 0 CHECK (symptoms BETWEEN 0 AND 1023),"
  "  note TEXT,"
  "  UNIQUE (date, time)"
  ") STRICT;",
  /* 1 → 2: acknowledged warning flags (issue 5). One row per flag and trigger date: a new
   * trigger date is a new row, so the banner comes back. No link to the day table: deleting
   * entries never deletes the fact that a warning was seen. */
  "CREATE TABLE flag_acknowledgement ("
  "  flag_id TEXT NOT NULL CHECK (length (flag_id) BETWEEN 1 AND 64),"
  "  trigger_date TEXT NOT NULL"
  "    CHECK (length (trigger_date) = 10"
  "           AND trigger_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
  "  acknowledged_at TEXT NOT NULL,"
  "  PRIMARY KEY (flag_id, trigger_date)"
  ") STRICT;",
  /* 2 → 3: the pain-episode walk reads date, time and pain of many check-ins
   * (pj_database_list_pain_days_in_range); with pain in the index it never has to visit the
   * table rows, which halves that read. */
  "CREATE INDEX checkin_pain_by_date ON checkin (date, time, pain);",
  /* 3 → 4: medicines and treatments, and the doses logged under them (issue 15). The day's
   * free-text medication stays exactly as it was: nothing is guessed from it. Codes are stored
   * by name so the file reads on its own. A dose keeps its own amount and unit, so editing a
   * medicine later never rewrites its history; medicines are archived, never deleted, so no
   * dose is lost with its medicine. Doses do not belong to a day row: a day is kept for its
   * factors and check-ins, and a dose alone does not make one. */
  "CREATE TABLE medicine ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (name) BETWEEN 1 AND 80),"
  "  kind TEXT NOT NULL CHECK (kind IN ('pain_reliever', 'anti_inflammatory',"
  "                                     'muscle_relaxant', 'other', 'treatment')),"
  "  form TEXT CHECK (form IN ('tablet', 'capsule', 'liquid', 'gel', 'patch', 'spray',"
  "                            'injection', 'drops', 'other')),"
  "  amount REAL NOT NULL CHECK (amount > 0),"
  "  unit TEXT NOT NULL CHECK (unit IN ('mg', 'g', 'mcg', 'ml', 'tablet', 'drop', 'puff',"
  "                                     'patch', 'min')),"
  "  regular INTEGER NOT NULL CHECK (regular IN (0, 1)),"
  "  times TEXT NOT NULL DEFAULT '' CHECK (length (times) <= 35),"
  "  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))"
  ") STRICT;"
  "CREATE TABLE dose ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  medicine_id INTEGER NOT NULL REFERENCES medicine (id),"
  "  date TEXT NOT NULL"
  "    CHECK (length (date) = 10 AND date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
  "  time TEXT NOT NULL"
  "    CHECK (length (time) = 5 AND time GLOB '[0-2][0-9]:[0-5][0-9]' AND time <= '23:59'),"
  "  taken INTEGER NOT NULL CHECK (taken IN (0, 1)),"
  "  amount REAL CHECK (amount > 0),"
  "  unit TEXT NOT NULL CHECK (unit IN ('mg', 'g', 'mcg', 'ml', 'tablet', 'drop', 'puff',"
  "                                     'patch', 'min')),"
  "  relief INTEGER CHECK (relief BETWEEN 0 AND 10),"
  "  CHECK (taken = 1 OR (amount IS NULL AND relief IS NULL)),"
  "  CHECK (taken = 0 OR amount IS NOT NULL),"
  "  UNIQUE (medicine_id, date, time)"
  ") STRICT;"
  "CREATE INDEX dose_by_date ON dose (date, time);",
};

int
pj_migrations_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

static gboolean
exec_sql (sqlite3    *db,
          const char *sql,
          int         target_version,
          GError    **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_DATABASE,
                   _("Could not update the journal to format version %d: %s"),
                   target_version, message ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_migrations_apply (sqlite3 *db,
                     int      from_version,
                     GError **error)
{
  g_return_val_if_fail (from_version >= 0, FALSE);

  for (int version = from_version; version < pj_migrations_latest_version (); version++)
    {
      /* user_version cannot take a bound parameter; the number is ours, not user data. */
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d;", version + 1);

      if (!exec_sql (db, "BEGIN IMMEDIATE;", version + 1, error))
        return FALSE;
      if (!exec_sql (db, migrations[version], version + 1, error) ||
          !exec_sql (db, set_version, version + 1, error) ||
          !exec_sql (db, "COMMIT;", version + 1, error))
        {
          sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return TRUE;
}

/* ----- Inside the opener's transaction (issue 13) -----
 * pj_database_open() reads the version and migrates inside one BEGIN IMMEDIATE, so two first
 * opens at once cannot both create the tables. These run in the caller's transaction and
 * never begin or end one. */

gboolean
pj_migrations_apply_within_transaction (sqlite3 *db,
                                        int      from_version,
                                        GError **error)
{
  g_return_val_if_fail (from_version >= 0, FALSE);

  for (int version = from_version; version < pj_migrations_latest_version (); version++)
    {
      /* user_version cannot take a bound parameter; the number is ours, not user data. */
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d;", version + 1);

      if (!exec_sql (db, migrations[version], version + 1, error) ||
          !exec_sql (db, set_version, version + 1, error))
        return FALSE;
    }
  return TRUE;
}

/* Marks the file as Pain Journal's (PJ_APPLICATION_ID), without changing user_version: the
 * mark is not a schema step, so journals of every version get it the same way. */
gboolean
pj_migrations_set_application_id (sqlite3 *db,
                                  GError **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;", PJ_APPLICATION_ID);

  return exec_sql (db, sql, pj_migrations_latest_version (), error);
}
