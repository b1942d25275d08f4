/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-date.h"
#include "pj-chooser-button.h"
#include "pj-time-button.h"

struct _PjTimeButton
{
  GtkWidget      parent_instance;

  GtkMenuButton *button;
  GtkSpinButton *hour;    /* NULL until the pop-over first opens */
  GtkSpinButton *minute;
  guint          drop_id;
  GtkEditable   *editable;
  gboolean       syncing;
};

G_DEFINE_FINAL_TYPE (PjTimeButton, pj_time_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
editable_minutes (PjTimeButton *self,
                  int          *out_minutes)
{
  g_autofree char *text = NULL;

  if (self->editable == NULL)
    return FALSE;
  text = g_strstrip (g_strdup (gtk_editable_get_text (self->editable)));
  return pj_time_parse (text, out_minutes, NULL);
}

/* Typed text that is not a time is marked at once; the save says what is wrong with it. */
static void
on_editable_changed (PjTimeButton *self)
{
  const char *text = gtk_editable_get_text (self->editable);
  int minutes;

  if (*text == '\0' || editable_minutes (self, &minutes))
    gtk_widget_remove_css_class (GTK_WIDGET (self->editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->editable), "error");
}

static void
on_spin_changed (PjTimeButton *self)
{
  char text[PJ_TIME_TEXT_LEN];
  int minutes;

  if (self->syncing || self->editable == NULL)
    return;
  minutes = gtk_spin_button_get_value_as_int (self->hour) * 60 +
            gtk_spin_button_get_value_as_int (self->minute);
  pj_time_format (minutes, text);
  gtk_editable_set_text (self->editable, text);
}

/* Two digits always ("08"), as the entry writes the time. */
static gboolean
on_spin_output (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* Enter closes (GTK 4.8's spin button has no "activate" signal of its own). */
static gboolean
on_spin_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             PjTimeButton          *self)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter)
    return FALSE;
  /* A typed number is taken before the pop-over goes. */
  gtk_spin_button_update (GTK_SPIN_BUTTON (
    gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
  gtk_menu_button_popdown (self->button);
  return TRUE;
}

static GtkSpinButton *
make_spin (PjTimeButton *self,
           int           max,
           const char   *name)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (spin), GTK_ORIENTATION_VERTICAL);
  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_signal_connect (spin, "output", G_CALLBACK (on_spin_output), NULL);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_spin_changed), self);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_spin_key), self);
  gtk_widget_add_controller (spin, keys);
  return GTK_SPIN_BUTTON (spin);
}

/* The spins show the entry's time (or the current one when it holds none) as they open. */
static void
sync_spins (PjTimeButton *self)
{
  int minutes;

  if (!editable_minutes (self, &minutes))
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      minutes = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
    }
  self->syncing = TRUE;
  gtk_spin_button_set_value (self->hour, minutes / 60);
  gtk_spin_button_set_value (self->minute, minutes % 60);
  self->syncing = FALSE;
}

/* The spins are made anew for each opening, from the entry's time: a GTK 4.8 spin button that
 * lost the focus as its pop-over closed reads its old text back when shown again, undoing a
 * value set while it was hidden. Two spins are cheap to make. */
static gboolean
drop_popover (gpointer user_data)
{
  PjTimeButton *self = user_data;

  self->drop_id = 0;
  self->hour = self->minute = NULL;
  gtk_menu_button_set_popover (self->button, NULL);
  return G_SOURCE_REMOVE;
}

static void
on_popover_closed (PjTimeButton *self)
{
  /* Not from inside the pop-over's own signal. */
  if (self->drop_id == 0)
    self->drop_id = g_idle_add (drop_popover, self);
}

/* Made on opening (most check-ins keep the time they start with, and never open it): the menu
 * button calls this whenever it has no pop-over. */
static void
create_popover (GtkMenuButton *button,
                gpointer       user_data)
{
  PjTimeButton *self = user_data;
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *colon = gtk_label_new (":");

  self->hour = make_spin (self, 23, _("Hour"));
  self->minute = make_spin (self, 59, _("Minute"));
  gtk_widget_add_css_class (colon, "title-2");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hour));
  gtk_box_append (GTK_BOX (box), colon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->minute));
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "closed", G_CALLBACK (on_popover_closed), self);
  gtk_menu_button_set_popover (button, popover);
  sync_spins (self);
}

void
pj_time_button_popup (PjTimeButton *self)
{
  g_return_if_fail (PJ_IS_TIME_BUTTON (self));
  gtk_menu_button_popup (self->button);
}

GtkEditable *
pj_time_button_get_editable (PjTimeButton *self)
{
  g_return_val_if_fail (PJ_IS_TIME_BUTTON (self), NULL);
  return self->editable;
}

void
pj_time_button_set_editable (PjTimeButton *self,
                             GtkEditable  *editable)
{
  g_return_if_fail (PJ_IS_TIME_BUTTON (self));
  g_return_if_fail (editable == NULL || GTK_IS_EDITABLE (editable));

  if (!pj_chooser_button_follow_editable (&self->editable, editable,
                                          G_CALLBACK (on_editable_changed), self))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
pj_time_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PjTimeButton *self = PJ_TIME_BUTTON (object);

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
pj_time_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PjTimeButton *self = PJ_TIME_BUTTON (object);

  switch (prop_id)
    {
    case PROP_EDITABLE:
      pj_time_button_set_editable (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_time_button_dispose (GObject *object)
{
  PjTimeButton *self = PJ_TIME_BUTTON (object);

  self->editable = NULL;
  g_clear_handle_id (&self->drop_id, g_source_remove);
  g_clear_pointer ((GtkWidget **) &self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (pj_time_button_parent_class)->dispose (object);
}

static void
pj_time_button_class_init (PjTimeButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pj_time_button_get_property;
  object_class->set_property = pj_time_button_set_property;
  object_class->dispose = pj_time_button_dispose;

  properties[PROP_EDITABLE] = g_param_spec_object ("editable", NULL, NULL, GTK_TYPE_EDITABLE,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pj_time_button_init (PjTimeButton *self)
{
  self->button = pj_chooser_button_new (GTK_WIDGET (self), "preferences-system-time-symbolic", _("Choose a Time"),
                                        create_popover, self);
}

GtkWidget *
pj_time_button_new (void)
{
  return g_object_new (PJ_TYPE_TIME_BUTTON, NULL);
}
