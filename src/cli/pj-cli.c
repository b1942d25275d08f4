/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gprintf.h>

#include "pj-backups.h"
#include "pj-cli-report.h"
#include "pj-cli.h"
#include "pj-csv.h"
#include "pj-database-files.h"
#include "pj-database.h"
#include "pj-demo.h"
#include "pj-error.h"
#include "pj-export.h"
#include "pj-insights.h"
#include "pj-json-backup.h"
#include "pj-recovery.h"

/* The headless command line, data-format.md §4. Each action is one function taking the
 * request; pj_cli_handle_options() reads the options, checks them, then runs the actions in
 * the documented order. To add an option: an entry in pj_cli_add_options(), a field in
 * CliRequest filled in read_request(), and an action function called from run_actions(). */

#define EXIT_FAILURE_RUN 1   /* an action failed */
#define EXIT_FAILURE_USAGE 2 /* the options themselves are wrong */

typedef struct
{
  char       *db_path;
  char       *import_path;
  char       *export_paths[PJ_N_EXPORT_FORMATS];  /* NULL: not asked for */
  char       *backup_path;
  char       *restore_path;
  gboolean    recover;
  PjDate      from;
  PjDate      to;
  gboolean    demo_data;
  int         demo_days;
  gboolean    insights;
  PjDate      as_of;    /* PJ_DATE_NONE: the real today */
  PjDatabase *database; /* opened once the options are known to be good */
} CliRequest;

static void
cli_request_clear (CliRequest *request)
{
  g_clear_pointer (&request->db_path, g_free);
  g_clear_pointer (&request->import_path, g_free);
  for (guint i = 0; i < PJ_N_EXPORT_FORMATS; i++)
    g_clear_pointer (&request->export_paths[i], g_free);
  g_clear_pointer (&request->backup_path, g_free);
  g_clear_pointer (&request->restore_path, g_free);
  g_clear_object (&request->database);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliRequest, cli_request_clear)

/* Marks a singular and plural pair in a table for xgettext (po/meson.build), so translators get
 * one entry with plural forms for ngettext (). */
#define PJ_NN_(singular, plural) singular, plural

/* The export options, in the order they run, and what each says when it is done. */
static const struct
{
  PjExportFormat format;
  const char    *option;
  const char    *done;         /* PJ_NN_ (); %u: the count, %s: the file */
  const char    *done_plural;
} exports[] = {
  { PJ_EXPORT_FORMAT_CSV, "export-csv",
    PJ_NN_ ("Exported %u day to %s\n", "Exported %u days to %s\n") },
  { PJ_EXPORT_FORMAT_JSON, "export-json",
    PJ_NN_ ("Exported %u day to %s\n", "Exported %u days to %s\n") },
  { PJ_EXPORT_FORMAT_FHIR, "export-fhir",
    PJ_NN_ ("Exported %u observation to %s\n", "Exported %u observations to %s\n") },
  { PJ_EXPORT_FORMAT_PDF, "report", NULL, NULL },  /* counts nothing: see run_export() */
};

void
pj_cli_add_options (GApplication *application)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the journal database at PATH instead of the default one"), N_("PATH") },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Add the days in FILE (.csv or .json) to the journal"), N_("FILE") },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the journal to FILE as CSV"), N_("FILE") },
    { "export-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the journal to FILE as a full JSON backup"), N_("FILE") },
    { "export-fhir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the journal to FILE as a FHIR R4 Bundle for a clinic's systems"), N_("FILE") },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write a PDF report for a clinician to FILE (default period: the last 90 days)"),
      N_("FILE.pdf") },
    { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Limit exports and the report to the days from this date on"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Limit exports and the report to the days up to this date"), N_("YYYY-MM-DD") },
    { "demo-data", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Fill the journal with generated example data, for trying the app"), NULL },
    /* A string, not G_OPTION_ARG_INT: GApplication drops an int option whose value is 0, so
     * "--demo-days 0" would silently become the default instead of an error. */
    { "demo-days", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("How many days of demo data to generate (default 180)"), N_("N") },
    { "insights", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the warning flags, tips and personal patterns as JSON"), NULL },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Evaluate everything as if today were this date"), N_("YYYY-MM-DD") },
    { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write a backup of the journal to FILE now (a checked copy of the database)"),
      N_("FILE") },
    { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Replace the journal with the backup in FILE (.db or a .json backup); the current "
         "journal is kept beside it"), N_("FILE") },
    { "recover", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Copy what can still be read from a damaged journal into a new one; the damaged file "
         "is kept beside it"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (application, entries);
}

/* Exactly one line on stderr, whatever the message holds (a bad CSV value may span lines). */
static void
print_error (const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\r\n", ' ');
  g_printerr ("%s\n", line);
}

static gboolean
read_date_option (GVariantDict *options,
                  const char   *name,
                  PjDate       *out_date,
                  GError      **error)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) local_error = NULL;

  *out_date = PJ_DATE_NONE;
  if (!g_variant_dict_lookup (options, name, "s", &text))
    return TRUE;
  if (!pj_date_parse_iso (text, out_date, &local_error))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, "--%s: %s", name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
has_export (const CliRequest *request)
{
  for (guint i = 0; i < PJ_N_EXPORT_FORMATS; i++)
    if (request->export_paths[i] != NULL)
      return TRUE;
  return FALSE;
}

/* The actions that need the journal opened; --backup, --restore and --recover work on the
 * file itself. */
static gboolean
needs_database (const CliRequest *request)
{
  return request->demo_data || request->import_path != NULL || has_export (request) ||
         request->insights;
}

/* --demo-data on its own fills the journal and then opens it in the window; with any other
 * action (--insights included) the call is headless and ends when the actions are done. */
static gboolean
opens_window_after (const CliRequest *request)
{
  return request->demo_data && request->import_path == NULL && !has_export (request) &&
         !request->insights && request->backup_path == NULL && request->restore_path == NULL &&
         !request->recover;
}

static gboolean
has_headless_action (const CliRequest *request)
{
  return needs_database (request) || request->backup_path != NULL ||
         request->restore_path != NULL || request->recover;
}

static gboolean
has_extension (const char *path,
               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, extension);
}

static gboolean
check_import_file (const char *path,
                   GError    **error)
{
  g_autofree char *name = g_filename_display_name (path);

  if (!has_extension (path, ".csv") && !has_extension (path, ".json"))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("--import: cannot tell the format of %s; the file name must end in .csv "
                     "or .json"), name);
      return FALSE;
    }
  /* Checked before the journal is opened, so a typo never creates an empty journal. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("--import: there is no file %s"), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_demo_days (GVariantDict *options,
                CliRequest   *request,
                GError      **error)
{
  g_autofree char *text = NULL;
  guint64 days;

  request->demo_days = PJ_DEMO_DEFAULT_DAYS;
  if (!g_variant_dict_lookup (options, "demo-days", "s", &text))
    return TRUE;
  if (!request->demo_data)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("--demo-days only makes sense with --demo-data"));
      return FALSE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, 1, PJ_DEMO_MAX_DAYS, &days, NULL))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("--demo-days must be a whole number from 1 to %d, not “%s”"),
                   PJ_DEMO_MAX_DAYS, text);
      return FALSE;
    }
  request->demo_days = (int) days;
  return TRUE;
}

/* Fills @request from @options and refuses bad combinations before anything is touched. */
static gboolean
read_request (GVariantDict *options,
              CliRequest   *request,
              GError      **error)
{
  g_variant_dict_lookup (options, "db", "^ay", &request->db_path);
  g_variant_dict_lookup (options, "import", "^ay", &request->import_path);
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    g_variant_dict_lookup (options, exports[i].option, "^ay",
                           &request->export_paths[exports[i].format]);
  g_variant_dict_lookup (options, "backup", "^ay", &request->backup_path);
  g_variant_dict_lookup (options, "restore", "^ay", &request->restore_path);
  request->recover = g_variant_dict_contains (options, "recover");
  request->demo_data = g_variant_dict_contains (options, "demo-data");
  request->insights = g_variant_dict_contains (options, "insights");

  if (!read_date_option (options, "from", &request->from, error) ||
      !read_date_option (options, "to", &request->to, error) ||
      !read_date_option (options, "as-of", &request->as_of, error))
    return FALSE;

  if (request->from != PJ_DATE_NONE && request->to != PJ_DATE_NONE && request->from > request->to)
    {
      g_autofree char *from = pj_date_to_iso (request->from);
      g_autofree char *to = pj_date_to_iso (request->to);

      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("--from %s is after --to %s; the range would be empty"), from, to);
      return FALSE;
    }
  if ((request->from != PJ_DATE_NONE || request->to != PJ_DATE_NONE) && !has_export (request))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("--from and --to limit an export; add --export-csv, --export-json, "
                     "--export-fhir or --report"));
      return FALSE;
    }

  if (!read_demo_days (options, request, error))
    return FALSE;

  if (request->import_path != NULL && !check_import_file (request->import_path, error))
    return FALSE;
  if (request->recover && request->restore_path != NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("--recover and --restore both replace the journal; use one of them"));
      return FALSE;
    }
  return TRUE;
}

/* ----- Actions, in the order they run ----- */

/* A line saying what an action did. With --insights, stdout carries only the JSON document,
 * so a script can parse it whatever else ran in the same call. */
G_GNUC_PRINTF (2, 3)
static void
report_progress (const CliRequest *request,
                 const char       *format,
                 ...)
{
  va_list args;

  if (request->insights)
    return;
  va_start (args, format);
  g_vprintf (format, args);
  va_end (args);
}

/* report_progress() for a translated format from the table of exports, whose entries all
 * take %u then %s. The compiler cannot check a format that is not a literal. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void
report_done (const CliRequest *request,
             const char       *format,
             guint             count,
             const char       *name)
{
  if (!request->insights)
    g_print (format, count, name);
}
#pragma GCC diagnostic pop


static void
resolve_journal_path (CliRequest *request)
{
  if (request->db_path == NULL)
    request->db_path = pj_database_default_path ();
}

/* Actions that only read open the journal read-only: they work on a read-only file and
 * never migrate or change one. */
static gboolean
open_database (CliRequest *request,
               GError    **error)
{
  if (request->demo_data || request->import_path != NULL)
    request->database = pj_database_open (request->db_path, error);
  else
    request->database = pj_database_open_read_only (request->db_path, error);
  if (request->database == NULL)
    return FALSE;
  /* "As if today were that date" holds for every action, imports included. */
  if (request->as_of != PJ_DATE_NONE)
    pj_database_set_today (request->database, request->as_of);
  return TRUE;
}

static gboolean
run_demo_data (CliRequest *request,
               GError    **error)
{
  PjImportStats stats = { 0 };
  g_autofree char *days = NULL;
  g_autofree char *checkins = NULL;

  if (!pj_demo_fill (request->database, request->demo_days, &stats, error))
    return FALSE;
  /* Each count is a phrase of its own, so each gets its own plural form. */
  days = g_strdup_printf (ngettext ("%u day", "%u days", stats.days_written),
                          stats.days_written);
  checkins = g_strdup_printf (ngettext ("%u check-in", "%u check-ins", stats.checkins_added),
                              stats.checkins_added);
  /* Translators: "Added demo data: 90 days, 214 check-ins (/path/journal.db)"; the first %s
   * is "90 days", the second "214 check-ins", the third the journal's file */
  report_progress (request, _("Added demo data: %s, %s (%s)\n"), days, checkins,
                   pj_database_get_path (request->database));
  return TRUE;
}

/* What an import wrote, one plural form per count: "journal.csv: 2 days written, 3 check-ins
 * added, 0 already there", and a line for the medicines when the file had any. */
static void
report_import_counts (const CliRequest    *request,
                      const char          *name,
                      const PjImportStats *stats)
{
  g_autofree char *days = g_strdup_printf (ngettext ("%u day written", "%u days written",
                                                     stats->days_written),
                                           stats->days_written);
  g_autofree char *added = g_strdup_printf (ngettext ("%u check-in added", "%u check-ins added",
                                                      stats->checkins_added),
                                            stats->checkins_added);
  /* Translators: check-ins of the file that the journal had already */
  g_autofree char *there = g_strdup_printf (ngettext ("%u already there", "%u already there",
                                                      stats->checkins_skipped),
                                            stats->checkins_skipped);
  g_autofree char *medicines = NULL;
  g_autofree char *doses = NULL;
  g_autofree char *doses_there = NULL;

  /* Translators: "Imported journal.csv: 2 days written, 3 check-ins added, 0 already there";
   * the first %s is the file, the others are the three counts in that order */
  report_progress (request, _("Imported %s: %s, %s, %s\n"), name, days, added, there);
  if (stats->medicines_added == 0 && stats->doses_added == 0 && stats->doses_skipped == 0)
    return;
  /* Translators: medicines added to the journal by an import */
  medicines = g_strdup_printf (ngettext ("%u added", "%u added", stats->medicines_added),
                               stats->medicines_added);
  doses = g_strdup_printf (ngettext ("%u dose added", "%u doses added", stats->doses_added),
                           stats->doses_added);
  /* Translators: doses of the file that the journal had already */
  doses_there = g_strdup_printf (ngettext ("%u already there", "%u already there",
                                           stats->doses_skipped), stats->doses_skipped);
  /* Translators: "Medicines: 2 added, 14 doses added, 0 already there"; the three counts in
   * that order */
  report_progress (request, _("Medicines: %s, %s, %s\n"), medicines, doses, doses_there);
}

static gboolean
run_import (CliRequest *request,
            GError    **error)
{
  PjImportStats stats = { 0 };
  g_autofree char *name = g_filename_display_name (request->import_path);
  gboolean ok;

  if (has_extension (request->import_path, ".csv"))
    ok = pj_csv_import_file (request->database, request->import_path, &stats, error);
  else
    ok = pj_json_backup_import_file (request->database, request->import_path, &stats, error);
  if (!ok)
    return FALSE;
  report_import_counts (request, name, &stats);
  return TRUE;
}

/* The export time: now, or SOURCE_DATE_EPOCH for reproducible files. */
static GDateTime *
export_time (GError **error)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds;

  if (epoch == NULL || *epoch == '\0')
    return g_date_time_new_now_utc ();
  if (!g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("SOURCE_DATE_EPOCH must be a number of seconds, not “%s”"), epoch);
      return NULL;
    }
  return g_date_time_new_from_unix_utc (seconds);
}

typedef struct
{
  CliRequest *request;
  GDateTime  *generated;
} ReportData;

static gboolean
write_report (PjDatabase   *database,
              const char   *path,
              GCancellable *cancellable,
              gpointer      user_data,
              GError      **error)
{
  ReportData *data = user_data;

  return pj_cli_write_report (database, path, data->request->from, data->request->to,
                              pj_database_get_today (database), data->generated, error);
}

/* The command line has no patient name, so a FHIR Bundle has no Patient. */
static gboolean
run_export (CliRequest *request,
            guint       index,
            GError    **error)
{
  PjExportFormat format = exports[index].format;
  const char *path = request->export_paths[format];
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr (GDateTime) generated = NULL;
  ReportData report = { request, NULL };
  PjExportOptions options = {
    .from = request->from,
    .to = request->to,
    .write_report = write_report,
    .report_data = &report,
  };
  guint count = 0;

  /* Only a file that records its time reads SOURCE_DATE_EPOCH, so a bad value never fails a
   * CSV export. */
  if (pj_export_format_has_time (format))
    {
      generated = export_time (error);
      if (generated == NULL)
        return FALSE;
    }
  options.generated = report.generated = generated;
  if (!pj_export_write (request->database, format, path, &options, NULL, &count, error))
    return FALSE;
  if (exports[index].done == NULL)
    report_progress (request, _("Wrote the report to %s\n"), name);
  else
    report_done (request, ngettext (exports[index].done, exports[index].done_plural, count),
                 count, name);
  return TRUE;
}

/* data-format.md §4: flags urgent first, every fired tip (even those an urgent flag hides in
 * the window), and the correlations. */
static gboolean
run_insights (CliRequest *request,
              GError    **error)
{
  g_autoptr (PjInsights) insights = NULL;
  g_autofree char *json = NULL;

  insights = pj_insights_evaluate (request->database,
                                   pj_database_get_today (request->database), error);
  if (insights == NULL)
    return FALSE;
  json = pj_insights_to_json_string (insights, TRUE);
  g_print ("%s\n", json);
  return TRUE;
}

static gboolean
run_recover (CliRequest *request,
             GError    **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *damaged = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *damaged_name = NULL;
  PjRecoveryStats stats = { 0 };

  if (!pj_recovery_run (request->db_path, now, &stats, &damaged, error))
    return FALSE;
  summary = pj_recovery_describe (&stats);
  damaged_name = g_filename_display_name (damaged);
  report_progress (request, "%s\n", summary);
  report_progress (request, _("The damaged file is kept as %s\n"), damaged_name);
  return TRUE;
}

static gboolean
run_restore (CliRequest *request,
             GError    **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *replaced = NULL;
  g_autofree char *name = g_filename_display_name (request->restore_path);
  PjDate today = request->as_of != PJ_DATE_NONE ? request->as_of : pj_date_today ();

  if (!pj_backups_restore (request->db_path, request->restore_path, now, today, &replaced,
                           error))
    return FALSE;
  if (replaced != NULL)
    {
      g_autofree char *replaced_name = g_filename_display_name (replaced);

      report_progress (request, _("Restored the journal from %s; the journal it replaced is "
                                  "kept as %s\n"), name, replaced_name);
    }
  else
    report_progress (request, _("Restored the journal from %s\n"), name);
  return TRUE;
}

static gboolean
run_backup (CliRequest *request,
            GError    **error)
{
  g_autofree char *name = g_filename_display_name (request->backup_path);

  if (!pj_database_snapshot (request->db_path, request->backup_path, error))
    return FALSE;
  report_progress (request, _("Backed up the journal to %s\n"), name);
  return TRUE;
}

static gboolean
run_actions (CliRequest *request,
             GError    **error)
{
  resolve_journal_path (request);
  if (request->recover && !run_recover (request, error))
    return FALSE;
  if (request->restore_path != NULL && !run_restore (request, error))
    return FALSE;
  if (!needs_database (request))
    return request->backup_path == NULL || run_backup (request, error);
  if (!open_database (request, error))
    return FALSE;
  if (request->demo_data && !run_demo_data (request, error))
    return FALSE;
  if (request->import_path != NULL && !run_import (request, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    if (request->export_paths[exports[i].format] != NULL && !run_export (request, i, error))
      return FALSE;
  if (request->insights && !run_insights (request, error))
    return FALSE;
  /* Last, so the backup holds what this call wrote. */
  if (request->backup_path != NULL && !run_backup (request, error))
    return FALSE;
  return TRUE;
}

/* A damaged journal's message says what to do next: recover, or restore the newest
 * backup. */
static void
add_damage_advice (const CliRequest *request,
                   GError          **error)
{
  g_autoptr (PjBackup) newest = NULL;
  g_autofree char *advice = NULL;
  GError *old = *error;

  if (old == NULL || !g_error_matches (old, PJ_ERROR, PJ_ERROR_DAMAGED) || request->recover ||
      request->db_path == NULL)
    return;
  newest = pj_backups_newest (request->db_path);
  if (newest != NULL)
    {
      g_autofree char *date = pj_date_to_iso (newest->date);
      g_autofree char *path = g_filename_display_name (newest->path);

      advice = g_strdup_printf (_("Run pain-journal --recover to copy out what can still be "
                                  "read, or pain-journal --restore %s to go back to the backup "
                                  "of %s."), path, date);
    }
  else
    advice = g_strdup (_("Run pain-journal --recover to copy out what can still be read; "
                         "there is no backup to restore."));
  *error = g_error_new (PJ_ERROR, PJ_ERROR_DAMAGED, "%s %s", old->message, advice);
  g_error_free (old);
}

gboolean
pj_cli_handle_options (GVariantDict *options,
                       int          *out_exit_status)
{
  g_auto (CliRequest) request = { 0 };
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (out_exit_status != NULL, FALSE);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("pain-journal %s\n", PACKAGE_VERSION);
      *out_exit_status = 0;
      return TRUE;
    }

  if (!read_request (options, &request, &error))
    {
      print_error (error->message);
      *out_exit_status = EXIT_FAILURE_USAGE;
      return TRUE;
    }
  if (!has_headless_action (&request))
    return FALSE;

  if (!run_actions (&request, &error))
    {
      add_damage_advice (&request, &error);
      print_error (error->message);
      *out_exit_status = EXIT_FAILURE_RUN;
      return TRUE;
    }

  if (opens_window_after (&request))
    return FALSE;
  *out_exit_status = 0;
  return TRUE;
}
