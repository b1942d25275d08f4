/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-cli.h"

void
pj_cli_add_options (GApplication *application)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the journal database at PATH instead of the default one"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (application, entries);
}

gboolean
pj_cli_handle_options (GVariantDict *options,
                       int          *out_exit_status)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("pain-journal %s\n", PACKAGE_VERSION);
      *out_exit_status = 0;
      return TRUE;
    }
  return FALSE;
}
