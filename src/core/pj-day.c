/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-day.h"
#include "pj-error.h"

G_DEFINE_BOXED_TYPE (PjCheckin, pj_checkin, pj_checkin_copy, pj_checkin_free)
G_DEFINE_BOXED_TYPE (PjDay, pj_day, pj_day_copy, pj_day_free)

#define DAY_FIELD(name, label, type, min, max, kind) \
  { #name, label, type, min, max, kind, G_STRUCT_OFFSET (PjDay, name), FALSE }
#define CHECKIN_FIELD(name, label, type, min, max, kind, required) \
  { #name, label, type, min, max, kind, G_STRUCT_OFFSET (PjCheckin, name), required }

/* Ranges are data-format.md §1; the database's CHECK constraints mirror them. */
static const PjFieldInfo day_fields[] = {
  DAY_FIELD (sitting_hours, N_("Sitting hours"), PJ_FIELD_DECIMAL, 0, 24, 0),
  DAY_FIELD (screen_hours, N_("Screen hours"), PJ_FIELD_DECIMAL, 0, 24, 0),
  DAY_FIELD (posture, N_("Posture"), PJ_FIELD_INTEGER, 1, 5, 0),
  DAY_FIELD (breaks, N_("Movement breaks"), PJ_FIELD_INTEGER, 0, 100, 0),
  DAY_FIELD (exercise_minutes, N_("Exercise minutes"), PJ_FIELD_INTEGER, 0, 1440, 0),
  DAY_FIELD (activities, N_("Activities"), PJ_FIELD_SET, 0, 0, PJ_CODE_KIND_ACTIVITY),
  DAY_FIELD (self_care, N_("Self-care"), PJ_FIELD_SET, 0, 0, PJ_CODE_KIND_SELF_CARE),
  DAY_FIELD (medication, N_("Medication"), PJ_FIELD_TEXT, 0, 500, 0),
  DAY_FIELD (sleep_hours, N_("Sleep hours"), PJ_FIELD_DECIMAL, 0, 24, 0),
  DAY_FIELD (sleep_quality, N_("Sleep quality"), PJ_FIELD_INTEGER, 0, 10, 0),
  DAY_FIELD (stress, N_("Stress"), PJ_FIELD_INTEGER, 0, 10, 0),
  DAY_FIELD (enjoyment_interference, N_("Interference with enjoyment of life"),
             PJ_FIELD_INTEGER, 0, 10, 0),
  DAY_FIELD (activity_interference, N_("Interference with general activity"),
             PJ_FIELD_INTEGER, 0, 10, 0),
  DAY_FIELD (note, N_("Day note"), PJ_FIELD_TEXT, 0, 0, 0),
};

static const PjFieldInfo checkin_fields[] = {
  { "time", N_("Time"), PJ_FIELD_TIME, 0, 24 * 60 - 1, 0, G_STRUCT_OFFSET (PjCheckin, minutes),
    TRUE },
  CHECKIN_FIELD (pain, N_("Pain"), PJ_FIELD_INTEGER, 0, 10, 0, TRUE),
  CHECKIN_FIELD (locations, N_("Locations"), PJ_FIELD_SET, 0, 0, PJ_CODE_KIND_LOCATION, FALSE),
  CHECKIN_FIELD (qualities, N_("Qualities"), PJ_FIELD_SET, 0, 0, PJ_CODE_KIND_QUALITY, FALSE),
  CHECKIN_FIELD (symptoms, N_("Warning symptoms"), PJ_FIELD_SET, 0, 0, PJ_CODE_KIND_SYMPTOM,
                 FALSE),
  CHECKIN_FIELD (note, N_("Check-in note"), PJ_FIELD_TEXT, 0, 0, 0, FALSE),
};

const PjFieldInfo *
pj_day_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (day_fields);
  return day_fields;
}

const PjFieldInfo *
pj_checkin_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (checkin_fields);
  return checkin_fields;
}

const PjFieldInfo *
pj_field_lookup (const PjFieldInfo *fields,
                 guint              n_fields,
                 const char        *name)
{
  for (guint i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].name, name))
      return &fields[i];
  return NULL;
}

/* ----- Check-ins ----- */

PjCheckin *
pj_checkin_new (PjDate date,
                int    minutes,
                int    pain)
{
  PjCheckin *checkin = g_new0 (PjCheckin, 1);

  checkin->date = date;
  checkin->minutes = minutes;
  checkin->pain = pain;
  return checkin;
}

PjCheckin *
pj_checkin_copy (const PjCheckin *checkin)
{
  PjCheckin *copy;

  g_return_val_if_fail (checkin != NULL, NULL);

  copy = g_memdup2 (checkin, sizeof *checkin);
  copy->note = g_strdup (checkin->note);
  return copy;
}

void
pj_checkin_free (PjCheckin *checkin)
{
  if (checkin == NULL)
    return;
  g_free (checkin->note);
  g_free (checkin);
}

gboolean
pj_checkin_equal (const PjCheckin *a,
                  const PjCheckin *b)
{
  return a->date == b->date && a->minutes == b->minutes && a->pain == b->pain &&
         a->locations == b->locations && a->qualities == b->qualities &&
         a->symptoms == b->symptoms && g_strcmp0 (a->note, b->note) == 0;
}

/* ----- Days ----- */

PjDay *
pj_day_new (PjDate date)
{
  PjDay *day = g_new0 (PjDay, 1);

  day->date = date;
  for (guint i = 0; i < G_N_ELEMENTS (day_fields); i++)
    pj_field_unset (day, &day_fields[i]);
  day->checkins = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_checkin_free);
  return day;
}

PjDay *
pj_day_copy (const PjDay *day)
{
  PjDay *copy;

  g_return_val_if_fail (day != NULL, NULL);

  copy = g_memdup2 (day, sizeof *day);
  copy->medication = g_strdup (day->medication);
  copy->note = g_strdup (day->note);
  copy->checkins = g_ptr_array_new_full (day->checkins->len, (GDestroyNotify) pj_checkin_free);
  for (guint i = 0; i < day->checkins->len; i++)
    g_ptr_array_add (copy->checkins, pj_checkin_copy (g_ptr_array_index (day->checkins, i)));
  return copy;
}

void
pj_day_free (PjDay *day)
{
  if (day == NULL)
    return;
  g_free (day->medication);
  g_free (day->note);
  g_ptr_array_unref (day->checkins);
  g_free (day);
}

gboolean
pj_day_equal (const PjDay *a,
              const PjDay *b,
              gboolean     with_checkins)
{
  if (a->date != b->date)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (day_fields); i++)
    {
      g_autofree char *text_a = pj_field_format (a, &day_fields[i]);
      g_autofree char *text_b = pj_field_format (b, &day_fields[i]);

      if (g_strcmp0 (text_a, text_b) != 0)
        return FALSE;
    }

  if (!with_checkins)
    return TRUE;
  if (a->checkins->len != b->checkins->len)
    return FALSE;
  for (guint i = 0; i < a->checkins->len; i++)
    if (!pj_checkin_equal (g_ptr_array_index (a->checkins, i),
                           g_ptr_array_index (b->checkins, i)))
      return FALSE;
  return TRUE;
}

gboolean
pj_day_factors_empty (const PjDay *day)
{
  for (guint i = 0; i < G_N_ELEMENTS (day_fields); i++)
    if (pj_field_is_set (day, &day_fields[i]))
      return FALSE;
  return TRUE;
}

static int
compare_checkins_by_time (gconstpointer a,
                          gconstpointer b)
{
  const PjCheckin *checkin_a = *(PjCheckin * const *) a;
  const PjCheckin *checkin_b = *(PjCheckin * const *) b;

  return checkin_a->minutes - checkin_b->minutes;
}

void
pj_day_sort_checkins (PjDay *day)
{
  g_ptr_array_sort (day->checkins, compare_checkins_by_time);
}

void
pj_day_add_checkin (PjDay     *day,
                    PjCheckin *checkin)
{
  g_return_if_fail (day != NULL);
  g_return_if_fail (checkin != NULL);

  checkin->date = day->date;
  g_ptr_array_add (day->checkins, checkin);
  pj_day_sort_checkins (day);
}

double
pj_day_pain_mean (const PjDay *day)
{
  int sum = 0;

  if (day->checkins->len == 0)
    return NAN;
  for (guint i = 0; i < day->checkins->len; i++)
    sum += ((PjCheckin *) g_ptr_array_index (day->checkins, i))->pain;
  return (double) sum / day->checkins->len;
}

static int
pain_extreme (const PjDay *day,
              gboolean     worst)
{
  int result = PJ_UNSET;

  for (guint i = 0; i < day->checkins->len; i++)
    {
      int pain = ((PjCheckin *) g_ptr_array_index (day->checkins, i))->pain;

      if (result == PJ_UNSET || (worst ? pain > result : pain < result))
        result = pain;
    }
  return result;
}

int
pj_day_pain_worst (const PjDay *day)
{
  return pain_extreme (day, TRUE);
}

int
pj_day_pain_least (const PjDay *day)
{
  return pain_extreme (day, FALSE);
}

double
pj_day_peg (const PjDay *day)
{
  double pain = pj_day_pain_mean (day);

  if (isnan (pain) || !pj_is_set_int (day->enjoyment_interference) ||
      !pj_is_set_int (day->activity_interference))
    return NAN;
  return (pain + day->enjoyment_interference + day->activity_interference) / 3.0;
}

static PjCodeSet
union_of_checkins (const PjDay *day,
                   gsize        offset)
{
  PjCodeSet set = 0;

  for (guint i = 0; i < day->checkins->len; i++)
    set |= *(PjCodeSet *) (gpointer) ((guint8 *) g_ptr_array_index (day->checkins, i) + offset);
  return set;
}

PjCodeSet
pj_day_symptoms (const PjDay *day)
{
  return union_of_checkins (day, G_STRUCT_OFFSET (PjCheckin, symptoms));
}

PjCodeSet
pj_day_locations (const PjDay *day)
{
  return union_of_checkins (day, G_STRUCT_OFFSET (PjCheckin, locations));
}

PjCodeSet
pj_day_qualities (const PjDay *day)
{
  return union_of_checkins (day, G_STRUCT_OFFSET (PjCheckin, qualities));
}

/* ----- Generic field access ----- */

gboolean
pj_field_is_set (gconstpointer      record,
                 const PjFieldInfo *info)
{
  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      return !isnan (*PJ_FIELD_PTR (record, info, const double));
    case PJ_FIELD_INTEGER:
    case PJ_FIELD_TIME:
      return *PJ_FIELD_PTR (record, info, const int) != PJ_UNSET;
    case PJ_FIELD_SET:
      return *PJ_FIELD_PTR (record, info, const PjCodeSet) != 0;
    case PJ_FIELD_TEXT:
      return *PJ_FIELD_PTR (record, info, char * const) != NULL;
    default:
      g_assert_not_reached ();
    }
}

void
pj_field_unset (gpointer           record,
                const PjFieldInfo *info)
{
  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      *PJ_FIELD_PTR (record, info, double) = NAN;
      break;
    case PJ_FIELD_INTEGER:
    case PJ_FIELD_TIME:
      *PJ_FIELD_PTR (record, info, int) = PJ_UNSET;
      break;
    case PJ_FIELD_SET:
      *PJ_FIELD_PTR (record, info, PjCodeSet) = 0;
      break;
    case PJ_FIELD_TEXT:
      g_clear_pointer (PJ_FIELD_PTR (record, info, char *), g_free);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
check_range (const PjFieldInfo *info,
             double             value,
             const char        *text,
             GError           **error)
{
  if (value < info->min || value > info->max)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s must be between %g and %g, not %s"),
                   _(info->label), info->min, info->max, text);
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_field_parse (gpointer           record,
                const PjFieldInfo *info,
                const char        *text,
                GError           **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  /* Text keeps its spaces exactly; every other type ignores the ones around it. */
  if (info->type == PJ_FIELD_TEXT)
    {
      if (text == NULL || *text == '\0')
        {
          pj_field_unset (record, info);
          return TRUE;
        }
      if (info->max > 0 && g_utf8_strlen (text, -1) > (glong) info->max)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("%s is longer than %g characters"), _(info->label), info->max);
          return FALSE;
        }
      if (!g_utf8_validate (text, -1, NULL))
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("%s is not valid UTF-8 text"), _(info->label));
          return FALSE;
        }
      g_free (*PJ_FIELD_PTR (record, info, char *));
      *PJ_FIELD_PTR (record, info, char *) = g_strdup (text);
      return TRUE;
    }

  if (*stripped == '\0')
    {
      if (info->required)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("%s is required"), _(info->label));
          return FALSE;
        }
      pj_field_unset (record, info);
      return TRUE;
    }

  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      {
        char *end = NULL;
        double value = g_ascii_strtod (stripped, &end);

        if (end == stripped || *end != '\0' || !isfinite (value))
          {
            g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                         _("%s must be a number, not “%s”"), _(info->label), stripped);
            return FALSE;
          }
        if (!check_range (info, value, stripped, error))
          return FALSE;
        *PJ_FIELD_PTR (record, info, double) = value;
        return TRUE;
      }
    case PJ_FIELD_INTEGER:
      {
        gint64 value;

        if (!g_ascii_string_to_signed (stripped, 10, G_MININT, G_MAXINT, &value, NULL))
          {
            g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                         _("%s must be a whole number, not “%s”"), _(info->label), stripped);
            return FALSE;
          }
        if (!check_range (info, value, stripped, error))
          return FALSE;
        *PJ_FIELD_PTR (record, info, int) = (int) value;
        return TRUE;
      }
    case PJ_FIELD_TIME:
      {
        int minutes;
        g_autoptr (GError) local_error = NULL;

        if (!pj_time_parse (stripped, &minutes, &local_error))
          {
            g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, "%s: %s",
                         _(info->label), local_error->message);
            return FALSE;
          }
        *PJ_FIELD_PTR (record, info, int) = minutes;
        return TRUE;
      }
    case PJ_FIELD_SET:
      return pj_code_set_parse (info->code_kind, stripped,
                                PJ_FIELD_PTR (record, info, PjCodeSet), error);
    case PJ_FIELD_TEXT:
    default:
      g_assert_not_reached ();
    }
}

char *
pj_field_format (gconstpointer      record,
                 const PjFieldInfo *info)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!pj_field_is_set (record, info))
    return NULL;

  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      {
        /* Shortest text that reads back to the same double, so exports round-trip exactly:
         * g_ascii_dtostr() alone always uses 17 digits and writes 7.3 as 7.2999999999999998. */
        static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
        double value = *PJ_FIELD_PTR (record, info, const double);

        for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
          {
            g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
            if (g_ascii_strtod (buffer, NULL) == value)
              break;
          }
        return g_strdup (buffer);
      }
    case PJ_FIELD_INTEGER:
      return g_strdup_printf ("%d", *PJ_FIELD_PTR (record, info, const int));
    case PJ_FIELD_TIME:
      {
        char time_text[PJ_TIME_TEXT_LEN];

        pj_time_format (*PJ_FIELD_PTR (record, info, const int), time_text);
        return g_strdup (time_text);
      }
    case PJ_FIELD_SET:
      return pj_code_set_format (info->code_kind, *PJ_FIELD_PTR (record, info, const PjCodeSet));
    case PJ_FIELD_TEXT:
      return g_strdup (*PJ_FIELD_PTR (record, info, char * const));
    default:
      g_assert_not_reached ();
    }
}

/* ----- Validation ----- */

gboolean
pj_field_validate (gconstpointer      record,
                   const PjFieldInfo *info,
                   GError           **error)
{
  g_autofree char *text = NULL;

  if (!pj_field_is_set (record, info))
    {
      if (info->required)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s is required"), _(info->label));
          return FALSE;
        }
      return TRUE;
    }

  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      {
        double value = *PJ_FIELD_PTR (record, info, const double);

        if (!isfinite (value))
          {
            g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s must be a number"),
                         _(info->label));
            return FALSE;
          }
        text = pj_field_format (record, info);
        return check_range (info, value, text, error);
      }
    case PJ_FIELD_INTEGER:
    case PJ_FIELD_TIME:
      text = g_strdup_printf ("%d", *PJ_FIELD_PTR (record, info, const int));
      return check_range (info, *PJ_FIELD_PTR (record, info, const int), text, error);
    case PJ_FIELD_SET:
      if ((*PJ_FIELD_PTR (record, info, const PjCodeSet) & ~pj_codes_all (info->code_kind)) != 0)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s contains an unknown code"),
                       _(info->label));
          return FALSE;
        }
      return TRUE;
    case PJ_FIELD_TEXT:
      {
        const char *value = *PJ_FIELD_PTR (record, info, char * const);

        if (!g_utf8_validate (value, -1, NULL))
          {
            g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s is not valid UTF-8 text"),
                         _(info->label));
            return FALSE;
          }
        if (info->max > 0 && g_utf8_strlen (value, -1) > (glong) info->max)
          {
            g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                         _("%s is longer than %g characters"), _(info->label), info->max);
            return FALSE;
          }
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

static gboolean
validate_date (PjDate   date,
               PjDate   today,
               GError **error)
{
  if (!g_date_valid_julian (date))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("The date is missing or not valid"));
      return FALSE;
    }
  if (date > today)
    {
      char iso[PJ_DATE_ISO_LEN];

      pj_date_format_iso (date, iso);
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("The date %s is in the future; entries can only be made up to today"), iso);
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_checkin_validate (const PjCheckin *checkin,
                     PjDate           today,
                     GError         **error)
{
  g_return_val_if_fail (checkin != NULL, FALSE);

  if (!validate_date (checkin->date, today, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (checkin_fields); i++)
    if (!pj_field_validate (checkin, &checkin_fields[i], error))
      return FALSE;
  return TRUE;
}

gboolean
pj_day_validate (const PjDay *day,
                 PjDate       today,
                 GError     **error)
{
  g_return_val_if_fail (day != NULL, FALSE);

  if (!validate_date (day->date, today, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (day_fields); i++)
    if (!pj_field_validate (day, &day_fields[i], error))
      return FALSE;
  for (guint i = 0; i < day->checkins->len; i++)
    {
      PjCheckin *checkin = g_ptr_array_index (day->checkins, i);

      if (checkin->date != day->date)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("A check-in belongs to a different day than the one being saved"));
          return FALSE;
        }
      if (!pj_checkin_validate (checkin, today, error))
        return FALSE;
    }
  return TRUE;
}
