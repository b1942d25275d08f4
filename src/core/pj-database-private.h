/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of the database module (pj-database*.c), and by nothing else: the one
 * owner of SQL is split by concern (opening and statements, rows, writes, reads, flag
 * acknowledgements), not opened up. */

#include <sqlite3.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* A statement taken from the cache: released (reset, bindings cleared) when it goes out of
 * scope, so no early return can leave a statement holding a read transaction open. */
typedef sqlite3_stmt PjStatement;

static inline void
pj_statement_release (PjStatement *statement)
{
  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjStatement, pj_statement_release)

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
  STMT_SELECT_DAY_DIGESTS,
  N_STATEMENTS
} StatementId;

struct _PjDatabase
{
  GObject       parent_instance;

  sqlite3      *db;
  char         *path;
  PjDate        today;     /* PJ_DATE_NONE: the real today */
  gboolean      read_only; /* opened with pj_database_open_read_only() */
  guint64       read_count;
  char         *sql[N_STATEMENTS];
  sqlite3_stmt *statements[N_STATEMENTS];
};

/* Date text bounds for open-ended ranges: every stored date sorts between these. */
#define DATE_MIN_TEXT "0000-00-00"
#define DATE_MAX_TEXT "9999-99-99"

/* pj-database.c: errors, statements, transactions, the change signal */
G_GNUC_INTERNAL void         pj_db_set_sqlite_error (PjDatabase *self,
                                                     GError    **error,
                                                     int         result,
                                                     const char *doing);
G_GNUC_INTERNAL PjStatement *pj_db_get_statement (PjDatabase *self,
                                                  StatementId id,
                                                  GError    **error);
G_GNUC_INTERNAL gboolean     pj_db_run_statement (PjDatabase   *self,
                                                  sqlite3_stmt *statement,
                                                  const char   *doing,
                                                  GError      **error);
G_GNUC_INTERNAL int          pj_db_step_query (PjDatabase   *self,
                                               sqlite3_stmt *statement,
                                               gboolean     *first);
G_GNUC_INTERNAL gboolean     pj_db_exec_simple (PjDatabase *self,
                                                const char *sql,
                                                const char *doing,
                                                GError    **error);
G_GNUC_INTERNAL gboolean     pj_db_begin (PjDatabase *self,
                                          GError    **error);
G_GNUC_INTERNAL gboolean     pj_db_commit (PjDatabase *self,
                                           GError    **error);
G_GNUC_INTERNAL void         pj_db_rollback (PjDatabase *self);
G_GNUC_INTERNAL void         pj_db_emit_changed (PjDatabase *self,
                                                 PjDate      date);

/* pj-database-open.c: the first integer of a one-row query such as a PRAGMA */
G_GNUC_INTERNAL gboolean     pj_db_read_int (PjDatabase *self,
                                             const char *sql,
                                             int        *out_value,
                                             GError    **error);

/* The name to give sqlite3_open_v2() for @path, adding SQLITE_OPEN_URI to @flags when a
 * read-only file is opened as immutable (so no -wal or -shm files appear beside it). */
G_GNUC_INTERNAL char        *pj_db_sqlite_name (const char *path,
                                                gboolean    read_only,
                                                gboolean    writable,
                                                int        *flags);

/* pj-database-rows.c: binding values and reading rows */
G_GNUC_INTERNAL void         pj_db_bind_date (sqlite3_stmt *statement,
                                              int           index,
                                              PjDate        date);
G_GNUC_INTERNAL void         pj_db_bind_range (sqlite3_stmt *statement,
                                               PjDate        from,
                                               PjDate        to);
G_GNUC_INTERNAL void         pj_db_bind_field (sqlite3_stmt      *statement,
                                               int                index,
                                               gconstpointer      record,
                                               const PjFieldInfo *info);
G_GNUC_INTERNAL void         pj_db_read_field (sqlite3_stmt      *statement,
                                               int                column,
                                               gpointer           record,
                                               const PjFieldInfo *info);
G_GNUC_INTERNAL PjDate       pj_db_column_date (sqlite3_stmt *statement,
                                                int           column);
G_GNUC_INTERNAL void         pj_db_bind_day (sqlite3_stmt *statement,
                                             const PjDay  *day);
G_GNUC_INTERNAL void         pj_db_bind_checkin (sqlite3_stmt    *statement,
                                                 const PjCheckin *checkin,
                                                 gboolean         with_id);

/* pj-database-medicines.c: medicine and dose rows. Their statements run a few times per
 * action, so they are prepared when used (and finalized on scope exit) rather than cached. */
typedef sqlite3_stmt PjOwnedStatement;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjOwnedStatement, sqlite3_finalize)

#define MEDICINE_COLUMNS "id, name, kind, form, amount, unit, regular, times, archived"
#define DOSE_COLUMNS "id, medicine_id, date, time, taken, amount, unit, relief"
#define INSERT_MEDICINE_SQL \
  "INSERT INTO medicine (" MEDICINE_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
#define INSERT_DOSE_SQL \
  "INSERT INTO dose (" DOSE_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"

G_GNUC_INTERNAL PjOwnedStatement *pj_db_prepare_owned (PjDatabase *self,
                                                       const char *sql,
                                                       GError    **error);
G_GNUC_INTERNAL void         pj_db_bind_text (sqlite3_stmt *statement,
                                              int           index,
                                              const char   *text);
/* ?1 id (NULL when 0) … ?8 relief, in the order of DOSE_COLUMNS */
G_GNUC_INTERNAL void         pj_db_bind_dose (sqlite3_stmt *statement,
                                              const PjDose *dose);
/* a row of SELECT MEDICINE_COLUMNS / SELECT DOSE_COLUMNS */
G_GNUC_INTERNAL PjMedicine  *pj_db_read_medicine (sqlite3_stmt *statement);
G_GNUC_INTERNAL PjDose      *pj_db_read_dose (sqlite3_stmt *statement);
/* Steps a write; a UNIQUE conflict becomes PJ_ERROR_CONFLICT with @conflict_message when
 * that is not NULL. */
G_GNUC_INTERNAL gboolean     pj_db_step_write (PjDatabase   *self,
                                               sqlite3_stmt *statement,
                                               const char   *conflict_message,
                                               const char   *doing,
                                               GError      **error);
/* @sql binds the medicine as bind_medicine() does (?1 id … ?9 archived). */
G_GNUC_INTERNAL gboolean     pj_db_write_medicine (PjDatabase       *self,
                                                   const char       *sql,
                                                   const PjMedicine *medicine,
                                                   GError          **error);

/* pj-database-write.c: pj_database_restore_day() inside the caller's transaction, the day
 * already validated. */
G_GNUC_INTERNAL gboolean     pj_db_restore_day_within (PjDatabase  *self,
                                                       const PjDay *day,
                                                       GError     **error);

/* pj-database-day-doses.c: the doses logged on @date go with their day, in the caller's
 * transaction. */
G_GNUC_INTERNAL gboolean     pj_db_delete_doses_on (PjDatabase *self,
                                                    PjDate      date,
                                                    GError    **error);

/* pj-database-medicines-import.c: the import step of pj_database_import() */
G_GNUC_INTERNAL gboolean     pj_db_validate_medicines (GPtrArray *medicines,
                                                       PjDate     today,
                                                       GError   **error);
G_GNUC_INTERNAL gboolean     pj_db_import_medicines (PjDatabase    *self,
                                                     GPtrArray     *medicines,
                                                     PjImportStats *stats,
                                                     GError       **error);

G_END_DECLS
