/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the Trends page's files: pj-trends-page.c (periods, loading, controls) and
 * pj-trends-cards.c (the summary cards and the heat map). */

#include "pj-body-map.h"
#include "pj-period.h"
#include "pj-trends-page.h"

G_BEGIN_DECLS

struct _PjTrendsPage
{
  GtkWidget      parent_instance;

  PjDatabase    *database;
  GSignalGroup  *database_signals;
  PjDate         as_of;        /* the day taken as today; PJ_DATE_NONE = the database's */
  guint          reload_source;
  PjTrendsRange  range;
  PjChartFactor  factor;
  gint64         dose_medicine;   /* with PJ_CHART_FACTOR_DOSES: whose doses */
  GArray        *dose_choices;    /* gint64 medicine ids after the factors in the drop-down */
  PjDate         anchor;       /* last day of the period; PJ_DATE_NONE = today */
  PjDate         from;
  PjDate         to;
  PjDate         first_logged; /* the journal's first day, PJ_DATE_NONE when it is empty */
  char          *summary;

  GtkToggleButton *week_button;
  GtkToggleButton *month_button;
  GtkToggleButton *quarter_button;
  GtkToggleButton *year_button;
  GtkToggleButton *all_button;
  GtkLabel        *period_label;
  GtkDropDown     *factor_dropdown;
  GtkStack        *content_stack;
  PjChartWidget   *chart;
  GtkLabel        *average_value;
  GtkLabel        *average_caption;
  GtkLabel        *best_value;
  GtkLabel        *best_caption;
  GtkLabel        *worst_value;
  GtkLabel        *worst_caption;
  GtkLabel        *logged_value;
  GtkLabel        *logged_caption;
  GtkLabel        *peg_value;
  GtkLabel        *peg_caption;
  GtkLabel        *warnings_value;
  GtkLabel        *warnings_caption;
  GtkWidget       *previous_button;
  GtkWidget       *next_button;
  AdwStatusPage   *empty_page;
  PjBodyMap       *heat_map;
  GtkLabel        *heat_caption;
};

char *pj_trends_format_date (PjDate      date,
                             const char *format);
void  pj_trends_page_update_cards (PjTrendsPage          *self,
                                   const PjPeriodSummary *current,
                                   const PjPeriodSummary *previous);
/* The sixth card: how many days the chart marks with a warning sign. */
void  pj_trends_page_update_warnings_card (PjTrendsPage *self,
                                           guint         n_marked_days);
/* src/gui/medicines/pj-trends-doses.c: the chart's series for the period (with "Doses of …"
 * when chosen), its dose rows, and the drop-down's dose entries. */
void  pj_trends_page_update_doses (PjTrendsPage *self,
                                   GPtrArray    *days);
void  pj_trends_page_update_heat_map (PjTrendsPage          *self,
                                      const PjPeriodSummary *current);

/* pj-trends-sentences.c: the spoken summary's sentences for @range. */
void pj_trends_range_sentences (PjTrendsRange      range,
                                PjPeriodSentences *out);

G_END_DECLS
