/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-a11y-names.h"
#include "pj-preferences-window.h"
#include "pj-report-settings.h"
#include "pj-time-chooser.h"
#include "pj-weekday-chooser.h"

struct _PjPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings          *settings;

  AdwPreferencesPage *page;
  AdwActionRow       *time_row;
  AdwPreferencesRow  *days_row;
  AdwActionRow       *unlogged_row;
  GtkSwitch          *reminder_switch;
  PjTimeChooser      *time_chooser;
  PjWeekdayChooser   *weekday_chooser;
  GtkSwitch          *unlogged_switch;
  AdwEntryRow        *name_row;
  AdwEntryRow        *birth_year_row;
  GtkDropDown        *paper_dropdown;
};

G_DEFINE_FINAL_TYPE (PjPreferencesWindow, pj_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
bind_reminder (PjPreferencesWindow *self)
{
  GObject *depends_on_reminder[] = {
    G_OBJECT (self->time_row), G_OBJECT (self->days_row), G_OBJECT (self->unlogged_row),
  };

  g_settings_bind (self->settings, "reminder-enabled", self->reminder_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-time", self->time_chooser, "time",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-days", self->weekday_chooser, "days",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-only-unlogged", self->unlogged_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  /* The reminder's details stay visible but cannot be changed while it is off. */
  for (guint i = 0; i < G_N_ELEMENTS (depends_on_reminder); i++)
    g_settings_bind (self->settings, "reminder-enabled", depends_on_reminder[i], "sensitive",
                     G_SETTINGS_BIND_GET);
}

static void
pj_preferences_window_dispose (GObject *object)
{
  PjPreferencesWindow *self = PJ_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (pj_preferences_window_parent_class)->dispose (object);
}

static void
pj_preferences_window_class_init (PjPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_preferences_window_dispose;

  g_type_ensure (PJ_TYPE_TIME_CHOOSER);
  g_type_ensure (PJ_TYPE_WEEKDAY_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/pj-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, page);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, time_row);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, days_row);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, unlogged_row);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, reminder_switch);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, time_chooser);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, weekday_chooser);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, unlogged_switch);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, birth_year_row);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, paper_dropdown);
}

/* libadwaita's search entry stays in the window when search is off, and GTK 4.8 still
 * reports it to screen readers: it gets a name rather than none. */
static void
name_search_entry (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SEARCH_ENTRY (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Search preferences"), -1);
      name_search_entry (child);
    }
}

static void
pj_preferences_window_init (PjPreferencesWindow *self)
{
  const char *const papers[] = { _("Automatic"), _("A4"), _("US Letter"), NULL };
  g_autoptr (GtkStringList) paper_model = gtk_string_list_new (papers);

  gtk_widget_init_template (GTK_WIDGET (self));
  name_search_entry (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->paper_dropdown, G_LIST_MODEL (paper_model));

  self->settings = g_settings_new (APPLICATION_ID);
  bind_reminder (self);
  pj_report_settings_bind (self->settings, self->name_row, self->birth_year_row,
                           G_OBJECT (self->paper_dropdown));
  pj_a11y_names_follow_drop_down (self->paper_dropdown, _("Paper"));
}

PjPreferencesWindow *
pj_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (PJ_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
}

AdwPreferencesPage *
pj_preferences_window_get_page (PjPreferencesWindow *self)
{
  g_return_val_if_fail (PJ_IS_PREFERENCES_WINDOW (self), NULL);
  return self->page;
}
