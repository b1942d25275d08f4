/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-date-text.h"

static gboolean
same_year (PjDate date,
           PjDate today)
{
  int year, today_year, unused_month, unused_day;

  pj_date_to_ymd (date, &year, &unused_month, &unused_day);
  pj_date_to_ymd (today, &today_year, &unused_month, &unused_day);
  return year == today_year;
}

static char *
format_date (PjDate      date,
             const char *format)
{
  g_autoptr (GDateTime) datetime = pj_date_to_local_datetime (date);

  return g_date_time_format (datetime, format);
}

char *
pj_date_text_long (PjDate date,
                   PjDate today)
{
  g_return_val_if_fail (date != PJ_DATE_NONE, NULL);

  if (today == PJ_DATE_NONE || same_year (date, today))
    /* Translators: a date in the History list, see g_date_time_format(): "Friday 20 November" */
    return format_date (date, C_("long date", "%A %-d %B"));
  /* Translators: a date of another year, see g_date_time_format(): "Friday 20 November 2025" */
  return format_date (date, C_("long date with year", "%A %-d %B %Y"));
}

char *
pj_date_text_short (PjDate date,
                    PjDate today)
{
  g_return_val_if_fail (date != PJ_DATE_NONE, NULL);

  if (today == PJ_DATE_NONE || same_year (date, today))
    /* Translators: a short date, see g_date_time_format(): "20 November" */
    return format_date (date, C_("short date", "%-d %B"));
  /* Translators: a short date of another year, see g_date_time_format(): "20 November 2025" */
  return format_date (date, C_("short date with year", "%-d %B %Y"));
}
