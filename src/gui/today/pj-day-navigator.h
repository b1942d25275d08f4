/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* Previous and next day, the date with a calendar popover marking days that have entries, and
 * "Today". It never offers a day after today. Signal "date-requested" (guint date) asks the
 * page to show a day; the page answers with pj_day_navigator_set_date(). */
#define PJ_TYPE_DAY_NAVIGATOR (pj_day_navigator_get_type ())
G_DECLARE_FINAL_TYPE (PjDayNavigator, pj_day_navigator, PJ, DAY_NAVIGATOR, GtkWidget)

GtkWidget *pj_day_navigator_new (void);
void       pj_day_navigator_set_database (PjDayNavigator *self,
                                          PjDatabase     *database);
/* Shows @date with @today as the last day that can be chosen. */
void       pj_day_navigator_set_date (PjDayNavigator *self,
                                      PjDate          date,
                                      PjDate          today);
/* Marks the days of the calendar's month that have entries again (after a write). */
void       pj_day_navigator_refresh_marks (PjDayNavigator *self);
/* The calendar of the popover, built (with its marks) if the popover has not opened yet. */
GtkCalendar *pj_day_navigator_get_calendar (PjDayNavigator *self);

G_END_DECLS
