/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-dose-row.h"
#include "pj-dose-target.h"
#include "pj-toast-overlay.h"

/* ----- Editing ----- */

static void
apply_time (GtkEditable  *entry,
            PjDoseTarget *target)
{
  g_autoptr (PjDose) changed = pj_dose_copy (target->dose);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (!pj_time_parse (text, &changed->minutes, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      pj_dose_target_show_error (target, error);
      return;
    }
  pj_dose_target_update (target, changed);
}

static void
on_time_focus_leave (GtkEventControllerFocus *controller,
                     PjDoseTarget            *target)
{
  apply_time (GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))),
              target);
}

static void
on_time_activate (GtkEntry     *entry,
                  PjDoseTarget *target)
{
  apply_time (GTK_EDITABLE (entry), target);
}

static void
on_amount_changed (GtkSpinButton *spin,
                   PjDoseTarget  *target)
{
  g_autoptr (PjDose) changed = pj_dose_copy (target->dose);

  changed->amount = gtk_spin_button_get_value (spin);
  pj_dose_target_update (target, changed);
}

/* ----- Deleting, with Undo ----- */

typedef struct
{
  PjDatabase *database;
  PjDose     *dose;
} DeletedDose;

static void
deleted_dose_free (gpointer data)
{
  DeletedDose *deleted = data;

  g_object_unref (deleted->database);
  pj_dose_free (deleted->dose);
  g_free (deleted);
}

static void
undo_delete_dose (gpointer data)
{
  DeletedDose *deleted = data;
  g_autoptr (GError) error = NULL;

  if (!pj_database_restore_dose (deleted->database, deleted->dose, &error))
    g_warning ("Could not bring the dose back: %s", error->message);
}

static void
on_delete (GtkButton    *button,
           PjDoseTarget *target)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  DeletedDose *deleted = g_new0 (DeletedDose, 1);
  char time[PJ_TIME_TEXT_LEN];

  if (!pj_database_delete_dose (target->database, target->dose->id, &deleted->dose, &error))
    {
      g_free (deleted);
      pj_dose_target_show_error (target, error);
      return;
    }
  deleted->database = g_object_ref (target->database);
  pj_time_format (deleted->dose->minutes, time);
  /* TRANSLATORS: medicine, time */
  message = g_strdup_printf (_("Dose of %s at %s deleted"), target->medicine->name, time);
  pj_toast_overlay_offer_undo_for (target->anchor, message, undo_delete_dose, deleted,
                                   deleted_dose_free);
}

/* ----- Building ----- */

static PjDoseTarget *
target_for (GtkWidget        *anchor,
            PjDatabase       *database,
            const PjMedicine *medicine,
            const PjDose     *dose)
{
  return pj_dose_target_new (anchor, database, medicine, dose, 0);
}

static GtkWidget *
new_time_entry (GtkWidget        *anchor,
                PjDatabase       *database,
                const PjMedicine *medicine,
                const PjDose     *dose)
{
  GtkWidget *time = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  char time_text[PJ_TIME_TEXT_LEN];

  pj_time_format (dose->minutes, time_text);
  gtk_editable_set_text (GTK_EDITABLE (time), time_text);
  gtk_editable_set_width_chars (GTK_EDITABLE (time), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (time), 5);
  gtk_entry_set_max_length (GTK_ENTRY (time), 5);
  gtk_widget_set_valign (time, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (time, _("Time of the dose (HH:MM); press Enter to save"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (time), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Time of the dose"), -1);
  pj_dose_target_connect (time, "activate", G_CALLBACK (on_time_activate),
                          target_for (anchor, database, medicine, dose));
  pj_dose_target_connect (focus, "leave", G_CALLBACK (on_time_focus_leave),
                          target_for (anchor, database, medicine, dose));
  gtk_widget_add_controller (time, focus);
  return time;
}

static void
add_amount (GtkWidget        *row,
            GtkWidget        *anchor,
            PjDatabase       *database,
            const PjMedicine *medicine,
            const PjDose     *dose)
{
  double min, max;
  GtkWidget *amount;
  g_autofree char *label = NULL;

  pj_dose_unit_range (dose->unit, &min, &max);
  amount = gtk_spin_button_new_with_range (min, max, min < 1 ? 0.25 : 1);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (amount), 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (amount), dose->amount);
  gtk_widget_set_valign (amount, GTK_ALIGN_CENTER);
  /* TRANSLATORS: %s is a unit such as "mg" */
  label = g_strdup_printf (_("Amount in %s"), pj_dose_unit_name (dose->unit));
  gtk_widget_set_tooltip_text (amount, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (amount), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  pj_dose_target_connect (amount, "value-changed", G_CALLBACK (on_amount_changed),
                          target_for (anchor, database, medicine, dose));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_label_new (pj_dose_unit_name (dose->unit)));
}

GtkWidget *
pj_dose_row_new (GtkWidget        *anchor,
                 PjDatabase       *database,
                 const PjMedicine *medicine,
                 const PjDose     *dose)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_return_val_if_fail (PJ_IS_DATABASE (database), NULL);
  g_return_val_if_fail (medicine != NULL && dose != NULL, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 dose->taken ? _("Taken") : _("Skipped"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_time_entry (anchor, database, medicine, dose));
  if (dose->taken)
    add_amount (row, anchor, database, medicine, dose);

  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete this dose"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete this dose"), -1);
  pj_dose_target_connect (delete, "clicked", G_CALLBACK (on_delete),
                          target_for (anchor, database, medicine, dose));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  return row;
}
