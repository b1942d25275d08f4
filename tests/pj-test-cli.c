/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

#include "pj-test-cli.h"

void
pj_test_cli_result_clear (PjTestCliResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

void
pj_test_cli_run (const char        *home,
                 const char        *data_home,
                 const char        *epoch,
                 const char *const *args,
                 PjTestCliResult   *result)
{
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  const char *binary = g_getenv ("PJ_BINARY");

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "SOURCE_DATE_EPOCH", epoch, TRUE);
  /* Under the sanitizers, LeakSanitizer would list the suppressions it used on stderr,
   * where every test expects the app's own lines only. */
  if (g_getenv ("LSAN_OPTIONS") != NULL)
    {
      g_autofree char *lsan = g_strconcat (g_getenv ("LSAN_OPTIONS"), ":print_suppressions=0",
                                           NULL);

      g_subprocess_launcher_setenv (launcher, "LSAN_OPTIONS", lsan, TRUE);
    }
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err,
                                                &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
}

void
pj_test_cli_assert_success (const PjTestCliResult *result)
{
  if (result->status != 0)
    g_printerr ("stderr: %s\n", result->err);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->err, ==, "");
}
