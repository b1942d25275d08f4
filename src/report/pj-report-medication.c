/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-report-builder.h"

/* The Medication section: for each medicine or treatment, how it was used in the range, from
 * the doses the person logged. Only figures: no free text, no advice beyond the standing
 * reminder that changes belong to the prescriber. */

typedef struct
{
  guint  days_used;
  guint  taken;
  guint  skipped;
  guint  relief_n;
  double relief_sum;
} Use;

static Use
count_use (const PjMedicine *medicine,
           PjDate            from,
           PjDate            to)
{
  Use use = { 0 };
  PjDate last_day = PJ_DATE_NONE;

  for (guint i = 0; i < medicine->doses->len; i++)
    {
      const PjDose *dose = g_ptr_array_index (medicine->doses, i);

      if (dose->date < from || dose->date > to)
        continue;
      if (!dose->taken)
        {
          use.skipped++;
          continue;
        }
      use.taken++;
      /* doses come by date, so a new date is a new day used */
      if (dose->date != last_day)
        use.days_used++;
      last_day = dose->date;
      if (dose->relief != PJ_UNSET)
        {
          use.relief_n++;
          use.relief_sum += dose->relief;
        }
    }
  return use;
}

static char *
format_use (const PjMedicine *medicine,
            const Use        *use,
            guint             n_days)
{
  g_autofree char *per_week = pj_report_format_number (use->taken * 7.0 / MAX (n_days, 1));
  g_autoptr (GString) text = g_string_new (NULL);

  /* Translators: days with a dose, days in the report's range */
  g_string_append_printf (text, ngettext ("Used on %u of %u day", "Used on %u of %u days",
                                          n_days), use->days_used, n_days);
  g_string_append (text, "; ");
  /* Translators: doses per week, such as "1.4" */
  g_string_append_printf (text, _("%s doses a week"), per_week);
  if (medicine->regular)
    {
      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%u regular dose skipped",
                                              "%u regular doses skipped", use->skipped),
                              use->skipped);
    }
  g_string_append (text, "; ");
  if (use->relief_n > 0)
    {
      g_autofree char *mean = pj_report_format_number (use->relief_sum / use->relief_n);

      /* Translators: mean relief out of 10, then how many doses it was reported for */
      g_string_append_printf (text, ngettext ("mean relief %s of 10 (%u report)",
                                              "mean relief %s of 10 (%u reports)",
                                              use->relief_n), mean, use->relief_n);
    }
  else
    g_string_append (text, _("no relief reported"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_name (const PjMedicine *medicine)
{
  g_autofree char *amount = pj_medicine_format_amount (medicine->amount, medicine->unit);

  if (medicine->regular)
    {
      g_autofree char *times = pj_medicine_format_times (medicine);

      g_strdelimit (times, ";", ' ');
      /* Translators: name, usual dose such as "10 mg", times such as "21:00" */
      return g_strdup_printf (_("%s, %s at %s"), medicine->name, amount, times);
    }
  /* Translators: name, usual dose such as "400 mg" */
  return g_strdup_printf (_("%s, %s as needed"), medicine->name, amount);
}

void
pj_report_add_medication (PjReportBuilder *builder)
{
  const PjReportOptions *options = builder->options;
  guint n_days = options->to - options->from + 1;
  g_autoptr (GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) pairs = g_ptr_array_new ();

  if (builder->medicines == NULL || builder->medicines->len == 0)
    return;
  for (guint i = 0; i < builder->medicines->len; i++)
    {
      const PjMedicine *medicine = g_ptr_array_index (builder->medicines, i);
      Use use = count_use (medicine, options->from, options->to);
      char *name, *value;

      if (use.taken == 0 && use.skipped == 0 && medicine->archived)
        continue;
      name = format_name (medicine);
      value = format_use (medicine, &use, n_days);
      g_ptr_array_add (strings, name);
      g_ptr_array_add (strings, value);
      g_ptr_array_add (pairs, name);
      g_ptr_array_add (pairs, value);
    }
  if (pairs->len == 0)
    return;
  g_ptr_array_add (pairs, NULL);
  pj_report_add_heading (builder, _("Medication"));
  pj_report_add_lead_in (builder, PJ_TEXT_SMALL,
                         _("From the doses the person logged in the app. The app never "
                           "suggests a dose; any change is for the prescriber to decide."));
  pj_report_add_key_values (builder, (const char * const *) pairs->pdata);
}
