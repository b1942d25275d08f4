/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pj-database-files.h"
#include "pj-database-private.h"
#include "pj-error.h"
#include "pj-file-io.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

static gboolean
run_quick_check (PjDatabase *self,
                 const char *shown_path,
                 GError    **error)
{
  g_autofree char *name = g_filename_display_name (shown_path);
  sqlite3_stmt *statement = NULL;
  g_autofree char *complaint = NULL;
  int result = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check (1)", -1, &statement, NULL);

  if (result == SQLITE_OK)
    result = sqlite3_step (statement);
  if (result == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (statement, 0);

      if (text != NULL && g_str_equal (text, "ok"))
        {
          sqlite3_finalize (statement);
          return TRUE;
        }
      complaint = g_strdup (text != NULL ? text : "?");
    }
  else
    complaint = g_strdup (sqlite3_errmsg (self->db));
  sqlite3_finalize (statement);
  g_set_error (error, PJ_ERROR, PJ_ERROR_DAMAGED, _("The journal %s is damaged (SQLite: %s)."),
               name, complaint);
  return FALSE;
}

static gboolean
run_quick_check_on (const char *path,
                    const char *shown_path,
                    GError    **error)
{
  g_autoptr (PjDatabase) database = pj_database_open_read_only (path, error);

  return database != NULL && run_quick_check (database, shown_path, error);
}

gboolean
pj_database_quick_check_file (const char *path,
                              GError    **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return run_quick_check_on (path, path, error);
}

gboolean
pj_database_check_file (const char *path,
                        guint      *out_n_days,
                        GError    **error)
{
  g_autoptr (PjDatabase) database = NULL;
  guint n_days = 0;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("There is no file %s"), name);
      return FALSE;
    }
  database = pj_database_open_read_only (path, error);
  if (database == NULL || !run_quick_check (database, path, error) ||
      !pj_database_count_days (database, &n_days, error))
    return FALSE;
  if (out_n_days != NULL)
    *out_n_days = n_days;
  return TRUE;
}

static gboolean
set_copy_error (GError    **error,
                sqlite3    *db,
                const char *dest_path)
{
  g_autofree char *name = g_filename_display_name (dest_path);

  g_set_error (error, PJ_ERROR, (sqlite3_errcode (db) & 0xff) == SQLITE_FULL
                                ? PJ_ERROR_IO : PJ_ERROR_DATABASE,
               _("Could not write the backup %s: %s"), name, sqlite3_errmsg (db));
  return FALSE;
}

/* Copies every page of @source into the empty file at @temp_path, then turns the copy into
 * an ordinary rollback-journal file so a backup never needs -wal or -shm files beside it. */
static gboolean
copy_pages (PjDatabase *source,
            const char *temp_path,
            GError    **error)
{
  g_autoptr (sqlite3) dest = NULL;
  sqlite3_backup *backup;
  int result;

  if (sqlite3_open_v2 (temp_path, &dest, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    return set_copy_error (error, dest, temp_path);
  backup = sqlite3_backup_init (dest, "main", source->db, "main");
  if (backup == NULL)
    return set_copy_error (error, dest, temp_path);
  /* All pages in one step: a journal is small, and one step is one consistent read. */
  do
    {
      result = sqlite3_backup_step (backup, -1);
      if (result == SQLITE_BUSY || result == SQLITE_LOCKED)
        sqlite3_sleep (50);
    }
  while (result == SQLITE_OK || result == SQLITE_BUSY || result == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (result != SQLITE_DONE)
    {
      if ((result & 0xff) == SQLITE_CORRUPT || (result & 0xff) == SQLITE_NOTADB)
        {
          pj_db_set_sqlite_error (source, error, result, _("Could not write the backup."));
          return FALSE;
        }
      return set_copy_error (error, dest, temp_path);
    }
  if (sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
    return set_copy_error (error, dest, temp_path);
  return TRUE;
}

static char *
make_temp_file (const char *dest_path,
                GError    **error)
{
  g_autofree char *folder = g_path_get_dirname (dest_path);
  g_autofree char *base = g_path_get_basename (dest_path);
  g_autofree char *template = g_strdup_printf (".%s-XXXXXX", base);
  char *temp_path = g_build_filename (folder, template, NULL);
  int fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (folder);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not write a backup in %s: %s"), name,
                   g_strerror (saved_errno));
      g_free (temp_path);
      return NULL;
    }
  close (fd);
  return temp_path;
}

gboolean
pj_database_snapshot (const char *source_path,
                      const char *dest_path,
                      GError    **error)
{
  g_autoptr (PjDatabase) source = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *journal_path = NULL;

  g_return_val_if_fail (source_path != NULL, FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  /* A backup is a journal file of its own: it cannot be poured into a pipe or a device, and
   * renaming it over one would replace the node (pj_file_is_stream()). */
  if (pj_file_is_stream (dest_path))
    {
      g_autofree char *name = g_filename_display_name (dest_path);

      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Could not write the backup %s: it is a device or a pipe, not a file; "
                     "choose a file name ending in .db"), name);
      return FALSE;
    }
  source = pj_database_open_read_only (source_path, error);
  if (source == NULL)
    return FALSE;
  temp_path = make_temp_file (dest_path, error);
  if (temp_path == NULL)
    return FALSE;
  journal_path = g_strconcat (temp_path, "-journal", NULL);

  if (!copy_pages (source, temp_path, error))
    {
      g_unlink (temp_path);
      g_unlink (journal_path);
      return FALSE;
    }
  /* The copy has the source's pages: damage found in it is the source's. */
  if (!run_quick_check_on (temp_path, source_path, error))
    {
      g_unlink (temp_path);
      g_unlink (journal_path);
      return FALSE;
    }
  if (g_rename (temp_path, dest_path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (dest_path);

      g_unlink (temp_path);
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not write the backup %s: %s"), name,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
