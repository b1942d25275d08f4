/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-clock.h"
#include "pj-date.h"
#include "pj-error.h"

static gboolean
parse_fixed_digits (const char *text,
                    int         count,
                    int        *out_value)
{
  int value = 0;

  for (int i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }
  *out_value = value;
  return TRUE;
}

gboolean
pj_date_parse_iso (const char *text,
                   PjDate     *out_date,
                   GError    **error)
{
  int year, month, day;

  g_return_val_if_fail (out_date != NULL, FALSE);

  /* Only the exact ISO shape is accepted: "2026-3-1" or "01/03/2026" would be read
   * differently by different people, so they are refused rather than guessed. */
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_fixed_digits (text, 4, &year) ||
      !parse_fixed_digits (text + 5, 2, &month) ||
      !parse_fixed_digits (text + 8, 2, &day))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("“%s” is not a date; use the form YYYY-MM-DD"), text ? text : "");
      return FALSE;
    }

  if (year < 1 || !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("“%s” is not a real calendar date"), text);
      return FALSE;
    }

  *out_date = pj_date_from_ymd (year, month, day);
  return TRUE;
}

PjDate
pj_date_from_ymd (int year,
                  int month,
                  int day)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_dmy (day, month, year), PJ_DATE_NONE);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

void
pj_date_to_ymd (PjDate date,
                int   *year,
                int   *month,
                int   *day)
{
  GDate gdate;

  g_return_if_fail (g_date_valid_julian (date));

  g_date_clear (&gdate, 1);
  g_date_set_julian (&gdate, date);
  if (year)
    *year = g_date_get_year (&gdate);
  if (month)
    *month = g_date_get_month (&gdate);
  if (day)
    *day = g_date_get_day (&gdate);
}

void
pj_date_format_iso (PjDate date,
                    char   out[PJ_DATE_ISO_LEN])
{
  int year, month, day;

  pj_date_to_ymd (date, &year, &month, &day);
  g_snprintf (out, PJ_DATE_ISO_LEN, "%04d-%02d-%02d", year, month, day);
}

char *
pj_date_to_iso (PjDate date)
{
  char buffer[PJ_DATE_ISO_LEN];

  pj_date_format_iso (date, buffer);
  return g_strdup (buffer);
}

PjDate
pj_date_from_gdatetime (GDateTime *datetime)
{
  int year, month, day;

  g_return_val_if_fail (datetime != NULL, PJ_DATE_NONE);

  g_date_time_get_ymd (datetime, &year, &month, &day);
  return pj_date_from_ymd (year, month, day);
}

PjDate
pj_date_today (void)
{
  g_autoptr (GDateTime) now = pj_clock_now (NULL);

  return pj_date_from_gdatetime (now);
}

GDateTime *
pj_date_to_local_datetime (PjDate date)
{
  int year, month, day;

  pj_date_to_ymd (date, &year, &month, &day);
  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

int
pj_date_weekday (PjDate date)
{
  GDate gdate;

  g_date_clear (&gdate, 1);
  g_date_set_julian (&gdate, date);
  return g_date_get_weekday (&gdate);
}

gboolean
pj_time_parse (const char *text,
               int        *out_minutes,
               GError    **error)
{
  int hours, minutes;

  g_return_val_if_fail (out_minutes != NULL, FALSE);

  if (text == NULL || strlen (text) != 5 || text[2] != ':' ||
      !parse_fixed_digits (text, 2, &hours) || !parse_fixed_digits (text + 3, 2, &minutes) ||
      hours > 23 || minutes > 59)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("“%s” is not a time; use the form HH:MM from 00:00 to 23:59"),
                   text ? text : "");
      return FALSE;
    }

  *out_minutes = hours * 60 + minutes;
  return TRUE;
}

void
pj_time_format (int  minutes,
                char out[PJ_TIME_TEXT_LEN])
{
  g_return_if_fail (minutes >= 0 && minutes < 24 * 60);

  g_snprintf (out, PJ_TIME_TEXT_LEN, "%02d:%02d", minutes / 60, minutes % 60);
}

int
pj_date_compare (gconstpointer a,
                 gconstpointer b)
{
  PjDate x = *(const PjDate *) a;
  PjDate y = *(const PjDate *) b;

  return x < y ? -1 : x > y;
}
