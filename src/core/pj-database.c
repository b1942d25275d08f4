/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pj-database-private.h"
#include "pj-error.h"
#include "pj-migrations.h"


G_DEFINE_FINAL_TYPE (PjDatabase, pj_database, G_TYPE_OBJECT)

enum
{
  SIGNAL_CHANGED,
  SIGNAL_DAMAGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ----- Errors ----- */

/* Turns SQLite's result into words a person can act on. The SQLite text stays at the end
 * for whoever has to diagnose it. @doing is a whole sentence ("Could not save the day.") and
 * each reason below is one too, so a translator never sees a fragment. */
void
pj_db_set_sqlite_error (PjDatabase *self,
                        GError    **error,
                        int         result,
                        const char *doing)
{
  const char *detail = sqlite3_errmsg (self->db);
  g_autofree char *reason = NULL;
  PjError code = PJ_ERROR_DATABASE;

  switch (result & 0xff)
    {
    case SQLITE_FULL:
      reason = g_strdup (_("The disk is full, so nothing was saved. Free some space and try "
                           "again."));
      break;
    case SQLITE_READONLY:
      code = PJ_ERROR_READ_ONLY;
      /* Translators: the journal's file name, then SQLite's own words */
      reason = g_strdup_printf (_("The journal %s can only be read, so nothing was saved (%s). "
                                  "Make the file writable to save again; exports and the "
                                  "report still work."), self->path, detail);
      break;
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      /* Translators: the journal's file name, then SQLite's own words */
      reason = g_strdup_printf (_("The journal file %s cannot be written (%s)."), self->path,
                                detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      reason = g_strdup (_("The journal is being used by another program; try again in a "
                           "moment."));
      break;
    case SQLITE_CORRUPT:
      code = PJ_ERROR_DAMAGED;
      /* Translators: the journal's file name, then SQLite's own words */
      reason = g_strdup_printf (_("The journal %s is damaged (%s)."), self->path, detail);
      break;
    case SQLITE_NOTADB:
      code = PJ_ERROR_DAMAGED;
      /* Translators: the journal's file name, then SQLite's own words */
      reason = g_strdup_printf (_("%s is damaged or is not a Pain Journal file (%s)."),
                                self->path, detail);
      break;
    case SQLITE_CONSTRAINT:
      code = PJ_ERROR_INVALID;
      /* Translators: SQLite's own words in parentheses */
      reason = g_strdup_printf (_("A value is outside what the journal accepts (%s)."), detail);
      break;
    default:
      /* Translators: SQLite's own words, left untranslated */
      reason = g_strdup_printf (_("The journal reported: %s."), detail);
      break;
    }
  /* Translators: what failed, then why; both are whole sentences, such as "Could not save
   * the day." and "The disk is full, so nothing was saved. Free some space and try again." */
  g_set_error (error, PJ_ERROR, code, C_("two sentences", "%s %s"), doing, reason);
  if (code == PJ_ERROR_DAMAGED)
    g_signal_emit (self, signals[SIGNAL_DAMAGED], 0);
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
  /* The day's note first, then its check-ins' in time order; a day without check-ins comes
   * once with NULLs. */
  self->sql[STMT_SELECT_DAY_DIGESTS] =
    g_strdup ("SELECT day.date, day.note, checkin.note, checkin.symptoms FROM day "
              "LEFT JOIN checkin ON checkin.date = day.date "
              "ORDER BY day.date DESC, checkin.time");
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

PjStatement *
pj_db_get_statement (PjDatabase *self,
               StatementId id,
               GError    **error)
{
  if (self->statements[id] == NULL)
    {
      int result = sqlite3_prepare_v3 (self->db, self->sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                                       &self->statements[id], NULL);

      if (result != SQLITE_OK)
        {
          pj_db_set_sqlite_error (self, error, result, _("Could not read the journal."));
          return NULL;
        }
    }
  return self->statements[id];
}

/* Steps a statement that returns no rows. */
gboolean
pj_db_run_statement (PjDatabase   *self,
               sqlite3_stmt *statement,
               const char   *doing,
               GError      **error)
{
  int result = sqlite3_step (statement);

  if (result != SQLITE_DONE && result != SQLITE_ROW)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db), doing);
      return FALSE;
    }
  return TRUE;
}

/* Steps a query; counts each query once, when its first row (or its end) is reached. */
int
pj_db_step_query (PjDatabase   *self,
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

gboolean
pj_db_exec_simple (PjDatabase *self,
             const char *sql,
             const char *doing,
             GError    **error)
{
  int result = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (result != SQLITE_OK)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db), doing);
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_db_begin (PjDatabase *self,
       GError    **error)
{
  /* IMMEDIATE takes the write lock up front, so a busy journal fails before any work. */
  return pj_db_exec_simple (self, "BEGIN IMMEDIATE", _("Could not start saving."), error);
}

gboolean
pj_db_commit (PjDatabase *self,
        GError    **error)
{
  if (!pj_db_exec_simple (self, "COMMIT", _("Could not finish saving."), error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

void
pj_db_rollback (PjDatabase *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
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
  /* Emitted (on the connection's thread) whenever SQLite reports the file damaged, in the
   * middle of the read or write that met it: a handler should only note it and act later. */
  signals[SIGNAL_DAMAGED] = g_signal_new ("damaged", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
pj_database_init (PjDatabase *self)
{
  init_sql (self);
}

void
pj_db_emit_changed (PjDatabase *self,
              PjDate      date)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, (guint) date);
}

char *
pj_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "pain-journal", "journal.db", NULL);
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
  pj_db_read_int (self, "PRAGMA user_version", &version, NULL);
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

