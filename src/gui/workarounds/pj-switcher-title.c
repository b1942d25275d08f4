/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-switcher-title.h"

/* Stands in for libadwaita 1.2's AdwViewSwitcherTitle on every version: see
 * pj-switcher-title.h and README.md beside this file. */

struct _PjSwitcherTitle
{
  GtkWidget       parent_instance;

  AdwViewSwitcher *switcher;
  AdwWindowTitle  *title;
  gboolean         switcher_enabled;
  gboolean         title_visible;
};

G_DEFINE_FINAL_TYPE (PjSwitcherTitle, pj_switcher_title, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STACK,
  PROP_TITLE,
  PROP_TITLE_VISIBLE,
  PROP_SWITCHER_ENABLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pj_switcher_title_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  PjSwitcherTitle *self = PJ_SWITCHER_TITLE (widget);
  int switcher_min, switcher_nat, title_min, title_nat;

  gtk_widget_measure (GTK_WIDGET (self->switcher), orientation, -1, &switcher_min,
                      &switcher_nat, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->title), orientation, -1, &title_min, &title_nat,
                      NULL, NULL);
  /* The title is what a narrow window falls back to, so it sets the minimum width; the
   * switcher, when it may show, sets the natural one so a roomy header bar makes space for
   * it. Heights cover both, so switching never resizes the header bar. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = title_min;
      *natural = self->switcher_enabled ? MAX (switcher_nat, title_nat) : title_nat;
    }
  else
    {
      *minimum = MAX (switcher_min, title_min);
      *natural = MAX (switcher_nat, title_nat);
    }
  *minimum_baseline = *natural_baseline = -1;
}

static void
pj_switcher_title_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PjSwitcherTitle *self = PJ_SWITCHER_TITLE (widget);
  int switcher_min;
  gboolean title_visible;

  gtk_widget_measure (GTK_WIDGET (self->switcher), GTK_ORIENTATION_HORIZONTAL, -1,
                      &switcher_min, NULL, NULL, NULL);
  title_visible = !self->switcher_enabled || width < switcher_min;

  gtk_widget_set_child_visible (GTK_WIDGET (self->switcher), !title_visible);
  gtk_widget_set_child_visible (GTK_WIDGET (self->title), title_visible);
  gtk_widget_allocate (title_visible ? GTK_WIDGET (self->title) : GTK_WIDGET (self->switcher),
                       width, height, baseline, NULL);

  if (title_visible != self->title_visible)
    {
      self->title_visible = title_visible;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_VISIBLE]);
    }
}

void
pj_switcher_title_set_stack (PjSwitcherTitle *self,
                             AdwViewStack    *stack)
{
  g_return_if_fail (PJ_IS_SWITCHER_TITLE (self));
  adw_view_switcher_set_stack (self->switcher, stack);
}

void
pj_switcher_title_set_title (PjSwitcherTitle *self,
                             const char      *title)
{
  g_return_if_fail (PJ_IS_SWITCHER_TITLE (self));
  adw_window_title_set_title (self->title, title);
}

gboolean
pj_switcher_title_get_title_visible (PjSwitcherTitle *self)
{
  g_return_val_if_fail (PJ_IS_SWITCHER_TITLE (self), FALSE);
  return self->title_visible;
}

void
pj_switcher_title_set_switcher_enabled (PjSwitcherTitle *self,
                                        gboolean         enabled)
{
  g_return_if_fail (PJ_IS_SWITCHER_TITLE (self));

  enabled = !!enabled;
  if (enabled == self->switcher_enabled)
    return;
  self->switcher_enabled = enabled;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SWITCHER_ENABLED]);
}

static void
pj_switcher_title_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PjSwitcherTitle *self = PJ_SWITCHER_TITLE (object);

  switch (prop_id)
    {
    case PROP_STACK:
      g_value_set_object (value, adw_view_switcher_get_stack (self->switcher));
      break;
    case PROP_TITLE:
      g_value_set_string (value, adw_window_title_get_title (self->title));
      break;
    case PROP_TITLE_VISIBLE:
      g_value_set_boolean (value, self->title_visible);
      break;
    case PROP_SWITCHER_ENABLED:
      g_value_set_boolean (value, self->switcher_enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_switcher_title_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PjSwitcherTitle *self = PJ_SWITCHER_TITLE (object);

  switch (prop_id)
    {
    case PROP_STACK:
      pj_switcher_title_set_stack (self, g_value_get_object (value));
      break;
    case PROP_TITLE:
      pj_switcher_title_set_title (self, g_value_get_string (value));
      break;
    case PROP_SWITCHER_ENABLED:
      pj_switcher_title_set_switcher_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_switcher_title_dispose (GObject *object)
{
  PjSwitcherTitle *self = PJ_SWITCHER_TITLE (object);

  g_clear_pointer ((GtkWidget **) &self->switcher, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->title, gtk_widget_unparent);

  G_OBJECT_CLASS (pj_switcher_title_parent_class)->dispose (object);
}

static void
pj_switcher_title_class_init (PjSwitcherTitleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pj_switcher_title_get_property;
  object_class->set_property = pj_switcher_title_set_property;
  object_class->dispose = pj_switcher_title_dispose;
  widget_class->measure = pj_switcher_title_measure;
  widget_class->size_allocate = pj_switcher_title_size_allocate;

  properties[PROP_STACK] =
    g_param_spec_object ("stack", NULL, NULL, ADW_TYPE_VIEW_STACK,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_VISIBLE] =
    g_param_spec_boolean ("title-visible", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SWITCHER_ENABLED] =
    g_param_spec_boolean ("switcher-enabled", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "viewswitchertitle");
}

static void
pj_switcher_title_init (PjSwitcherTitle *self)
{
  self->switcher_enabled = TRUE;
  self->switcher = ADW_VIEW_SWITCHER (adw_view_switcher_new ());
  adw_view_switcher_set_policy (self->switcher, ADW_VIEW_SWITCHER_POLICY_WIDE);
  gtk_widget_set_parent (GTK_WIDGET (self->switcher), GTK_WIDGET (self));
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (NULL, NULL));
  gtk_widget_set_parent (GTK_WIDGET (self->title), GTK_WIDGET (self));
  gtk_widget_set_child_visible (GTK_WIDGET (self->title), FALSE);
}

GtkWidget *
pj_switcher_title_new (void)
{
  return g_object_new (PJ_TYPE_SWITCHER_TITLE, NULL);
}
