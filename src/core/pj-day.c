/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-day.h"
#include "pj-error.h"

G_DEFINE_BOXED_TYPE (PjCheckin, pj_checkin, pj_checkin_copy, pj_checkin_free)
G_DEFINE_BOXED_TYPE (PjDay, pj_day, pj_day_copy, pj_day_free)

/* The field tables live in pj-field.c; the loops here walk them through these. */
static guint
n_day_fields (void)
{
  guint n;

  pj_day_fields (&n);
  return n;
}

static const PjFieldInfo *
day_field (guint index)
{
  guint n;

  return &pj_day_fields (&n)[index];
}

static guint
n_checkin_fields (void)
{
  guint n;

  pj_checkin_fields (&n);
  return n;
}

static const PjFieldInfo *
checkin_field (guint index)
{
  guint n;

  return &pj_checkin_fields (&n)[index];
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
  for (guint i = 0; i < n_day_fields (); i++)
    pj_field_unset (day, day_field (i));
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

  for (guint i = 0; i < n_day_fields (); i++)
    {
      g_autofree char *text_a = pj_field_format (a, day_field (i));
      g_autofree char *text_b = pj_field_format (b, day_field (i));

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
  for (guint i = 0; i < n_day_fields (); i++)
    if (pj_field_is_set (day, day_field (i)))
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

/* ----- Validation of whole records ----- */

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
  for (guint i = 0; i < n_checkin_fields (); i++)
    if (!pj_field_validate (checkin, checkin_field (i), error))
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
  for (guint i = 0; i < n_day_fields (); i++)
    if (!pj_field_validate (day, day_field (i), error))
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
