/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-cli.h"
#include "pj-database.h"
#include "pj-error.h"
#include "pj-insights.h"

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

  /* insights (clinical-rules.md, data-format.md §4) */
  {
    static const GOptionEntry insights_entries[] = {
      { "insights", 0, 0, G_OPTION_ARG_NONE, NULL,
        N_("Print the warning flags, tips and personal patterns as JSON"), NULL },
      { "as-of", 0, 0, G_OPTION_ARG_STRING, NULL,
        N_("Evaluate everything as if today were DATE"), N_("YYYY-MM-DD") },
      { NULL }
    };

    g_application_add_main_option_entries (application, insights_entries);
  }
}

/* --insights [--as-of DATE] [--db PATH]: evaluates the journal and prints the JSON document of
 * data-format.md §4, listing every fired tip even while an urgent flag is active. */
static gboolean
print_insights (GVariantDict *options,
                GError      **error)
{
  g_autofree char *path = NULL;
  g_autofree char *as_of_text = NULL;
  g_autofree char *json = NULL;
  g_autoptr (PjDatabase) db = NULL;
  g_autoptr (PjInsights) insights = NULL;
  PjDate as_of = pj_date_today ();

  if (g_variant_dict_lookup (options, "as-of", "s", &as_of_text))
    {
      g_autoptr (GError) local_error = NULL;

      if (!pj_date_parse_iso (as_of_text, &as_of, &local_error))
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("--as-of “%s”: %s"), as_of_text,
                       local_error->message);
          return FALSE;
        }
    }
  if (!g_variant_dict_lookup (options, "db", "^ay", &path))
    path = pj_database_default_path ();
  db = pj_database_open (path, error);
  if (db == NULL)
    return FALSE;
  insights = pj_insights_evaluate (db, as_of, error);
  if (insights == NULL)
    return FALSE;
  json = pj_insights_to_json_string (insights, TRUE);
  g_print ("%s\n", json);
  return TRUE;
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
  if (g_variant_dict_contains (options, "insights"))
    {
      g_autoptr (GError) error = NULL;

      *out_exit_status = print_insights (options, &error) ? 0 : 1;
      if (error != NULL)
        g_printerr ("pain-journal: %s\n", error->message);
      return TRUE;
    }
  return FALSE;
}
