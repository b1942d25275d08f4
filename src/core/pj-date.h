/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A calendar date as a Julian day number (GDate's numbering: 1 = 1 January of year 1).
 * Windows such as "as_of-6 … as_of" become plain integer arithmetic. 0 means "no date". */
typedef guint32 PjDate;

#define PJ_DATE_NONE ((PjDate) 0)
/* "YYYY-MM-DD" plus the terminating NUL */
#define PJ_DATE_ISO_LEN 11

gboolean pj_date_parse_iso (const char *text,
                            PjDate     *out_date,
                            GError    **error);
void     pj_date_format_iso (PjDate date,
                             char   out[PJ_DATE_ISO_LEN]);
char    *pj_date_to_iso (PjDate date);
/* A GCompareFunc for PjDate elements of a GArray (g_array_sort), oldest first. */
int      pj_date_compare (gconstpointer a,
                          gconstpointer b);
PjDate   pj_date_from_ymd (int year,
                           int month,
                           int day);
void     pj_date_to_ymd (PjDate date,
                         int   *year,
                         int   *month,
                         int   *day);
PjDate   pj_date_today (void);
PjDate   pj_date_from_gdatetime (GDateTime *datetime);
GDateTime *pj_date_to_local_datetime (PjDate date);
int      pj_date_weekday (PjDate date);

/* Times of day are minutes since midnight, 0 … 1439. "HH:MM" plus NUL is 6 bytes. */
#define PJ_TIME_TEXT_LEN 6
gboolean pj_time_parse (const char *text,
                        int        *out_minutes,
                        GError    **error);
void     pj_time_format (int  minutes,
                         char out[PJ_TIME_TEXT_LEN]);

G_END_DECLS
