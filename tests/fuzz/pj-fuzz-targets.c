/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pj-csv-reader.h"
#include "pj-csv.h"
#include "pj-database.h"
#include "pj-fuzz-targets.h"
#include "pj-json-backup.h"

/* One scratch journal for the whole run: opening one per input would measure SQLite, not our
 * readers. */
static PjDatabase *journal;
static char *journal_dir;

/* Far enough ahead that no input's date is refused as being in the future. */
static PjDate
fuzz_today (void)
{
  return pj_date_from_ymd (9999, 12, 31);
}

static PjDatabase *
scratch_journal (void)
{
  if (journal == NULL)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *path = NULL;

      journal_dir = g_dir_make_tmp ("pj-fuzz-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (journal_dir, "journal.db", NULL);
      journal = pj_database_open (path, &error);
      g_assert_no_error (error);
      pj_database_set_today (journal, fuzz_today ());
    }
  return journal;
}

void
pj_fuzz_cleanup (void)
{
  g_autofree char *path = NULL;

  if (journal == NULL)
    return;
  path = g_strdup (pj_database_get_path (journal));
  g_clear_object (&journal);
  g_unlink (path);
  g_rmdir (journal_dir);
  g_clear_pointer (&journal_dir, g_free);
}

/* Parsed days, imported: the import checks again what the parser promised. */
static void
import (GPtrArray *days)
{
  g_autoptr (GError) error = NULL;
  PjImportStats stats = { 0 };

  if (days == NULL)
    return;
  if (!pj_database_import_days (scratch_journal (), days, &stats, &error))
    g_assert_nonnull (error);
}

static void
check_error (GError *error)
{
  /* Every refusal carries a message of bounded length for a person. */
  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), <, 4096);
}

void
pj_fuzz_csv (const guint8 *data,
             gsize         size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = NULL;

  /* The record reader alone, to the end or its first error. */
  {
    g_autoptr (PjCsvReader) reader = pj_csv_reader_new ((const char *) data, size);
    g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
    g_autoptr (GError) reader_error = NULL;
    guint line = 0;

    while (pj_csv_reader_next (reader, fields, &line, &reader_error))
      g_assert_cmpuint (fields->len, <=, PJ_CSV_READER_MAX_FIELDS);
  }

  days = pj_csv_parse ((const char *) data, size, "fuzz.csv", fuzz_today (), &error);
  if (days == NULL)
    check_error (error);
  import (days);
}

void
pj_fuzz_json (const guint8 *data,
              gsize         size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = NULL;

  days = pj_json_backup_parse ((const char *) data, size, "fuzz.json", fuzz_today (), &error);
  if (days == NULL)
    check_error (error);
  import (days);
}
