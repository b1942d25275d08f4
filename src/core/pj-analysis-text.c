/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-analysis-text.h"

char *
pj_analysis_format_date (PjDate date,
                         PjDate as_of)
{
  g_autoptr (GDateTime) datetime = NULL;
  int year, month, day, as_of_year;

  pj_date_to_ymd (date, &year, &month, &day);
  pj_date_to_ymd (as_of, &as_of_year, NULL, NULL);
  /* UTC: a calendar date must not shift with the time zone. */
  datetime = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (year == as_of_year)
    /* Translators: a short date in a sentence, see g_date_time_format(); "3 Jun" */
    return g_date_time_format (datetime, _("%-d %b"));
  /* Translators: a short date with the year, see g_date_time_format(); "3 Jun 2025" */
  return g_date_time_format (datetime, _("%-d %b %Y"));
}

char *
pj_analysis_format_dates (GArray *dates,
                          PjDate  as_of)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < dates->len; i++)
    {
      g_autofree char *date = pj_analysis_format_date (g_array_index (dates, PjDate, i), as_of);

      if (i == 0)
        g_string_append (text, date);
      else if (i + 1 < dates->len)
        /* Translators: joins items of a list of dates: "3 Jun, 5 Jun" */
        g_string_append_printf (text, _(", %s"), date);
      else
        /* Translators: joins the last item of a list of dates: "3 Jun and 5 Jun" */
        g_string_append_printf (text, _(" and %s"), date);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
pj_analysis_format_number (double value)
{
  double rounded = round (value * 10.0) / 10.0;

  if (rounded == floor (rounded))
    return g_strdup_printf ("%.0f", rounded);
  return g_strdup_printf ("%.1f", rounded);
}

void
pj_analysis_add_date (GArray *dates,
                      PjDate  date)
{
  if (dates->len > 0 && g_array_index (dates, PjDate, dates->len - 1) == date)
    return;
  g_array_append_val (dates, date);
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
char *
pj_analysis_printf_table (const char *format,
                          ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return text;
}
#pragma GCC diagnostic pop
