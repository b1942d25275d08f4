/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-chip-group.h"

struct _PjChipGroup
{
  GtkWidget  parent_instance;

  GtkWidget *flow_box;
  GPtrArray *chips; /* GtkToggleButton*, by code index; borrowed from the flow box */

  PjCodeKind kind;
  PjCodeSet  selection;
  gboolean   syncing;
};

G_DEFINE_FINAL_TYPE (PjChipGroup, pj_chip_group, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_chip_toggled (GtkToggleButton *chip,
                 PjChipGroup     *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chip), "pj-code-index"));

  if (self->syncing)
    return;
  if (gtk_toggle_button_get_active (chip))
    self->selection |= PJ_CODE_BIT (index);
  else
    self->selection &= ~PJ_CODE_BIT (index);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

static void
build_chips (PjChipGroup *self)
{
  guint n = pj_codes_count (self->kind);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *chip = gtk_toggle_button_new_with_label (pj_code_label (self->kind, i));
      GtkWidget *child;

      gtk_widget_add_css_class (chip, "pj-chip");
      g_object_set_data (G_OBJECT (chip), "pj-code-index", GUINT_TO_POINTER (i));
      g_signal_connect (chip, "toggled", G_CALLBACK (on_chip_toggled), self);
      gtk_flow_box_append (GTK_FLOW_BOX (self->flow_box), chip);
      /* Focus goes straight to the chips, in reading order, so Tab and Space just work. */
      child = gtk_widget_get_parent (chip);
      gtk_widget_set_focusable (child, FALSE);
      g_ptr_array_add (self->chips, chip);
    }
}

PjCodeKind
pj_chip_group_get_kind (PjChipGroup *self)
{
  g_return_val_if_fail (PJ_IS_CHIP_GROUP (self), 0);
  return self->kind;
}

PjCodeSet
pj_chip_group_get_selection (PjChipGroup *self)
{
  g_return_val_if_fail (PJ_IS_CHIP_GROUP (self), 0);
  return self->selection;
}

void
pj_chip_group_set_selection (PjChipGroup *self,
                             PjCodeSet    selection)
{
  g_return_if_fail (PJ_IS_CHIP_GROUP (self));

  selection &= pj_codes_all (self->kind);
  if (selection == self->selection)
    return;
  self->selection = selection;
  self->syncing = TRUE;
  for (guint i = 0; i < self->chips->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->chips, i),
                                  (selection & PJ_CODE_BIT (i)) != 0);
  self->syncing = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

GtkWidget *
pj_chip_group_get_chip (PjChipGroup *self,
                        guint        index)
{
  g_return_val_if_fail (PJ_IS_CHIP_GROUP (self), NULL);
  g_return_val_if_fail (index < self->chips->len, NULL);
  return g_ptr_array_index (self->chips, index);
}

static void
pj_chip_group_constructed (GObject *object)
{
  PjChipGroup *self = PJ_CHIP_GROUP (object);

  G_OBJECT_CLASS (pj_chip_group_parent_class)->constructed (object);
  build_chips (self);
}

static void
pj_chip_group_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PjChipGroup *self = PJ_CHIP_GROUP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_SELECTION:
      g_value_set_uint (value, self->selection);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_chip_group_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PjChipGroup *self = PJ_CHIP_GROUP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    case PROP_SELECTION:
      pj_chip_group_set_selection (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_chip_group_dispose (GObject *object)
{
  PjChipGroup *self = PJ_CHIP_GROUP (object);

  g_clear_pointer (&self->chips, g_ptr_array_unref);
  g_clear_pointer (&self->flow_box, gtk_widget_unparent);

  G_OBJECT_CLASS (pj_chip_group_parent_class)->dispose (object);
}

static void
pj_chip_group_class_init (PjChipGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pj_chip_group_constructed;
  object_class->get_property = pj_chip_group_get_property;
  object_class->set_property = pj_chip_group_set_property;
  object_class->dispose = pj_chip_group_dispose;

  /* An int rather than an enum type: PjCodeKind lives in core, which has no GType for it. */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, PJ_N_CODE_KINDS - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_uint ("selection", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pj-chip-group");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pj_chip_group_init (PjChipGroup *self)
{
  self->chips = g_ptr_array_new ();
  self->flow_box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->flow_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow_box), 20);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->flow_box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->flow_box), 6);
  gtk_widget_set_parent (self->flow_box, GTK_WIDGET (self));
}

GtkWidget *
pj_chip_group_new (PjCodeKind kind)
{
  return g_object_new (PJ_TYPE_CHIP_GROUP, "kind", (int) kind, NULL);
}
