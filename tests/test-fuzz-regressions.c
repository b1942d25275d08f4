/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-fuzz-targets.h"
#include "pj-test-utils.h"

/* Every input that once crashed a fuzz target (or, like 80,000 levels of JSON nesting, was
 * known to crash before the fuzz targets existed) is kept in tests/data/fuzz/ and goes
 * through the targets' own code here, with the same checks: refused with a bounded message,
 * or imported. A new crash file is picked up by its extension. */

static guint
run_folder (const char *extension,
            void       (*target) (const guint8 *data,
                                  gsize         size))
{
  g_autofree char *folder = pj_test_data_path ("fuzz");
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_str_has_suffix (name, extension))
        continue;
      path = g_build_filename (folder, name, NULL);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_test_message ("%s (%" G_GSIZE_FORMAT " bytes)", name, length);
      target ((const guint8 *) contents, length);
      n++;
    }
  return n;
}

static void
test_csv (void)
{
  g_assert_cmpuint (run_folder (".csv", pj_fuzz_csv), >, 0);
}

static void
test_json (void)
{
  g_assert_cmpuint (run_folder (".json", pj_fuzz_json), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fuzz-regressions/csv", test_csv);
  g_test_add_func ("/fuzz-regressions/json", test_json);
  status = g_test_run ();
  pj_fuzz_cleanup ();
  return status;
}
