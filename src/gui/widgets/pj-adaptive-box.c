/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-adaptive-box.h"
#include "pj-notify-after-layout.h"

struct _PjAdaptiveBox
{
  GtkWidget parent_instance;

  int       wide_width;
  int       spacing;
  gboolean  homogeneous;
  gboolean  narrow;
};

static void pj_adaptive_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PjAdaptiveBox, pj_adaptive_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      pj_adaptive_box_buildable_init))

enum {
  PROP_0,
  PROP_WIDE_WIDTH,
  PROP_SPACING,
  PROP_HOMOGENEOUS,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static gboolean
get_children (PjAdaptiveBox *self,
              GtkWidget    **first,
              GtkWidget    **second)
{
  *first = gtk_widget_get_first_child (GTK_WIDGET (self));
  *second = *first ? gtk_widget_get_next_sibling (*first) : NULL;
  return *first != NULL && *second != NULL;
}

/* The widths of the two children side by side in @width. */
static void
split_width (PjAdaptiveBox *self,
             GtkWidget     *first,
             GtkWidget     *second,
             int            width,
             int           *first_width,
             int           *second_width)
{
  int available = MAX (width - self->spacing, 0);

  if (self->homogeneous)
    {
      *first_width = available / 2;
    }
  else
    {
      int second_min, first_nat;

      gtk_widget_measure (first, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &first_nat, NULL, NULL);
      gtk_widget_measure (second, GTK_ORIENTATION_HORIZONTAL, -1, &second_min, NULL, NULL,
                          NULL);
      *first_width = MIN (first_nat, MAX (available - second_min, 0));
    }
  *second_width = available - *first_width;
}

static int
height_for (GtkWidget *child,
            int        width,
            gboolean   natural)
{
  int minimum, natural_height;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural_height,
                      NULL, NULL);
  return natural ? natural_height : minimum;
}

static GtkSizeRequestMode
pj_adaptive_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pj_adaptive_box_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  PjAdaptiveBox *self = PJ_ADAPTIVE_BOX (widget);
  GtkWidget *first, *second;

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (!get_children (self, &first, &second))
    {
      if (first != NULL)
        gtk_widget_measure (first, orientation, for_size, minimum, natural, NULL, NULL);
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int first_min, first_nat, second_min, second_nat;

      gtk_widget_measure (first, orientation, -1, &first_min, &first_nat, NULL, NULL);
      gtk_widget_measure (second, orientation, -1, &second_min, &second_nat, NULL, NULL);
      /* Only what stacking needs: asking for the side-by-side width would hold the window
       * wide. Natural is side by side, so a roomy window gets it. */
      *minimum = MAX (first_min, second_min);
      *natural = MAX (first_nat + self->spacing + second_nat, self->wide_width);
    }
  else if (for_size >= self->wide_width)
    {
      int first_width, second_width;

      split_width (self, first, second, for_size, &first_width, &second_width);
      *minimum = MAX (height_for (first, first_width, FALSE),
                      height_for (second, second_width, FALSE));
      *natural = MAX (height_for (first, first_width, TRUE),
                      height_for (second, second_width, TRUE));
    }
  else
    {
      *minimum = height_for (first, for_size, FALSE) + self->spacing +
                 height_for (second, for_size, FALSE);
      *natural = height_for (first, for_size, TRUE) + self->spacing +
                 height_for (second, for_size, TRUE);
    }
}

static void
pj_adaptive_box_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PjAdaptiveBox *self = PJ_ADAPTIVE_BOX (widget);
  gboolean narrow = width < self->wide_width;
  GtkWidget *first, *second;

  /* The layout follows at once; those who listen hear of it once the allocation is over. */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      pj_notify_after_layout (widget, properties[PROP_NARROW]);
    }

  if (!get_children (self, &first, &second))
    {
      if (first != NULL)
        gtk_widget_allocate (first, width, height, -1, NULL);
      return;
    }

  if (narrow)
    {
      int first_height = height_for (first, width, TRUE);
      int second_height = MAX (height - first_height - self->spacing,
                               height_for (second, width, FALSE));

      gtk_widget_allocate (first, width, first_height, -1, NULL);
      gtk_widget_allocate (second, width, second_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (
                                                      0, first_height + self->spacing)));
    }
  else
    {
      int first_width, second_width;
      gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

      split_width (self, first, second, width, &first_width, &second_width);
      gtk_widget_allocate (first, first_width, height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (
                                                      rtl ? width - first_width : 0, 0)));
      gtk_widget_allocate (second, second_width, height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (
                                                      rtl ? 0 : width - second_width, 0)));
    }
}

gboolean
pj_adaptive_box_get_narrow (PjAdaptiveBox *self)
{
  g_return_val_if_fail (PJ_IS_ADAPTIVE_BOX (self), FALSE);
  return self->narrow;
}

void
pj_adaptive_box_append (PjAdaptiveBox *self,
                        GtkWidget     *child)
{
  g_return_if_fail (PJ_IS_ADAPTIVE_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

static void
pj_adaptive_box_add_child (GtkBuildable *buildable,
                           GtkBuilder   *builder,
                           GObject      *child,
                           const char   *type)
{
  if (GTK_IS_WIDGET (child))
    pj_adaptive_box_append (PJ_ADAPTIVE_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
pj_adaptive_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = pj_adaptive_box_add_child;
}

static void
pj_adaptive_box_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PjAdaptiveBox *self = PJ_ADAPTIVE_BOX (object);

  switch (prop_id)
    {
    case PROP_WIDE_WIDTH:
      g_value_set_int (value, self->wide_width);
      break;
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_HOMOGENEOUS:
      g_value_set_boolean (value, self->homogeneous);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_adaptive_box_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PjAdaptiveBox *self = PJ_ADAPTIVE_BOX (object);

  switch (prop_id)
    {
    case PROP_WIDE_WIDTH:
      self->wide_width = g_value_get_int (value);
      break;
    case PROP_SPACING:
      self->spacing = g_value_get_int (value);
      break;
    case PROP_HOMOGENEOUS:
      self->homogeneous = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
pj_adaptive_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pj_adaptive_box_parent_class)->dispose (object);
}

static void
pj_adaptive_box_class_init (PjAdaptiveBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = pj_adaptive_box_get_property;
  object_class->set_property = pj_adaptive_box_set_property;
  object_class->dispose = pj_adaptive_box_dispose;

  widget_class->get_request_mode = pj_adaptive_box_get_request_mode;
  widget_class->measure = pj_adaptive_box_measure;
  widget_class->size_allocate = pj_adaptive_box_size_allocate;

  properties[PROP_WIDE_WIDTH] = g_param_spec_int ("wide-width", NULL, NULL, 0, G_MAXINT, 600,
                                                  flags);
  properties[PROP_SPACING] = g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_HOMOGENEOUS] = g_param_spec_boolean ("homogeneous", NULL, NULL, FALSE, flags);
  properties[PROP_NARROW] = g_param_spec_boolean ("narrow", NULL, NULL, TRUE,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "pj-adaptive-box");
}

static void
pj_adaptive_box_init (PjAdaptiveBox *self)
{
  self->wide_width = 600;
  self->narrow = TRUE;
}

GtkWidget *
pj_adaptive_box_new (int wide_width)
{
  return g_object_new (PJ_TYPE_ADAPTIVE_BOX, "wide-width", wide_width, NULL);
}
