/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-database-files.h"
#include "pj-database-private.h"
#include "pj-error.h"

/* Reading what can still be read from a damaged journal. A scan stops at the first damaged
 * page it meets, so every table is walked from both ends, and the indexes (which sit on
 * other pages) tell which rows existed, so the loss can be counted. */

typedef struct
{
  PjDatabase *database;
  GHashTable *days;          /* PjDate → PjDay* (owned) */
  GHashTable *checkins;      /* id → PjCheckin* (owned) */
  GHashTable *known_dates;   /* PjDate set */
  GHashTable *known_ids;     /* check-in id set (gint64 keys) */
  GHashTable *medicines;     /* id → PjMedicine* (owned) */
  GHashTable *doses;         /* id → PjDose* (owned) */
  GHashTable *acknowledgements;  /* "flag id\ttrigger date" → PjAcknowledgement* (owned) */
  GHashTable *known_medicines;   /* medicine id set */
  GHashTable *known_doses;       /* dose id set */
  GHashTable *known_acknowledgements;  /* "flag id\ttrigger date" set */
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

static void
add_id (GHashTable *set,
        gint64      id)
{
  g_hash_table_add (set, g_memdup2 (&id, sizeof id));
}

static void
read_medicine_row (Salvage      *salvage,
                   sqlite3_stmt *statement)
{
  gint64 id = sqlite3_column_int64 (statement, 0);

  /* a row without a name is garbage from a damaged page; its id still counts as lost */
  add_id (salvage->known_medicines, id);
  if (sqlite3_column_type (statement, 1) != SQLITE_TEXT ||
      g_hash_table_contains (salvage->medicines, &id))
    return;
  g_hash_table_insert (salvage->medicines, g_memdup2 (&id, sizeof id),
                       pj_db_read_medicine (statement));
}

static void
read_dose_row (Salvage      *salvage,
               sqlite3_stmt *statement)
{
  gint64 id = sqlite3_column_int64 (statement, 0);
  PjDose *dose;

  add_id (salvage->known_doses, id);
  if (g_hash_table_contains (salvage->doses, &id))
    return;
  dose = pj_db_read_dose (statement);
  /* a dose names its medicine: that medicine existed, read or not */
  add_id (salvage->known_medicines, dose->medicine_id);
  g_hash_table_insert (salvage->doses, g_memdup2 (&id, sizeof id), dose);
}

/* An index row of medicines or doses: the id alone. */
static void
read_id_row (GHashTable   *set,
             sqlite3_stmt *statement)
{
  add_id (set, sqlite3_column_int64 (statement, 0));
}

static void
read_medicine_id_row (Salvage      *salvage,
                      sqlite3_stmt *statement)
{
  read_id_row (salvage->known_medicines, statement);
}

static void
read_dose_id_row (Salvage      *salvage,
                  sqlite3_stmt *statement)
{
  read_id_row (salvage->known_doses, statement);
}

static char *
acknowledgement_key (sqlite3_stmt *statement)
{
  return g_strdup_printf ("%s\t%s", (const char *) sqlite3_column_text (statement, 0),
                          (const char *) sqlite3_column_text (statement, 1));
}

/* flag_id, trigger_date, and from the table (not its index) acknowledged_at */
static void
read_acknowledgement_row (Salvage      *salvage,
                          sqlite3_stmt *statement)
{
  g_autofree char *key = NULL;
  PjAcknowledgement *acknowledgement;

  if (sqlite3_column_type (statement, 0) != SQLITE_TEXT ||
      sqlite3_column_type (statement, 1) != SQLITE_TEXT)
    return;
  key = acknowledgement_key (statement);
  g_hash_table_add (salvage->known_acknowledgements, g_strdup (key));
  if (sqlite3_column_count (statement) < 3 ||
      sqlite3_column_type (statement, 2) != SQLITE_TEXT ||
      g_hash_table_contains (salvage->acknowledgements, key))
    return;
  acknowledgement = g_new0 (PjAcknowledgement, 1);
  acknowledgement->flag_id = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  acknowledgement->trigger_date = pj_db_column_date (statement, 1);
  acknowledgement->acknowledged_at = g_strdup ((const char *) sqlite3_column_text (statement, 2));
  g_hash_table_insert (salvage->acknowledgements, g_steal_pointer (&key), acknowledgement);
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

/* Medicines, doses and acknowledgements (schema versions 2 and 4): a file without their
 * tables fails to prepare the statements, and they stay empty. The second query of each
 * reads only an index (name, date and time, the primary key). */
static void
scan_other_tables (Salvage *salvage)
{
  const char *orders[] = { "ASC", "DESC" };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      const char *order = orders[i];
      g_autofree char *medicines_sql = g_strdup_printf (
        "SELECT " MEDICINE_COLUMNS " FROM medicine NOT INDEXED ORDER BY id %s", order);
      g_autofree char *medicine_ids_sql = g_strdup_printf (
        "SELECT id FROM medicine ORDER BY name %s", order);
      g_autofree char *doses_sql = g_strdup_printf (
        "SELECT " DOSE_COLUMNS " FROM dose NOT INDEXED ORDER BY id %s", order);
      g_autofree char *dose_ids_sql = g_strdup_printf (
        "SELECT id FROM dose ORDER BY date %s, time %s", order, order);
      g_autofree char *acknowledgements_sql = g_strdup_printf (
        "SELECT flag_id, trigger_date, acknowledged_at FROM flag_acknowledgement NOT INDEXED "
        "ORDER BY rowid %s", order);
      g_autofree char *acknowledgement_keys_sql = g_strdup_printf (
        "SELECT flag_id, trigger_date FROM flag_acknowledgement "
        "ORDER BY flag_id %s, trigger_date %s", order, order);

      scan (salvage, medicines_sql, read_medicine_row);
      scan (salvage, medicine_ids_sql, read_medicine_id_row);
      scan (salvage, doses_sql, read_dose_row);
      scan (salvage, dose_ids_sql, read_dose_id_row);
      scan (salvage, acknowledgements_sql, read_acknowledgement_row);
      scan (salvage, acknowledgement_keys_sql, read_acknowledgement_row);
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

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  /* PjMedicine and PjDose both start with their id */
  gint64 id_a = **(gint64 * const *) a;
  gint64 id_b = **(gint64 * const *) b;

  return id_a < id_b ? -1 : id_a > id_b;
}

/* The values of @table, which gives them up, sorted with @compare (NULL: unsorted). */
static GPtrArray *
steal_values (GHashTable     *table,
              GDestroyNotify  free_value,
              GCompareFunc    compare)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (free_value);
  GHashTableIter iter;
  gpointer key, value;

  /* stealing frees neither key nor value: the value moves to @values, the key is ours */
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_ptr_array_add (values, value);
      g_hash_table_iter_steal (&iter);
      g_free (key);
    }
  if (compare != NULL)
    g_ptr_array_sort (values, compare);
  return values;
}

static void
salvage_init (Salvage *salvage)
{
  salvage->days = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) pj_day_free);
  salvage->checkins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             (GDestroyNotify) pj_checkin_free);
  salvage->known_dates = g_hash_table_new (NULL, NULL);
  salvage->known_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  salvage->medicines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              (GDestroyNotify) pj_medicine_free);
  salvage->doses = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                          (GDestroyNotify) pj_dose_free);
  salvage->acknowledgements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                     (GDestroyNotify) pj_acknowledgement_free);
  salvage->known_medicines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  salvage->known_doses = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  salvage->known_acknowledgements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           NULL);
}

static void
salvage_clear (Salvage *salvage)
{
  g_hash_table_unref (salvage->days);
  g_hash_table_unref (salvage->checkins);
  g_hash_table_unref (salvage->known_dates);
  g_hash_table_unref (salvage->known_ids);
  g_hash_table_unref (salvage->medicines);
  g_hash_table_unref (salvage->doses);
  g_hash_table_unref (salvage->acknowledgements);
  g_hash_table_unref (salvage->known_medicines);
  g_hash_table_unref (salvage->known_doses);
  g_hash_table_unref (salvage->known_acknowledgements);
}

static PjSalvage *
salvage_result (Salvage *salvage)
{
  PjSalvage *result = g_new0 (PjSalvage, 1);

  result->known_days = g_hash_table_size (salvage->known_dates);
  result->known_checkins = g_hash_table_size (salvage->known_ids);
  result->known_medicines = g_hash_table_size (salvage->known_medicines);
  result->known_doses = g_hash_table_size (salvage->known_doses);
  result->known_acknowledgements = g_hash_table_size (salvage->known_acknowledgements);
  result->days = collect_days (salvage);
  result->medicines = steal_values (salvage->medicines, (GDestroyNotify) pj_medicine_free,
                                    compare_ids);
  result->doses = steal_values (salvage->doses, (GDestroyNotify) pj_dose_free, compare_ids);
  result->acknowledgements = steal_values (salvage->acknowledgements,
                                           (GDestroyNotify) pj_acknowledgement_free, NULL);
  return result;
}

PjSalvage *
pj_database_salvage (const char *path,
                     GError    **error)
{
  g_autoptr (PjDatabase) database = g_object_new (PJ_TYPE_DATABASE, NULL);
  Salvage salvage = { database };
  int flags = SQLITE_OPEN_READONLY;
  g_autofree char *name = NULL;
  PjSalvage *result;
  int status;

  g_return_val_if_fail (path != NULL, NULL);

  /* Nothing else has the damaged file open (it was just moved aside), so unless a -wal file
   * came with it, it is read as immutable and nothing at all is written beside it. */
  name = pj_db_sqlite_name (path, TRUE, FALSE, &flags);
  database->path = g_strdup (path);
  database->read_only = TRUE;
  status = sqlite3_open_v2 (name, &database->db, flags, NULL);
  if (status != SQLITE_OK)
    {
      pj_db_set_sqlite_error (database, error, status, _("Could not read the damaged journal."));
      return NULL;
    }

  salvage_init (&salvage);
  scan_everything (&salvage);
  scan_other_tables (&salvage);
  result = salvage_result (&salvage);
  salvage_clear (&salvage);
  return result;
}

void
pj_acknowledgement_free (PjAcknowledgement *acknowledgement)
{
  if (acknowledgement == NULL)
    return;
  g_free (acknowledgement->flag_id);
  g_free (acknowledgement->acknowledged_at);
  g_free (acknowledgement);
}

void
pj_salvage_free (PjSalvage *salvage)
{
  if (salvage == NULL)
    return;
  g_clear_pointer (&salvage->days, g_ptr_array_unref);
  g_clear_pointer (&salvage->medicines, g_ptr_array_unref);
  g_clear_pointer (&salvage->doses, g_ptr_array_unref);
  g_clear_pointer (&salvage->acknowledgements, g_ptr_array_unref);
  g_free (salvage);
}
