/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pj-body-map-region.h"

struct _PjBodyMapRegion
{
  GtkWidget  parent_instance;

  PjLocation location;
};

G_DEFINE_FINAL_TYPE (PjBodyMapRegion, pj_body_map_region, GTK_TYPE_WIDGET)

enum
{
  SIGNAL_TOGGLE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The installed action is what AT-SPI offers as this region's action (GTK 4.8 exports a
 * widget's own actions), so a screen reader or a test driving the app can toggle it. */
static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_TOGGLE], 0);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PjBodyMapRegion       *self)
{
  GtkWidget *map = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkDirectionType direction;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      g_signal_emit (self, signals[SIGNAL_TOGGLE], 0);
      return GDK_EVENT_STOP;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      direction = GTK_DIR_LEFT;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      direction = GTK_DIR_RIGHT;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      direction = GTK_DIR_UP;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      direction = GTK_DIR_DOWN;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  /* Arrows move between the regions of the map (its focus vfunc knows the layout); at the
   * edge of the figure the key goes on to the window, which moves out of the map. */
  if (map != NULL && gtk_widget_child_focus (map, direction))
    return GDK_EVENT_STOP;
  return GDK_EVENT_PROPAGATE;
}

static void
pj_body_map_region_class_init (PjBodyMapRegionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * PjBodyMapRegion::toggle:
   *
   * The person asked to toggle this region (Space, Enter, or the accessible action).
   */
  signals[SIGNAL_TOGGLE] = g_signal_new ("toggle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "region.toggle", NULL, toggle_action);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_CHECKBOX);
  gtk_widget_class_set_css_name (widget_class, "bodymapregion");
}

static void
pj_body_map_region_init (PjBodyMapRegion *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  /* Pointer input goes to the map underneath, which hit-tests the real shapes; these widgets
   * only cover bounding boxes, which overlap. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

GtkWidget *
pj_body_map_region_new (PjLocation location)
{
  PjBodyMapRegion *self;

  g_return_val_if_fail (location < PJ_N_LOCATIONS, NULL);

  self = g_object_new (PJ_TYPE_BODY_MAP_REGION, NULL);
  self->location = location;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pj_code_label (PJ_CODE_KIND_LOCATION, location),
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_CHECKED, GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
  return GTK_WIDGET (self);
}

PjLocation
pj_body_map_region_get_location (PjBodyMapRegion *self)
{
  g_return_val_if_fail (PJ_IS_BODY_MAP_REGION (self), 0);

  return self->location;
}

void
pj_body_map_region_set_checked (PjBodyMapRegion *self,
                                gboolean         checked)
{
  g_return_if_fail (PJ_IS_BODY_MAP_REGION (self));

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_CHECKED,
                               checked ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                       : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

void
pj_body_map_region_set_heat (PjBodyMapRegion *self,
                             double           heat)
{
  g_autofree char *description = NULL;

  g_return_if_fail (PJ_IS_BODY_MAP_REGION (self));

  /* Translators: on the heat map of where it hurt; %d is a percentage. */
  description = g_strdup_printf (_("How often it hurt here: %d %%"),
                                 (int) round (100 * CLAMP (isnan (heat) ? 0 : heat, 0, 1)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE,
                                  -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "region.toggle", FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

void
pj_body_map_region_clear_heat (PjBodyMapRegion *self)
{
  g_return_if_fail (PJ_IS_BODY_MAP_REGION (self));

  gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, FALSE,
                                  -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "region.toggle", TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}
