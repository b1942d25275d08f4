/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pj-dose-row.h"
#include "pj-dose-target.h"
#include "pj-error.h"
#include "pj-medicine-today-row.h"
#include "pj-toast-overlay.h"

/* ----- Logging a dose, with Undo ----- */

typedef struct
{
  PjDatabase *database;
  gint64      dose_id;
} LoggedDose;

static void
logged_dose_free (gpointer data)
{
  LoggedDose *logged = data;

  g_object_unref (logged->database);
  g_free (logged);
}

static void
undo_log (gpointer data)
{
  LoggedDose *logged = data;
  g_autoptr (GError) error = NULL;

  if (!pj_database_delete_dose (logged->database, logged->dose_id, NULL, &error))
    g_warning ("Could not undo the dose: %s", error->message);
}

/* Logs @dose, moving it a minute on when that medicine already has a dose at its time
 * (two clicks in one minute are two doses). */
static gboolean
add_dose (PjDatabase *database,
          PjDose     *dose,
          GError    **error)
{
  for (guint attempt = 0; attempt < 10; attempt++)
    {
      g_autoptr (GError) local_error = NULL;

      if (pj_database_add_dose (database, dose, &local_error))
        return TRUE;
      if (!g_error_matches (local_error, PJ_ERROR, PJ_ERROR_CONFLICT) ||
          dose->minutes >= 24 * 60 - 1)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      dose->minutes++;
    }
  return pj_database_add_dose (database, dose, error);
}

static void
log_dose (PjDoseTarget *target,
          gboolean      taken)
{
  PjDoseRows *rows = PJ_DOSE_ROWS (target->anchor);
  PjDate date = pj_dose_rows_get_date (rows);
  g_autoptr (GPtrArray) doses = pj_database_list_doses_in_range (target->database, date, date,
                                                                 NULL);
  g_autoptr (PjDose) dose = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *amount = NULL;
  char time[PJ_TIME_TEXT_LEN];
  LoggedDose *logged;

  dose = pj_medicine_new_usual_dose (target->medicine, date,
                                     pj_dose_rows_time_for (rows, target->medicine, doses));
  if (!taken)
    {
      dose->taken = FALSE;
      dose->amount = NAN;
    }
  if (!add_dose (target->database, dose, &error))
    {
      pj_dose_target_show_error (target, error);
      return;
    }
  pj_time_format (dose->minutes, time);
  amount = pj_medicine_format_amount (dose->amount, dose->unit);
  message = taken
            /* TRANSLATORS: medicine, amount such as "400 mg", time */
            ? g_strdup_printf (_("%s %s logged at %s"), target->medicine->name, amount, time)
            /* TRANSLATORS: medicine, time */
            : g_strdup_printf (_("%s at %s marked as skipped"), target->medicine->name, time);
  logged = g_new0 (LoggedDose, 1);
  logged->database = g_object_ref (target->database);
  logged->dose_id = dose->id;
  pj_toast_overlay_offer_undo_for (target->anchor, message, undo_log, logged, logged_dose_free);
}

static void
on_taken (GtkButton    *button,
          PjDoseTarget *target)
{
  log_dose (target, TRUE);
}

static void
on_skipped (GtkButton    *button,
            PjDoseTarget *target)
{
  log_dose (target, FALSE);
}

/* ----- Building ----- */

static char *
medicine_summary (const PjMedicine *medicine,
                  guint             n_taken)
{
  g_autofree char *amount = pj_medicine_format_amount (medicine->amount, medicine->unit);
  g_autofree char *times = NULL;
  g_autofree char *usual = NULL;

  if (medicine->regular)
    {
      times = pj_medicine_format_times (medicine);
      g_strdelimit (times, ";", ' ');
      /* TRANSLATORS: the usual dose such as "400 mg", then times such as "08:00 20:00" */
      usual = g_strdup_printf (_("%s at %s"), amount, times);
    }
  else
    /* TRANSLATORS: the usual dose such as "400 mg" */
    usual = g_strdup_printf (_("%s as needed"), amount);
  if (n_taken == 0)
    return g_steal_pointer (&usual);
  /* TRANSLATORS: the usual dose, then how many doses were taken that day */
  return g_strdup_printf (ngettext ("%s. Taken once this day.", "%s. Taken %u times this day.",
                                    n_taken), usual, n_taken);
}

/* libadwaita 1.2 names neither the expander row nor the list row that holds its visible
 * header: a screen reader would say only "list item". Both get the title and subtitle. */
static void
name_expander_header (GtkWidget  *widget,
                      const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && !ADW_IS_PREFERENCES_ROW (child))
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          name, -1);
          return;
        }
      if (!ADW_IS_PREFERENCES_ROW (child))
        name_expander_header (child, name);
    }
}

static void
add_log_buttons (GtkWidget        *row,
                 PjDoseRows       *rows,
                 PjDatabase       *database,
                 const PjMedicine *medicine)
{
  GtkWidget *taken = pj_dose_target_button (_("Taken"), _("Log the usual dose now"));
  /* TRANSLATORS: %s is the medicine's name */
  g_autofree char *taken_label = g_strdup_printf (_("Log a dose of %s now"), medicine->name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (taken), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  taken_label, -1);
  gtk_widget_add_css_class (taken, "suggested-action");
  pj_dose_target_connect (taken, "clicked", G_CALLBACK (on_taken),
                          pj_dose_target_new (GTK_WIDGET (rows), database, medicine, NULL, 0));
  if (medicine->regular)
    {
      GtkWidget *skipped = pj_dose_target_button (_("Skipped"),
                                                  _("Note that this dose was not taken"));
      g_autofree char *skipped_label = g_strdup_printf (_("Mark a dose of %s as skipped"),
                                                        medicine->name);

      gtk_accessible_update_property (GTK_ACCESSIBLE (skipped), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      skipped_label, -1);
      pj_dose_target_connect (skipped, "clicked", G_CALLBACK (on_skipped),
                              pj_dose_target_new (GTK_WIDGET (rows), database, medicine, NULL,
                                                  0));
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), skipped);
    }
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), taken);
}

GtkWidget *
pj_medicine_today_row_new (PjDoseRows       *rows,
                           PjDatabase       *database,
                           const PjMedicine *medicine,
                           GPtrArray        *doses)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *summary = NULL;
  g_autofree char *name = NULL;
  guint n_taken = 0, n_doses = 0;

  g_return_val_if_fail (PJ_IS_DOSE_ROWS (rows), NULL);
  g_return_val_if_fail (PJ_IS_DATABASE (database), NULL);

  for (guint i = 0; i < doses->len; i++)
    {
      const PjDose *dose = g_ptr_array_index (doses, i);

      if (dose->medicine_id != medicine->id)
        continue;
      n_doses++;
      n_taken += dose->taken;
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                pj_dose_row_new (GTK_WIDGET (rows), database, medicine, dose));
    }
  summary = medicine_summary (medicine, n_taken);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), medicine->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), summary);
  /* TRANSLATORS: medicine name, then its summary such as "400 mg as needed" */
  name = g_strdup_printf (_("%s: %s"), medicine->name, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  name_expander_header (row, name);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), n_doses > 0);
  add_log_buttons (row, rows, database, medicine);
  return row;
}
