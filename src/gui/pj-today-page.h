/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* TEMPORARY PLACEHOLDER (gui-shell branch only): the real Today page is built on the
 * gui-today branch with exactly this API. When merging, take that branch's
 * pj-today-page.{c,h,ui} and drop this file and pj-today-page.c. */

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

#define PJ_TYPE_TODAY_PAGE (pj_today_page_get_type ())
G_DECLARE_FINAL_TYPE (PjTodayPage, pj_today_page, PJ, TODAY_PAGE, AdwBin)

GtkWidget *pj_today_page_new (void);
void      pj_today_page_set_database (PjTodayPage *self, PjDatabase *database);
void      pj_today_page_show_date (PjTodayPage *self, PjDate date); /* saves pending edits first */
PjDate    pj_today_page_get_date (PjTodayPage *self);
gboolean  pj_today_page_flush (PjTodayPage *self, GError **error); /* write pending autosave now */
void      pj_today_page_new_checkin (PjTodayPage *self);   /* Ctrl+N */
void      pj_today_page_save (PjTodayPage *self);          /* Ctrl+S */
void      pj_today_page_go_previous_day (PjTodayPage *self); /* Alt+Left */
void      pj_today_page_go_next_day (PjTodayPage *self);     /* Alt+Right */
void      pj_today_page_go_today (PjTodayPage *self);

G_END_DECLS
