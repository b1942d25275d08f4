/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-date.h"

G_BEGIN_DECLS

/* Dates as people read them, in the current locale. The year is only added when it is not
 * the year of @today, so recent days stay short. */

/* "Friday 20 November" */
char *pj_date_text_long (PjDate date,
                         PjDate today);
/* "20 November" */
char *pj_date_text_short (PjDate date,
                          PjDate today);

G_END_DECLS
