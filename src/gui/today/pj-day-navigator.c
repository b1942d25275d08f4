/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pj-day-navigator.h"
#include "pj-journal-properties.h"

struct _PjDayNavigator
{
  GtkWidget    parent_instance;

  GtkWidget   *box;
  GtkWidget   *previous_button;
  GtkWidget   *date_button;
  GtkWidget   *date_label;
  GtkWidget   *short_date_label;
  GtkPopover  *popover;
  GtkCalendar *calendar;      /* NULL until the popover first opens */
  GtkWidget   *next_button;
  GtkWidget   *today_button;

  PjDatabase  *database;
  GSignalGroup *database_signals;
  PjDate       date;
  PjDate       today;
  gboolean     syncing;
};

G_DEFINE_FINAL_TYPE (PjDayNavigator, pj_day_navigator, GTK_TYPE_WIDGET)

enum {
  SIGNAL_DATE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
request (PjDayNavigator *self,
         PjDate          date)
{
  if (date == PJ_DATE_NONE || date > self->today)
    return;
  g_signal_emit (self, signals[SIGNAL_DATE_REQUESTED], 0, (guint) date);
}

static void
on_previous_clicked (PjDayNavigator *self)
{
  request (self, self->date - 1);
}

static void
on_next_clicked (PjDayNavigator *self)
{
  request (self, self->date + 1);
}

static void
on_today_clicked (PjDayNavigator *self)
{
  request (self, self->today);
}

static PjDate
calendar_date (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) datetime = gtk_calendar_get_date (calendar);

  return pj_date_from_gdatetime (datetime);
}

/* GTK 4.8 draws new marks only when it recomputes the month grid, which selecting another day
 * does: step to a neighbour in the same month and back. */
static void
show_marks (PjDayNavigator *self,
            int             selected_day)
{
  g_autoptr(GDateTime) selected = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) neighbour = g_date_time_add_days (selected, selected_day == 1 ? 1 : -1);
  gboolean was_syncing = self->syncing;

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, neighbour);
  gtk_calendar_select_day (self->calendar, selected);
  self->syncing = was_syncing;
}

/* Marks the days of the calendar's month that have entries, again after each write. */
static void
refresh_marks (PjDayNavigator *self)
{
  g_autoptr(GArray) dates = NULL;
  g_autoptr(GError) error = NULL;
  int year, month, day;
  PjDate first, last;

  /* No calendar yet: the marks are read when it is built, as the popover opens. */
  if (self->calendar == NULL)
    return;
  gtk_calendar_clear_marks (self->calendar);
  if (self->database == NULL)
    return;

  pj_date_to_ymd (calendar_date (self->calendar), &year, &month, &day);
  first = pj_date_from_ymd (year, month, 1);
  last = month == 12 ? pj_date_from_ymd (year + 1, 1, 1) - 1
                     : pj_date_from_ymd (year, month + 1, 1) - 1;
  dates = pj_database_list_dates_in_range (self->database, first, last, &error);
  if (dates == NULL)
    {
      g_warning ("Could not mark the days with entries: %s", error->message);
      return;
    }
  for (guint i = 0; i < dates->len; i++)
    {
      int mark_year, mark_month, mark_day;

      pj_date_to_ymd (g_array_index (dates, PjDate, i), &mark_year, &mark_month, &mark_day);
      gtk_calendar_mark_day (self->calendar, mark_day);
    }
  show_marks (self, day);
}

static void
on_calendar_month_changed (PjDayNavigator *self)
{
  refresh_marks (self);
}

static void
select_in_calendar (PjDayNavigator *self,
                    PjDate          date)
{
  g_autoptr(GDateTime) datetime = NULL;

  if (self->calendar == NULL)
    return;
  datetime = pj_date_to_local_datetime (date);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, datetime);
  self->syncing = FALSE;
}

static void
on_calendar_day_selected (PjDayNavigator *self)
{
  PjDate chosen;

  if (self->syncing)
    return;
  chosen = calendar_date (self->calendar);
  if (chosen > self->today)
    {
      /* Future days cannot be logged: jump back to the day being shown. */
      select_in_calendar (self, self->date);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  gtk_popover_popdown (self->popover);
  request (self, chosen);
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        g_ptr_array_add (buttons, child);
      else
        collect_buttons (child, buttons);
    }
}

/* GTK 4.8's calendar has four arrow buttons with an icon and no name: a screen reader says
 * only "button". Its header lays them out as ‹ month › ‹ year ›, in this order. If a later GTK
 * builds the header differently, the buttons are left alone rather than misnamed. */
static void
name_calendar_arrows (GtkCalendar *calendar)
{
  const char *names[] = {
    N_("Previous month"), N_("Next month"), N_("Previous year"), N_("Next year"),
  };
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  collect_buttons (GTK_WIDGET (calendar), buttons);
  if (buttons->len != G_N_ELEMENTS (names))
    return;
  for (guint i = 0; i < buttons->len; i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (buttons->pdata[i]),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _(names[i]), -1);
}

/* A GtkCalendar is some sixty widgets: built on first use, not for every start-up. */
static void
ensure_calendar (PjDayNavigator *self)
{
  GtkWidget *calendar;

  if (self->calendar != NULL)
    return;
  calendar = gtk_calendar_new ();
  gtk_widget_add_css_class (calendar, "pj-entry-marks");
  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Calendar; marked days have entries"), -1);
  g_signal_connect_swapped (calendar, "day-selected",
                            G_CALLBACK (on_calendar_day_selected), self);
  g_signal_connect_swapped (calendar, "notify::month",
                            G_CALLBACK (on_calendar_month_changed), self);
  g_signal_connect_swapped (calendar, "notify::year",
                            G_CALLBACK (on_calendar_month_changed), self);
  name_calendar_arrows (GTK_CALENDAR (calendar));
  self->calendar = GTK_CALENDAR (calendar);
  gtk_popover_set_child (self->popover, calendar);
}

GtkCalendar *
pj_day_navigator_get_calendar (PjDayNavigator *self)
{
  g_return_val_if_fail (PJ_IS_DAY_NAVIGATOR (self), NULL);

  if (self->calendar == NULL)
    {
      ensure_calendar (self);
      select_in_calendar (self, self->date);
      refresh_marks (self);
    }
  return self->calendar;
}

static void
on_popover_show (PjDayNavigator *self)
{
  ensure_calendar (self);
  select_in_calendar (self, self->date);
  refresh_marks (self);
}

static char *
format_date (PjDate   date,
             PjDate   today,
             gboolean compact)
{
  g_autoptr(GDateTime) datetime = pj_date_to_local_datetime (date);
  g_autoptr(GDateTime) today_datetime = pj_date_to_local_datetime (today);
  gboolean this_year = g_date_time_get_year (datetime) == g_date_time_get_year (today_datetime);
  g_autofree char *text = NULL;
  const char *format;

  /* Translators: strftime formats of the day being shown. In full: "Saturday 21 November
   * 2026". On narrow windows: "21 Nov" after Today/Yesterday, "Sat 21 Nov" this year,
   * "21 Nov 2025" for another year. */
  if (!compact)
    /* Translators: the day shown, in full: "Saturday 21 November 2026" */
    format = _("%A %-d %B %Y");
  else if (date + 1 >= today)
    /* Translators: the day shown on a narrow window after Today or Yesterday: "21 Nov" */
    format = _("%-d %b");
  else
    /* Translators: the day shown on a narrow window: "Sat 21 Nov" this year, "21 Nov 2025"
     * another year */
    format = this_year ? _("%a %-d %b") : _("%-d %b %Y");
  text = g_date_time_format (datetime, format);

  if (date == today)
    /* Translators: %s is the date */
    return g_strdup_printf (_("Today, %s"), text);
  if (date + 1 == today)
    /* Translators: %s is the date */
    return g_strdup_printf (_("Yesterday, %s"), text);
  return g_steal_pointer (&text);
}

void
pj_day_navigator_set_date (PjDayNavigator *self,
                           PjDate          date,
                           PjDate          today)
{
  g_autofree char *text = NULL;
  g_autofree char *short_text = NULL;

  g_return_if_fail (PJ_IS_DAY_NAVIGATOR (self));
  g_return_if_fail (date != PJ_DATE_NONE);

  self->date = date;
  self->today = today;
  short_text = format_date (date, today, TRUE);
  gtk_label_set_text (GTK_LABEL (self->short_date_label), short_text);
  text = format_date (date, today, FALSE);
  gtk_label_set_text (GTK_LABEL (self->date_label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Opens a calendar to choose another day"), -1);
  gtk_widget_set_sensitive (self->next_button, date < today);
  gtk_widget_set_sensitive (self->today_button, date != today);
  select_in_calendar (self, date);
}

static void
on_database_changed (PjDayNavigator *self,
                     guint           date)
{
  refresh_marks (self);
}

static void
set_database (PjDayNavigator *self,
              PjDatabase     *database)
{
  if (!pj_journal_follow_database (&self->database, self->database_signals, database))
    return;
  refresh_marks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

static void
pj_day_navigator_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PjDayNavigator *self = PJ_DAY_NAVIGATOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_day_navigator_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PjDayNavigator *self = PJ_DAY_NAVIGATOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      set_database (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_day_navigator_dispose (GObject *object)
{
  PjDayNavigator *self = PJ_DAY_NAVIGATOR (object);

  pj_journal_unfollow_database (&self->database, &self->database_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_DAY_NAVIGATOR);

  G_OBJECT_CLASS (pj_day_navigator_parent_class)->dispose (object);
}

static void
pj_day_navigator_class_init (PjDayNavigatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_day_navigator_dispose;
  object_class->get_property = pj_day_navigator_get_property;
  object_class->set_property = pj_day_navigator_set_property;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_DATE_REQUESTED] = g_signal_new ("date-requested", G_TYPE_FROM_CLASS (klass),
                                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                 G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/pj-day-navigator.ui");
  gtk_widget_class_bind_template_child (widget_class, PjDayNavigator, box);
  gtk_widget_class_bind_template_child (widget_class, PjDayNavigator, previous_button);
  gtk_widget_class_bind_template_child (widget_class, PjDayNavigator, date_button);
  gtk_widget_class_bind_template_child (widget_class, PjDayNavigator, popover);
  gtk_widget_class_bind_template_child (widget_class, PjDayNavigator, next_button);
  gtk_widget_class_bind_template_child (widget_class, PjDayNavigator, today_button);
  gtk_widget_class_bind_template_callback (widget_class, on_previous_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_next_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_today_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
}

static void
pj_day_navigator_init (PjDayNavigator *self)
{
  GtkWidget *squeezer;

  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A long date must give way on a narrow window rather than widen it: the squeezer shows
   * the full date when it fits, else the short one, which ellipsizes as a last resort. */
  squeezer = adw_squeezer_new ();
  adw_squeezer_set_homogeneous (ADW_SQUEEZER (squeezer), FALSE);
  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  self->date_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->date_label, "heading");
  adw_squeezer_add (ADW_SQUEEZER (squeezer), self->date_label);
  self->short_date_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->short_date_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->short_date_label, "heading");
  adw_squeezer_add (ADW_SQUEEZER (squeezer), self->short_date_label);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->date_button), squeezer);

  pj_day_navigator_set_date (self, pj_date_today (), pj_date_today ());
}

GtkWidget *
pj_day_navigator_new (void)
{
  return g_object_new (PJ_TYPE_DAY_NAVIGATOR, NULL);
}
