/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-date-button.h"
#include "pj-error.h"
#include "pj-toast-overlay.h"
#include "pj-export-dialog.h"
#include "pj-file-launch.h"
#include "pj-report-settings.h"

#define PROGRESS_POLL_MS 50

struct _PjExportDialog
{
  AdwWindow       parent_instance;

  PjDatabase     *database;
  GSettings      *settings;
  GCancellable   *cancellable;
  GFile          *last_file;
  GtkFileChooserNative *chooser;
  PjExportFormat  formats[PJ_N_EXPORT_FORMATS];  /* format of each row of format_row */
  guint           n_formats;
  guint           progress_source;
  PjExportJob    *running;                       /* owned by its task, NULL when idle */

  PjToastOverlay  *toast_overlay;
  AdwComboRow     *format_row;
  AdwComboRow     *range_row;
  AdwEntryRow     *from_row;
  AdwEntryRow     *to_row;
  GtkWidget       *sections_group;
  GtkWidget       *about_group;
  GtkSwitch       *summary_switch;
  GtkSwitch       *flags_switch;
  GtkSwitch       *charts_switch;
  GtkSwitch       *patterns_switch;
  GtkSwitch       *self_care_switch;
  GtkSwitch       *diary_switch;
  GtkSwitch       *notes_switch;
  AdwEntryRow     *name_row;
  AdwEntryRow     *birth_year_row;
  AdwComboRow     *paper_row;
  GtkWidget       *status_group;
  GtkLabel        *error_label;
  GtkProgressBar  *progress_bar;
  AdwActionRow    *done_row;
  GtkWidget       *export_button;
};

G_DEFINE_FINAL_TYPE (PjExportDialog, pj_export_dialog, ADW_TYPE_WINDOW)

/* ----- Reading the choices ----- */

static PjExportFormat
selected_format (PjExportDialog *self)
{
  guint row = adw_combo_row_get_selected (self->format_row);

  return row < self->n_formats ? self->formats[row] : PJ_EXPORT_FORMAT_PDF;
}

static gboolean
parse_row_date (AdwEntryRow *row,
                const char  *what,
                PjDate      *out_date,
                GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr (GError) local_error = NULL;

  if (pj_date_parse_iso (text, out_date, &local_error))
    return TRUE;
  /* Translators: "Start date: <what is wrong>" */
  g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s: %s"), what, local_error->message);
  return FALSE;
}

static gboolean
selected_range (PjExportDialog *self,
                PjDate         *out_from,
                PjDate         *out_to,
                GError        **error)
{
  PjDate today = pj_database_get_today (self->database);
  int year;

  *out_to = today;
  switch ((PjExportRange) adw_combo_row_get_selected (self->range_row))
    {
    case PJ_EXPORT_RANGE_LAST_30:
      *out_from = today - 29;
      return TRUE;
    case PJ_EXPORT_RANGE_THIS_YEAR:
      pj_date_to_ymd (today, &year, NULL, NULL);
      *out_from = pj_date_from_ymd (year, 1, 1);
      return TRUE;
    case PJ_EXPORT_RANGE_EVERYTHING:
      {
        PjDate first, last;

        if (!pj_database_get_date_bounds (self->database, &first, &last, error))
          return FALSE;
        *out_from = first != PJ_DATE_NONE ? MIN (first, today) : today;
        *out_to = last != PJ_DATE_NONE ? MAX (last, today) : today;
        return TRUE;
      }
    case PJ_EXPORT_RANGE_CUSTOM:
      if (!parse_row_date (self->from_row, _("Start date"), out_from, error) ||
          !parse_row_date (self->to_row, _("End date"), out_to, error))
        return FALSE;
      if (*out_from > *out_to)
        {
          g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID,
                               _("The start date is after the end date."));
          return FALSE;
        }
      return TRUE;
    case PJ_EXPORT_RANGE_LAST_90:
    default:
      *out_from = today - 89;
      return TRUE;
    }
}

static PjReportSections
selected_sections (PjExportDialog *self)
{
  const struct { GtkSwitch *toggle; PjReportSections section; } map[] = {
    { self->summary_switch, PJ_REPORT_SECTION_SUMMARY },
    { self->flags_switch, PJ_REPORT_SECTION_FLAGS },
    { self->charts_switch, PJ_REPORT_SECTION_CHARTS },
    { self->patterns_switch, PJ_REPORT_SECTION_PATTERNS },
    { self->self_care_switch, PJ_REPORT_SECTION_SELF_CARE },
    { self->diary_switch, PJ_REPORT_SECTION_DIARY },
  };
  PjReportSections sections = 0;

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (gtk_switch_get_active (map[i].toggle))
      sections |= map[i].section;
  return sections;
}

static PjExportJob *
export_job_new (PjExportDialog *self,
                GFile          *file,
                GError        **error)
{
  g_autofree char *path = g_file_get_path (file);
  const char *year = gtk_editable_get_text (GTK_EDITABLE (self->birth_year_row));
  guint paper = adw_combo_row_get_selected (self->paper_row);
  PjExportJob *job;
  PjDate from, to;

  if (!selected_range (self, &from, &to, error))
    return NULL;
  if (path == NULL)
    {
      /* A location without a local path (a remote folder): say so rather than fail later. */
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_IO,
                           _("Choose a folder on this computer to save the export in."));
      return NULL;
    }

  job = pj_export_job_new (selected_format (self), pj_database_get_path (self->database), path,
                           from, to, gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                           (int) g_ascii_strtoll (year, NULL, 10));
  job->options.sections = selected_sections (self);
  job->options.include_notes = gtk_switch_get_active (self->notes_switch);
  job->options.paper = paper == 1 ? PJ_PAPER_A4 : paper == 2 ? PJ_PAPER_LETTER
                                                             : PJ_PAPER_DEFAULT;
  return job;
}

/* ----- Running it ----- */

static void
set_busy (PjExportDialog *self,
          gboolean        busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", !busy);
  if (busy)
    {
      gtk_widget_set_visible (self->status_group, TRUE);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->done_row), FALSE);
    }
  else
    g_clear_handle_id (&self->progress_source, g_source_remove);
}

static gboolean
poll_progress (gpointer user_data)
{
  PjExportDialog *self = user_data;

  if (self->running != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar,
                                   g_atomic_int_get (&self->running->progress_permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
show_error (PjExportDialog *self,
            const GError   *error)
{
  /* Translators: shown when an export failed, followed by the reason */
  g_autofree char *text = g_strdup_printf (_("The export failed: %s"), error->message);

  gtk_label_set_text (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->done_row), FALSE);
  gtk_widget_set_visible (self->status_group, TRUE);
}

static void
show_done (PjExportDialog *self,
           GFile          *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *display = g_filename_display_name (name);
  g_autofree char *title = g_strdup_printf (_("Saved “%s”"), display);
  AdwToast *toast = adw_toast_new (title);

  g_set_object (&self->last_file, file);
  adw_action_row_set_subtitle (self->done_row, display);
  gtk_widget_set_visible (GTK_WIDGET (self->done_row), TRUE);
  gtk_widget_set_visible (self->status_group, TRUE);

  /* A libadwaita 1.2 toast has one button: "Open" goes there, and both actions stay on the
   * row above until the next export. */
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "export.open");
  pj_toast_overlay_show (self->toast_overlay, toast);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PjExportDialog *self = PJ_EXPORT_DIALOG (source);
  GTask *outer = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (pj_export_job_from_result (result)->path);

  self->running = NULL;
  set_busy (self, FALSE);
  if (!pj_export_job_run_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      g_task_return_error (outer, g_steal_pointer (&error));
    }
  else
    {
      show_done (self, file);
      g_task_return_boolean (outer, TRUE);
    }
  g_object_unref (outer);
}

void
pj_export_dialog_export_to_file (PjExportDialog     *self,
                                 GFile              *file,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  g_autoptr (GError) error = NULL;
  GTask *outer;
  PjExportJob *job;

  g_return_if_fail (PJ_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  outer = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (outer, pj_export_dialog_export_to_file);

  job = export_job_new (self, file, &error);
  if (job == NULL)
    {
      show_error (self, error);
      g_task_return_error (outer, g_steal_pointer (&error));
      g_object_unref (outer);
      return;
    }
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  self->progress_source = g_timeout_add (PROGRESS_POLL_MS, poll_progress, self);

  /* The task owns the job and holds the dialog until it ends, so the borrowed pointer stays
   * valid until on_export_done(). */
  self->running = job;
  pj_export_job_run_async (job, self, self->cancellable, on_export_done, outer);
}

gboolean
pj_export_dialog_export_to_file_finish (PjExportDialog *self,
                                        GAsyncResult   *result,
                                        GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ----- Actions ----- */

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  PjExportDialog *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      pj_export_dialog_export_to_file (self, file, NULL, NULL);
    }
  g_clear_object (&self->chooser);
}

/* Dates typed wrong are said before a file is asked for: the message on top, the focus on the
 * date to fix. */
static gboolean
check_range (PjExportDialog *self)
{
  g_autoptr (GError) error = NULL;
  PjDate from, to;
  GtkWidget *row;

  if (selected_range (self, &from, &to, &error))
    return TRUE;
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->done_row), FALSE);
  gtk_widget_set_visible (self->status_group, TRUE);
  row = GTK_WIDGET (self->from_row);
  if (parse_row_date (self->from_row, "", &from, NULL) &&
      !parse_row_date (self->to_row, "", &to, NULL))
    row = GTK_WIDGET (self->to_row);
  if (gtk_widget_get_visible (row))
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
  return FALSE;
}

static void
choose_file (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PjExportDialog *self = PJ_EXPORT_DIALOG (widget);
  PjExportFormat format = selected_format (self);
  char today[PJ_DATE_ISO_LEN];
  g_autofree char *name = NULL;

  if (!check_range (self))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  pj_date_format_iso (pj_database_get_today (self->database), today);
  name = g_strdup_printf ("pain-journal-%s-%s", today, pj_export_format_get_file_suffix (format));

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_file (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  PjExportDialog *self = PJ_EXPORT_DIALOG (widget);

  if (self->last_file != NULL)
    pj_file_launch_open (GTK_WINDOW (self), self->last_file);
}

static void
show_in_folder (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PjExportDialog *self = PJ_EXPORT_DIALOG (widget);

  if (self->last_file != NULL)
    pj_file_launch_show_in_folder (GTK_WINDOW (self), self->last_file);
}

/* ----- Settings: the optional name and year of birth, and the paper ----- */

static void
bind_settings (PjExportDialog *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  /* Without the installed schema (a bare test run) the fields simply stay unsaved. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "report-name"))
    return;

  self->settings = g_settings_new (APPLICATION_ID);
  pj_report_settings_bind (self->settings, self->name_row, self->birth_year_row,
                           G_OBJECT (self->paper_row));
}

/* ----- Choices ----- */

static void
update_visibility (PjExportDialog *self)
{
  gboolean custom = adw_combo_row_get_selected (self->range_row) == PJ_EXPORT_RANGE_CUSTOM;
  PjExportFormat format = selected_format (self);
  gboolean report = format == PJ_EXPORT_FORMAT_PDF;

  gtk_widget_set_visible (GTK_WIDGET (self->from_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), custom);
  gtk_widget_set_visible (self->sections_group, report);
  /* The name and year of birth go into the report header and the FHIR Patient. */
  gtk_widget_set_visible (self->about_group, report || format == PJ_EXPORT_FORMAT_FHIR);
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row), report);
}

gboolean
pj_export_dialog_set_format (PjExportDialog *self,
                             PjExportFormat  format)
{
  g_return_val_if_fail (PJ_IS_EXPORT_DIALOG (self), FALSE);

  for (guint i = 0; i < self->n_formats; i++)
    if (self->formats[i] == format)
      {
        adw_combo_row_set_selected (self->format_row, i);
        return TRUE;
      }
  return FALSE;
}

void
pj_export_dialog_set_range (PjExportDialog *self,
                            PjExportRange   range)
{
  g_return_if_fail (PJ_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->range_row, range);
}

void
pj_export_dialog_set_custom_dates (PjExportDialog *self,
                                   const char     *from,
                                   const char     *to)
{
  g_return_if_fail (PJ_IS_EXPORT_DIALOG (self));
  g_return_if_fail (from != NULL && to != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
}

void
pj_export_dialog_set_include_notes (PjExportDialog *self,
                                    gboolean        include_notes)
{
  g_return_if_fail (PJ_IS_EXPORT_DIALOG (self));
  gtk_switch_set_active (self->notes_switch, include_notes);
}

/* ----- The object ----- */

static void
pj_export_dialog_dispose (GObject *object)
{
  PjExportDialog *self = PJ_EXPORT_DIALOG (object);

  /* Closing the dialog stops a running export; the worker removes its temporary file. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->running = NULL;
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);
  g_clear_object (&self->last_file);
  g_clear_object (&self->database);
  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (pj_export_dialog_parent_class)->dispose (object);
}

static void
pj_export_dialog_class_init (PjExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_export_dialog_dispose;

  g_type_ensure (PJ_TYPE_DATE_BUTTON);
  g_type_ensure (PJ_TYPE_TOAST_OVERLAY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/pj-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, range_row);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, sections_group);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, about_group);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, summary_switch);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, flags_switch);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, charts_switch);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, patterns_switch);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, self_care_switch);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, diary_switch);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, notes_switch);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, birth_year_row);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, status_group);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, done_row);
  gtk_widget_class_bind_template_child (widget_class, PjExportDialog, export_button);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file);
  gtk_widget_class_install_action (widget_class, "export.open", NULL, open_file);
  gtk_widget_class_install_action (widget_class, "export.show-in-folder", NULL,
                                   show_in_folder);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pj_export_dialog_init (PjExportDialog *self)
{
  g_autoptr (GtkStringList) formats = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (PjExportFormat format = 0; format < PJ_N_EXPORT_FORMATS; format++)
    if (pj_export_format_is_available (format))
      {
        self->formats[self->n_formats++] = format;
        gtk_string_list_append (formats, pj_export_format_get_label (format));
      }
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  adw_combo_row_set_selected (self->range_row, PJ_EXPORT_RANGE_LAST_90);

  g_signal_connect_swapped (self->format_row, "notify::selected",
                            G_CALLBACK (update_visibility), self);
  g_signal_connect_swapped (self->range_row, "notify::selected",
                            G_CALLBACK (update_visibility), self);
  update_visibility (self);
  bind_settings (self);
}

PjExportDialog *
pj_export_dialog_new (GtkWindow  *parent,
                      PjDatabase *database)
{
  PjExportDialog *self;
  char today[PJ_DATE_ISO_LEN];

  g_return_val_if_fail (PJ_IS_DATABASE (database), NULL);

  self = g_object_new (PJ_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  /* Custom dates start as the last 90 days, so editing one end is enough. */
  pj_date_format_iso (pj_database_get_today (database), today);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), today);
  pj_date_format_iso (pj_database_get_today (database) - 89, today);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), today);
  return self;
}

void
pj_export_dialog_present (GtkWindow  *parent,
                          PjDatabase *database)
{
  gtk_window_present (GTK_WINDOW (pj_export_dialog_new (parent, database)));
}
