/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-chart-doses.h"
#include "pj-trends-page-private.h"

/* The Trends page's medicines: dose rows under the chart and "Doses of …" in Compare with.
 * Kept here, beside the other medicine views, so the page itself only calls in. */

static gboolean
same_choices (GArray    *choices,
              GPtrArray *medicines)
{
  if (choices->len != medicines->len)
    return FALSE;
  for (guint i = 0; i < medicines->len; i++)
    if (g_array_index (choices, gint64, i) != ((PjMedicine *) medicines->pdata[i])->id)
      return FALSE;
  return TRUE;
}

/* Rebuilds the drop-down when the list of medicines changed, keeping what was chosen. */
static void
update_choices (PjTrendsPage *self,
                GPtrArray    *medicines)
{
  g_autoptr (GtkStringList) model = NULL;
  guint selected = self->factor;

  if (same_choices (self->dose_choices, medicines))
    return;
  model = gtk_string_list_new (NULL);
  for (PjChartFactor factor = PJ_CHART_FACTOR_NONE; factor < PJ_CHART_FACTOR_DOSES; factor++)
    gtk_string_list_append (model, factor == PJ_CHART_FACTOR_NONE ? _("Pain only")
                                                                  : pj_chart_factor_label (factor));
  g_array_set_size (self->dose_choices, 0);
  if (self->factor == PJ_CHART_FACTOR_DOSES)
    selected = PJ_CHART_FACTOR_NONE;
  for (guint i = 0; i < medicines->len; i++)
    {
      const PjMedicine *medicine = g_ptr_array_index (medicines, i);
      /* Translators: an entry of "Compare with"; %s is a medicine's name */
      g_autofree char *label = g_strdup_printf (_("Doses of %s"), medicine->name);

      gtk_string_list_append (model, label);
      g_array_append_val (self->dose_choices, medicine->id);
      if (self->factor == PJ_CHART_FACTOR_DOSES && medicine->id == self->dose_medicine)
        selected = PJ_CHART_FACTOR_DOSES + i;
    }
  if (selected < PJ_CHART_FACTOR_DOSES)
    {
      self->factor = selected;
      self->dose_medicine = 0;
    }
  gtk_drop_down_set_model (self->factor_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->factor_dropdown, selected);
}

void
pj_trends_page_update_doses (PjTrendsPage *self,
                             GPtrArray    *days)
{
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (GError) error = NULL;
  PjChartSeries *series;

  if (self->database != NULL)
    medicines = pj_database_list_medicines_with_doses (self->database, self->from, self->to,
                                                       &error);
  if (error != NULL)
    g_warning ("Could not read the medicines for the Trends page: %s", error->message);
  if (medicines == NULL)
    medicines = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_medicine_free);

  update_choices (self, medicines);
  series = pj_chart_series_new (days, self->from, self->to,
                                self->factor == PJ_CHART_FACTOR_DOSES ? PJ_CHART_FACTOR_NONE
                                                                      : self->factor);
  for (guint i = 0; self->factor == PJ_CHART_FACTOR_DOSES && i < medicines->len; i++)
    if (((PjMedicine *) medicines->pdata[i])->id == self->dose_medicine)
      pj_chart_series_set_doses (series, medicines->pdata[i]);
  pj_chart_widget_set_series (self->chart, series);
  pj_chart_widget_set_dose_rows (self->chart,
                                 pj_chart_dose_rows_from_medicines (medicines, self->from,
                                                                    self->to));
}
