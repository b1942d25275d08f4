/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* Previous and next day, the date with a calendar popover marking days that have entries, and
 * "Today". It never offers a day after today. Signal "date-requested" (guint date) asks the
 * page to show a day; the page answers with pj_day_navigator_set_date(). Property "database"
 * (pj-journal-properties.h): the calendar marks its days and follows its changes; the last day
 * it offers is the one given to pj_day_navigator_set_date(), so it has no "as-of". */
#define PJ_TYPE_DAY_NAVIGATOR (pj_day_navigator_get_type ())
G_DECLARE_FINAL_TYPE (PjDayNavigator, pj_day_navigator, PJ, DAY_NAVIGATOR, GtkWidget)

GtkWidget *pj_day_navigator_new (void);
/* Shows @date with @today as the last day that can be chosen. */
void       pj_day_navigator_set_date (PjDayNavigator *self,
                                      PjDate          date,
                                      PjDate          today);
/* The calendar of the popover, built (with its marks) if the popover has not opened yet. */
GtkCalendar *pj_day_navigator_get_calendar (PjDayNavigator *self);

G_END_DECLS
