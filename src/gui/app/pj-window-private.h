/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The window's state, shared by the two files that make it: pj-window.c (pages, switching,
 * the window's own actions, life cycle) and pj-window-journal.c (which journal it shows: the
 * demo journal, another chosen file, backups and a damaged journal). Nothing else includes
 * this. */

#include "pj-after-first-frame.h"
#include "pj-history-page.h"
#include "pj-insights-page.h"
#include "pj-journal-guard.h"
#include "pj-switcher-title.h"
#include "pj-today-page.h"
#include "pj-toast-overlay.h"
#include "pj-trends-page.h"
#include "pj-urgent-banner.h"
#include "pj-window.h"

G_BEGIN_DECLS

struct _PjWindow
{
  AdwApplicationWindow parent_instance;

  PjDatabase          *database;
  GSignalGroup        *database_signals;
  PjDate               as_of;
  /* While the demo journal is shown: the person's own, to go back to. */
  PjDatabase          *own_database;
  GSettings           *settings;
  /* Buttons get their spoken names tidied once the first frame is out (see pj-a11y-names):
   * walking every widget of the window is not worth holding that frame for. */
  PjAfterFirstFrame   *tidy_pending;
  GtkMenuButton       *menu_button;
  GMenuModel          *primary_menu;
  /* "Log Today" on the first-run page: the person chose to start, so the welcome page must
   * not come back even though nothing is saved yet. */
  gboolean             first_run_dismissed;
  /* Closing after a failed save: the first attempt stops and says why, a second one closes. */
  gboolean             close_despite_error;

  PjSwitcherTitle      *switcher_title;
  GtkBox               *content_box;
  AdwViewSwitcherBar   *switcher_bar;  /* made when the window first gets narrow */
  PjToastOverlay       *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *stack;
  PjTodayPage          *today_page;
  /* History, Trends and Insights are built the first time they are shown (or asked for),
   * into these bins: start-up then only builds and measures the Today page. Each gets the
   * same accessible-name fixes as the window had at init. */
  AdwBin               *history_bin;
  AdwBin               *trends_bin;
  AdwBin               *insights_bin;
  PjHistoryPage        *history_page;
  PjTrendsPage         *trends_page;
  PjInsightsPage       *insights_page;
  PjUrgentBanner       *urgent_banner;
  AdwBin               *error_bin;
  GtkToggleButton      *search_button;
  GtkRevealer          *demo_revealer;
  GtkLabel             *disclaimer_label;

  /* Backups and the damage check (src/gui/backups); once damage is found the journal gives
   * way to the damaged page for good. */
  PjJournalGuard       *guard;
  PjAfterFirstFrame    *check_pending;
  GtkWidget            *damaged_page;
};

/* pj-window.c */
void pj_window_toast (PjWindow   *self,
                      const char *message);
void pj_window_update_main_page (PjWindow *self);
void pj_window_update_switcher (PjWindow *self);
/* The journal every page reads, through the window's "database" property. */
void pj_window_set_journal (PjWindow   *self,
                            PjDatabase *database);
/* The actions that need a journal (undo, export…). */
void pj_window_enable_journal_actions (PjWindow *self,
                                       gboolean  enabled);

/* pj-window-journal.c */
void pj_window_install_journal_actions (GtkWidgetClass *widget_class);
/* Watches @database for damage, or shows what went wrong opening it (@open_error). */
void pj_window_watch_journal (PjWindow     *self,
                              PjDatabase   *database,
                              const GError *open_error);

G_END_DECLS
