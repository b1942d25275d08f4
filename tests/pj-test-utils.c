/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "pj-date.h"
#include "pj-test-utils.h"

char *
pj_test_make_tmpdir (void)
{
  g_autoptr (GError) error = NULL;
  char *path = g_dir_make_tmp ("pj-test-XXXXXX", &error);

  g_assert_no_error (error);
  return path;
}

void
pj_test_remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (path == NULL)
    return;
  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_remove (path);
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          pj_test_remove_tree (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

char *
pj_test_data_path (const char *name)
{
  const char *dir = g_getenv ("PJ_TEST_DATA_DIR");

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

guint32
pj_test_today (void)
{
  return pj_date_from_ymd (2026, 6, 30);
}

PjDatabase *
pj_test_open_database (const char *dir,
                       const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  PjDatabase *db = pj_database_open (path, &error);

  g_assert_no_error (error);
  pj_database_set_today (db, pj_test_today ());
  return db;
}

void
pj_test_journal_setup (PjTestJournal *journal,
                       gconstpointer  data)
{
  journal->dir = pj_test_make_tmpdir ();
  journal->db = pj_test_open_database (journal->dir, "journal.db");
}

void
pj_test_journal_teardown (PjTestJournal *journal,
                          gconstpointer  data)
{
  g_clear_object (&journal->db);
  pj_test_remove_tree (journal->dir);
  g_clear_pointer (&journal->dir, g_free);
}

char *
pj_test_use_locale (int         category,
                    const char *locale)
{
  g_autofree char *saved = g_strdup (setlocale (category, NULL));

  if (setlocale (category, locale) != NULL)
    return g_steal_pointer (&saved);
  if (g_getenv ("CI") != NULL)
    g_test_fail_printf ("the locale %s is missing; build-aux/dev makes it with localedef",
                        locale);
  else
    g_test_skip_printf ("the locale %s is not installed (build-aux/dev makes it)", locale);
  return NULL;
}

void
pj_test_restore_locale (int   category,
                        char *saved)
{
  setlocale (category, saved);
  g_free (saved);
}
