/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pj-style-palette.h"
#include "pj-day.h"
#include "pj-pain-scale.h"
#include "pj-palette.h"

#define PJ_PAIN_MAX 10
/* How long a "1" waits for a "0" to make 10. Long enough for a slow typist, short enough that
 * a later "0" meaning zero is not mistaken for ten. */
#define TEN_WINDOW_MS 1500

struct _PjPainScale
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *number_label;
  GtkWidget *band_label;
  GtkWidget *buttons[PJ_PAIN_MAX + 1];

  int        value;
  guint      ten_timeout_id;
  gboolean   syncing;
};

G_DEFINE_FINAL_TYPE (PjPainScale, pj_pain_scale, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
pj_pain_scale_band_label (int value)
{
  if (value < 0 || value > PJ_PAIN_MAX)
    return NULL;
  if (value == 0)
    return C_("pain band", "None");
  if (value <= 3)
    return C_("pain band", "Mild");
  if (value <= 6)
    return C_("pain band", "Moderate");
  return C_("pain band", "Severe");
}

/* ----- Colours: one CSS rule per value, from the shared palette, redone on dark/light ----- */

static char *
css_color (PjColor color)
{
  return g_strdup_printf ("rgb(%d,%d,%d)", (int) (color.red * 255 + 0.5),
                          (int) (color.green * 255 + 0.5), (int) (color.blue * 255 + 0.5));
}

static void
update_css (GtkCssProvider *provider)
{
  /* The layout rules live here rather than in style.css so the scale looks the same in any
   * host, tests included. */
  g_autoptr(GString) css = g_string_new (
    "pj-pain-scale { border-radius: 12px; padding: 6px; }\n"
    "pj-pain-scale:focus-visible { outline: 2px solid alpha(@accent_color, 0.6);"
    " outline-offset: 2px; }\n"
    "pj-pain-scale.error { outline: 2px solid @error_color; outline-offset: 2px; }\n"
    ".pj-pain-buttons button { min-width: 0; min-height: 36px; padding: 0;"
    " font-weight: bold; }\n"
    "label.pj-pain-swatch { min-width: 48px; min-height: 48px; border-radius: 12px;"
    " background-color: alpha(currentColor, 0.08); }\n"
    "label.pj-pain-swatch.pj-pain-swatch-small { min-width: 32px; min-height: 32px;"
    " border-radius: 8px; font-weight: bold; }\n");
  PjPalette palette;

  pj_style_palette_current (&palette);
  for (int i = 0; i <= PJ_PAIN_MAX; i++)
    {
      PjColor color = pj_palette_pain_color (&palette, i);
      double luminance = 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue;
      g_autofree char *fill = css_color (color);
      /* Dark text on light fills and white on dark ones keeps the number readable. */
      const char *ink = luminance > 0.5 ? "rgba(0,0,0,0.85)" : "#ffffff";

      g_string_append_printf (css,
                              "button.pj-pain-%d { box-shadow: inset 0 -4px %s; }\n"
                              "button.pj-pain-%d:checked { background-color: %s; color: %s;"
                              " box-shadow: none; }\n"
                              "label.pj-pain-swatch.pj-pain-%d { background-color: %s;"
                              " color: %s; }\n",
                              i, fill, i, fill, ink, i, fill, ink);
    }
  gtk_css_provider_load_from_data (provider, css->str, -1);
}

static void
ensure_css (void)
{
  static GtkCssProvider *provider;

  if (provider != NULL)
    return;

  provider = gtk_css_provider_new ();
  pj_style_palette_watch (provider, G_CALLBACK (update_css));
  update_css (provider);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* ----- State ----- */

static void
sync_display (PjPainScale *self)
{
  const char *band = pj_pain_scale_band_label (self->value);
  char number[4];

  self->syncing = TRUE;
  for (int i = 0; i <= PJ_PAIN_MAX; i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[i]), i == self->value);
  self->syncing = FALSE;

  for (int i = 0; i <= PJ_PAIN_MAX; i++)
    {
      g_autofree char *css_class = g_strdup_printf ("pj-pain-%d", i);

      if (i == self->value)
        gtk_widget_add_css_class (self->number_label, css_class);
      else
        gtk_widget_remove_css_class (self->number_label, css_class);
    }

  if (self->value == PJ_UNSET)
    {
      gtk_label_set_text (GTK_LABEL (self->number_label), "–");
      gtk_label_set_text (GTK_LABEL (self->band_label), _("Choose a number from 0 to 10"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 0.0,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, _("Not chosen"),
                                      -1);
    }
  else
    {
      g_autofree char *value_text = NULL;

      g_snprintf (number, sizeof number, "%d", self->value);
      gtk_label_set_text (GTK_LABEL (self->number_label), number);
      gtk_label_set_text (GTK_LABEL (self->band_label), band);
      /* Translators: the accessible value of the pain scale, e.g. "6, moderate" */
      value_text = g_strdup_printf (_("%d, %s"), self->value, band);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) self->value,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value_text,
                                      -1);
    }
}

void
pj_pain_scale_set_value (PjPainScale *self,
                         int          value)
{
  g_return_if_fail (PJ_IS_PAIN_SCALE (self));
  g_return_if_fail (value == PJ_UNSET || (value >= 0 && value <= PJ_PAIN_MAX));

  if (self->value == value)
    return;
  self->value = value;
  sync_display (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

int
pj_pain_scale_get_value (PjPainScale *self)
{
  g_return_val_if_fail (PJ_IS_PAIN_SCALE (self), PJ_UNSET);
  return self->value;
}

/* ----- Input ----- */

static void
on_button_toggled (GtkToggleButton *button,
                   PjPainScale     *self)
{
  int value = 0;

  if (self->syncing)
    return;
  /* Button i stands for pain i. */
  while (value < PJ_PAIN_MAX && self->buttons[value] != GTK_WIDGET (button))
    value++;
  /* The buttons act as radio buttons: un-pressing the chosen one keeps it chosen. */
  if (!gtk_toggle_button_get_active (button))
    {
      if (value == self->value)
        sync_display (self);
      return;
    }
  pj_pain_scale_set_value (self, value);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static gboolean
ten_window_ended (gpointer user_data)
{
  PjPainScale *self = user_data;

  self->ten_timeout_id = 0;
  return G_SOURCE_REMOVE;
}

static int
digit_of_keyval (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return keyval - GDK_KEY_0;
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return keyval - GDK_KEY_KP_0;
  return -1;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PjPainScale           *self)
{
  int digit = digit_of_keyval (keyval);
  gboolean ten_pending = self->ten_timeout_id != 0;
  int value = self->value;

  /* Shortcuts such as Ctrl+S belong to the window. */
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  g_clear_handle_id (&self->ten_timeout_id, g_source_remove);

  if (digit >= 0)
    {
      if (digit == 0 && ten_pending && self->value == 1)
        value = 10;
      else
        value = digit;
      if (digit == 1)
        self->ten_timeout_id = g_timeout_add (TEN_WINDOW_MS, ten_window_ended, self);
    }
  else
    {
      switch (keyval)
        {
        case GDK_KEY_Left:
        case GDK_KEY_KP_Left:
        case GDK_KEY_Down:
        case GDK_KEY_KP_Down:
        case GDK_KEY_minus:
        case GDK_KEY_KP_Subtract:
          value = value == PJ_UNSET ? 0 : MAX (value - 1, 0);
          break;
        case GDK_KEY_Right:
        case GDK_KEY_KP_Right:
        case GDK_KEY_Up:
        case GDK_KEY_KP_Up:
        case GDK_KEY_plus:
        case GDK_KEY_KP_Add:
          value = value == PJ_UNSET ? 0 : MIN (value + 1, PJ_PAIN_MAX);
          break;
        case GDK_KEY_Home:
        case GDK_KEY_KP_Home:
          value = 0;
          break;
        case GDK_KEY_End:
        case GDK_KEY_KP_End:
          value = PJ_PAIN_MAX;
          break;
        default:
          return FALSE;
        }
    }

  pj_pain_scale_set_value (self, value);
  return TRUE;
}

/* ----- GObject ----- */

static void
pj_pain_scale_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PjPainScale *self = PJ_PAIN_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_pain_scale_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PjPainScale *self = PJ_PAIN_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      pj_pain_scale_set_value (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_pain_scale_dispose (GObject *object)
{
  PjPainScale *self = PJ_PAIN_SCALE (object);

  g_clear_handle_id (&self->ten_timeout_id, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (pj_pain_scale_parent_class)->dispose (object);
}

static void
pj_pain_scale_class_init (PjPainScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pj_pain_scale_get_property;
  object_class->set_property = pj_pain_scale_set_property;
  object_class->dispose = pj_pain_scale_dispose;

  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, PJ_UNSET, PJ_PAIN_MAX, PJ_UNSET,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pj-pain-scale");
  /* One tab stop that speaks as a slider; the buttons are for the pointer. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static GtkWidget *
build_buttons (PjPainScale *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  gtk_widget_add_css_class (row, "pj-pain-buttons");
  for (int i = 0; i <= PJ_PAIN_MAX; i++)
    {
      char text[4];
      g_autofree char *css_class = g_strdup_printf ("pj-pain-%d", i);
      g_autofree char *name = g_strdup_printf (_("Pain %d"), i);
      GtkWidget *button;

      g_snprintf (text, sizeof text, "%d", i);
      button = gtk_toggle_button_new_with_label (text);
      gtk_widget_set_focusable (button, FALSE);
      gtk_widget_set_focus_on_click (button, FALSE);
      gtk_widget_add_css_class (button, css_class);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_signal_connect (button, "toggled", G_CALLBACK (on_button_toggled), self);
      gtk_box_append (GTK_BOX (row), button);
      self->buttons[i] = button;
    }
  return row;
}

static void
pj_pain_scale_init (PjPainScale *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *anchors = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *anchor;
  GtkEventController *keys;

  ensure_css ();
  self->value = PJ_UNSET;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->number_label = gtk_label_new ("–");
  gtk_widget_add_css_class (self->number_label, "pj-pain-swatch");
  /* The form's own title size: a size no other text in the first frame used cost start-up a
   * font of its own (lookup, shaping and glyphs) for one number. */
  gtk_widget_add_css_class (self->number_label, "title-4");
  self->band_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->band_label, "heading");
  gtk_label_set_wrap (GTK_LABEL (self->band_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->band_label), 0.0);
  gtk_box_append (GTK_BOX (header), self->number_label);
  gtk_box_append (GTK_BOX (header), self->band_label);
  gtk_box_append (GTK_BOX (self->box), header);

  gtk_box_append (GTK_BOX (self->box), build_buttons (self));

  anchor = gtk_label_new (_("No pain"));
  gtk_widget_add_css_class (anchor, "caption");
  gtk_widget_set_hexpand (anchor, TRUE);
  gtk_label_set_xalign (GTK_LABEL (anchor), 0.0);
  gtk_box_append (GTK_BOX (anchors), anchor);
  anchor = gtk_label_new (_("Worst imaginable"));
  gtk_widget_add_css_class (anchor, "caption");
  gtk_label_set_xalign (GTK_LABEL (anchor), 1.0);
  gtk_box_append (GTK_BOX (anchors), anchor);
  gtk_box_append (GTK_BOX (self->box), anchors);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pain, 0 to 10"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("0 is no pain, 10 is the worst pain imaginable. "
                                    "Type a digit, or 1 then 0 for 10."),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) PJ_PAIN_MAX,
                                  -1);
  sync_display (self);
}

GtkWidget *
pj_pain_scale_new (void)
{
  return g_object_new (PJ_TYPE_PAIN_SCALE, NULL);
}
