/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-day.h"
#include "pj-dose-pattern.h"

void
pj_dose_pattern_free (PjDosePattern *pattern)
{
  if (pattern == NULL)
    return;
  g_free (pattern->medicine);
  g_free (pattern->text);
  g_free (pattern);
}

/* The pain of the latest check-in in [@minutes - window, @minutes] (@before) or of the first
 * in (@minutes, @minutes + window] (after); PJ_UNSET when there is none. */
static int
pain_near (const PjDay *day,
           int          minutes,
           gboolean     before)
{
  int window = PJ_DOSE_PATTERN_HOURS * 60;
  int found = PJ_UNSET;

  for (guint i = 0; i < day->checkins->len; i++)
    {
      const PjCheckin *checkin = g_ptr_array_index (day->checkins, i);

      if (before && checkin->minutes <= minutes && checkin->minutes >= minutes - window)
        found = checkin->pain;  /* sorted by time: the last one wins */
      else if (!before && checkin->minutes > minutes && checkin->minutes <= minutes + window)
        return checkin->pain;
    }
  return found;
}

static char *
one_decimal (double value)
{
  return g_strdup_printf ("%.1f", value);
}

static PjDosePattern *
evaluate_medicine (GHashTable       *by_date,
                   const PjMedicine *medicine,
                   PjDate            first,
                   PjDate            as_of)
{
  double before = 0, after = 0;
  guint n = 0;
  PjDosePattern *pattern;
  g_autofree char *before_text = NULL, *after_text = NULL;

  for (guint i = 0; i < medicine->doses->len; i++)
    {
      const PjDose *dose = g_ptr_array_index (medicine->doses, i);
      const PjDay *day;
      int pain_before, pain_after;

      if (!dose->taken || dose->date < first || dose->date > as_of)
        continue;
      day = g_hash_table_lookup (by_date, GUINT_TO_POINTER (dose->date));
      if (day == NULL)
        continue;
      pain_before = pain_near (day, dose->minutes, TRUE);
      pain_after = pain_near (day, dose->minutes, FALSE);
      if (pain_before == PJ_UNSET || pain_after == PJ_UNSET)
        continue;
      before += pain_before;
      after += pain_after;
      n++;
    }
  if (n < PJ_DOSE_PATTERN_MIN_DOSES)
    return NULL;

  pattern = g_new0 (PjDosePattern, 1);
  pattern->medicine = g_strdup (medicine->name);
  pattern->n = n;
  pattern->mean_before = before / n;
  pattern->mean_after = after / n;
  before_text = one_decimal (pattern->mean_before);
  after_text = one_decimal (pattern->mean_after);
  pattern->text = g_strdup_printf (
    /* Translators: medicine, number of doses, mean pain before, mean pain after */
    ngettext ("%s: on the %u time in the last 90 days that you logged pain in the 4 hours "
              "before and after a dose, it averaged %s before and %s after. This shows what "
              "went together, not what the medicine does. Take it as the label or your "
              "prescriber says, and ask a pharmacist or doctor before changing how you take it.",
              "%s: on the %u times in the last 90 days that you logged pain in the 4 hours "
              "before and after a dose, it averaged %s before and %s after. This shows what "
              "went together, not what the medicine does. Take it as the label or your "
              "prescriber says, and ask a pharmacist or doctor before changing how you take it.",
              n),
    medicine->name, n, before_text, after_text);
  return pattern;
}

GPtrArray *
pj_dose_patterns_evaluate (GPtrArray *days,
                           GPtrArray *medicines,
                           PjDate     as_of)
{
  GPtrArray *patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_dose_pattern_free);
  g_autoptr (GHashTable) by_date = g_hash_table_new (NULL, NULL);
  PjDate first = as_of > PJ_DOSE_PATTERN_WINDOW ? as_of - (PJ_DOSE_PATTERN_WINDOW - 1) : 1;

  g_return_val_if_fail (days != NULL, patterns);

  for (guint i = 0; i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);

      g_hash_table_insert (by_date, GUINT_TO_POINTER (day->date), (gpointer) day);
    }
  for (guint i = 0; medicines != NULL && i < medicines->len; i++)
    {
      const PjMedicine *medicine = g_ptr_array_index (medicines, i);
      PjDosePattern *pattern;

      if (medicine->regular || medicine->kind == PJ_MEDICINE_KIND_TREATMENT)
        continue;
      pattern = evaluate_medicine (by_date, medicine, first, as_of);
      if (pattern != NULL)
        g_ptr_array_add (patterns, pattern);
    }
  return patterns;
}
