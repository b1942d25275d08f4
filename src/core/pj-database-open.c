/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pj-database-private.h"
#include "pj-error.h"
#include "pj-migrations.h"

/* Opening a journal: recognising the file as Pain Journal's before anything is written, so
 * another program's database, a damaged file or a newer journal is left byte-identical, and
 * reading the version and migrating in one transaction, so simultaneous first opens wait for
 * each other instead of failing. */

#define BUSY_TIMEOUT_MS 5000

typedef enum
{
  FILE_ABSENT,
  FILE_EMPTY,
  FILE_PRESENT,
} FileState;

typedef struct
{
  int      version;
  int      application_id;
  int      n_objects; /* rows of sqlite_master */
  gboolean has_day;   /* Pain Journal's own table */
} FileFacts;

gboolean
pj_db_read_int (PjDatabase *self,
                const char *sql,
                int        *out_value,
                GError    **error)
{
  sqlite3_stmt *statement = NULL;
  int result = sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL);

  if (result == SQLITE_OK)
    result = sqlite3_step (statement);
  if (result != SQLITE_ROW)
    {
      pj_db_set_sqlite_error (self, error, sqlite3_extended_errcode (self->db),
                              _("Could not open the journal."));
      sqlite3_finalize (statement);
      return FALSE;
    }
  *out_value = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  return TRUE;
}

/* What is at @path, without creating or changing anything. */
static gboolean
inspect_path (const char *path,
              FileState  *out_state,
              gboolean   *out_writable,
              GError    **error)
{
  GStatBuf info;

  *out_writable = TRUE;
  if (g_stat (path, &info) != 0)
    {
      *out_state = FILE_ABSENT;
      return TRUE;
    }
  if (S_ISDIR (info.st_mode))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO,
                   _("%s is a folder, not a journal file; give the path of a file"), name);
      return FALSE;
    }
  /* The owner's write bit, not access(): for root every file is writable, yet a journal
   * someone marked read-only should stay as it is. */
  *out_writable = (info.st_mode & S_IWUSR) != 0 && access (path, W_OK) == 0;
  *out_state = info.st_size == 0 ? FILE_EMPTY : FILE_PRESENT;
  return TRUE;
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

/* The README promises a private folder and file. Only the default folder is tightened: a
 * --db path may sit in a folder that is not ours to change. */
static void
tighten_modes (const char *path,
               gboolean    read_only)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *default_path = pj_database_default_path ();
  g_autofree char *default_folder = g_path_get_dirname (default_path);
  const char *suffixes[] = { "", "-wal", "-shm" };
  GStatBuf info;

  if (g_str_equal (folder, default_folder) && g_stat (folder, &info) == 0 &&
      (info.st_mode & 077) != 0)
    g_chmod (folder, info.st_mode & 0700);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_stat (file, &info) != 0 || (info.st_mode & 077) == 0)
        continue;
      /* A read-only journal keeps its missing write bit. */
      g_chmod (file, read_only ? info.st_mode & 0500 : 0600);
    }
}

static gboolean
read_facts (PjDatabase *self,
            FileFacts  *facts,
            GError    **error)
{
  return pj_db_read_int (self, "PRAGMA user_version", &facts->version, error) &&
         pj_db_read_int (self, "PRAGMA application_id", &facts->application_id, error) &&
         pj_db_read_int (self, "SELECT count(*) FROM sqlite_master", &facts->n_objects, error) &&
         pj_db_read_int (self, "SELECT count(*) FROM sqlite_master "
                         "WHERE type = 'table' AND name = 'day'", &facts->has_day, error);
}

/* Refuses what is not a journal this version can open. An empty SQLite file (no schema at
 * all, e.g. left by an open that stopped before its first commit) is a new journal. */
static gboolean
check_facts (PjDatabase      *self,
             const FileFacts *facts,
             GError         **error)
{
  g_autofree char *name = g_filename_display_name (self->path);
  gboolean foreign = facts->application_id != 0
                     ? facts->application_id != PJ_APPLICATION_ID
                     : facts->n_objects > 0 && !facts->has_day;

  if (foreign)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_FOREIGN,
                   _("%s is a database of another program; Pain Journal did not change it"),
                   name);
      return FALSE;
    }
  if (facts->version > pj_migrations_latest_version ())
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NEWER_SCHEMA,
                   _("The journal %s was written by a newer version of Pain Journal "
                     "(format %d; this version reads up to %d). Update Pain Journal to open it; "
                     "the file was not changed."),
                   name, facts->version, pj_migrations_latest_version ());
      return FALSE;
    }
  return TRUE;
}

/* A file nobody may write, with no -wal file holding changes, cannot change while we read it:
 * opened as immutable, SQLite leaves no -wal or -shm files beside it. */
char *
pj_db_sqlite_name (const char *path,
                   gboolean    read_only,
                   gboolean    writable,
                   int        *flags)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *escaped = NULL;

  if (!read_only || writable || g_file_test (wal, G_FILE_TEST_EXISTS))
    return g_strdup (path);
  escaped = g_uri_escape_string (path, "/", FALSE);
  *flags |= SQLITE_OPEN_URI;
  return g_strdup_printf ("file:%s?immutable=1", escaped);
}

static PjDatabase *
connect (const char *path,
         gboolean    read_only,
         gboolean    writable,
         GError    **error)
{
  g_autoptr (PjDatabase) self = g_object_new (PJ_TYPE_DATABASE, NULL);
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_EXRESCODE;
  g_autofree char *name = pj_db_sqlite_name (path, read_only, writable, &flags);
  int result;

  self->path = g_strdup (path);
  self->read_only = read_only;
  result = sqlite3_open_v2 (name, &self->db, flags, NULL);
  if (result != SQLITE_OK)
    {
      pj_db_set_sqlite_error (self, error, result, _("Could not open the journal."));
      return NULL;
    }
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  return g_steal_pointer (&self);
}

/* Recognises and migrates the file in one BEGIN IMMEDIATE: a second first open waits for the
 * busy timeout, then finds the tables the first one made. A refusal rolls back, and as
 * nothing was written the file is byte-identical. */
static gboolean
recognise_and_migrate (PjDatabase *self,
                       GError    **error)
{
  FileFacts facts = { 0 };

  if (!pj_db_exec_simple (self, "BEGIN IMMEDIATE", _("Could not open the journal."), error))
    return FALSE;
  if (!read_facts (self, &facts, error) || !check_facts (self, &facts, error) ||
      !pj_migrations_apply_within_transaction (self->db, facts.version, error) ||
      (facts.application_id == 0 && !pj_migrations_set_application_id (self->db, error)) ||
      !pj_db_exec_simple (self, "COMMIT", _("Could not open the journal."), error))
    {
      pj_db_rollback (self);
      return FALSE;
    }
  return TRUE;
}

/* Switching to WAL needs the file to itself for a moment; another first open may still hold
 * it, so wait as for any busy journal. */
static gboolean
switch_to_wal (PjDatabase *self,
               GError    **error)
{
  g_autoptr (GError) local_error = NULL;

  for (int waited = 0; ; waited += 50)
    {
      g_clear_error (&local_error);
      if (pj_db_exec_simple (self, "PRAGMA journal_mode = WAL", _("Could not open the journal."),
                             &local_error))
        return TRUE;
      if (waited >= BUSY_TIMEOUT_MS ||
          (sqlite3_errcode (self->db) != SQLITE_BUSY && sqlite3_errcode (self->db) != SQLITE_LOCKED))
        break;
      g_usleep (50 * 1000);
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

PjDatabase *
pj_database_open (const char *path,
                  GError    **error)
{
  g_autoptr (PjDatabase) self = NULL;
  FileState state;
  gboolean writable;

  g_return_val_if_fail (path != NULL, NULL);

  if (!inspect_path (path, &state, &writable, error))
    return NULL;
  if (state != FILE_ABSENT && !writable)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PJ_ERROR, PJ_ERROR_READ_ONLY,
                   _("The journal %s can only be read (its file is not writable), so nothing "
                     "can be saved; exports and the report still work. Make the file writable "
                     "to save again."), name);
      return NULL;
    }
  if (state == FILE_ABSENT && !prepare_private_file (path, error))
    return NULL;

  self = connect (path, FALSE, TRUE, error);
  if (self == NULL || !recognise_and_migrate (self, error))
    return NULL;
  tighten_modes (path, FALSE);

  /* WAL keeps readers and the writer apart; FULL syncs every commit, so a saved entry
   * survives a power cut. */
  if (!switch_to_wal (self, error) ||
      !pj_db_exec_simple (self, "PRAGMA synchronous = FULL", _("Could not open the journal."),
                          error) ||
      !pj_db_exec_simple (self, "PRAGMA foreign_keys = ON", _("Could not open the journal."),
                          error))
    return NULL;
  return g_steal_pointer (&self);
}

PjDatabase *
pj_database_open_read_only (const char *path,
                            GError    **error)
{
  g_autoptr (PjDatabase) self = NULL;
  FileFacts facts = { 0 };
  FileState state;
  gboolean writable;

  g_return_val_if_fail (path != NULL, NULL);

  if (!inspect_path (path, &state, &writable, error))
    return NULL;
  /* Nothing to read: the same empty journal a write would start. */
  if (state != FILE_PRESENT)
    return pj_database_open (path, error);

  self = connect (path, TRUE, writable, error);
  if (self == NULL)
    return NULL;
  if (!pj_db_exec_simple (self, "BEGIN", _("Could not open the journal."), error))
    return NULL;
  if (!read_facts (self, &facts, error) || !check_facts (self, &facts, error))
    {
      pj_db_rollback (self);
      return NULL;
    }
  pj_db_rollback (self);

  /* An older journal lacks tables the reads need; if it may be written, bring it up to date
   * the ordinary way. */
  if (facts.version < pj_migrations_latest_version () && writable)
    {
      g_clear_object (&self);
      return pj_database_open (path, error);
    }
  tighten_modes (path, TRUE);
  return g_steal_pointer (&self);
}

gboolean
pj_database_is_read_only (PjDatabase *self)
{
  g_return_val_if_fail (PJ_IS_DATABASE (self), FALSE);
  return self->read_only;
}
