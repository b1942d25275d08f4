/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-clock.h"
#include "pj-database.h"

G_BEGIN_DECLS

/* Logging one day: its check-ins (list, average/worst/least, a form to add or change one) and
 * its factors (autosaved about a second after the last edit). Any day up to today can be
 * shown. Properties "database" and "as-of" (pj-journal-properties.h; "as-of" is the last day
 * that can be logged). Its commands are the actions "today.new-checkin", "today.save",
 * "today.previous-day", "today.next-day" and "today.go-today"; the window binds their keys. */
#define PJ_TYPE_TODAY_PAGE (pj_today_page_get_type ())
G_DECLARE_FINAL_TYPE (PjTodayPage, pj_today_page, PJ, TODAY_PAGE, AdwBin)

GtkWidget *pj_today_page_new (void);
/* The clock a new check-in's time follows ("clock" property; NULL: the wall clock). */
PjClock   *pj_today_page_get_clock (PjTodayPage *self);
void       pj_today_page_set_clock (PjTodayPage *self,
                                    PjClock     *clock);
/* Saves pending edits first; a date after today shows today. */
void       pj_today_page_show_date (PjTodayPage *self,
                                    PjDate       date);
PjDate     pj_today_page_get_date (PjTodayPage *self);
/* Writes what is pending now: the day factors awaiting autosave, and a check-in being entered
 * once it has a pain value (a form without pain has nothing that could be stored). */
gboolean   pj_today_page_flush (PjTodayPage *self,
                                GError     **error);
void       pj_today_page_new_checkin (PjTodayPage *self);
void       pj_today_page_save (PjTodayPage *self);
void       pj_today_page_go_previous_day (PjTodayPage *self);
void       pj_today_page_go_next_day (PjTodayPage *self);
void       pj_today_page_go_today (PjTodayPage *self);
/* TRUE while the page is laid out as one column (narrow windows). */
gboolean   pj_today_page_get_narrow (PjTodayPage *self);

G_END_DECLS
