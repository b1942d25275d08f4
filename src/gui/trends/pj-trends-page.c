/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pj-a11y-names.h"
#include "pj-period.h"
#include "pj-chart-markers.h"
#include "pj-journal-properties.h"
#include "pj-period-flags.h"
#include "pj-trends-page-private.h"


G_DEFINE_FINAL_TYPE (PjTrendsPage, pj_trends_page, GTK_TYPE_WIDGET)

enum
{
  SIGNAL_OPEN_DAY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Periods are the last N days up to the anchor rather than calendar months, so each has the
 * same length as the one it is compared with. */
static guint
range_days (PjTrendsRange range)
{
  switch (range)
    {
    case PJ_TRENDS_RANGE_WEEK:
      return 7;
    case PJ_TRENDS_RANGE_MONTH:
      return 30;
    case PJ_TRENDS_RANGE_QUARTER:
      return 91;
    case PJ_TRENDS_RANGE_YEAR:
      return 365;
    case PJ_TRENDS_RANGE_ALL:
    default:
      return 0;
    }
}

static PjDate
today (PjTrendsPage *self)
{
  return pj_journal_resolve_as_of (self->database, self->as_of);
}

static void
compute_period (PjTrendsPage *self)
{
  PjDate last = today (self);
  PjDate newest = PJ_DATE_NONE;
  guint length = range_days (self->range);

  self->first_logged = PJ_DATE_NONE;
  if (self->database != NULL)
    pj_database_get_date_bounds (self->database, &self->first_logged, &newest, NULL);

  if (self->range == PJ_TRENDS_RANGE_ALL)
    {
      self->to = last;
      self->from = self->first_logged != PJ_DATE_NONE && self->first_logged < last
                   ? self->first_logged : last;
      return;
    }
  if (self->anchor != PJ_DATE_NONE && self->anchor < last)
    last = self->anchor;
  self->to = last;
  self->from = last >= length ? last - length + 1 : 1;
}

static void
update_period_label (PjTrendsPage *self)
{
  /* Translators: a date in the period title, "24 Jun 2026"; see strftime(3) */
  g_autofree char *from = pj_trends_format_date (self->from, _("%-d %b %Y"));
  g_autofree char *to = pj_trends_format_date (self->to, _("%-d %b %Y"));
  g_autofree char *title = NULL;

  /* Translators: the period shown, "24 Jun 2026 – 30 Jun 2026" */
  title = g_strdup_printf (_("%s – %s"), from, to);
  gtk_label_set_text (self->period_label, title);
  /* Paging back stops at the first day of the journal: before it there is nothing to see. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trends.previous",
                                 self->range != PJ_TRENDS_RANGE_ALL && self->from > 1 &&
                                 self->first_logged != PJ_DATE_NONE &&
                                 self->first_logged < self->from);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trends.next",
                                 self->range != PJ_TRENDS_RANGE_ALL && self->to < today (self));
  /* Everything has no other period to step to: no arrows rather than two dead ones. */
  gtk_widget_set_visible (self->previous_button, self->range != PJ_TRENDS_RANGE_ALL);
  gtk_widget_set_visible (self->next_button, self->range != PJ_TRENDS_RANGE_ALL);
}

static GPtrArray *
load_days (PjTrendsPage *self,
           PjDate        from,
           GError      **error)
{
  if (self->database == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  return pj_database_list_days_in_range (self->database, from, self->to, PJ_ORDER_OLDEST_FIRST,
                                         0, 0, error);
}

/* Marks the days of the period that triggered a flag raised at some time in it, the same
 * flags and markers as the clinician report: the chart then shows where the warnings came
 * from, not only that there were some. Returns how many days are marked. */
static guint
update_markers (PjTrendsPage *self,
                GPtrArray    *days)
{
  g_autoptr (GPtrArray) flags = pj_period_flags_evaluate (days, self->from, self->to);
  g_autoptr (GArray) markers = pj_chart_markers_from_flags (flags, self->from, self->to);

  pj_chart_widget_set_markers (self->chart, (const PjChartMarker *) (gpointer) markers->data,
                               markers->len);
  return markers->len;
}

static void
reload (PjTrendsPage *self)
{
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GError) error = NULL;
  PjPeriodSummary current, previous;
  gboolean has_previous = self->range != PJ_TRENDS_RANGE_ALL;
  PjDate previous_from = self->from, previous_to = self->from;
  PjPeriodSentences sentences;
  guint n_markers;

  compute_period (self);
  if (has_previous)
    pj_period_previous (self->from, self->to, &previous_from, &previous_to);

  /* One read covers the period, the one before it and the days the flags of the period's
   * first day look back on, and nothing else. */
  {
    PjDate first = has_previous ? previous_from : self->from;
    PjDate lookback = self->from > PJ_PERIOD_FLAGS_LOOKBACK
                      ? self->from - PJ_PERIOD_FLAGS_LOOKBACK : 1;

    days = load_days (self, MIN (first, lookback), &error);
  }
  if (days == NULL)
    {
      g_warning ("Could not read the journal for the Trends page: %s", error->message);
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  pj_period_summarize (days, self->from, self->to, &current);
  if (has_previous)
    pj_period_summarize (days, previous_from, previous_to, &previous);

  pj_trends_page_update_doses (self, days);
  n_markers = update_markers (self, days);
  pj_trends_page_update_cards (self, &current, has_previous ? &previous : NULL);
  pj_trends_page_update_warnings_card (self, n_markers);
  pj_trends_page_update_heat_map (self, &current);
  update_period_label (self);

  pj_trends_range_sentences (self->range, &sentences);
  g_free (self->summary);
  self->summary = pj_period_describe (&current, has_previous ? &previous : NULL, &sentences);
  /* The markers under the time axis say the same to someone who cannot see them. */
  if (n_markers > 0)
    {
      g_autofree char *with_flags = NULL;

      /* Translators: appended to the chart's spoken summary; %s is that summary, whole
       * sentences ending with a full stop, %u a number of days */
      with_flags = g_strdup_printf (ngettext ("%s A warning sign was raised on %u day; see "
                                              "Insights.",
                                              "%s Warning signs were raised on %u days; see "
                                              "Insights.", n_markers),
                                    self->summary, n_markers);
      g_free (self->summary);
      self->summary = g_steal_pointer (&with_flags);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->summary, -1);

  if (self->first_logged == PJ_DATE_NONE)
    adw_status_page_set_description (self->empty_page,
                                     _("Log how your day went on the Today page, and your pain "
                                       "will show here as a chart."));
  else
    adw_status_page_set_description (self->empty_page,
                                     _("Days you log will show here as a chart of your pain. Try "
                                       "a longer range or an earlier period."));
  gtk_stack_set_visible_child_name (self->content_stack, current.n_logged > 0 ? "data" : "empty");
}

static gboolean
reload_idle (gpointer user_data)
{
  PjTrendsPage *self = user_data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* An import writes many days at once: one reload after them, not one per day. */
static void
on_database_changed (PjTrendsPage *self,
                     guint         date)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

/* ----- Controls ----- */

static GtkToggleButton *
range_button (PjTrendsPage *self,
              PjTrendsRange range)
{
  GtkToggleButton *buttons[] = {
    self->week_button, self->month_button, self->quarter_button, self->year_button,
    self->all_button,
  };

  return buttons[range];
}

static void
on_range_toggled (PjTrendsPage *self)
{
  for (PjTrendsRange range = PJ_TRENDS_RANGE_WEEK; range <= PJ_TRENDS_RANGE_ALL; range++)
    if (gtk_toggle_button_get_active (range_button (self, range)) && range != self->range)
      {
        self->range = range;
        reload (self);
        return;
      }
}

static void
on_factor_selected (PjTrendsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->factor_dropdown);

  gint64 medicine = 0;

  if (selected == GTK_INVALID_LIST_POSITION ||
      selected >= PJ_CHART_FACTOR_DOSES + self->dose_choices->len)
    return;
  /* after the factors come "Doses of …", one per medicine */
  if (selected >= PJ_CHART_FACTOR_DOSES)
    medicine = g_array_index (self->dose_choices, gint64, selected - PJ_CHART_FACTOR_DOSES);
  if (MIN (selected, PJ_CHART_FACTOR_DOSES) == self->factor && medicine == self->dose_medicine)
    return;
  self->factor = MIN (selected, PJ_CHART_FACTOR_DOSES);
  self->dose_medicine = medicine;
  reload (self);
}

static void
shift_period (PjTrendsPage *self,
              int           direction)
{
  guint length = range_days (self->range);
  gint64 anchor = (gint64) self->to + direction * (gint64) length;

  if (length == 0)
    return;
  anchor = CLAMP (anchor, (gint64) length, (gint64) today (self));
  self->anchor = anchor >= today (self) ? PJ_DATE_NONE : (PjDate) anchor;
  reload (self);
}

static void
previous_period (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  shift_period (PJ_TRENDS_PAGE (widget), -1);
}

static void
next_period (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  shift_period (PJ_TRENDS_PAGE (widget), 1);
}

static void
on_open_day (PjTrendsPage *self,
             guint         date)
{
  g_signal_emit (self, signals[SIGNAL_OPEN_DAY], 0, date);
}

/* ----- Public API ----- */

GtkWidget *
pj_trends_page_new (void)
{
  return g_object_new (PJ_TYPE_TRENDS_PAGE, NULL);
}

/* Another journal, or another today: the period starts again from the last days. */
static void
set_database (PjTrendsPage *self,
              PjDatabase   *database)
{
  if (!pj_journal_follow_database (&self->database, self->database_signals, database))
    return;
  self->anchor = PJ_DATE_NONE;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

static void
set_as_of (PjTrendsPage *self,
           PjDate        as_of)
{
  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  self->anchor = PJ_DATE_NONE;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

void
pj_trends_page_set_range (PjTrendsPage *self,
                          PjTrendsRange range)
{
  g_return_if_fail (PJ_IS_TRENDS_PAGE (self));
  g_return_if_fail (range <= PJ_TRENDS_RANGE_ALL);

  /* The toggle's handler does the work, so the buttons and the page never disagree. */
  gtk_toggle_button_set_active (range_button (self, range), TRUE);
}

PjTrendsRange
pj_trends_page_get_range (PjTrendsPage *self)
{
  g_return_val_if_fail (PJ_IS_TRENDS_PAGE (self), PJ_TRENDS_RANGE_MONTH);
  return self->range;
}

void
pj_trends_page_set_factor (PjTrendsPage *self,
                           PjChartFactor factor)
{
  g_return_if_fail (PJ_IS_TRENDS_PAGE (self));
  g_return_if_fail (factor < PJ_N_CHART_FACTORS);
  gtk_drop_down_set_selected (self->factor_dropdown, factor);
}

PjChartFactor
pj_trends_page_get_factor (PjTrendsPage *self)
{
  g_return_val_if_fail (PJ_IS_TRENDS_PAGE (self), PJ_CHART_FACTOR_NONE);
  return self->factor;
}

void
pj_trends_page_get_period (PjTrendsPage *self,
                           PjDate       *out_from,
                           PjDate       *out_to)
{
  g_return_if_fail (PJ_IS_TRENDS_PAGE (self));
  if (out_from != NULL)
    *out_from = self->from;
  if (out_to != NULL)
    *out_to = self->to;
}

PjChartWidget *
pj_trends_page_get_chart (PjTrendsPage *self)
{
  g_return_val_if_fail (PJ_IS_TRENDS_PAGE (self), NULL);
  return self->chart;
}

const char *
pj_trends_page_get_summary (PjTrendsPage *self)
{
  g_return_val_if_fail (PJ_IS_TRENDS_PAGE (self), NULL);
  return self->summary;
}

/* ----- GObject ----- */

static void
pj_trends_page_finalize (GObject *object)
{
  PjTrendsPage *self = PJ_TRENDS_PAGE (object);

  g_clear_pointer (&self->dose_choices, g_array_unref);
  g_free (self->summary);

  G_OBJECT_CLASS (pj_trends_page_parent_class)->finalize (object);
}

static void
pj_trends_page_dispose (GObject *object)
{
  PjTrendsPage *self = PJ_TRENDS_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  pj_journal_unfollow_database (&self->database, &self->database_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_TRENDS_PAGE);
  /* The template's root has no id, so dispose_template leaves it: unparent it here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pj_trends_page_parent_class)->dispose (object);
}

static void
pj_trends_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PjTrendsPage *self = PJ_TRENDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_trends_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PjTrendsPage *self = PJ_TRENDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      set_database (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      set_as_of (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_trends_page_class_init (PjTrendsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_trends_page_dispose;
  object_class->finalize = pj_trends_page_finalize;
  object_class->get_property = pj_trends_page_get_property;
  object_class->set_property = pj_trends_page_set_property;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  properties[PROP_AS_OF] = pj_journal_param_as_of ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_OPEN_DAY] =
    g_signal_new ("open-day", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  g_type_ensure (PJ_TYPE_CHART_WIDGET);
  g_type_ensure (PJ_TYPE_BODY_MAP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pj-trends-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, week_button);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, month_button);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, quarter_button);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, year_button);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, all_button);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, factor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, chart);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, average_value);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, average_caption);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, best_value);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, best_caption);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, worst_value);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, worst_caption);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, logged_value);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, logged_caption);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, peg_value);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, peg_caption);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, warnings_value);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, warnings_caption);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, heat_map);
  gtk_widget_class_bind_template_child (widget_class, PjTrendsPage, heat_caption);
  gtk_widget_class_bind_template_callback (widget_class, on_range_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_factor_selected);

  gtk_widget_class_install_action (widget_class, "trends.previous", NULL, previous_period);
  gtk_widget_class_install_action (widget_class, "trends.next", NULL, next_period);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
setup_factor_model (PjTrendsPage *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);

  /* Model positions are the PjChartFactor values; "Doses of …" entries follow. */
  for (PjChartFactor factor = PJ_CHART_FACTOR_NONE; factor < PJ_CHART_FACTOR_DOSES; factor++)
    gtk_string_list_append (model, factor == PJ_CHART_FACTOR_NONE ? _("Pain only")
                                                                  : pj_chart_factor_label (factor));
  gtk_drop_down_set_model (self->factor_dropdown, G_LIST_MODEL (model));
}

static void
pj_trends_page_init (PjTrendsPage *self)
{
  self->range = PJ_TRENDS_RANGE_MONTH;
  self->dose_choices = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_factor_model (self);
  gtk_drop_down_set_selected (self->factor_dropdown, PJ_CHART_FACTOR_NONE);
  pj_a11y_names_follow_drop_down (self->factor_dropdown, _("Compare with"));
  gtk_toggle_button_set_active (self->month_button, TRUE);
  g_signal_connect_swapped (self->chart, "open-day", G_CALLBACK (on_open_day), self);
  reload (self);
}
