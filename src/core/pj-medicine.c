/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-day.h"
#include "pj-error.h"
#include "pj-json-writer.h"
#include "pj-medicine.h"

G_DEFINE_BOXED_TYPE (PjDose, pj_dose, pj_dose_copy, pj_dose_free)
G_DEFINE_BOXED_TYPE (PjMedicine, pj_medicine, pj_medicine_copy, pj_medicine_free)

typedef struct
{
  const char *name;
  const char *label;
} Code;

static const Code kinds[PJ_N_MEDICINE_KINDS] = {
  { "pain_reliever", N_("Pain reliever") },
  { "anti_inflammatory", N_("Anti-inflammatory") },
  { "muscle_relaxant", N_("Muscle relaxant") },
  { "other", N_("Other medicine") },
  { "treatment", N_("Treatment (not a medicine)") },
};

static const Code forms[PJ_N_MEDICINE_FORMS] = {
  { "tablet", N_("Tablet") },
  { "capsule", N_("Capsule") },
  { "liquid", N_("Liquid") },
  { "gel", N_("Gel or cream") },
  { "patch", N_("Patch") },
  { "spray", N_("Spray") },
  { "injection", N_("Injection") },
  { "drops", N_("Drops") },
  { "other", N_("Other form") },
};

typedef struct
{
  const char *name;
  double      min;
  double      max;
} Unit;

static const Unit units[PJ_N_DOSE_UNITS] = {
  { "mg", 0.01, 10000 },
  { "g", 0.001, 100 },
  { "mcg", 0.1, 100000 },
  { "ml", 0.1, 1000 },
  { "tablet", 0.25, 20 },
  { "drop", 1, 100 },
  { "puff", 1, 20 },
  { "patch", 0.25, 10 },
  { "min", 1, 600 },
};

static int
lookup (const Code *codes,
        guint       n,
        const char *name)
{
  for (guint i = 0; name != NULL && i < n; i++)
    if (g_str_equal (codes[i].name, name))
      return (int) i;
  return -1;
}

const char *
pj_medicine_kind_name (PjMedicineKind kind)
{
  g_return_val_if_fail (kind >= 0 && kind < PJ_N_MEDICINE_KINDS, NULL);
  return kinds[kind].name;
}

const char *
pj_medicine_kind_label (PjMedicineKind kind)
{
  g_return_val_if_fail (kind >= 0 && kind < PJ_N_MEDICINE_KINDS, NULL);
  return _(kinds[kind].label);
}

int
pj_medicine_kind_from_name (const char *name)
{
  return lookup (kinds, PJ_N_MEDICINE_KINDS, name);
}

const char *
pj_medicine_form_name (PjMedicineForm form)
{
  g_return_val_if_fail (form >= 0 && form < PJ_N_MEDICINE_FORMS, NULL);
  return forms[form].name;
}

const char *
pj_medicine_form_label (PjMedicineForm form)
{
  g_return_val_if_fail (form >= 0 && form < PJ_N_MEDICINE_FORMS, NULL);
  return _(forms[form].label);
}

int
pj_medicine_form_from_name (const char *name)
{
  return lookup (forms, PJ_N_MEDICINE_FORMS, name);
}

const char *
pj_dose_unit_name (PjDoseUnit unit)
{
  g_return_val_if_fail (unit >= 0 && unit < PJ_N_DOSE_UNITS, NULL);
  return units[unit].name;
}

int
pj_dose_unit_from_name (const char *name)
{
  for (guint i = 0; name != NULL && i < PJ_N_DOSE_UNITS; i++)
    if (g_str_equal (units[i].name, name))
      return (int) i;
  return -1;
}

void
pj_dose_unit_range (PjDoseUnit unit,
                    double    *out_min,
                    double    *out_max)
{
  g_return_if_fail (unit >= 0 && unit < PJ_N_DOSE_UNITS);
  *out_min = units[unit].min;
  *out_max = units[unit].max;
}

char *
pj_medicine_format_amount (double     amount,
                           PjDoseUnit unit)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (unit >= 0 && unit < PJ_N_DOSE_UNITS, NULL);
  pj_json_append_double (text, amount);
  g_string_append_printf (text, " %s", units[unit].name);
  return g_string_free (text, FALSE);
}

/* ----- Doses ----- */

PjDose *
pj_dose_new (gint64 medicine_id,
             PjDate date,
             int    minutes)
{
  PjDose *dose = g_new0 (PjDose, 1);

  dose->medicine_id = medicine_id;
  dose->date = date;
  dose->minutes = minutes;
  dose->taken = TRUE;
  dose->amount = NAN;
  dose->unit = PJ_DOSE_UNIT_MG;
  dose->relief = PJ_UNSET;
  return dose;
}

PjDose *
pj_dose_copy (const PjDose *dose)
{
  return g_memdup2 (dose, sizeof *dose);
}

void
pj_dose_free (PjDose *dose)
{
  g_free (dose);
}

static gboolean
same_amount (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

gboolean
pj_dose_equal (const PjDose *a,
               const PjDose *b)
{
  return a->date == b->date && a->minutes == b->minutes && a->taken == b->taken &&
         same_amount (a->amount, b->amount) && a->unit == b->unit && a->relief == b->relief;
}

/* ----- Medicines ----- */

PjMedicine *
pj_medicine_new (const char *name)
{
  PjMedicine *medicine = g_new0 (PjMedicine, 1);

  medicine->name = g_strdup (name);
  medicine->kind = PJ_MEDICINE_KIND_PAIN_RELIEVER;
  medicine->form = PJ_MEDICINE_FORM_NONE;
  medicine->amount = NAN;
  medicine->unit = PJ_DOSE_UNIT_MG;
  medicine->doses = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_dose_free);
  return medicine;
}

PjMedicine *
pj_medicine_copy (const PjMedicine *medicine)
{
  PjMedicine *copy = g_memdup2 (medicine, sizeof *medicine);

  copy->name = g_strdup (medicine->name);
  copy->doses = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_dose_free);
  for (guint i = 0; i < medicine->doses->len; i++)
    g_ptr_array_add (copy->doses, pj_dose_copy (g_ptr_array_index (medicine->doses, i)));
  return copy;
}

void
pj_medicine_free (PjMedicine *medicine)
{
  if (medicine == NULL)
    return;
  g_free (medicine->name);
  g_ptr_array_unref (medicine->doses);
  g_free (medicine);
}

gboolean
pj_medicine_equal (const PjMedicine *a,
                   const PjMedicine *b)
{
  if (g_strcmp0 (a->name, b->name) != 0 || a->kind != b->kind || a->form != b->form ||
      !same_amount (a->amount, b->amount) || a->unit != b->unit || a->regular != b->regular ||
      a->archived != b->archived || a->n_times != b->n_times)
    return FALSE;
  for (guint i = 0; i < a->n_times; i++)
    if (a->times[i] != b->times[i])
      return FALSE;
  return TRUE;
}

PjDose *
pj_medicine_new_usual_dose (const PjMedicine *medicine,
                            PjDate            date,
                            int               minutes)
{
  PjDose *dose = pj_dose_new (medicine->id, date, minutes);

  dose->amount = medicine->amount;
  dose->unit = medicine->unit;
  return dose;
}

char *
pj_medicine_format_times (const PjMedicine *medicine)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < medicine->n_times; i++)
    {
      char time[PJ_TIME_TEXT_LEN];

      pj_time_format (medicine->times[i], time);
      g_string_append_printf (text, "%s%s", i ? ";" : "", time);
    }
  return g_string_free (text, FALSE);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

gboolean
pj_medicine_parse_times (PjMedicine *medicine,
                         const char *text,
                         GError    **error)
{
  g_auto (GStrv) parts = NULL;
  int times[PJ_MEDICINE_MAX_TIMES];
  guint n = 0;

  if (text == NULL || *text == '\0')
    {
      medicine->n_times = 0;
      return TRUE;
    }
  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr (GError) local_error = NULL;
      int minutes;

      if (n == PJ_MEDICINE_MAX_TIMES)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       ngettext ("A regular medicine has at most %d time a day",
                                 "A regular medicine has at most %d times a day",
                                 PJ_MEDICINE_MAX_TIMES), PJ_MEDICINE_MAX_TIMES);
          return FALSE;
        }
      if (!pj_time_parse (g_strstrip (parts[i]), &minutes, &local_error))
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("Times: %s"), local_error->message);
          return FALSE;
        }
      for (guint j = 0; j < n; j++)
        if (times[j] == minutes)
          {
            g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("Times: %s is there twice"),
                         parts[i]);
            return FALSE;
          }
      times[n++] = minutes;
    }
  qsort (times, n, sizeof (int), compare_ints);
  memcpy (medicine->times, times, n * sizeof (int));
  medicine->n_times = n;
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
validate_amount (double      amount,
                 PjDoseUnit  unit,
                 GError    **error)
{
  g_autoptr (GString) min_text = g_string_new (NULL);
  g_autoptr (GString) max_text = g_string_new (NULL);
  g_autoptr (GString) value = g_string_new (NULL);

  if (unit < 0 || unit >= PJ_N_DOSE_UNITS)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("Unit: this is not a known unit"));
      return FALSE;
    }
  if (!isnan (amount) && amount >= units[unit].min && amount <= units[unit].max)
    return TRUE;
  pj_json_append_double (min_text, units[unit].min);
  pj_json_append_double (max_text, units[unit].max);
  if (isnan (amount))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("Amount: a dose needs an amount"));
      return FALSE;
    }
  pj_json_append_double (value, amount);
  /* TRANSLATORS: amount, smallest, largest, unit such as "mg" */
  g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
               _("Amount: %s is outside %s to %s %s"), value->str, min_text->str, max_text->str,
               units[unit].name);
  return FALSE;
}

gboolean
pj_medicine_validate (const PjMedicine *medicine,
                      GError          **error)
{
  g_return_val_if_fail (medicine != NULL, FALSE);

  if (medicine->name == NULL || !g_utf8_validate (medicine->name, -1, NULL) ||
      is_blank (medicine->name))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("Name: a medicine needs a name"));
      return FALSE;
    }
  if (g_utf8_strlen (medicine->name, -1) > PJ_MEDICINE_NAME_MAX)
    {
      /* Cut at a character, not a byte: "%.20s" could split an "ä" in two. */
      g_autofree char *start = g_utf8_substring (medicine->name, 0, 20);

      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Name: “%s…” is longer than %d characters"), start, PJ_MEDICINE_NAME_MAX);
      return FALSE;
    }
  if (medicine->kind < 0 || medicine->kind >= PJ_N_MEDICINE_KINDS ||
      medicine->form < PJ_MEDICINE_FORM_NONE || medicine->form >= PJ_N_MEDICINE_FORMS)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("Kind: this is not a known kind"));
      return FALSE;
    }
  if (!validate_amount (medicine->amount, medicine->unit, error))
    return FALSE;
  if (medicine->regular && medicine->n_times == 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Times: a regular medicine needs at least one time of day"));
      return FALSE;
    }
  if (!medicine->regular && medicine->n_times > 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Times: a medicine taken as needed has no fixed times"));
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_dose_validate (const PjDose *dose,
                  PjDate        today,
                  GError      **error)
{
  g_return_val_if_fail (dose != NULL, FALSE);

  if (!g_date_valid_julian (dose->date) || dose->date > today)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Date: a dose must be on a real date, not after today"));
      return FALSE;
    }
  if (dose->minutes < 0 || dose->minutes >= 24 * 60)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Time: use the form HH:MM from 00:00 to 23:59"));
      return FALSE;
    }
  if (dose->taken)
    {
      if (!validate_amount (dose->amount, dose->unit, error))
        return FALSE;
    }
  else if (!isnan (dose->amount) || dose->relief != PJ_UNSET)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Status: a skipped dose has no amount and no relief"));
      return FALSE;
    }
  if (dose->unit < 0 || dose->unit >= PJ_N_DOSE_UNITS)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("Unit: this is not a known unit"));
      return FALSE;
    }
  if (dose->relief != PJ_UNSET && (dose->relief < 0 || dose->relief > 10))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Relief: %d is outside 0 to 10"), dose->relief);
      return FALSE;
    }
  return TRUE;
}
