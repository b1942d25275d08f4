/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-day.h"
#include "pj-error.h"
#include "pj-field.h"
#include "pj-text-excerpt.h"

#define DAY_FIELD(name, label, type, min, max, kind) \
  { #name, label, type, min, max, kind, G_STRUCT_OFFSET (PjDay, name), FALSE }
#define CHECKIN_FIELD(name, label, type, min, max, kind, required) \
  { #name, label, type, min, max, kind, G_STRUCT_OFFSET (PjCheckin, name), required }

/* Ranges are data-format.md §1; the database's CHECK constraints mirror them. */
static const PjFieldInfo day_fields[] = {
  /* Translators: the names of the day's fields, in error messages such as "Sitting hours
   * must be between 0 and 24" */
  DAY_FIELD (sitting_hours, N_("Sitting hours"), PJ_FIELD_DECIMAL, 0, 24, 0),
  DAY_FIELD (screen_hours, N_("Screen hours"), PJ_FIELD_DECIMAL, 0, 24, 0),
  /* Translators: the posture rating of the day, 1 to 5 */
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
  /* Translators: the names of a check-in's fields, in error messages such as "Pain must be
   * between 0 and 10" */
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
      g_autofree char *shown = pj_text_excerpt (text);

      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s must be between %g and %g, not %s"),
                   _(info->label), info->min, info->max, shown);
      return FALSE;
    }
  return TRUE;
}

/* The rules for a text value, shared by parsing and validation. UTF-8 is checked first: the
 * length is counted in characters. */
static gboolean
check_text (const PjFieldInfo *info,
            const char        *text,
            GError           **error)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s is not valid UTF-8 text"),
                   _(info->label));
      return FALSE;
    }
  if (info->max > 0 && g_utf8_strlen (text, -1) > (glong) info->max)
    {
      guint max = (guint) info->max;

      /* Translators: a field's name, then its longest length, "Notes is longer than 2000
       * characters" */
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   ngettext ("%s is longer than %u character", "%s is longer than %u characters",
                             max), _(info->label), max);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_decimal (gpointer           record,
               const PjFieldInfo *info,
               const char        *text,
               GError           **error)
{
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  if (end == text || *end != '\0' || !isfinite (value))
    {
      g_autofree char *shown = pj_text_excerpt (text);

      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s must be a number, not “%s”"), _(info->label), shown);
      return FALSE;
    }
  if (!check_range (info, value, text, error))
    return FALSE;
  *PJ_FIELD_PTR (record, info, double) = value;
  return TRUE;
}

static gboolean
parse_integer (gpointer           record,
               const PjFieldInfo *info,
               const char        *text,
               GError           **error)
{
  gint64 value;

  if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &value, NULL))
    {
      g_autofree char *shown = pj_text_excerpt (text);

      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s must be a whole number, not “%s”"), _(info->label), shown);
      return FALSE;
    }
  if (!check_range (info, value, text, error))
    return FALSE;
  *PJ_FIELD_PTR (record, info, int) = (int) value;
  return TRUE;
}

static gboolean
parse_time (gpointer           record,
            const PjFieldInfo *info,
            const char        *text,
            GError           **error)
{
  g_autoptr (GError) local_error = NULL;
  int minutes;

  if (!pj_time_parse (text, &minutes, &local_error))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, "%s: %s", _(info->label),
                   local_error->message);
      return FALSE;
    }
  *PJ_FIELD_PTR (record, info, int) = minutes;
  return TRUE;
}

gboolean
pj_field_parse (gpointer           record,
                const PjFieldInfo *info,
                const char        *text,
                GError           **error)
{
  g_autofree char *stripped = NULL;

  /* Text keeps its spaces exactly; every other type ignores the ones around it. */
  if (info->type == PJ_FIELD_TEXT)
    {
      if (text == NULL || *text == '\0')
        {
          pj_field_unset (record, info);
          return TRUE;
        }
      if (!check_text (info, text, error))
        return FALSE;
      g_free (*PJ_FIELD_PTR (record, info, char *));
      *PJ_FIELD_PTR (record, info, char *) = g_strdup (text);
      return TRUE;
    }

  stripped = g_strstrip (g_strdup (text ? text : ""));
  if (*stripped == '\0')
    {
      if (info->required)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s is required"), _(info->label));
          return FALSE;
        }
      pj_field_unset (record, info);
      return TRUE;
    }

  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      return parse_decimal (record, info, stripped, error);
    case PJ_FIELD_INTEGER:
      return parse_integer (record, info, stripped, error);
    case PJ_FIELD_TIME:
      return parse_time (record, info, stripped, error);
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
      return check_text (info, *PJ_FIELD_PTR (record, info, char * const), error);
    default:
      g_assert_not_reached ();
    }
}
