/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "pj-style-palette.h"
#include "pj-body-map.h"
#include "pj-body-map-region.h"
#include "pj-body-map-render.h"
#include "pj-day.h"

/* The drawing is pj-body-map-render's; this widget only adds input and focus. Each region
 * has a PjBodyMapRegion child laid over its bounding box: the children take the keyboard
 * focus and speak to assistive technologies, while pointer input stays with the map, which
 * hit-tests the real shapes. */
struct _PjBodyMap
{
  GtkWidget  parent_instance;

  GtkWidget *regions[PJ_N_LOCATIONS];
  PjCodeSet  selection;
  int        pain;
  gboolean   show_heat;
  double     heat[PJ_N_LOCATIONS];
  int        hover;
  int        pressed;
  PjPalette  palette;
  GtkWindow *window;        /* the root while rooted, for its focus-visible state */
};

G_DEFINE_FINAL_TYPE (PjBodyMap, pj_body_map, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Tab order: the figure read like a page, top to bottom and left to right. */
static const PjLocation tab_order[PJ_N_LOCATIONS] = {
  PJ_LOCATION_NECK,
  PJ_LOCATION_SHOULDER_LEFT,
  PJ_LOCATION_SHOULDER_RIGHT,
  PJ_LOCATION_ARM_LEFT,
  PJ_LOCATION_UPPER_BACK_LEFT,
  PJ_LOCATION_BETWEEN_SHOULDER_BLADES,
  PJ_LOCATION_UPPER_BACK_RIGHT,
  PJ_LOCATION_ARM_RIGHT,
  PJ_LOCATION_MID_BACK,
  PJ_LOCATION_LOWER_BACK,
};

/* The small figure is still readable and clickable at this width. */
#define MIN_WIDTH     150
#define NATURAL_WIDTH 260

static void
update_palette (PjBodyMap *self)
{
  pj_style_palette_current (&self->palette);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static int
focused_region (PjBodyMap *self)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));

  if (child == NULL || !gtk_widget_is_focus (child))
    return -1;
  return pj_body_map_region_get_location (PJ_BODY_MAP_REGION (child));
}

static void
pj_body_map_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  PjBodyMap *self = PJ_BODY_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PjBodyMapState state;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  pj_body_map_state_init (&state);
  state.selection = self->selection;
  state.pain = self->pain == PJ_UNSET ? NAN : self->pain;
  state.hover = self->show_heat ? -1 : self->hover;
  /* Like GTK's own focus rings: shown while the keyboard is in use. */
  if (self->window == NULL || gtk_window_get_focus_visible (self->window))
    state.focus = focused_region (self);
  state.show_heat = self->show_heat;
  memcpy (state.heat, self->heat, sizeof state.heat);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pj_body_map_render (cr, width, height, &self->palette, &state);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
pj_body_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pj_body_map_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  double aspect = pj_body_map_aspect_ratio ();

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      /* Tall enough to show the figure at the given width, but no taller than its natural
       * size: a very wide map just centres the figure. */
      int width = for_size < 0 ? NATURAL_WIDTH : CLAMP (for_size, MIN_WIDTH, NATURAL_WIDTH);

      *minimum = *natural = (int) ceil (width / aspect);
    }
}

static void
pj_body_map_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  PjBodyMap *self = PJ_BODY_MAP (widget);

  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    {
      double x, y, w, h;

      pj_body_map_region_bounds (width, height, i, &x, &y, &w, &h);
      gtk_widget_size_allocate (self->regions[i],
                                &(GtkAllocation) { floor (x), floor (y), ceil (w), ceil (h) },
                                -1);
    }
}

static int
tab_position (PjLocation location)
{
  for (int i = 0; i < PJ_N_LOCATIONS; i++)
    {
      if (tab_order[i] == location)
        return i;
    }
  g_assert_not_reached ();
}

/* The nearest region in the direction of an arrow key, judged by the regions' centres:
 * distance along the arrow plus twice the sideways offset, so "down" from the left shoulder
 * prefers the left upper back over the middle. -1 when there is none. */
static int
neighbour_region (PjBodyMap       *self,
                  PjLocation       from,
                  GtkDirectionType direction)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double from_x, from_y, best_score = G_MAXDOUBLE;
  int best = -1;

  pj_body_map_region_center (width, height, from, &from_x, &from_y);

  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    {
      double x, y, along, across, score;

      if (i == from || !gtk_widget_get_focusable (self->regions[i]))
        continue;

      pj_body_map_region_center (width, height, i, &x, &y);
      switch (direction)
        {
        case GTK_DIR_LEFT:
          along = from_x - x;
          across = fabs (y - from_y);
          break;
        case GTK_DIR_RIGHT:
          along = x - from_x;
          across = fabs (y - from_y);
          break;
        case GTK_DIR_UP:
          along = from_y - y;
          across = fabs (x - from_x);
          break;
        case GTK_DIR_DOWN:
          along = y - from_y;
          across = fabs (x - from_x);
          break;
        case GTK_DIR_TAB_FORWARD:
        case GTK_DIR_TAB_BACKWARD:
        default:
          return -1;
        }

      if (along <= 1)
        continue;
      score = along + 2 * across;
      if (score < best_score)
        {
          best_score = score;
          best = i;
        }
    }

  return best;
}

static gboolean
pj_body_map_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  PjBodyMap *self = PJ_BODY_MAP (widget);
  int current = focused_region (self);
  int target = -1;

  if (self->show_heat)
    return FALSE;

  if (current < 0)
    {
      /* Entering the map: Shift+Tab comes in at the last region, anything else at the
       * first. */
      target = tab_order[direction == GTK_DIR_TAB_BACKWARD ? PJ_N_LOCATIONS - 1 : 0];
    }
  else if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    {
      int position = tab_position (current) + (direction == GTK_DIR_TAB_FORWARD ? 1 : -1);

      if (position < 0 || position >= PJ_N_LOCATIONS)
        return FALSE;
      target = tab_order[position];
    }
  else
    {
      target = neighbour_region (self, current, direction);
      if (target < 0)
        return FALSE;
    }

  return gtk_widget_grab_focus (self->regions[target]);
}

static gboolean
pj_body_map_grab_focus (GtkWidget *widget)
{
  PjBodyMap *self = PJ_BODY_MAP (widget);

  if (self->show_heat)
    return FALSE;
  return gtk_widget_grab_focus (self->regions[tab_order[0]]);
}

static void
toggle_region (PjBodyMap *self,
               PjLocation location)
{
  pj_body_map_set_selection (self, self->selection ^ PJ_CODE_BIT (location));
}

static void
on_region_toggle (PjBodyMapRegion *region,
                  PjBodyMap       *self)
{
  if (!self->show_heat)
    toggle_region (self, pj_body_map_region_get_location (region));
}

static void
on_region_focus_changed (GtkWidget  *region,
                         GParamSpec *pspec,
                         PjBodyMap  *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_hover (PjBodyMap *self,
           int        hover)
{
  if (self->show_heat)
    hover = -1;
  if (hover == self->hover)
    return;

  self->hover = hover;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hover >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PjBodyMap                *self)
{
  set_hover (self, pj_body_map_hit_test (gtk_widget_get_width (GTK_WIDGET (self)),
                                         gtk_widget_get_height (GTK_WIDGET (self)), x, y));
}

static void
on_leave (GtkEventControllerMotion *controller,
          PjBodyMap                *self)
{
  set_hover (self, -1);
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PjBodyMap       *self)
{
  self->pressed = pj_body_map_hit_test (gtk_widget_get_width (GTK_WIDGET (self)),
                                        gtk_widget_get_height (GTK_WIDGET (self)), x, y);
  if (self->pressed >= 0 && !self->show_heat)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* A click toggles the region it started and ended on, like a button; the region also takes
 * the focus so the keyboard can carry on from there. */
static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             PjBodyMap       *self)
{
  int region = pj_body_map_hit_test (gtk_widget_get_width (GTK_WIDGET (self)),
                                     gtk_widget_get_height (GTK_WIDGET (self)), x, y);

  if (self->show_heat || region < 0 || region != self->pressed)
    return;

  gtk_widget_grab_focus (self->regions[region]);
  toggle_region (self, region);
}

static void
on_focus_visible_changed (GtkWindow  *window,
                          GParamSpec *pspec,
                          PjBodyMap  *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pj_body_map_root (GtkWidget *widget)
{
  PjBodyMap *self = PJ_BODY_MAP (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (pj_body_map_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    {
      self->window = GTK_WINDOW (root);
      g_signal_connect_object (root, "notify::focus-visible",
                               G_CALLBACK (on_focus_visible_changed), self, 0);
    }
}

static void
pj_body_map_unroot (GtkWidget *widget)
{
  PjBodyMap *self = PJ_BODY_MAP (widget);

  if (self->window != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->window, on_focus_visible_changed, self);
      self->window = NULL;
    }

  GTK_WIDGET_CLASS (pj_body_map_parent_class)->unroot (widget);
}

static void
pj_body_map_dispose (GObject *object)
{
  PjBodyMap *self = PJ_BODY_MAP (object);

  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    g_clear_pointer (&self->regions[i], gtk_widget_unparent);

  G_OBJECT_CLASS (pj_body_map_parent_class)->dispose (object);
}

static void
pj_body_map_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PjBodyMap *self = PJ_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      g_value_set_uint (value, self->selection);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_body_map_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PjBodyMap *self = PJ_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      pj_body_map_set_selection (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_body_map_class_init (PjBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_body_map_dispose;
  object_class->get_property = pj_body_map_get_property;
  object_class->set_property = pj_body_map_set_property;

  widget_class->snapshot = pj_body_map_snapshot;
  widget_class->get_request_mode = pj_body_map_get_request_mode;
  widget_class->measure = pj_body_map_measure;
  widget_class->size_allocate = pj_body_map_size_allocate;
  widget_class->focus = pj_body_map_focus;
  widget_class->grab_focus = pj_body_map_grab_focus;
  widget_class->root = pj_body_map_root;
  widget_class->unroot = pj_body_map_unroot;

  properties[PROP_SELECTION] =
    g_param_spec_uint ("selection", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "bodymap");
}

static void
pj_body_map_init (PjBodyMap *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->pain = PJ_UNSET;
  self->hover = -1;
  self->pressed = -1;

  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    {
      self->regions[i] = pj_body_map_region_new (i);
      gtk_widget_set_parent (self->regions[i], GTK_WIDGET (self));
      g_signal_connect (self->regions[i], "toggle", G_CALLBACK (on_region_toggle), self);
      g_signal_connect (self->regions[i], "notify::has-focus",
                        G_CALLBACK (on_region_focus_changed), self);
    }

  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Where it hurts"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("The back seen from behind: your left is on the left"),
                                  -1);

  pj_style_palette_watch (self, G_CALLBACK (update_palette));
  update_palette (self);
}

GtkWidget *
pj_body_map_new (void)
{
  return g_object_new (PJ_TYPE_BODY_MAP, NULL);
}

PjCodeSet
pj_body_map_get_selection (PjBodyMap *self)
{
  g_return_val_if_fail (PJ_IS_BODY_MAP (self), 0);

  return self->selection;
}

void
pj_body_map_set_selection (PjBodyMap *self,
                           PjCodeSet  selection)
{
  g_return_if_fail (PJ_IS_BODY_MAP (self));

  selection &= pj_codes_all (PJ_CODE_KIND_LOCATION);
  if (selection == self->selection)
    return;

  self->selection = selection;
  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    {
      pj_body_map_region_set_checked (PJ_BODY_MAP_REGION (self->regions[i]),
                                      (selection & PJ_CODE_BIT (i)) != 0);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

void
pj_body_map_set_pain (PjBodyMap *self,
                      int        pain)
{
  g_return_if_fail (PJ_IS_BODY_MAP (self));
  g_return_if_fail (pain == PJ_UNSET || (pain >= 0 && pain <= 10));

  if (pain == self->pain)
    return;
  self->pain = pain;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
pj_body_map_set_heat (PjBodyMap    *self,
                      const double  heat[PJ_N_LOCATIONS])
{
  g_return_if_fail (PJ_IS_BODY_MAP (self));

  self->show_heat = heat != NULL;
  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    {
      PjBodyMapRegion *region = PJ_BODY_MAP_REGION (self->regions[i]);

      self->heat[i] = heat != NULL ? heat[i] : 0.0;
      if (heat != NULL)
        pj_body_map_region_set_heat (region, heat[i]);
      else
        pj_body_map_region_clear_heat (region);
    }

  if (self->show_heat)
    set_hover (self, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
