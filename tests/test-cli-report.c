/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>

#include "pj-database.h"
#include "pj-test-cli.h"
#include "pj-test-utils.h"

/* --report through the real binary, without a display: a PDF of the asked period at the end,
 * or one line on stderr and no file. */

#if !POPPLER_CHECK_VERSION(23, 0, 0)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

typedef struct
{
  char *dir;
  char *db_path;
  char *pdf_path;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);

  fixture->dir = pj_test_make_tmpdir ();
  fixture->db_path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->pdf_path = g_build_filename (fixture->dir, "report.pdf", NULL);
  db = pj_database_open (fixture->db_path, &error);
  g_assert_no_error (error);
  pj_database_set_today (db, pj_test_today ());
  for (guint i = 0; i < 120; i++)
    {
      PjDay *day = pj_day_new (pj_test_today () - i);

      pj_day_add_checkin (day, pj_checkin_new (day->date, 9 * 60, 2 + i % 6));
      g_ptr_array_add (days, day);
    }
  pj_database_import_days (db, days, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->pdf_path);
}

/* Runs pain-journal --db on the fixture's journal with @args, without a display (the report
 * must not need one); the exit status, with stderr in @out_err. */
static int
run (Fixture            *fixture,
     const char *const  *args,
     char              **out_err)
{
  g_auto (PjTestCliResult) result = { 0 };
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, fixture->db_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  pj_test_cli_run (fixture->dir, fixture->dir, "1782820800",
                   (const char * const *) argv->pdata, &result);
  *out_err = g_steal_pointer (&result.err);
  return result.status;
}

static void
test_period_from_to (Fixture      *fixture,
                     gconstpointer data)
{
  const char *args[] = { "--report", fixture->pdf_path, "--from", "2026-05-01",
                         "--to", "2026-06-30", NULL };
  g_autofree char *err = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (PopplerPage) page = NULL;

  g_assert_cmpint (run (fixture, args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  uri = g_filename_to_uri (fixture->pdf_path, NULL, &error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Period: 1 May 2026 – 30 Jun 2026 (61 days)"));
  /* SOURCE_DATE_EPOCH makes the generation date reproducible. */
  g_assert_nonnull (strstr (text, "Generated 30 Jun 2026"));
}

static void
test_default_is_last_90_days (Fixture      *fixture,
                              gconstpointer data)
{
  const char *args[] = { "--report", fixture->pdf_path, "--to", "2026-06-30", NULL };
  g_autofree char *err = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (PopplerPage) page = NULL;

  g_assert_cmpint (run (fixture, args, &err), ==, 0);
  uri = g_filename_to_uri (fixture->pdf_path, NULL, &error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Period: 2 Apr 2026 – 30 Jun 2026 (90 days)"));
}

static void
test_unwritable_leaves_nothing (Fixture      *fixture,
                                gconstpointer data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "gone", "report.pdf", NULL);
  const char *args[] = { "--report", missing, NULL };
  g_autofree char *err = NULL;

  g_assert_cmpint (run (fixture, args, &err), !=, 0);
  g_assert_true (g_str_has_prefix (err, "--report: "));
  g_assert_nonnull (strstr (err, "gone"));
  /* One line. */
  g_assert_cmpstr (strchr (err, '\n'), ==, err + strlen (err) - 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-report/period-from-to", Fixture, NULL, fixture_setup,
              test_period_from_to, fixture_teardown);
  g_test_add ("/cli-report/default-last-90-days", Fixture, NULL, fixture_setup,
              test_default_is_last_90_days, fixture_teardown);
  g_test_add ("/cli-report/unwritable-leaves-nothing", Fixture, NULL, fixture_setup,
              test_unwritable_leaves_nothing, fixture_teardown);

  return g_test_run ();
}
