/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-dose-target.h"
#include "pj-relief-row.h"

const PjDose *
pj_relief_row_find_dose (GPtrArray         *medicines,
                         GPtrArray         *doses,
                         int                now_minutes,
                         const PjMedicine **out_medicine)
{
  for (guint i = doses->len; i-- > 0;)
    {
      const PjDose *dose = g_ptr_array_index (doses, i);

      if (!dose->taken || dose->minutes > now_minutes ||
          now_minutes - dose->minutes > PJ_DOSE_RELIEF_WINDOW_MINUTES)
        continue;
      for (guint j = 0; j < medicines->len; j++)
        {
          const PjMedicine *medicine = g_ptr_array_index (medicines, j);

          if (medicine->id == dose->medicine_id && !medicine->regular)
            {
              *out_medicine = medicine;
              return dose->relief == PJ_UNSET ? dose : NULL;
            }
        }
    }
  return NULL;
}

static void
on_relief (GtkButton    *button,
           PjDoseTarget *target)
{
  g_autoptr (PjDose) changed = pj_dose_copy (target->dose);

  changed->relief = target->relief;
  pj_dose_target_update (target, changed);
}

GtkWidget *
pj_relief_row_new (GtkWidget        *anchor,
                   PjDatabase       *database,
                   const PjMedicine *medicine,
                   const PjDose     *dose)
{
  static const struct { const char *label; int relief; } answers[] = {
    { N_("None"), 0 }, { N_("Some"), 3 }, { N_("A lot"), 7 }, { N_("Complete"), 10 },
  };
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *question;
  g_autofree char *text = NULL;
  char time[PJ_TIME_TEXT_LEN];

  g_return_val_if_fail (PJ_IS_DATABASE (database), NULL);
  g_return_val_if_fail (medicine != NULL && dose != NULL, NULL);

  pj_time_format (dose->minutes, time);
  /* Translators: medicine, time it was taken */
  text = g_strdup_printf (_("How much did %s at %s help?"), medicine->name, time);
  question = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (question), TRUE);
  gtk_label_set_xalign (GTK_LABEL (question), 0);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  /* Not homogeneous: four buttons as wide as the widest answer ("Complete", longer still in
   * German) would make the page wider than a phone. They share the spare width instead. */
  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_add_css_class (buttons, "pj-relief-answers");
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      GtkWidget *button = gtk_button_new_with_label (_(answers[i].label));
      g_autofree char *tooltip = g_strdup_printf (_("Relief %d of 10"), answers[i].relief);

      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_set_hexpand (button, TRUE);
      pj_dose_target_connect (button, "clicked", G_CALLBACK (on_relief),
                              pj_dose_target_new (anchor, database, medicine, dose,
                                                  answers[i].relief));
      gtk_box_append (GTK_BOX (buttons), button);
    }
  gtk_box_append (GTK_BOX (box), question);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return row;
}
