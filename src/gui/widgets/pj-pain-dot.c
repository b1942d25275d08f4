/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "pj-style-palette.h"
#include "pj-pain-dot.h"
#include "pj-palette.h"

#define DOT_SIZE 14

struct _PjPainDot
{
  GtkWidget parent_instance;

  double    pain;
};

G_DEFINE_FINAL_TYPE (PjPainDot, pj_pain_dot, GTK_TYPE_WIDGET)

static GdkRGBA
to_rgba (PjColor color)
{
  return (GdkRGBA) { color.red, color.green, color.blue, color.alpha };
}

static void
pj_pain_dot_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  PjPainDot *self = PJ_PAIN_DOT (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds;
  GskRoundedRect disc;
  PjPalette palette;
  GdkRGBA fill;
  float size = MIN (width, height);

  graphene_rect_init (&bounds, (width - size) / 2.0f, (height - size) / 2.0f, size, size);
  gsk_rounded_rect_init_from_rect (&disc, &bounds, size / 2.0f);
  pj_style_palette_current (&palette);

  if (isnan (self->pain))
    {
      GdkRGBA ring = to_rgba (pj_color_with_alpha (palette.foreground, 0.45));
      const GdkRGBA rings[4] = { ring, ring, ring, ring };
      const float widths[4] = { 1.5f, 1.5f, 1.5f, 1.5f };

      gtk_snapshot_append_border (snapshot, &disc, widths, rings);
      return;
    }

  fill = to_rgba (pj_palette_pain_color (&palette, self->pain));
  gtk_snapshot_push_rounded_clip (snapshot, &disc);
  gtk_snapshot_append_color (snapshot, &fill, &bounds);
  gtk_snapshot_pop (snapshot);
}

static void
pj_pain_dot_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  *minimum = *natural = DOT_SIZE;
}

static void
pj_pain_dot_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pj_pain_dot_parent_class)->css_changed (widget, change);
  /* The light/dark/high-contrast switch arrives as a style change: pick the new palette. */
  gtk_widget_queue_draw (widget);
}

static void
pj_pain_dot_class_init (PjPainDotClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = pj_pain_dot_snapshot;
  widget_class->measure = pj_pain_dot_measure;
  widget_class->css_changed = pj_pain_dot_css_changed;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
pj_pain_dot_init (PjPainDot *self)
{
  self->pain = NAN;
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
pj_pain_dot_new (void)
{
  return g_object_new (PJ_TYPE_PAIN_DOT, NULL);
}

void
pj_pain_dot_set_pain (PjPainDot *self,
                      double     pain)
{
  g_return_if_fail (PJ_IS_PAIN_DOT (self));

  if (self->pain == pain || (isnan (self->pain) && isnan (pain)))
    return;
  self->pain = pain;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
