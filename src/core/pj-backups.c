/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pj-backups.h"
#include "pj-database-files.h"
#include "pj-database.h"
#include "pj-error.h"
#include "pj-json-backup.h"

void
pj_backup_free (PjBackup *backup)
{
  if (backup == NULL)
    return;
  g_free (backup->path);
  g_free (backup);
}

char *
pj_backups_folder (const char *journal_path)
{
  g_autofree char *folder = g_path_get_dirname (journal_path);

  return g_build_filename (folder, "backups", NULL);
}

/* "journal.db" → "journal": the part before the date in a backup's name. */
static char *
journal_stem (const char *journal_path)
{
  char *base = g_path_get_basename (journal_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';
  return base;
}

static char *
backup_path (const char *journal_path,
             PjDate      date)
{
  g_autofree char *folder = pj_backups_folder (journal_path);
  g_autofree char *stem = journal_stem (journal_path);
  char iso[PJ_DATE_ISO_LEN];
  g_autofree char *name = NULL;

  pj_date_format_iso (date, iso);
  name = g_strdup_printf ("%s-%s.db", stem, iso);
  return g_build_filename (folder, name, NULL);
}

/* The date of a file named "<stem>-YYYY-MM-DD.db", or PJ_DATE_NONE. */
static PjDate
backup_date (const char *stem,
             const char *file_name)
{
  gsize stem_length = strlen (stem);
  char iso[PJ_DATE_ISO_LEN];
  PjDate date;

  if (strlen (file_name) != stem_length + 1 + 10 + 3 ||
      strncmp (file_name, stem, stem_length) != 0 || file_name[stem_length] != '-' ||
      !g_str_has_suffix (file_name, ".db"))
    return PJ_DATE_NONE;
  memcpy (iso, file_name + stem_length + 1, 10);
  iso[10] = '\0';
  if (!pj_date_parse_iso (iso, &date, NULL))
    return PJ_DATE_NONE;
  return date;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const PjBackup *backup_a = *(PjBackup * const *) a;
  const PjBackup *backup_b = *(PjBackup * const *) b;

  return backup_a->date < backup_b->date ? 1 : backup_a->date > backup_b->date ? -1 : 0;
}

GPtrArray *
pj_backups_list (const char *journal_path)
{
  g_autofree char *folder = NULL;
  g_autofree char *stem = NULL;
  g_autoptr (GDir) dir = NULL;
  GPtrArray *backups = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_backup_free);
  const char *file_name;

  g_return_val_if_fail (journal_path != NULL, backups);

  folder = pj_backups_folder (journal_path);
  stem = journal_stem (journal_path);
  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (file_name = g_dir_read_name (dir)) != NULL)
    {
      PjDate date = backup_date (stem, file_name);
      PjBackup *backup;

      if (date == PJ_DATE_NONE)
        continue;
      backup = g_new0 (PjBackup, 1);
      backup->path = g_build_filename (folder, file_name, NULL);
      backup->date = date;
      g_ptr_array_add (backups, backup);
    }
  g_ptr_array_sort (backups, compare_newest_first);
  return backups;
}

PjBackup *
pj_backups_newest (const char *journal_path)
{
  g_autoptr (GPtrArray) backups = pj_backups_list (journal_path);

  if (backups->len == 0)
    return NULL;
  return g_ptr_array_steal_index (backups, 0);
}

gboolean
pj_backups_is_due (const char *journal_path,
                   PjDate      today)
{
  g_autoptr (PjBackup) newest = pj_backups_newest (journal_path);

  return newest == NULL || newest->date < today;
}

static gboolean
make_folder (const char *folder,
             GError    **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (folder);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not create the folder %s: %s"), name,
                   g_strerror (saved_errno));
      return FALSE;
    }
  /* Also tightens a folder that already existed with looser modes. */
  g_chmod (folder, 0700);
  return TRUE;
}

char *
pj_backups_make (const char *journal_path,
                 PjDate      today,
                 GError    **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (journal_path != NULL, NULL);
  g_return_val_if_fail (today != PJ_DATE_NONE, NULL);

  folder = pj_backups_folder (journal_path);
  path = backup_path (journal_path, today);
  if (!make_folder (folder, error) || !pj_database_snapshot (journal_path, path, error))
    return NULL;
  /* Older backups are dropped only now that the new one has passed quick_check. */
  if (!pj_backups_rotate (journal_path, error))
    return NULL;
  return g_steal_pointer (&path);
}

static int
week_key (PjDate date)
{
  g_autoptr (GDateTime) moment = pj_date_to_local_datetime (date);
  int year = g_date_time_get_week_numbering_year (moment);

  return year * 100 + g_date_time_get_week_of_year (moment);
}

static int
month_key (PjDate date)
{
  int year, month, day;

  pj_date_to_ymd (date, &year, &month, &day);
  return year * 100 + month;
}

/* Marks in @keep the newest backup of each of the @count newest periods. */
static void
keep_newest_per_period (GPtrArray *backups,
                        int        (*key_of) (PjDate),
                        guint      count,
                        gboolean  *keep)
{
  int last_key = -1;
  guint kept = 0;

  for (guint i = 0; i < backups->len && kept < count; i++)
    {
      const PjBackup *backup = g_ptr_array_index (backups, i);
      int key = key_of (backup->date);

      if (key == last_key)
        continue;
      last_key = key;
      keep[i] = TRUE;
      kept++;
    }
}

static int
day_key (PjDate date)
{
  return (int) date;
}

gboolean
pj_backups_rotate (const char *journal_path,
                   GError    **error)
{
  g_autoptr (GPtrArray) backups = NULL;
  g_autofree gboolean *keep = NULL;

  g_return_val_if_fail (journal_path != NULL, FALSE);

  backups = pj_backups_list (journal_path);
  keep = g_new0 (gboolean, backups->len + 1);
  keep_newest_per_period (backups, day_key, PJ_BACKUPS_KEEP_DAILY, keep);
  keep_newest_per_period (backups, week_key, PJ_BACKUPS_KEEP_WEEKLY, keep);
  keep_newest_per_period (backups, month_key, PJ_BACKUPS_KEEP_MONTHLY, keep);

  for (guint i = 0; i < backups->len; i++)
    {
      const PjBackup *backup = g_ptr_array_index (backups, i);

      if (!keep[i] && g_unlink (backup->path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;
          g_autofree char *name = g_filename_display_name (backup->path);

          g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not remove the old backup %s: %s"),
                       name, g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

char *
pj_backups_aside_path (const char *path,
                       const char *suffix,
                       GDateTime  *now)
{
  g_autoptr (GDateTime) local = g_date_time_to_local (now);
  g_autofree char *stamp = g_date_time_format (local, "%Y%m%d-%H%M%S");
  char *aside = g_strdup_printf ("%s%s-%s", path, suffix, stamp);

  for (guint n = 2; g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s%s-%s-%u", path, suffix, stamp, n);
    }
  return aside;
}

gboolean
pj_backups_move_aside (const char *path,
                       const char *aside_path,
                       GError    **error)
{
  const char *suffixes[] = { "-wal", "-shm" };

  if (g_rename (path, aside_path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not move the journal %s aside: %s"),
                   name, g_strerror (saved_errno));
      return FALSE;
    }
  /* Committed entries may still sit in the -wal file: it goes with its journal. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside_path, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }
  return TRUE;
}

static gboolean
has_json_extension (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".json");
}

/* A complete journal made from @source at a temporary path beside the journal. */
static char *
build_replacement (const char *journal_path,
                   const char *source,
                   PjDate      today,
                   GError    **error)
{
  g_autofree char *temp_path = g_strconcat (journal_path, ".restoring", NULL);
  g_autofree char *temp_journal = g_strconcat (temp_path, "-journal", NULL);
  g_autofree char *temp_wal = g_strconcat (temp_path, "-wal", NULL);
  gboolean ok;

  g_unlink (temp_path);
  if (has_json_extension (source))
    {
      g_autoptr (PjDatabase) database = pj_database_open (temp_path, error);
      PjImportStats stats = { 0 };

      if (database != NULL && today != PJ_DATE_NONE)
        pj_database_set_today (database, today);
      ok = database != NULL &&
           pj_json_backup_import_file (database, source, &stats, error);
    }
  else
    ok = pj_database_check_file (source, NULL, error) &&
         pj_database_snapshot (source, temp_path, error);
  if (!ok)
    {
      g_unlink (temp_path);
      g_unlink (temp_journal);
      g_unlink (temp_wal);
      return NULL;
    }
  return g_steal_pointer (&temp_path);
}

gboolean
pj_backups_restore (const char *journal_path,
                    const char *source,
                    GDateTime  *now,
                    PjDate      today,
                    char      **out_replaced_path,
                    GError    **error)
{
  g_autofree char *temp_path = NULL;
  g_autofree char *aside = NULL;

  g_return_val_if_fail (journal_path != NULL, FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!g_file_test (source, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = g_filename_display_name (source);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("There is no file %s"), name);
      return FALSE;
    }
  temp_path = build_replacement (journal_path, source, today, error);
  if (temp_path == NULL)
    return FALSE;

  if (g_file_test (journal_path, G_FILE_TEST_EXISTS))
    {
      aside = pj_backups_aside_path (journal_path, ".replaced", now);
      if (!pj_backups_move_aside (journal_path, aside, error))
        {
          g_unlink (temp_path);
          return FALSE;
        }
    }
  if (g_rename (temp_path, journal_path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (journal_path);

      /* Put the old journal back rather than leave no journal at all. */
      if (aside != NULL)
        g_rename (aside, journal_path);
      g_unlink (temp_path);
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not replace the journal %s: %s"),
                   name, g_strerror (saved_errno));
      return FALSE;
    }
  if (out_replaced_path != NULL)
    *out_replaced_path = g_steal_pointer (&aside);
  return TRUE;
}
