/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "pj-database.h"
#include "pj-date-button.h"
#include "pj-export-dialog.h"
#include "pj-test-utils.h"
#include "pj-window.h"
#include "pj-gui-test-utils.h"

/* The export dialog driven through its API, without the file chooser: each available format
 * is written to a scratch folder, and a failing export leaves nothing behind. */

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Wait;

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = pj_export_dialog_export_to_file_finish (PJ_EXPORT_DIALOG (source), result,
                                                     &wait->error);
  wait->done = TRUE;
}

static gboolean
export_and_wait (PjExportDialog *dialog,
                 const char     *path,
                 GError        **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  Wait wait = { 0 };

  pj_export_dialog_export_to_file (dialog, file, on_exported, &wait);
  SPIN_UNTIL (wait.done);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return wait.ok;
}

static PjDatabase *
open_journal (const char *dir)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr (PjDatabase) db = pj_database_open (path, &error);
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);

  g_assert_no_error (error);
  pj_database_set_today (db, pj_test_today ());
  for (guint i = 0; i < 60; i++)
    {
      PjDay *day = pj_day_new (pj_test_today () - i);

      day->sitting_hours = 6;
      day->note = g_strdup ("PRIVATE day note");
      pj_day_add_checkin (day, pj_checkin_new (day->date, 9 * 60, 3 + i % 5));
      g_ptr_array_add (days, day);
    }
  pj_database_import_days (db, days, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&db);
}

static guint
count_files (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  for (const char *name; (name = g_dir_read_name (handle)) != NULL;)
    if (!g_str_has_prefix (name, "journal.db"))
      n++;
  return n;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    n++;
  return n;
}

static void
test_each_format (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autoptr (PjDatabase) db = open_journal (dir);
  PjExportDialog *dialog = pj_export_dialog_new (NULL, db);
  guint written = 0;

  gtk_window_present (GTK_WINDOW (dialog));
  for (PjExportFormat format = 0; format < PJ_N_EXPORT_FORMATS; format++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("export-%d", format);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_cmpint (pj_export_dialog_set_format (dialog, format), ==,
                       pj_export_format_is_available (format));
      if (!pj_export_format_is_available (format))
        continue;

      g_assert_true (export_and_wait (dialog, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 100);
      switch (format)
        {
        case PJ_EXPORT_FORMAT_PDF:
          g_assert_true (g_str_has_prefix (contents, "%PDF-"));
          break;
        case PJ_EXPORT_FORMAT_CSV:
          g_assert_true (g_str_has_prefix (contents, "date,"));
          /* 60 days: the header and at least one line per day */
          g_assert_cmpuint (count_lines (contents), >=, 61);
          break;
        case PJ_EXPORT_FORMAT_JSON:
        case PJ_EXPORT_FORMAT_FHIR:
        case PJ_N_EXPORT_FORMATS:
        default:
          {
            g_autoptr (JsonNode) node = json_from_string (contents, &error);

            g_assert_no_error (error);
            g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
            if (format == PJ_EXPORT_FORMAT_FHIR)
              g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node),
                                                              "resourceType"), ==, "Bundle");
          }
          break;
        }
      written++;
      /* Only the finished files: no temporary file is left next to them. */
      g_assert_cmpuint (count_files (dir), ==, written);
    }
  g_assert_cmpuint (written, ==, PJ_N_EXPORT_FORMATS);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

static void
test_errors_leave_nothing (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autoptr (PjDatabase) db = open_journal (dir);
  PjExportDialog *dialog = pj_export_dialog_new (NULL, db);
  g_autoptr (GError) error = NULL;
  g_autofree char *missing = g_build_filename (dir, "gone", "report.pdf", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);

  pj_export_dialog_set_format (dialog, PJ_EXPORT_FORMAT_PDF);
  g_assert_false (export_and_wait (dialog, missing, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "gone"));
  g_clear_error (&error);
  g_assert_cmpuint (count_files (dir), ==, 0);

  /* Everything, this year and the last 30 days all work on the same journal. */
  pj_export_dialog_set_range (dialog, PJ_EXPORT_RANGE_EVERYTHING);
  g_assert_true (export_and_wait (dialog, path, &error));
  g_assert_no_error (error);
  pj_export_dialog_set_range (dialog, PJ_EXPORT_RANGE_THIS_YEAR);
  g_assert_true (export_and_wait (dialog, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (dir), ==, 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

static gboolean
has_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_shown_error_label (GtkWidget    *widget,
                      gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         gtk_widget_has_css_class (widget, "error");
}

static gboolean
is_row_titled (GtkWidget    *widget,
               gconstpointer data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

/* A custom date typed wrong is marked as it is typed, and Export… says what is wrong and moves
 * the focus to it instead of asking for a file; a calendar button stands beside each date. */
static void
test_custom_dates_checked (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autoptr (PjDatabase) db = open_journal (dir);
  PjExportDialog *dialog = pj_export_dialog_new (NULL, db);
  GtkWidget *to_row, *label, *focus;

  gtk_window_present (GTK_WINDOW (dialog));
  pj_export_dialog_set_range (dialog, PJ_EXPORT_RANGE_CUSTOM);
  to_row = pj_test_find (GTK_WIDGET (dialog), is_row_titled, "To (YYYY-MM-DD)");
  g_assert_nonnull (to_row);
  g_assert_nonnull (pj_test_find_descendant (to_row, PJ_TYPE_DATE_BUTTON));
  pj_export_dialog_set_custom_dates (dialog, "2026-01-01", "2026-13-01");
  g_assert_true (gtk_widget_has_css_class (to_row, "error"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose-file", NULL));
  label = pj_test_find (GTK_WIDGET (dialog), is_shown_error_label, NULL);
  g_assert_nonnull (label);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), "End date:"));
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_true (focus == to_row || gtk_widget_is_ancestor (focus, to_row));
  /* No file chooser was opened for an export that could not run. */
  g_assert_false (has_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

  /* Fixed, the mark goes. */
  pj_export_dialog_set_custom_dates (dialog, "2026-01-01", "2026-03-01");
  g_assert_false (gtk_widget_has_css_class (to_row, "error"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

static PjExportDialog *
find_export_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (PJ_IS_EXPORT_DIALOG (toplevel))
        return PJ_EXPORT_DIALOG (toplevel);
    }
  return NULL;
}

/* The window's Export… menu item and Ctrl+E open the dialog over the window. */
static void
test_window_action (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autoptr (PjDatabase) db = open_journal (dir);
  PjWindow *window = pj_window_new (NULL, db, NULL);
  PjExportDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (find_export_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/export-dialog/each-format", test_each_format);
  g_test_add_func ("/export-dialog/errors-leave-nothing", test_errors_leave_nothing);
  g_test_add_func ("/export-dialog/window-action", test_window_action);
  g_test_add_func ("/export-dialog/custom-dates-checked", test_custom_dates_checked);

  return g_test_run ();
}
