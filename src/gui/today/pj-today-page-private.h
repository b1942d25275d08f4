/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pj-adaptive-box.h"
#include "pj-checkin-editor.h"
#include "pj-checkin-row.h"
#include "pj-clock.h"
#include "pj-day-factors.h"
#include "pj-day-navigator.h"
#include "pj-dose-rows.h"
#include "pj-relief-question.h"
#include "pj-today-page.h"
#include "pj-today-tips.h"

G_BEGIN_DECLS

/* Shared by pj-today-page.c (the day, its factors, layout) and pj-today-page-checkins.c (the
 * day's check-ins: list, form, delete with undo). */
struct _PjTodayPage
{
  AdwBin               parent_instance;

  GtkWidget           *content;
  PjDayNavigator      *navigator;
  PjAdaptiveBox       *columns;
  GtkWidget           *checkin_column;
  GtkWidget           *factors_column;
  AdwPreferencesGroup *checkins_group;
  GtkWidget           *empty_row;
  PjCheckinEditor     *editor;
  PjDayFactors        *factors;
  GtkLabel            *save_status;
  PjTodayTips         *tips;
  PjDoseRows          *doses;
  GtkWidget           *cancel_button;
  GtkWidget           *save_button;

  GPtrArray           *rows; /* PjCheckinRow*, borrowed from checkins_group */

  PjDatabase          *database;
  PjClock             *clock;
  GSignalGroup        *clock_signals;
  GSignalGroup        *database_signals;
  PjDate               as_of; /* the day taken as today; PJ_DATE_NONE = the database's */
  PjDate               date;
  PjDate               today_seen; /* "today" when the day was last chosen */
  gboolean             day_stored;
  gboolean             factors_dirty;
  guint                autosave_id;
};

PjDate   pj_today_page_today (PjTodayPage *self);
void     pj_today_page_start_new_checkin (PjTodayPage *self);
/* The clock moved on: an untouched new check-in takes the new time. */
void     pj_today_page_follow_clock (PjTodayPage *self);
/* The bottom bar's Clear/Cancel as the form is filled or a stored check-in opened. */
void     pj_today_page_sync_checkin_bar (PjTodayPage *self);
/* Rereads the shown day from the journal. */
void     pj_today_page_reload (PjTodayPage *self);
void     pj_today_page_update_checkins (PjTodayPage *self,
                                        const PjDay *day);
/* Saves the check-in form; @quiet skips the toast (flush on day switch or close). */
gboolean pj_today_page_save_editor (PjTodayPage *self,
                                    gboolean     quiet,
                                    GError     **error);
void     pj_today_page_on_editor_save (PjTodayPage *self);
void     pj_today_page_on_editor_cancel (PjTodayPage *self);

G_END_DECLS
