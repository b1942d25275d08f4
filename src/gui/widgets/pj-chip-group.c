/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-chip-group.h"

/* Space between chips, across and down, and around each (what Adwaita gave GtkFlowBox's
 * children, which held the chips before). */
#define CHIP_SPACING 6
#define CHIP_MARGIN 3
/* One chip per code, and a PjCodeSet has a bit per code. */
#define MAX_CHIPS (sizeof (PjCodeSet) * 8)

struct _PjChipGroup
{
  GtkWidget  parent_instance;

  GPtrArray *chips; /* GtkToggleButton*, by code index: the widget's children, in order */

  PjCodeKind kind;
  PjCodeSet  selection;
  gboolean   packed;
  gboolean   syncing;
};

G_DEFINE_FINAL_TYPE (PjChipGroup, pj_chip_group, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SELECTION,
  PROP_PACKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_chip_toggled (GtkToggleButton *chip,
                 PjChipGroup     *self)
{
  guint index;

  /* The chips are in code order: a chip's place is its code's index. */
  if (self->syncing || !g_ptr_array_find (self->chips, chip, &index))
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

  /* The chips are the group's own children, in reading order, so Tab and Space just work. */
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *chip = gtk_toggle_button_new_with_label (pj_code_label (self->kind, i));

      gtk_widget_add_css_class (chip, "pj-chip");
      gtk_widget_set_margin_start (chip, CHIP_MARGIN);
      gtk_widget_set_margin_end (chip, CHIP_MARGIN);
      gtk_widget_set_margin_top (chip, CHIP_MARGIN);
      gtk_widget_set_margin_bottom (chip, CHIP_MARGIN);
      g_signal_connect (chip, "toggled", G_CALLBACK (on_chip_toggled), self);
      gtk_widget_set_parent (chip, GTK_WIDGET (self));
      g_ptr_array_add (self->chips, chip);
    }
}

/* ----- Layout: lines of chips in aligned columns, as many columns as fit ----- *
 * A GtkFlowBox laid the chips out before; it wraps each chip in a child widget of its own
 * and measures them over and over, which made the chips of the Today page a notable part of
 * start-up. This keeps its look: each column as wide as its widest chip, and the room left
 * over shared out between the columns. */

/* Every chip's natural size, asked for once per measure or allocation. */
typedef struct
{
  guint n;
  int   width[MAX_CHIPS];
  int   height[MAX_CHIPS];
} ChipSizes;

static void
measure_chips (PjChipGroup *self,
               ChipSizes   *sizes)
{
  sizes->n = MIN (self->chips->len, MAX_CHIPS);
  for (guint i = 0; i < sizes->n; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);

      gtk_widget_measure (chip, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &sizes->width[i], NULL,
                          NULL);
      gtk_widget_measure (chip, GTK_ORIENTATION_VERTICAL, -1, NULL, &sizes->height[i], NULL,
                          NULL);
    }
}

static int
column_width (const ChipSizes *sizes,
              guint            column,
              guint            columns)
{
  int widest = 0;

  for (guint i = column; i < sizes->n; i += columns)
    widest = MAX (widest, sizes->width[i]);
  return widest;
}

/* The width of the chips in @columns aligned columns. */
static int
columns_width (const ChipSizes *sizes,
               guint            columns)
{
  int width = ((int) columns - 1) * CHIP_SPACING;

  for (guint column = 0; column < columns; column++)
    width += column_width (sizes, column, columns);
  return width;
}

/* The most columns that fit in @width (at least one). */
static guint
columns_for_width (const ChipSizes *sizes,
                   int              width)
{
  guint columns = 1;

  while (columns < sizes->n && columns_width (sizes, columns + 1) <= width)
    columns++;
  return columns;
}

static int
row_height (const ChipSizes *sizes,
            guint            row,
            guint            columns)
{
  int tallest = 0;

  for (guint i = row * columns; i < MIN ((row + 1) * columns, sizes->n); i++)
    tallest = MAX (tallest, sizes->height[i]);
  return tallest;
}

static guint
rows_for (const ChipSizes *sizes,
          guint            columns)
{
  return (sizes->n + columns - 1) / columns;
}

/* ----- Packed layout: each chip at its own width, as many on a line as fit ----- *
 * For long labels of uneven length (the places of the body map), where aligned columns would
 * leave one chip per line. */

/* The index of the first chip after the line that starts at @first, in @width. */
static guint
packed_line_end (const ChipSizes *sizes,
                 guint            first,
                 int              width)
{
  int used = sizes->width[first];
  guint i = first + 1;

  while (i < sizes->n && used + CHIP_SPACING + sizes->width[i] <= width)
    used += CHIP_SPACING + sizes->width[i++];
  return i;
}

static int
packed_height (const ChipSizes *sizes,
               int              width)
{
  int height = 0;

  for (guint first = 0; first < sizes->n;)
    {
      guint end = packed_line_end (sizes, first, width);
      int line_h = 0;

      for (guint i = first; i < end; i++)
        line_h = MAX (line_h, sizes->height[i]);
      height += line_h + (first > 0 ? CHIP_SPACING : 0);
      first = end;
    }
  return height;
}

static void
packed_allocate (PjChipGroup     *self,
                 const ChipSizes *sizes,
                 int              width)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int y = 0;

  for (guint first = 0; first < sizes->n;)
    {
      guint end = packed_line_end (sizes, first, width);
      int line_h = 0, x = 0;

      for (guint i = first; i < end; i++)
        line_h = MAX (line_h, sizes->height[i]);
      for (guint i = first; i < end; i++)
        {
          int chip_w = MIN (sizes->width[i], width);
          int left = rtl ? width - x - chip_w : x;

          gtk_widget_allocate (g_ptr_array_index (self->chips, i), chip_w, line_h, -1,
                               gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (left, y)));
          x += chip_w + CHIP_SPACING;
        }
      y += line_h + CHIP_SPACING;
      first = end;
    }
}

static GtkSizeRequestMode
pj_chip_group_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pj_chip_group_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  PjChipGroup *self = PJ_CHIP_GROUP (widget);
  ChipSizes sizes;

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  measure_chips (self, &sizes);
  if (sizes.n == 0)
    return;

  if (self->packed && orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = packed_height (&sizes, for_size < 0 ? G_MAXINT / 2 : for_size);
    }
  else if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* One column at the least, all the chips on one line at best (the same either way). */
      *minimum = column_width (&sizes, 0, 1);
      *natural = columns_width (&sizes, sizes.n);
    }
  else
    {
      guint columns = for_size < 0 ? sizes.n : columns_for_width (&sizes, for_size);
      guint rows = rows_for (&sizes, columns);

      *minimum = ((int) rows - 1) * CHIP_SPACING;
      for (guint row = 0; row < rows; row++)
        *minimum += row_height (&sizes, row, columns);
      *natural = *minimum;
    }
}

static void
pj_chip_group_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  PjChipGroup *self = PJ_CHIP_GROUP (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  ChipSizes sizes;
  guint columns, rows;
  int widths[MAX_CHIPS];
  int spare, y = 0;

  measure_chips (self, &sizes);
  if (sizes.n == 0)
    return;
  if (self->packed)
    {
      packed_allocate (self, &sizes, width);
      return;
    }
  columns = columns_for_width (&sizes, width);
  rows = rows_for (&sizes, columns);
  spare = MAX (width - columns_width (&sizes, columns), 0);
  for (guint column = 0; column < columns; column++)
    /* Shared out evenly, the odd pixels to the first columns. */
    widths[column] = column_width (&sizes, column, columns) + spare / (int) columns
                     + ((int) column < spare % (int) columns ? 1 : 0);

  for (guint row = 0; row < rows; row++)
    {
      int row_h = row_height (&sizes, row, columns);
      int x = 0;

      for (guint column = 0; column < columns && row * columns + column < sizes.n; column++)
        {
          GtkWidget *chip = g_ptr_array_index (self->chips, row * columns + column);
          int left = rtl ? width - x - widths[column] : x;

          gtk_widget_allocate (chip, widths[column], row_h, -1,
                               gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (left, y)));
          x += widths[column] + CHIP_SPACING;
        }
      y += row_h + CHIP_SPACING;
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
    case PROP_PACKED:
      g_value_set_boolean (value, self->packed);
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
    case PROP_PACKED:
      if (self->packed != g_value_get_boolean (value))
        {
          self->packed = g_value_get_boolean (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_chip_group_dispose (GObject *object)
{
  PjChipGroup *self = PJ_CHIP_GROUP (object);

  if (self->chips != NULL)
    g_ptr_array_foreach (self->chips, (GFunc) gtk_widget_unparent, NULL);
  g_clear_pointer (&self->chips, g_ptr_array_unref);

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
  /* Chips at their own widths, packed onto lines, instead of aligned columns. */
  properties[PROP_PACKED] =
    g_param_spec_boolean ("packed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->get_request_mode = pj_chip_group_get_request_mode;
  widget_class->measure = pj_chip_group_measure;
  widget_class->size_allocate = pj_chip_group_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "pj-chip-group");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pj_chip_group_init (PjChipGroup *self)
{
  self->chips = g_ptr_array_new ();
}

GtkWidget *
pj_chip_group_new (PjCodeKind kind)
{
  return g_object_new (PJ_TYPE_CHIP_GROUP, "kind", (int) kind, NULL);
}
