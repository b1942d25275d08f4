/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-date.h"
#include "pj-chooser-button.h"
#include "pj-date-button.h"

struct _PjDateButton
{
  GtkWidget      parent_instance;

  GtkMenuButton *button;
  GtkCalendar   *calendar; /* NULL until the pop-over first opens */
  GtkEditable   *editable;
  gboolean       syncing;
};

G_DEFINE_FINAL_TYPE (PjDateButton, pj_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
editable_date (PjDateButton *self,
               PjDate       *out_date)
{
  g_autofree char *text = NULL;

  if (self->editable == NULL)
    return FALSE;
  text = g_strstrip (g_strdup (gtk_editable_get_text (self->editable)));
  return pj_date_parse_iso (text, out_date, NULL);
}

/* Typed text that is not a date is marked at once; the export says what is wrong with it. */
static void
on_editable_changed (PjDateButton *self)
{
  const char *text = gtk_editable_get_text (self->editable);
  PjDate date;

  if (*text == '\0' || editable_date (self, &date))
    gtk_widget_remove_css_class (GTK_WIDGET (self->editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->editable), "error");
}

static void
on_day_selected (PjDateButton *self)
{
  g_autoptr (GDateTime) selected = NULL;
  char text[PJ_DATE_ISO_LEN];

  if (self->syncing || self->editable == NULL)
    return;
  selected = gtk_calendar_get_date (self->calendar);
  pj_date_format_iso (pj_date_from_gdatetime (selected), text);
  gtk_editable_set_text (self->editable, text);
}

/* A click on a day chooses it and closes; the month and year arrows keep the pop-over open.
 * From the keyboard the arrows move the day and Enter or Space closes. */
static void
on_calendar_released (GtkGestureClick *click,
                      int              n_press,
                      double           x,
                      double           y,
                      PjDateButton    *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number"))
    gtk_menu_button_popdown (self->button);
}

static gboolean
on_calendar_key (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 PjDateButton          *self)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_space)
    return FALSE;
  gtk_menu_button_popdown (self->button);
  return TRUE;
}

/* The calendar shows the entry's date (or today when it holds none) as it opens. */
static void
sync_calendar (PjDateButton *self)
{
  g_autoptr (GDateTime) datetime = NULL;
  PjDate date;

  if (editable_date (self, &date))
    datetime = pj_date_to_local_datetime (date);
  else
    datetime = g_date_time_new_now_local ();
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, datetime);
  self->syncing = FALSE;
}

/* Made when first opened. The menu button calls this only while it has no pop-over; each
 * opening after that syncs from "show". */
static void
create_popover (GtkMenuButton *button,
                gpointer       user_data)
{
  PjDateButton *self = user_data;
  GtkWidget *popover = gtk_popover_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date"), -1);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_calendar_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), keys);
  /* In the capture phase: the calendar's own click handling claims the events. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (on_calendar_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (click));
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (popover, "show", G_CALLBACK (sync_calendar), self);
  gtk_menu_button_set_popover (button, popover);
}

void
pj_date_button_popup (PjDateButton *self)
{
  g_return_if_fail (PJ_IS_DATE_BUTTON (self));
  gtk_menu_button_popup (self->button);
}

GtkEditable *
pj_date_button_get_editable (PjDateButton *self)
{
  g_return_val_if_fail (PJ_IS_DATE_BUTTON (self), NULL);
  return self->editable;
}

void
pj_date_button_set_editable (PjDateButton *self,
                             GtkEditable  *editable)
{
  g_return_if_fail (PJ_IS_DATE_BUTTON (self));
  g_return_if_fail (editable == NULL || GTK_IS_EDITABLE (editable));

  if (!pj_chooser_button_follow_editable (&self->editable, editable,
                                          G_CALLBACK (on_editable_changed), self))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
pj_date_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PjDateButton *self = PJ_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_EDITABLE:
      g_value_set_object (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_date_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PjDateButton *self = PJ_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_EDITABLE:
      pj_date_button_set_editable (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_date_button_dispose (GObject *object)
{
  PjDateButton *self = PJ_DATE_BUTTON (object);

  self->editable = NULL;
  g_clear_pointer ((GtkWidget **) &self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (pj_date_button_parent_class)->dispose (object);
}

static void
pj_date_button_class_init (PjDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pj_date_button_get_property;
  object_class->set_property = pj_date_button_set_property;
  object_class->dispose = pj_date_button_dispose;

  properties[PROP_EDITABLE] = g_param_spec_object ("editable", NULL, NULL, GTK_TYPE_EDITABLE,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pj_date_button_init (PjDateButton *self)
{
  self->button = pj_chooser_button_new (GTK_WIDGET (self), "x-office-calendar-symbolic", _("Choose a Date"),
                                        create_popover, self);
}

GtkWidget *
pj_date_button_new (void)
{
  return g_object_new (PJ_TYPE_DATE_BUTTON, NULL);
}
