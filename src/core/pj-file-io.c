/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pj-backups.h"
#include "pj-error.h"
#include "pj-file-io.h"

char *
pj_file_display_name (const char *path)
{
  return g_filename_display_basename (path);
}

gboolean
pj_file_read (const char *path,
              char      **out_contents,
              gsize      *out_length,
              GError    **error)
{
  g_autoptr (GError) local_error = NULL;

  if (!g_file_get_contents (path, out_contents, out_length, &local_error))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Cannot read %s: %s"), name,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_file_is_stream (const char *path)
{
  GStatBuf info;

  return g_stat (path, &info) == 0
         && (S_ISCHR (info.st_mode) || S_ISFIFO (info.st_mode) || S_ISSOCK (info.st_mode)
             || S_ISBLK (info.st_mode));
}

/* Writes all of @length bytes to the open @fd, again after short writes and EINTR. FALSE
 * with errno set when the system refuses. */
static gboolean
write_all (int         fd,
           const char *contents,
           gsize       length)
{
  while (length > 0)
    {
      gssize written = write (fd, contents, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          if (written == 0)
            errno = EIO;
          return FALSE;
        }
      contents += written;
      length -= (gsize) written;
    }
  return TRUE;
}

static gboolean
write_into_stream (const char *path,
                   const char *contents,
                   gsize       length,
                   GError    **error)
{
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  gboolean ok = fd >= 0 && write_all (fd, contents, length);
  int saved_errno = errno;

  if (fd >= 0 && close (fd) != 0 && ok)
    {
      ok = FALSE;
      saved_errno = errno;
    }
  if (!ok)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Cannot write %s: %s"), name,
                   g_strerror (saved_errno));
    }
  return ok;
}

gboolean
pj_file_write_private (const char *path,
                       const char *contents,
                       gsize       length,
                       GError    **error)
{
  g_autoptr (GError) local_error = NULL;

  if (pj_file_is_stream (path))
    return write_into_stream (path, contents, length, error);
  if (!g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                 &local_error))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Cannot write %s: %s"), name,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* An import can change many days at once: the journal as it was is kept first. A journal
 * without days has nothing to keep (and is how a JSON restore starts). */
gboolean
pj_file_back_up_before_import (PjDatabase *database,
                               GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *backup = NULL;
  guint n_days = 0;

  if (!pj_database_count_days (database, &n_days, error))
    return FALSE;
  if (n_days == 0)
    return TRUE;
  backup = pj_backups_make (pj_database_get_path (database), pj_database_get_today (database),
                            &local_error);
  if (backup == NULL)
    {
      g_set_error (error, PJ_ERROR, local_error->code,
                   _("Nothing was imported, because the journal could not be backed up first: "
                     "%s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_file_import (PjDatabase    *database,
                const char    *path,
                PjDaysParser   parse,
                PjImportStats *out_stats,
                GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GPtrArray) medicines = NULL;
  gsize length;

  g_return_val_if_fail (PJ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (parse != NULL, FALSE);

  if (!pj_file_read (path, &contents, &length, error))
    return FALSE;
  display_name = pj_file_display_name (path);
  days = parse (contents, length, display_name, pj_database_get_today (database), &medicines,
                error);
  if (days == NULL)
    return FALSE;
  if (!pj_file_back_up_before_import (database, error))
    return FALSE;
  return pj_database_import (database, days, medicines, out_stats, error);
}
