/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-report-settings.h"

static gboolean
birth_year_from_setting (GValue   *value,
                         GVariant *variant,
                         gpointer  user_data)
{
  int year = g_variant_get_int32 (variant);

  g_value_take_string (value, year > 0 ? g_strdup_printf ("%d", year) : g_strdup (""));
  return TRUE;
}

static GVariant *
birth_year_to_setting (const GValue       *value,
                       const GVariantType *type,
                       gpointer            user_data)
{
  gint64 year = g_ascii_strtoll (g_value_get_string (value), NULL, 10);

  /* Anything that is not a plausible year simply leaves it out of the report. */
  return g_variant_new_int32 (year >= 1900 && year <= 2100 ? (gint32) year : 0);
}

static const char *const paper_names[] = { "", "a4", "letter" };

static gboolean
paper_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *name = g_variant_get_string (variant, NULL);

  g_value_set_uint (value, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paper_names); i++)
    if (g_strcmp0 (name, paper_names[i]) == 0)
      g_value_set_uint (value, i);
  return TRUE;
}

static GVariant *
paper_to_setting (const GValue       *value,
                  const GVariantType *type,
                  gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  return g_variant_new_string (paper_names[index < G_N_ELEMENTS (paper_names) ? index : 0]);
}

void
pj_report_settings_bind (GSettings   *settings,
                         AdwEntryRow *name_row,
                         AdwEntryRow *birth_year_row,
                         GObject     *paper)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind (settings, "report-name", name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "report-birth-year", birth_year_row, "text",
                                G_SETTINGS_BIND_DEFAULT, birth_year_from_setting,
                                birth_year_to_setting, NULL, NULL);
  g_settings_bind_with_mapping (settings, "paper", paper, "selected",
                                G_SETTINGS_BIND_DEFAULT, paper_from_setting, paper_to_setting,
                                NULL, NULL);
}
