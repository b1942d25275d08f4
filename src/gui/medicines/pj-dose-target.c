/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-dose-target.h"
#include "pj-toast-overlay.h"

PjDoseTarget *
pj_dose_target_new (GtkWidget        *anchor,
                    PjDatabase       *database,
                    const PjMedicine *medicine,
                    const PjDose     *dose,
                    int               relief)
{
  PjDoseTarget *target = g_new0 (PjDoseTarget, 1);

  target->anchor = anchor;
  target->database = g_object_ref (database);
  target->medicine = pj_medicine_copy (medicine);
  target->dose = dose != NULL ? pj_dose_copy (dose) : NULL;
  target->relief = relief;
  return target;
}

static void
target_free (gpointer  data,
             GClosure *closure)
{
  PjDoseTarget *target = data;

  g_object_unref (target->database);
  pj_medicine_free (target->medicine);
  g_clear_pointer (&target->dose, pj_dose_free);
  g_free (target);
}

void
pj_dose_target_connect (gpointer      instance,
                        const char   *signal,
                        GCallback     callback,
                        PjDoseTarget *target)
{
  g_signal_connect_data (instance, signal, callback, target, target_free, 0);
}

void
pj_dose_target_show_error (PjDoseTarget *target,
                           const GError *error)
{
  if (pj_toast_overlay_find (target->anchor) != NULL)
    pj_toast_overlay_show_message_for (target->anchor, error->message);
  else
    g_warning ("%s", error->message);
}

void
pj_dose_target_update (PjDoseTarget *target,
                       const PjDose *changed)
{
  g_autoptr (GError) error = NULL;

  if (pj_dose_equal (changed, target->dose))
    return;
  if (!pj_database_update_dose (target->database, changed, &error))
    pj_dose_target_show_error (target, error);
}

GtkWidget *
pj_dose_target_button (const char *label,
                       const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

int
pj_dose_target_now_minutes (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
}
