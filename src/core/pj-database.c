/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <unistd.h>

#include "pj-database.h"
#include "pj-error.h"
#include "pj-flags.h"
#include "pj-migrations.h"

/* A statement taken from the cache: released (reset, bindings cleared) when it goes out of
 * scope, so no early return can leave a statement holding a read transaction open. */
typedef sqlite3_stmt PjStatement;
static void
statement_release (PjStatement *statement)
{
  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjStatement, statement_release)

typedef enum
{
  STMT_SAVE_DAY,
  STMT_MERGE_DAY,
  STMT_ENSURE_DAY,
  STMT_DELETE_DAY,
  STMT_PRUNE_DAY,
  STMT_INSERT_CHECKIN,
  STMT_INSERT_CHECKIN_IF_NEW,
  STMT_UPDATE_CHECKIN,
  STMT_DELETE_CHECKIN,
  STMT_DELETE_CHECKINS_OF_DAY,
  STMT_DATE_OF_CHECKIN,
  STMT_SELECT_DAYS_OLDEST_FIRST,
  STMT_SELECT_DAYS_NEWEST_FIRST,
  STMT_SELECT_CHECKINS,
  STMT_SELECT_DATES,
  STMT_COUNT_DAYS,
  STMT_DATE_BOUNDS,
  STMT_SELECT_PAINS_NEWEST_FIRST,
  STMT_SELECT_PAINS_OLDEST_FIRST,
  STMT_ACKNOWLEDGE_FLAG,
  STMT_IS_FLAG_ACKNOWLEDGED,
  N_STATEMENTS
} StatementId;

struct _PjDatabase
{
  GObject       parent_instance;

  sqlite3      *db;
  char         *path;
  PjDate        today;     /* PJ_DATE_NONE: the real today */
  guint64       read_count;
  char         *sql[N_STATEMENTS];
  sqlite3_stmt *statements[N_STATEMENTS];
};

G_DEFINE_FINAL_TYPE (PjDatabase, pj_database, G_TYPE_OBJECT)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Date text bounds for open-ended ranges: every stored date sorts between these. */
#define DATE_MIN_TEXT "0000-00-00"
#define DATE_MAX_TEXT "9999-99-99"

#define DAY_COLUMNS_LEN 1024

/* ----- Errors ----- */

/* Turns SQLite's result into words a person can act on. The SQLite text stays at the end
 * for whoever has to diagnose it. */
static void
set_sqlite_error (PjDatabase *self,
                  GError    **error,
                  int         result,
                  const char *doing)
{
  const char *detail = sqlite3_errmsg (self->db);

  switch (result & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, PJ_ERROR, PJ_ERROR_DATABASE,
                   _("%s: the disk is full, so nothing was saved. Free some space and try again."),
                   doing);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, PJ_ERROR, PJ_ERROR_DATABASE,
                   _("%s: the journal file %s cannot be written (%s)"), doing, self->path, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PJ_ERROR, PJ_ERROR_DATABASE,
                   _("%s: the journal is being used by another program; try again in a moment"),
                   doing);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, PJ_ERROR, PJ_ERROR_DATABASE,
                   _("%s: %s is damaged or is not a Pain Journal file (%s)"),
                   doing, self->path, detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s: a value is outside what the journal accepts (%s)"), doing, detail);
      break;
    default:
      g_set_error (error, PJ_ERROR, PJ_ERROR_DATABASE, _("%s: %s"), doing, detail);
      break;
    }
}

/* ----- Statements ----- */

static void
build_day_sql (PjDatabase *self)
{
  guint n_fields;
  const PjFieldInfo *fields = pj_day_fields (&n_fields);
  g_autoptr (GString) columns = g_string_new ("date");
  g_autoptr (GString) values = g_string_new ("?1");
  g_autoptr (GString) overwrite = g_string_new (NULL);
  g_autoptr (GString) merge = g_string_new (NULL);
  g_autoptr (GString) merge_differs = g_string_new (NULL);

  /* Column names come from our own constant field table, never from user data; values are
   * always bound. Building the lists once keeps them in step with the table. */
  for (guint i = 0; i < n_fields; i++)
    {
      const char *name = fields[i].name;
      /* For a merge, an unknown incoming value keeps the stored one; sets are 0 when empty. */
      g_autofree char *incoming = fields[i].type == PJ_FIELD_SET
                                  ? g_strdup_printf ("NULLIF (excluded.%s, 0)", name)
                                  : g_strdup_printf ("excluded.%s", name);

      g_string_append_printf (columns, ", %s", name);
      g_string_append_printf (values, ", ?%u", i + 2);
      g_string_append_printf (overwrite, "%s%s = excluded.%s", i ? ", " : "", name, name);
      g_string_append_printf (merge, "%s%s = COALESCE (%s, day.%s)",
                              i ? ", " : "", name, incoming, name);
      g_string_append_printf (merge_differs, "%sday.%s IS NOT COALESCE (%s, day.%s)",
                              i ? " OR " : "", name, incoming, name);
    }

  self->sql[STMT_SAVE_DAY] =
    g_strdup_printf ("INSERT INTO day (%s) VALUES (%s) ON CONFLICT (date) DO UPDATE SET %s",
                     columns->str, values->str, overwrite->str);
  /* The WHERE makes an unchanged day report no change, so "days written" counts real ones. */
  self->sql[STMT_MERGE_DAY] =
    g_strdup_printf ("INSERT INTO day (%s) VALUES (%s) ON CONFLICT (date) DO UPDATE SET %s "
                     "WHERE %s",
                     columns->str, values->str, merge->str, merge_differs->str);
  /* Two statements rather than one with a computed ORDER BY, so both walk the primary-key
   * index and a page costs the same at the start and the end of a long journal. */
  self->sql[STMT_SELECT_DAYS_OLDEST_FIRST] =
    g_strdup_printf ("SELECT %s FROM day WHERE date BETWEEN ?1 AND ?2 "
                     "ORDER BY date ASC LIMIT ?3 OFFSET ?4", columns->str);
  self->sql[STMT_SELECT_DAYS_NEWEST_FIRST] =
    g_strdup_printf ("SELECT %s FROM day WHERE date BETWEEN ?1 AND ?2 "
                     "ORDER BY date DESC LIMIT ?3 OFFSET ?4", columns->str);

  {
    g_autoptr (GString) all_null = g_string_new (NULL);

    for (guint i = 0; i < n_fields; i++)
      g_string_append_printf (all_null, " AND %s IS %s", fields[i].name,
                              fields[i].type == PJ_FIELD_SET ? "0" : "NULL");
    self->sql[STMT_PRUNE_DAY] =
      g_strdup_printf ("DELETE FROM day WHERE date = ?1%s "
                       "AND NOT EXISTS (SELECT 1 FROM checkin WHERE checkin.date = ?1)",
                       all_null->str);
  }
}

static void
init_sql (PjDatabase *self)
{
  build_day_sql (self);
  self->sql[STMT_ENSURE_DAY] = g_strdup ("INSERT INTO day (date) VALUES (?1) "
                                         "ON CONFLICT (date) DO NOTHING");
  self->sql[STMT_DELETE_DAY] = g_strdup ("DELETE FROM day WHERE date = ?1");
  self->sql[STMT_INSERT_CHECKIN] =
    g_strdup ("INSERT INTO checkin (id, date, time, pain, locations, qualities, symptoms, note) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  self->sql[STMT_INSERT_CHECKIN_IF_NEW] =
    g_strdup ("INSERT INTO checkin (id, date, time, pain, locations, qualities, symptoms, note) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (date, time) DO NOTHING");
  self->sql[STMT_UPDATE_CHECKIN] =
    g_strdup ("UPDATE checkin SET time = ?3, pain = ?4, locations = ?5, qualities = ?6, "
              "symptoms = ?7, note = ?8 WHERE id = ?1 AND date = ?2");
  self->sql[STMT_DELETE_CHECKIN] = g_strdup ("DELETE FROM checkin WHERE id = ?1");
  self->sql[STMT_DELETE_CHECKINS_OF_DAY] = g_strdup ("DELETE FROM checkin WHERE date = ?1");
  self->sql[STMT_DATE_OF_CHECKIN] = g_strdup ("SELECT date FROM checkin WHERE id = ?1");
  self->sql[STMT_SELECT_CHECKINS] =
    g_strdup ("SELECT id, date, time, pain, locations, qualities, symptoms, note FROM checkin "
              "WHERE date BETWEEN ?1 AND ?2 ORDER BY date, time");
  self->sql[STMT_SELECT_DATES] = g_strdup ("SELECT date FROM day WHERE date BETWEEN ?1 AND ?2 "
                                           "ORDER BY date");
  self->sql[STMT_COUNT_DAYS] = g_strdup ("SELECT count(*) FROM day");
  self->sql[STMT_DATE_BOUNDS] = g_strdup ("SELECT min (date), max (date) FROM day");
  self->sql[STMT_SELECT_PAINS_NEWEST_FIRST] =
    g_strdup ("SELECT date, time, pain FROM checkin WHERE date BETWEEN ?1 AND ?2 "
              "ORDER BY date DESC, time DESC");
  self->sql[STMT_SELECT_PAINS_OLDEST_FIRST] =
    g_strdup ("SELECT date, time, pain FROM checkin WHERE date BETWEEN ?1 AND ?2 "
              "ORDER BY date, time");
  self->sql[STMT_ACKNOWLEDGE_FLAG] =
    g_strdup ("INSERT INTO flag_acknowledgement (flag_id, trigger_date, acknowledged_at) "
              "VALUES (?1, ?2, ?3) ON CONFLICT (flag_id, trigger_date) DO NOTHING");
  self->sql[STMT_IS_FLAG_ACKNOWLEDGED] =
    g_strdup ("SELECT 1 FROM flag_acknowledgement WHERE flag_id = ?1 AND trigger_date = ?2");
}

static PjStatement *
get_statement (PjDatabase *self,
               StatementId id,
               GError    **error)
{
  if (self->statements[id] == NULL)
    {
      int result = sqlite3_prepare_v3 (self->db, self->sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                                       &self->statements[id], NULL);

      if (result != SQLITE_OK)
        {
          set_sqlite_error (self, error, result, _("Could not read the journal"));
          return NULL;
        }
    }
  return self->statements[id];
}

/* Steps a statement that returns no rows. */
static gboolean
run_statement (PjDatabase   *self,
               sqlite3_stmt *statement,
               const char   *doing,
               GError      **error)
{
  int result = sqlite3_step (statement);

  if (result != SQLITE_DONE && result != SQLITE_ROW)
    {
      set_sqlite_error (self, error, sqlite3_extended_errcode (self->db), doing);
      return FALSE;
    }
  return TRUE;
}

/* Steps a query; counts each query once, when its first row (or its end) is reached. */
static int
step_query (PjDatabase   *self,
            sqlite3_stmt *statement,
            gboolean     *first)
{
  if (*first)
    {
      self->read_count++;
      *first = FALSE;
    }
  return sqlite3_step (statement);
}

static gboolean
exec_simple (PjDatabase *self,
             const char *sql,
             const char *doing,
             GError    **error)
{
  int result = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (result != SQLITE_OK)
    {
      set_sqlite_error (self, error, sqlite3_extended_errcode (self->db), doing);
      return FALSE;
    }
  return TRUE;
}

static gboolean
begin (PjDatabase *self,
       GError    **error)
{
  /* IMMEDIATE takes the write lock up front, so a busy journal fails before any work. */
  return exec_simple (self, "BEGIN IMMEDIATE", _("Could not start saving"), error);
}

static gboolean
commit (PjDatabase *self,
        GError    **error)
{
  if (!exec_simple (self, "COMMIT", _("Could not finish saving"), error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

static void
rollback (PjDatabase *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* ----- Binding and reading rows ----- */

static void
bind_date (sqlite3_stmt *statement,
           int           index,
           PjDate        date)
{
  char iso[PJ_DATE_ISO_LEN];

  pj_date_format_iso (date, iso);
  sqlite3_bind_text (statement, index, iso, -1, SQLITE_TRANSIENT);
}

static void
bind_range (sqlite3_stmt *statement,
            PjDate        from,
            PjDate        to)
{
  if (from != PJ_DATE_NONE)
    bind_date (statement, 1, from);
  else
    sqlite3_bind_text (statement, 1, DATE_MIN_TEXT, -1, SQLITE_STATIC);
  if (to != PJ_DATE_NONE)
    bind_date (statement, 2, to);
  else
    sqlite3_bind_text (statement, 2, DATE_MAX_TEXT, -1, SQLITE_STATIC);
}

static void
bind_field (sqlite3_stmt      *statement,
            int                index,
            gconstpointer      record,
            const PjFieldInfo *info)
{
  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      if (pj_field_is_set (record, info))
        sqlite3_bind_double (statement, index, *PJ_FIELD_PTR (record, info, const double));
      else
        sqlite3_bind_null (statement, index);
      break;
    case PJ_FIELD_INTEGER:
      if (pj_field_is_set (record, info))
        sqlite3_bind_int (statement, index, *PJ_FIELD_PTR (record, info, const int));
      else
        sqlite3_bind_null (statement, index);
      break;
    case PJ_FIELD_SET:
      sqlite3_bind_int64 (statement, index, *PJ_FIELD_PTR (record, info, const PjCodeSet));
      break;
    case PJ_FIELD_TEXT:
      sqlite3_bind_text (statement, index, *PJ_FIELD_PTR (record, info, char * const), -1,
                         SQLITE_TRANSIENT);
      break;
    case PJ_FIELD_TIME:
      {
        char text[PJ_TIME_TEXT_LEN];

        pj_time_format (*PJ_FIELD_PTR (record, info, const int), text);
        sqlite3_bind_text (statement, index, text, -1, SQLITE_TRANSIENT);
        break;
      }
    default:
      g_assert_not_reached ();
    }
}

static void
read_field (sqlite3_stmt      *statement,
            int                column,
            gpointer           record,
            const PjFieldInfo *info)
{
  if (sqlite3_column_type (statement, column) == SQLITE_NULL)
    {
      pj_field_unset (record, info);
      return;
    }

  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      *PJ_FIELD_PTR (record, info, double) = sqlite3_column_double (statement, column);
      break;
    case PJ_FIELD_INTEGER:
      *PJ_FIELD_PTR (record, info, int) = sqlite3_column_int (statement, column);
      break;
    case PJ_FIELD_SET:
      *PJ_FIELD_PTR (record, info, PjCodeSet) = (PjCodeSet) sqlite3_column_int64 (statement,
                                                                                   column);
      break;
    case PJ_FIELD_TEXT:
      g_free (*PJ_FIELD_PTR (record, info, char *));
      *PJ_FIELD_PTR (record, info, char *) =
        g_strdup ((const char *) sqlite3_column_text (statement, column));
      break;
    case PJ_FIELD_TIME:
      if (!pj_time_parse ((const char *) sqlite3_column_text (statement, column),
                          PJ_FIELD_PTR (record, info, int), NULL))
        pj_field_unset (record, info);
      break;
    default:
      g_assert_not_reached ();
    }
}

static PjDate
column_date (sqlite3_stmt *statement,
             int           column)
{
  PjDate date = PJ_DATE_NONE;

  /* The CHECK constraint only guarantees the shape; a hand-edited impossible date reads as
   * none rather than aborting the whole list. */
  pj_date_parse_iso ((const char *) sqlite3_column_text (statement, column), &date, NULL);
  return date;
}

static void
bind_day (sqlite3_stmt *statement,
          const PjDay  *day)
{
  guint n_fields;
  const PjFieldInfo *fields = pj_day_fields (&n_fields);

  bind_date (statement, 1, day->date);
  for (guint i = 0; i < n_fields; i++)
    bind_field (statement, i + 2, day, &fields[i]);
}

/* Binds ?1 id (NULL for a new one), ?2 date, ?3 … ?8 the check-in fields in table order. */
static void
bind_checkin (sqlite3_stmt    *statement,
              const PjCheckin *checkin,
              gboolean         with_id)
{
  guint n_fields;
  const PjFieldInfo *fields = pj_checkin_fields (&n_fields);

  if (with_id && checkin->id > 0)
    sqlite3_bind_int64 (statement, 1, checkin->id);
  else
    sqlite3_bind_null (statement, 1);
  bind_date (statement, 2, checkin->date);
  for (guint i = 0; i < n_fields; i++)
    bind_field (statement, i + 3, checkin, &fields[i]);
}

/* ----- Object ----- */

static void
pj_database_finalize (GObject *object)
{
  PjDatabase *self = PJ_DATABASE (object);

  for (guint i = 0; i < N_STATEMENTS; i++)
    {
      g_clear_pointer (&self->statements[i], sqlite3_finalize);
      g_clear_pointer (&self->sql[i], g_free);
    }
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (pj_database_parent_class)->finalize (object);
}

static void
pj_database_class_init (PjDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pj_database_finalize;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
pj_database_init (PjDatabase *self)
{
  init_sql (self);
}

static void
emit_changed (PjDatabase *self,
              PjDate      date)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, (guint) date);
}

char *
pj_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "pain-journal", "journal.db", NULL);
}

/* Creates the folder (0700) and an empty file (0600) before SQLite sees the path, so the
 * journal is never readable by other users, whatever the umask. */
static gboolean
prepare_private_file (const char *path,
                      GError    **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd;

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      if (g_mkdir_with_parents (folder, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not create the folder %s: %s"),
                       folder, g_strerror (saved_errno));
          return FALSE;
        }
      g_chmod (folder, 0700);
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not open the journal file %s: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static gboolean
read_user_version (PjDatabase *self,
                   int        *out_version,
                   GError    **error)
{
  sqlite3_stmt *statement = NULL;
  int result = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &statement, NULL);

  if (result == SQLITE_OK)
    result = sqlite3_step (statement);
  if (result != SQLITE_ROW)
    {
      set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not open the journal"));
      sqlite3_finalize (statement);
      return FALSE;
    }
  *out_version = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  return TRUE;
}

PjDatabase *
pj_database_open (const char *path,
                  GError    **error)
{
  g_autoptr (PjDatabase) self = NULL;
  int version = 0;
  int result;

  g_return_val_if_fail (path != NULL, NULL);

  if (!prepare_private_file (path, error))
    return NULL;

  self = g_object_new (PJ_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  result = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE,
                            NULL);
  if (result != SQLITE_OK)
    {
      set_sqlite_error (self, error, result, _("Could not open the journal"));
      return NULL;
    }
  sqlite3_busy_timeout (self->db, 5000);

  /* The version is read before anything could write: a journal from a newer Pain Journal
   * is refused with its file left exactly as it was. */
  if (!read_user_version (self, &version, error))
    return NULL;
  if (version > pj_migrations_latest_version ())
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NEWER_SCHEMA,
                   _("The journal %s was written by a newer version of Pain Journal "
                     "(format %d; this version reads up to %d). Update Pain Journal to open it; "
                     "the file was not changed."),
                   path, version, pj_migrations_latest_version ());
      return NULL;
    }

  /* WAL keeps readers and the writer apart; FULL syncs every commit, so a saved entry
   * survives a power cut. */
  if (!exec_simple (self, "PRAGMA journal_mode = WAL", _("Could not open the journal"), error) ||
      !exec_simple (self, "PRAGMA synchronous = FULL", _("Could not open the journal"), error) ||
      !exec_simple (self, "PRAGMA foreign_keys = ON", _("Could not open the journal"), error))
    return NULL;

  if (!pj_migrations_apply (self->db, version, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
pj_database_get_path (PjDatabase *self)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);
  return self->path;
}

int
pj_database_get_schema_version (PjDatabase *self)
{
  int version = -1;

  g_return_val_if_fail (PJ_IS_DATABASE (self), -1);
  read_user_version (self, &version, NULL);
  return version;
}

void
pj_database_set_today (PjDatabase *self,
                       PjDate      today)
{
  g_return_if_fail (PJ_IS_DATABASE (self));
  self->today = today;
}

PjDate
pj_database_get_today (PjDatabase *self)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), PJ_DATE_NONE);
  return self->today != PJ_DATE_NONE ? self->today : pj_date_today ();
}

guint64
pj_database_get_read_count (PjDatabase *self)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), 0);
  return self->read_count;
}

/* ----- Writes (each public one is a single transaction) ----- */

static gboolean
write_day_factors (PjDatabase  *self,
                   const PjDay *day,
                   StatementId  id,
                   gboolean    *out_changed,
                   GError     **error)
{
  g_autoptr (PjStatement) statement = get_statement (self, id, error);

  if (statement == NULL)
    return FALSE;
  bind_day (statement, day);
  if (!run_statement (self, statement, _("Could not save the day"), error))
    return FALSE;
  if (out_changed)
    *out_changed = sqlite3_changes (self->db) > 0;
  return TRUE;
}

/* Runs one of the statements whose only parameter is a date. */
static gboolean
run_date_statement (PjDatabase *self,
                    StatementId id,
                    PjDate      date,
                    const char *doing,
                    GError    **error)
{
  g_autoptr (PjStatement) statement = get_statement (self, id, error);

  if (statement == NULL)
    return FALSE;
  bind_date (statement, 1, date);
  return run_statement (self, statement, doing, error);
}

static gboolean
ensure_day (PjDatabase *self,
            PjDate      date,
            GError    **error)
{
  return run_date_statement (self, STMT_ENSURE_DAY, date, _("Could not save the day"), error);
}

/* A day left with no factor and no check-in is removed: it holds nothing and would only show
 * up as an empty row in History. */
static gboolean
prune_day (PjDatabase *self,
           PjDate      date,
           GError    **error)
{
  return run_date_statement (self, STMT_PRUNE_DAY, date, _("Could not save the day"), error);
}

/* Turns the result of writing a check-in into an error; a taken date and time gets its own
 * message because the person can fix it by choosing another time. */
static gboolean
check_checkin_write (PjDatabase      *self,
                     const PjCheckin *checkin,
                     int              result,
                     GError         **error)
{
  if (result == SQLITE_DONE)
    return TRUE;
  if (sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE)
    {
      char iso[PJ_DATE_ISO_LEN], time_text[PJ_TIME_TEXT_LEN];

      pj_date_format_iso (checkin->date, iso);
      pj_time_format (checkin->minutes, time_text);
      g_set_error (error, PJ_ERROR, PJ_ERROR_CONFLICT,
                   _("There is already a check-in at %s on %s; choose another time"),
                   time_text, iso);
      return FALSE;
    }
  set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                    _("Could not save the check-in"));
  return FALSE;
}

static gboolean
insert_checkin (PjDatabase      *self,
                const PjCheckin *checkin,
                StatementId      id,
                gboolean         keep_id,
                gint64          *out_id,
                GError         **error)
{
  g_autoptr (PjStatement) statement = get_statement (self, id, error);
  int result;

  if (statement == NULL)
    return FALSE;
  bind_checkin (statement, checkin, keep_id);
  result = sqlite3_step (statement);
  if (!check_checkin_write (self, checkin, result, error))
    return FALSE;
  if (out_id)
    *out_id = sqlite3_changes (self->db) > 0 ? sqlite3_last_insert_rowid (self->db) : 0;
  return TRUE;
}

gboolean
pj_database_save_day (PjDatabase  *self,
                      const PjDay *day,
                      GError     **error)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (!pj_day_validate (day, pj_database_get_today (self), error))
    return FALSE;

  if (!begin (self, error))
    return FALSE;
  if (!write_day_factors (self, day, STMT_SAVE_DAY, NULL, error) ||
      !prune_day (self, day->date, error) ||
      !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }
  emit_changed (self, day->date);
  return TRUE;
}

gboolean
pj_database_add_checkin (PjDatabase *self,
                         PjCheckin  *checkin,
                         GError    **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (checkin != NULL, FALSE);

  if (!pj_checkin_validate (checkin, pj_database_get_today (self), error))
    return FALSE;

  if (!begin (self, error))
    return FALSE;
  if (!ensure_day (self, checkin->date, error) ||
      !insert_checkin (self, checkin, STMT_INSERT_CHECKIN, FALSE, &id, error) ||
      !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }
  checkin->id = id;
  emit_changed (self, checkin->date);
  return TRUE;
}

gboolean
pj_database_update_checkin (PjDatabase      *self,
                            const PjCheckin *checkin,
                            GError         **error)
{
  g_autoptr (PjStatement) statement = NULL;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (checkin != NULL, FALSE);

  if (!pj_checkin_validate (checkin, pj_database_get_today (self), error))
    return FALSE;

  statement = get_statement (self, STMT_UPDATE_CHECKIN, error);
  if (statement == NULL)
    return FALSE;
  bind_checkin (statement, checkin, TRUE);

  /* A single statement is its own transaction. */
  result = sqlite3_step (statement);
  if (!check_checkin_write (self, checkin, result, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   _("The check-in was not found on that day; it may have been deleted"));
      return FALSE;
    }
  emit_changed (self, checkin->date);
  return TRUE;
}

static gboolean
date_of_checkin (PjDatabase *self,
                 gint64      checkin_id,
                 PjDate     *out_date,
                 GError    **error)
{
  g_autoptr (PjStatement) statement = get_statement (self, STMT_DATE_OF_CHECKIN, error);
  gboolean first = TRUE;
  int result;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, checkin_id);
  result = step_query (self, statement, &first);
  if (result == SQLITE_ROW)
    {
      *out_date = column_date (statement, 0);
      return TRUE;
    }
  if (result == SQLITE_DONE)
    g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                 _("The check-in was not found; it may already have been deleted"));
  else
    set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                      _("Could not read the journal"));
  return FALSE;
}

gboolean
pj_database_delete_checkin (PjDatabase *self,
                            gint64      checkin_id,
                            GError    **error)
{
  PjDate date = PJ_DATE_NONE;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);

  if (!begin (self, error))
    return FALSE;

  if (date_of_checkin (self, checkin_id, &date, error))
    {
      g_autoptr (PjStatement) statement = get_statement (self, STMT_DELETE_CHECKIN, error);

      if (statement != NULL)
        {
          sqlite3_bind_int64 (statement, 1, checkin_id);
          if (run_statement (self, statement, _("Could not delete the check-in"), error) &&
              prune_day (self, date, error) && commit (self, error))
            {
              emit_changed (self, date);
              return TRUE;
            }
        }
    }
  rollback (self);
  return FALSE;
}

gboolean
pj_database_delete_day (PjDatabase *self,
                        PjDate      date,
                        GError    **error)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);

  /* ON DELETE CASCADE removes the check-ins in the same statement, hence the same
   * transaction. */
  if (!run_date_statement (self, STMT_DELETE_DAY, date, _("Could not delete the day"), error))
    return FALSE;
  emit_changed (self, date);
  return TRUE;
}

gboolean
pj_database_restore_day (PjDatabase  *self,
                         const PjDay *day,
                         GError     **error)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (!pj_day_validate (day, pj_database_get_today (self), error))
    return FALSE;
  if (!begin (self, error))
    return FALSE;

  if (write_day_factors (self, day, STMT_SAVE_DAY, NULL, error))
    {
      gboolean ok = run_date_statement (self, STMT_DELETE_CHECKINS_OF_DAY, day->date,
                                        _("Could not restore the day"), error);

      for (guint i = 0; ok && i < day->checkins->len; i++)
        ok = insert_checkin (self, g_ptr_array_index (day->checkins, i), STMT_INSERT_CHECKIN,
                             TRUE, NULL, error);
      if (ok && prune_day (self, day->date, error) && commit (self, error))
        {
          emit_changed (self, day->date);
          return TRUE;
        }
    }
  rollback (self);
  return FALSE;
}

static gboolean
import_one_day (PjDatabase    *self,
                const PjDay   *day,
                PjImportStats *stats,
                GError       **error)
{
  gboolean day_changed = FALSE;
  guint added = 0;

  if (!pj_day_factors_empty (day))
    {
      if (!write_day_factors (self, day, STMT_MERGE_DAY, &day_changed, error))
        return FALSE;
    }
  else if (day->checkins->len > 0)
    {
      if (!ensure_day (self, day->date, error))
        return FALSE;
    }

  for (guint i = 0; i < day->checkins->len; i++)
    {
      gint64 id = 0;

      if (!insert_checkin (self, g_ptr_array_index (day->checkins, i),
                           STMT_INSERT_CHECKIN_IF_NEW, FALSE, &id, error))
        return FALSE;
      if (id != 0)
        added++;
      else
        stats->checkins_skipped++;
    }

  stats->checkins_added += added;
  if (day_changed || added > 0)
    stats->days_written++;
  return TRUE;
}

gboolean
pj_database_import_days (PjDatabase    *self,
                         GPtrArray     *days,
                         PjImportStats *out_stats,
                         GError       **error)
{
  PjImportStats stats = { 0 };
  PjDate today;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (days != NULL, FALSE);

  /* Everything is checked before the first write, so a bad day late in a file cannot leave
   * the earlier ones half imported (the transaction would roll back anyway). */
  today = pj_database_get_today (self);
  for (guint i = 0; i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);
      g_autoptr (GError) local_error = NULL;

      if (!pj_day_validate (day, today, &local_error))
        {
          char iso[PJ_DATE_ISO_LEN] = "?";

          if (g_date_valid_julian (day->date))
            pj_date_format_iso (day->date, iso);
          g_set_error (error, PJ_ERROR, local_error->code, _("Day %s: %s"), iso,
                       local_error->message);
          return FALSE;
        }
    }

  if (!begin (self, error))
    return FALSE;
  for (guint i = 0; i < days->len; i++)
    {
      if (!import_one_day (self, g_ptr_array_index (days, i), &stats, error))
        {
          rollback (self);
          return FALSE;
        }
    }
  if (!commit (self, error))
    return FALSE;

  if (out_stats)
    *out_stats = stats;
  if (stats.days_written > 0)
    emit_changed (self, PJ_DATE_NONE);
  return TRUE;
}

/* ----- Reads ----- */

static gboolean
read_checkins_into (PjDatabase *self,
                    GHashTable *days_by_date,
                    PjDate      from,
                    PjDate      to,
                    GError    **error)
{
  g_autoptr (PjStatement) statement = get_statement (self, STMT_SELECT_CHECKINS, error);
  guint n_fields;
  const PjFieldInfo *fields = pj_checkin_fields (&n_fields);
  gboolean first = TRUE;
  int result;

  if (statement == NULL)
    return FALSE;
  bind_range (statement, from, to);
  while ((result = step_query (self, statement, &first)) == SQLITE_ROW)
    {
      PjDate date = column_date (statement, 1);
      PjDay *day = g_hash_table_lookup (days_by_date, GUINT_TO_POINTER (date));
      PjCheckin *checkin;

      if (day == NULL)
        continue;
      checkin = pj_checkin_new (date, 0, 0);
      checkin->id = sqlite3_column_int64 (statement, 0);
      for (guint i = 0; i < n_fields; i++)
        read_field (statement, i + 2, checkin, &fields[i]);
      /* Rows arrive ordered by time, so appending keeps the day sorted. */
      g_ptr_array_add (day->checkins, checkin);
    }
  if (result != SQLITE_DONE)
    {
      set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal"));
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
pj_database_list_days_in_range (PjDatabase *self,
                                PjDate      from,
                                PjDate      to,
                                PjOrder     order,
                                guint       offset,
                                guint       limit,
                                GError    **error)
{
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GHashTable) days_by_date = NULL;
  g_autoptr (PjStatement) statement = NULL;
  guint n_fields;
  const PjFieldInfo *fields = pj_day_fields (&n_fields);
  PjDate first_date = PJ_DATE_NONE, last_date = PJ_DATE_NONE;
  gboolean first = TRUE;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  statement = get_statement (self, order == PJ_ORDER_NEWEST_FIRST
                                    ? STMT_SELECT_DAYS_NEWEST_FIRST
                                    : STMT_SELECT_DAYS_OLDEST_FIRST, error);
  if (statement == NULL)
    return NULL;

  days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  days_by_date = g_hash_table_new (NULL, NULL);

  bind_range (statement, from, to);
  sqlite3_bind_int64 (statement, 3, limit > 0 ? (gint64) limit : -1);
  sqlite3_bind_int64 (statement, 4, offset);

  while ((result = step_query (self, statement, &first)) == SQLITE_ROW)
    {
      PjDate date = column_date (statement, 0);
      PjDay *day;

      if (date == PJ_DATE_NONE)
        continue;
      day = pj_day_new (date);
      for (guint i = 0; i < n_fields; i++)
        read_field (statement, i + 1, day, &fields[i]);
      g_ptr_array_add (days, day);
      g_hash_table_insert (days_by_date, GUINT_TO_POINTER (date), day);
      first_date = first_date == PJ_DATE_NONE ? date : MIN (first_date, date);
      last_date = MAX (last_date, date);
    }
  if (result != SQLITE_DONE)
    {
      set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal"));
      return NULL;
    }

  /* One query for the check-ins of the whole page rather than one per day. */
  if (days->len > 0 &&
      !read_checkins_into (self, days_by_date, first_date, last_date, error))
    return NULL;

  return g_steal_pointer (&days);
}

PjDay *
pj_database_get_day (PjDatabase *self,
                     PjDate      date,
                     GError    **error)
{
  g_autoptr (GPtrArray) days = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  days = pj_database_list_days_in_range (self, date, date, PJ_ORDER_OLDEST_FIRST, 0, 1, error);
  if (days == NULL || days->len == 0)
    return NULL;
  return g_ptr_array_steal_index (days, 0);
}

GArray *
pj_database_list_dates_in_range (PjDatabase *self,
                                 PjDate      from,
                                 PjDate      to,
                                 GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  g_autoptr (GArray) dates = NULL;
  gboolean first = TRUE;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  statement = get_statement (self, STMT_SELECT_DATES, error);
  if (statement == NULL)
    return NULL;
  dates = g_array_new (FALSE, FALSE, sizeof (PjDate));
  bind_range (statement, from, to);
  while ((result = step_query (self, statement, &first)) == SQLITE_ROW)
    {
      PjDate date = column_date (statement, 0);

      if (date != PJ_DATE_NONE)
        g_array_append_val (dates, date);
    }
  if (result != SQLITE_DONE)
    {
      set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal"));
      return NULL;
    }
  return g_steal_pointer (&dates);
}

gboolean
pj_database_count_days (PjDatabase *self,
                        guint      *out_count,
                        GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  gboolean first = TRUE;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (out_count != NULL, FALSE);

  statement = get_statement (self, STMT_COUNT_DAYS, error);
  if (statement == NULL)
    return FALSE;
  if (step_query (self, statement, &first) != SQLITE_ROW)
    {
      set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal"));
      return FALSE;
    }
  *out_count = (guint) sqlite3_column_int64 (statement, 0);
  return TRUE;
}

gboolean
pj_database_get_date_bounds (PjDatabase *self,
                             PjDate     *out_first,
                             PjDate     *out_last,
                             GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  gboolean first = TRUE;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);

  statement = get_statement (self, STMT_DATE_BOUNDS, error);
  if (statement == NULL)
    return FALSE;
  if (step_query (self, statement, &first) != SQLITE_ROW)
    {
      set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal"));
      return FALSE;
    }
  if (out_first)
    *out_first = sqlite3_column_type (statement, 0) == SQLITE_NULL
                 ? PJ_DATE_NONE : column_date (statement, 0);
  if (out_last)
    *out_last = sqlite3_column_type (statement, 1) == SQLITE_NULL
                ? PJ_DATE_NONE : column_date (statement, 1);
  return TRUE;
}

/* ----- Pain only, for the pain-episode walk (issue 5) ----- */

GPtrArray *
pj_database_list_pain_days_in_range (PjDatabase *self,
                                     PjDate      from,
                                     PjDate      to,
                                     PjOrder     order,
                                     GError    **error)
{
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (PjStatement) statement = NULL;
  PjDay *day = NULL;
  gboolean first = TRUE;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), NULL);

  statement = get_statement (self, order == PJ_ORDER_NEWEST_FIRST
                                    ? STMT_SELECT_PAINS_NEWEST_FIRST
                                    : STMT_SELECT_PAINS_OLDEST_FIRST, error);
  if (statement == NULL)
    return NULL;
  days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  bind_range (statement, from, to);
  /* One query over the check-ins alone, rows grouped by date. Newest first walks the (date,
   * time) index backwards, time too, which spares SQLite a sort; each day's check-ins are
   * then put back in time order by prepending. */
  while ((result = step_query (self, statement, &first)) == SQLITE_ROW)
    {
      const char *date_text = (const char *) sqlite3_column_text (statement, 0);
      int minutes = 0;
      PjDate date;

      if (day == NULL || !g_str_equal (date_text, day->note))
        {
          date = column_date (statement, 0);
          if (date == PJ_DATE_NONE)
            continue;
          day = pj_day_new (date);
          /* the note holds the stored date text while the day is being read, to group rows
           * without parsing every date; it is cleared before returning */
          day->note = g_strdup (date_text);
          g_ptr_array_add (days, day);
        }
      pj_time_parse ((const char *) sqlite3_column_text (statement, 1), &minutes, NULL);
      g_ptr_array_insert (day->checkins, order == PJ_ORDER_NEWEST_FIRST ? 0 : -1,
                          pj_checkin_new (day->date, minutes, sqlite3_column_int (statement, 2)));
    }
  for (guint i = 0; i < days->len; i++)
    g_clear_pointer (&((PjDay *) g_ptr_array_index (days, i))->note, g_free);
  if (result != SQLITE_DONE)
    {
      set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal"));
      return NULL;
    }
  return g_steal_pointer (&days);
}

/* ----- Flag acknowledgements (issue 5) ----- */

static gboolean
check_flag (const char *flag_id,
            PjDate      trigger_date,
            GError    **error)
{
  if (flag_id == NULL || pj_flags_lookup (flag_id) == NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Cannot acknowledge the warning “%s”: there is no such warning"),
                   flag_id ? flag_id : "");
      return FALSE;
    }
  if (trigger_date == PJ_DATE_NONE || !g_date_valid_julian (trigger_date))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Cannot acknowledge the warning “%s”: it needs the date that triggered it"),
                   flag_id);
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_database_acknowledge_flag (PjDatabase *self,
                              const char *flag_id,
                              PjDate      trigger_date,
                              GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  g_autoptr (GDateTime) now = NULL;
  g_autofree char *now_text = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);

  if (!check_flag (flag_id, trigger_date, error))
    return FALSE;
  statement = get_statement (self, STMT_ACKNOWLEDGE_FLAG, error);
  if (statement == NULL)
    return FALSE;
  now = g_date_time_new_now_utc ();
  now_text = g_date_time_format_iso8601 (now);
  sqlite3_bind_text (statement, 1, flag_id, -1, SQLITE_TRANSIENT);
  bind_date (statement, 2, trigger_date);
  sqlite3_bind_text (statement, 3, now_text, -1, SQLITE_TRANSIENT);
  /* a single statement is its own transaction */
  return run_statement (self, statement, _("Could not save that the warning was seen"), error);
}

gboolean
pj_database_is_flag_acknowledged (PjDatabase *self,
                                  const char *flag_id,
                                  PjDate      trigger_date,
                                  gboolean   *out_acknowledged,
                                  GError    **error)
{
  g_autoptr (PjStatement) statement = NULL;
  gboolean first = TRUE;
  int result;

  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (out_acknowledged != NULL, FALSE);

  *out_acknowledged = FALSE;
  if (!check_flag (flag_id, trigger_date, error))
    return FALSE;
  statement = get_statement (self, STMT_IS_FLAG_ACKNOWLEDGED, error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, flag_id, -1, SQLITE_TRANSIENT);
  bind_date (statement, 2, trigger_date);
  result = step_query (self, statement, &first);
  if (result != SQLITE_ROW && result != SQLITE_DONE)
    {
      set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                        _("Could not read the journal"));
      return FALSE;
    }
  *out_acknowledged = result == SQLITE_ROW;
  return TRUE;
}
