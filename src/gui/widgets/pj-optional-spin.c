/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "pj-decimal-input.h"
#include "pj-optional-spin.h"

struct _PjOptionalSpin
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *spin;
  GtkWidget *clear_button;

  double     min;
  double     max;
  double     step;
  guint      digits;
  gboolean   known;
  gboolean   syncing;
  char      *label;
};

G_DEFINE_FINAL_TYPE (PjOptionalSpin, pj_optional_spin, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MIN,
  PROP_MAX,
  PROP_STEP,
  PROP_DIGITS,
  PROP_LABEL,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_known (PjOptionalSpin *self,
           gboolean        known)
{
  self->known = known;
  gtk_widget_set_sensitive (self->clear_button, known);
  /* Re-run "output" so an unknown value shows as an empty field. */
  gtk_spin_button_update (GTK_SPIN_BUTTON (self->spin));
  if (!known)
    gtk_editable_set_text (GTK_EDITABLE (self->spin), "");
}

static gboolean
on_output (GtkSpinButton  *spin,
           PjOptionalSpin *self)
{
  if (self->known)
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static int
on_input (GtkSpinButton  *spin,
          double         *new_value,
          PjOptionalSpin *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  double value;

  if (*text == '\0')
    {
      /* Emptying the field means "I don't know": keep the value, drop the knowledge. */
      *new_value = gtk_spin_button_get_value (spin);
      if (self->known && !self->syncing)
        {
          self->known = FALSE;
          gtk_widget_set_sensitive (self->clear_button, FALSE);
          g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
        }
      return TRUE;
    }

  /* People type "7,5" as often as "7.5", whatever the locale. */
  if (!pj_decimal_parse (text, &value))
    return GTK_INPUT_ERROR;

  *new_value = value;
  if (!self->known && !self->syncing)
    {
      self->known = TRUE;
      gtk_widget_set_sensitive (self->clear_button, TRUE);
      /* value-changed may not follow when the typed number equals the hidden value. */
      if (fabs (value - gtk_spin_button_get_value (spin)) < 1e-9)
        g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
    }
  return TRUE;
}

static void
on_value_changed (GtkSpinButton  *spin,
                  PjOptionalSpin *self)
{
  if (self->syncing)
    return;
  if (!self->known)
    {
      self->known = TRUE;
      gtk_widget_set_sensitive (self->clear_button, TRUE);
    }
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_clear_clicked (GtkButton      *button,
                  PjOptionalSpin *self)
{
  if (!self->known)
    return;
  pj_optional_spin_clear (self);
  gtk_widget_grab_focus (self->spin);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

double
pj_optional_spin_get_value (PjOptionalSpin *self)
{
  g_return_val_if_fail (PJ_IS_OPTIONAL_SPIN (self), NAN);

  if (!self->known)
    return NAN;
  return gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->spin));
}

void
pj_optional_spin_set_value (PjOptionalSpin *self,
                            double          value)
{
  g_return_if_fail (PJ_IS_OPTIONAL_SPIN (self));

  self->syncing = TRUE;
  if (isnan (value))
    {
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->spin), self->min);
      set_known (self, FALSE);
    }
  else
    {
      self->known = TRUE;
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->spin), value);
      set_known (self, TRUE);
    }
  self->syncing = FALSE;
}

void
pj_optional_spin_clear (PjOptionalSpin *self)
{
  pj_optional_spin_set_value (self, NAN);
}

GtkSpinButton *
pj_optional_spin_get_spin_button (PjOptionalSpin *self)
{
  g_return_val_if_fail (PJ_IS_OPTIONAL_SPIN (self), NULL);
  return GTK_SPIN_BUTTON (self->spin);
}

void
pj_optional_spin_set_label (PjOptionalSpin *self,
                            const char     *label)
{
  g_autofree char *clear_label = NULL;

  g_return_if_fail (PJ_IS_OPTIONAL_SPIN (self));

  g_free (self->label);
  self->label = g_strdup (label);
  if (label == NULL)
    return;
  /* Translators: tooltip and accessible name of the button that makes a value unknown again;
   * %s is the field, e.g. "Sitting hours" */
  clear_label = g_strdup_printf (_("Clear %s (back to unknown)"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, clear_label, -1);
  gtk_widget_set_tooltip_text (self->clear_button, clear_label);
}

static void
pj_optional_spin_constructed (GObject *object)
{
  PjOptionalSpin *self = PJ_OPTIONAL_SPIN (object);
  GtkAdjustment *adjustment;

  G_OBJECT_CLASS (pj_optional_spin_parent_class)->constructed (object);

  adjustment = gtk_adjustment_new (self->min, self->min, self->max, self->step,
                                   self->step * 4, 0.0);
  gtk_spin_button_configure (GTK_SPIN_BUTTON (self->spin), adjustment, self->step,
                             self->digits);
  pj_optional_spin_set_value (self, NAN);
}

static void
pj_optional_spin_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PjOptionalSpin *self = PJ_OPTIONAL_SPIN (object);

  switch (prop_id)
    {
    case PROP_MIN:
      g_value_set_double (value, self->min);
      break;
    case PROP_MAX:
      g_value_set_double (value, self->max);
      break;
    case PROP_STEP:
      g_value_set_double (value, self->step);
      break;
    case PROP_DIGITS:
      g_value_set_uint (value, self->digits);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_optional_spin_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PjOptionalSpin *self = PJ_OPTIONAL_SPIN (object);

  switch (prop_id)
    {
    case PROP_MIN:
      self->min = g_value_get_double (value);
      break;
    case PROP_MAX:
      self->max = g_value_get_double (value);
      break;
    case PROP_STEP:
      self->step = g_value_get_double (value);
      break;
    case PROP_DIGITS:
      self->digits = g_value_get_uint (value);
      break;
    case PROP_LABEL:
      pj_optional_spin_set_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_optional_spin_dispose (GObject *object)
{
  PjOptionalSpin *self = PJ_OPTIONAL_SPIN (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (pj_optional_spin_parent_class)->dispose (object);
}

static void
pj_optional_spin_class_init (PjOptionalSpinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = pj_optional_spin_constructed;
  object_class->get_property = pj_optional_spin_get_property;
  object_class->set_property = pj_optional_spin_set_property;
  object_class->dispose = pj_optional_spin_dispose;

  properties[PROP_MIN] = g_param_spec_double ("min", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE,
                                              0.0, flags);
  properties[PROP_MAX] = g_param_spec_double ("max", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE,
                                              100.0, flags);
  properties[PROP_STEP] = g_param_spec_double ("step", NULL, NULL, 0.0, G_MAXDOUBLE, 1.0,
                                               flags);
  properties[PROP_DIGITS] = g_param_spec_uint ("digits", NULL, NULL, 0, 6, 0, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* A page of spin buttons scrolls with the wheel; GtkSpinButton would take the wheel for itself
 * and change (and autosave) whatever number the pointer happens to pass over. The wheel is
 * left to the page: numbers change by typing, the +/- buttons or the arrow keys. */
static void
disable_wheel (GtkWidget *spin)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (spin);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
    }
}

static void
pj_optional_spin_init (PjOptionalSpin *self)
{
  self->max = 100.0;
  self->step = 1.0;

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_valign (self->box, GTK_ALIGN_CENTER);

  self->spin = gtk_spin_button_new (NULL, 1.0, 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (self->spin), FALSE);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (self->spin), GTK_UPDATE_IF_VALID);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->spin), 4);
  g_signal_connect (self->spin, "output", G_CALLBACK (on_output), self);
  g_signal_connect (self->spin, "input", G_CALLBACK (on_input), self);
  g_signal_connect (self->spin, "value-changed", G_CALLBACK (on_value_changed), self);
  gtk_box_append (GTK_BOX (self->box), self->spin);
  disable_wheel (self->spin);

  self->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_add_css_class (self->clear_button, "flat");
  gtk_widget_set_tooltip_text (self->clear_button, _("Clear (back to unknown)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Clear (back to unknown)"), -1);
  g_signal_connect (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked), self);
  gtk_box_append (GTK_BOX (self->box), self->clear_button);
}

GtkWidget *
pj_optional_spin_new (double min,
                      double max,
                      double step,
                      guint  digits)
{
  return g_object_new (PJ_TYPE_OPTIONAL_SPIN, "min", min, "max", max, "step", step,
                       "digits", digits, NULL);
}
