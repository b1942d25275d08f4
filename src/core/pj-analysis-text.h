/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-date.h"

G_BEGIN_DECLS

/* Wording shared by flags, tips and correlations, so every "why" quotes dates and numbers the
 * same way. Dates are short and localised ("3 Jun"); the year is added only when it differs
 * from the year of @as_of, so a reason stays unambiguous around the new year. */
char *pj_analysis_format_date (PjDate date,
                               PjDate as_of);
/* "3 Jun", "3 Jun and 5 Jun", "3 Jun, 5 Jun and 7 Jun". @dates: array of PjDate. */
char *pj_analysis_format_dates (GArray *dates,
                                PjDate  as_of);
/* "7" for whole numbers, "7.5" otherwise (one decimal). */
char *pj_analysis_format_number (double value);
/* Appends @date to @dates unless it is already the last element. */
void  pj_analysis_add_date (GArray *dates,
                            PjDate  date);

/* g_strdup_printf() for a translated format taken from one of the constant tables of the
 * analysis (each entry documents its conversions). The compiler cannot check a format that
 * is not a literal, so this is the one place that accepts it. */
char *pj_analysis_printf_table (const char *format,
                                ...);
G_END_DECLS
