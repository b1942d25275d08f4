/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "pj-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (PjApplication) app = NULL;
  const char *localedir;

  /* The command line never initialises GTK, which would otherwise do this: without it the
   * CLI's messages stay English and numbers shown to people keep the C decimal point. Files
   * written by core use g_ascii_* formatting, so they do not change with the locale. */
  setlocale (LC_ALL, "");

  /* Test-only: the test suite points this at the build tree's compiled catalogues
   * (build/po/<lang>/LC_MESSAGES) so translated runs need no installation. */
  localedir = g_getenv ("PJ_TEST_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pj_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
