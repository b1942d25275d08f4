/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Seven toggle buttons, one per day of the week, starting on the locale's first day. Its
 * "days" property is the list of chosen days as the reminder-days key stores them
 * ("monday" … "sunday"), so it binds to that key directly. */
#define PJ_TYPE_WEEKDAY_CHOOSER (pj_weekday_chooser_get_type ())
G_DECLARE_FINAL_TYPE (PjWeekdayChooser, pj_weekday_chooser, PJ, WEEKDAY_CHOOSER, GtkWidget)

GtkWidget  *pj_weekday_chooser_new (void);
/* A new array of the chosen days, Monday first. */
GStrv       pj_weekday_chooser_get_days (PjWeekdayChooser *self);
void        pj_weekday_chooser_set_days (PjWeekdayChooser   *self,
                                         const char * const *days);
/* The key's name of a GDateWeekday (G_DATE_MONDAY … G_DATE_SUNDAY). */
const char *pj_weekday_key_name (GDateWeekday weekday);

G_END_DECLS
