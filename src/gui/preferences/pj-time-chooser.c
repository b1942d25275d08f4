/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-date.h"
#include "pj-time-chooser.h"

struct _PjTimeChooser
{
  GtkWidget      parent_instance;

  GtkSpinButton *hours;
  GtkSpinButton *minutes;
  char           time[PJ_TIME_TEXT_LEN];
};

G_DEFINE_FINAL_TYPE (PjTimeChooser, pj_time_chooser, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_TIME, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* Two digits, as a clock shows them ("08", not "8"). */
static gboolean
show_two_digits (GtkSpinButton *spin)
{
  char text[8];

  g_snprintf (text, sizeof text, "%02d", gtk_spin_button_get_value_as_int (spin));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
on_value_changed (PjTimeChooser *self)
{
  char time[PJ_TIME_TEXT_LEN];

  pj_time_format (gtk_spin_button_get_value_as_int (self->hours) * 60
                  + gtk_spin_button_get_value_as_int (self->minutes), time);
  if (g_str_equal (time, self->time))
    return;
  g_strlcpy (self->time, time, sizeof self->time);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

static GtkSpinButton *
add_spin (PjTimeChooser *self,
          int            upper,
          int            page,
          const char    *name)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, upper, 1));

  gtk_spin_button_set_increments (spin, 1, page);
  gtk_spin_button_set_wrap (spin, TRUE);
  gtk_spin_button_set_numeric (spin, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 2);
  gtk_widget_set_valign (GTK_WIDGET (spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (spin), name);
  g_signal_connect (spin, "output", G_CALLBACK (show_two_digits), NULL);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_value_changed), self);
  gtk_widget_set_parent (GTK_WIDGET (spin), GTK_WIDGET (self));
  return spin;
}

static void
pj_time_chooser_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PjTimeChooser *self = PJ_TIME_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_time_chooser_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PjTimeChooser *self = PJ_TIME_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_TIME:
      pj_time_chooser_set_time (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_time_chooser_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (pj_time_chooser_parent_class)->dispose (object);
}

/* The row's mnemonic and a click on the row land in the hours. */
static gboolean
pj_time_chooser_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (PJ_TIME_CHOOSER (widget)->hours));
}

static void
pj_time_chooser_class_init (PjTimeChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pj_time_chooser_get_property;
  object_class->set_property = pj_time_chooser_set_property;
  object_class->dispose = pj_time_chooser_dispose;
  widget_class->grab_focus = pj_time_chooser_grab_focus;

  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL, "00:00",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pj-time-chooser");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pj_time_chooser_init (PjTimeChooser *self)
{
  GtkWidget *colon;

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                              4);
  g_strlcpy (self->time, "00:00", sizeof self->time);
  self->hours = add_spin (self, 23, 6, _("Hours"));
  colon = gtk_label_new (":");
  gtk_widget_set_parent (colon, GTK_WIDGET (self));
  self->minutes = add_spin (self, 59, 10, _("Minutes"));
}

GtkWidget *
pj_time_chooser_new (void)
{
  return g_object_new (PJ_TYPE_TIME_CHOOSER, NULL);
}

const char *
pj_time_chooser_get_time (PjTimeChooser *self)
{
  g_return_val_if_fail (PJ_IS_TIME_CHOOSER (self), NULL);
  return self->time;
}

/* A text that is not "HH:MM" leaves the time as it is. */
void
pj_time_chooser_set_time (PjTimeChooser *self,
                          const char    *time)
{
  int minutes;

  g_return_if_fail (PJ_IS_TIME_CHOOSER (self));

  if (time == NULL || !pj_time_parse (time, &minutes, NULL))
    return;
  /* One notification for the whole change, not one per spin button. */
  g_signal_handlers_block_by_func (self->hours, on_value_changed, self);
  gtk_spin_button_set_value (self->hours, minutes / 60);
  g_signal_handlers_unblock_by_func (self->hours, on_value_changed, self);
  gtk_spin_button_set_value (self->minutes, minutes % 60);
  on_value_changed (self);
}
