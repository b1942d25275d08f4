/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-database-files.h"
#include "pj-database-private.h"
#include "pj-error.h"

/* Reading what can still be read from a damaged journal. A scan stops at the first damaged
 * page it meets, so every table is walked from both ends, and the indexes (which sit on
 * other pages) tell which days and check-ins existed, so the loss can be counted. */

typedef struct
{
  PjDatabase *database;
  GHashTable *days;          /* PjDate → PjDay* (owned) */
  GHashTable *checkins;      /* id → PjCheckin* (owned) */
  GHashTable *known_dates;   /* PjDate set */
  GHashTable *known_ids;     /* check-in id set (gint64 keys) */
} Salvage;

typedef void (*RowReader) (Salvage      *salvage,
                           sqlite3_stmt *statement);

/* Runs @sql and hands each row to @read until the end or the first error. */
static void
scan (Salvage    *salvage,
      const char *sql,
      RowReader   read)
{
  sqlite3_stmt *statement = NULL;

  if (sqlite3_prepare_v2 (salvage->database->db, sql, -1, &statement, NULL) != SQLITE_OK)
    return;
  while (sqlite3_step (statement) == SQLITE_ROW)
    read (salvage, statement);
  sqlite3_finalize (statement);
}

static void
read_day_row (Salvage      *salvage,
              sqlite3_stmt *statement)
{
  guint n_fields;
  const PjFieldInfo *fields = pj_day_fields (&n_fields);
  PjDate date = pj_db_column_date (statement, 0);
  PjDay *day;

  if (date == PJ_DATE_NONE || g_hash_table_contains (salvage->days, GUINT_TO_POINTER (date)))
    return;
  day = pj_day_new (date);
  for (guint i = 0; i < n_fields; i++)
    pj_db_read_field (statement, i + 1, day, &fields[i]);
  g_hash_table_insert (salvage->days, GUINT_TO_POINTER (date), day);
  g_hash_table_add (salvage->known_dates, GUINT_TO_POINTER (date));
}

static void
read_checkin_row (Salvage      *salvage,
                  sqlite3_stmt *statement)
{
  guint n_fields;
  const PjFieldInfo *fields = pj_checkin_fields (&n_fields);
  gint64 id = sqlite3_column_int64 (statement, 0);
  PjDate date = pj_db_column_date (statement, 1);
  PjCheckin *checkin;

  if (date == PJ_DATE_NONE || g_hash_table_contains (salvage->checkins, &id))
    return;
  checkin = pj_checkin_new (date, 0, 0);
  checkin->id = id;
  for (guint i = 0; i < n_fields; i++)
    pj_db_read_field (statement, i + 2, checkin, &fields[i]);
  g_hash_table_insert (salvage->checkins, g_memdup2 (&id, sizeof id), checkin);
  g_hash_table_add (salvage->known_ids, g_memdup2 (&id, sizeof id));
  g_hash_table_add (salvage->known_dates, GUINT_TO_POINTER (date));
}

/* An index row: a date, and for check-ins their id. */
static void
read_index_row (Salvage      *salvage,
                sqlite3_stmt *statement)
{
  PjDate date = pj_db_column_date (statement, 0);

  if (date != PJ_DATE_NONE)
    g_hash_table_add (salvage->known_dates, GUINT_TO_POINTER (date));
  if (sqlite3_column_count (statement) > 1)
    {
      gint64 id = sqlite3_column_int64 (statement, 1);

      g_hash_table_add (salvage->known_ids, g_memdup2 (&id, sizeof id));
    }
}

static char *
column_list (const PjFieldInfo *fields,
             guint              n_fields)
{
  GString *columns = g_string_new (NULL);

  /* Column names come from our own field table, never from the file. */
  for (guint i = 0; i < n_fields; i++)
    g_string_append_printf (columns, ", %s", fields[i].name);
  return g_string_free (columns, FALSE);
}

static void
scan_everything (Salvage *salvage)
{
  guint n_day_fields, n_checkin_fields;
  const PjFieldInfo *day_fields = pj_day_fields (&n_day_fields);
  const PjFieldInfo *checkin_fields = pj_checkin_fields (&n_checkin_fields);
  g_autofree char *day_columns = column_list (day_fields, n_day_fields);
  g_autofree char *checkin_columns = column_list (checkin_fields, n_checkin_fields);
  const char *orders[] = { "ASC", "DESC" };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      g_autofree char *days_sql = g_strdup_printf (
        "SELECT date%s FROM day NOT INDEXED ORDER BY rowid %s", day_columns, orders[i]);
      g_autofree char *checkins_sql = g_strdup_printf (
        "SELECT id, date%s FROM checkin ORDER BY id %s", checkin_columns, orders[i]);
      g_autofree char *dates_sql = g_strdup_printf (
        "SELECT date FROM day ORDER BY date %s", orders[i]);
      g_autofree char *ids_sql = g_strdup_printf (
        "SELECT date, id FROM checkin ORDER BY date %s, time %s", orders[i], orders[i]);

      scan (salvage, days_sql, read_day_row);
      scan (salvage, checkins_sql, read_checkin_row);
      scan (salvage, dates_sql, read_index_row);
      scan (salvage, ids_sql, read_index_row);
    }
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  const PjDay *day_a = *(PjDay * const *) a;
  const PjDay *day_b = *(PjDay * const *) b;

  return day_a->date < day_b->date ? -1 : day_a->date > day_b->date;
}

/* The days read, each with the check-ins read for it; a check-in whose day row is lost gets
 * a day of its own with no factors. */
static GPtrArray *
collect_days (Salvage *salvage)
{
  GPtrArray *days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, salvage->checkins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PjCheckin *checkin = value;
      PjDay *day = g_hash_table_lookup (salvage->days, GUINT_TO_POINTER (checkin->date));

      if (day == NULL)
        {
          day = pj_day_new (checkin->date);
          g_hash_table_insert (salvage->days, GUINT_TO_POINTER (checkin->date), day);
        }
      /* The check-in moves to its day; its id key is ours to free. */
      g_hash_table_iter_steal (&iter);
      g_free (key);
      pj_day_add_checkin (day, checkin);
    }

  g_hash_table_iter_init (&iter, salvage->days);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      pj_day_sort_checkins (value);
      g_ptr_array_add (days, value);
      g_hash_table_iter_steal (&iter);
    }
  g_ptr_array_sort (days, compare_days);
  return days;
}

GPtrArray *
pj_database_salvage (const char *path,
                     guint      *out_known_days,
                     guint      *out_known_checkins,
                     GError    **error)
{
  g_autoptr (PjDatabase) database = g_object_new (PJ_TYPE_DATABASE, NULL);
  Salvage salvage = { database };
  int flags = SQLITE_OPEN_READONLY;
  g_autofree char *name = NULL;
  GPtrArray *days;
  int result;

  g_return_val_if_fail (path != NULL, NULL);

  /* Nothing else has the damaged file open (it was just moved aside), so unless a -wal file
   * came with it, it is read as immutable and nothing at all is written beside it. */
  name = pj_db_sqlite_name (path, TRUE, FALSE, &flags);
  database->path = g_strdup (path);
  database->read_only = TRUE;
  result = sqlite3_open_v2 (name, &database->db, flags, NULL);
  if (result != SQLITE_OK)
    {
      pj_db_set_sqlite_error (database, error, result, _("Could not read the damaged journal."));
      return NULL;
    }

  salvage.days = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) pj_day_free);
  salvage.checkins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                            (GDestroyNotify) pj_checkin_free);
  salvage.known_dates = g_hash_table_new (NULL, NULL);
  salvage.known_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  scan_everything (&salvage);
  *out_known_days = g_hash_table_size (salvage.known_dates);
  *out_known_checkins = g_hash_table_size (salvage.known_ids);
  days = collect_days (&salvage);

  g_hash_table_unref (salvage.days);
  g_hash_table_unref (salvage.checkins);
  g_hash_table_unref (salvage.known_dates);
  g_hash_table_unref (salvage.known_ids);
  return days;
}
