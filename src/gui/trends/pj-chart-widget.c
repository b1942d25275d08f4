/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pj-style-palette.h"
#include "pj-chart-widget.h"
#include "pj-period.h"

struct _PjChartWidget
{
  GtkWidget   parent_instance;

  PjChart    *chart;
  PjDate      cursor;
  GtkWidget  *popover;
  GtkWidget  *popover_label;
  gboolean    pointer_inside;
};

G_DEFINE_FINAL_TYPE (PjChartWidget, pj_chart_widget, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CURSOR_DATE,
  N_PROPS
};

enum
{
  SIGNAL_OPEN_DAY,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ----- Colours and fonts from the style ----- */

static PjColor
color_from_rgba (const GdkRGBA *rgba)
{
  return (PjColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

void
pj_chart_widget_get_palette (PjChartWidget *self,
                             PjPalette     *out_palette)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean high_contrast = adw_style_manager_get_high_contrast (style);
  GtkStyleContext *context;
  GdkRGBA rgba;

  g_return_if_fail (PJ_IS_CHART_WIDGET (self));

  pj_style_palette_current (out_palette);

  /* The text colour and the accent come from the theme, so the chart matches the window
   * (and a future accent setting) instead of a copy of Adwaita's values. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gtk_style_context_get_color (context, &rgba);
  out_palette->foreground = color_from_rgba (&rgba);
  if (!high_contrast && gtk_style_context_lookup_color (context, "accent_color", &rgba))
    {
      out_palette->accent = color_from_rgba (&rgba);
      out_palette->focus = out_palette->accent;
      out_palette->band = pj_color_with_alpha (out_palette->accent, out_palette->band.alpha);
    }
  if (gtk_style_context_lookup_color (context, "card_bg_color", &rgba))
    out_palette->background = color_from_rgba (&rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
update_font (PjChartWidget *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = 11;

  if (font != NULL && pango_font_description_get_size (font) > 0)
    {
      size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
      /* Points to pixels at the 96 dpi GTK assumes; scaling is applied by the snapshot. */
      if (!pango_font_description_get_size_is_absolute (font))
        size *= 96.0 / 72.0;
    }
  /* Axis text a little smaller than body text, as in GNOME's own charts. */
  pj_chart_set_font (self->chart,
                     font != NULL && pango_font_description_get_family (font) != NULL
                     ? pango_font_description_get_family (font) : "Sans",
                     round (size * 0.9));
}

static void
on_style_changed (PjChartWidget *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ----- Drawing ----- */

static void
pj_chart_widget_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  PjChartWidget *self = PJ_CHART_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PjPalette palette;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  pj_chart_widget_get_palette (self, &palette);
  update_font (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pj_chart_render (self->chart, cr, width, height, &palette);
  cairo_destroy (cr);
}

static void
pj_chart_widget_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  /* Small enough for a phone in portrait, tall enough for ten pain levels to be told apart. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 720;
    }
  else
    {
      *minimum = 220;
      *natural = 360;
    }
}

/* ----- The cursor and its popover ----- */

/* The day's marker in words, so the triangle under the axis says what it stands for. */
static void
append_marker (PjChartWidget *self,
               PjDate         date,
               GString       *text)
{
  guint n_markers = 0;
  const PjChartMarker *markers = pj_chart_get_markers (self->chart, &n_markers);
  int kind = -1;

  for (guint i = 0; i < n_markers; i++)
    if (markers[i].date == date && (kind < 0 || (int) markers[i].kind < kind))
      kind = markers[i].kind;
  switch (kind)
    {
    case PJ_CHART_MARKER_URGENT:
      g_string_append_printf (text, "\n%s", _("Urgent warning sign this day – see Insights"));
      break;
    case PJ_CHART_MARKER_SEE_SOON:
      g_string_append_printf (text, "\n%s", _("Warning sign this day, worth seeing a "
                                               "professional soon – see Insights"));
      break;
    case PJ_CHART_MARKER_WATCH:
      g_string_append_printf (text, "\n%s", _("Pattern worth watching this day – see Insights"));
      break;
    default:
      break;
    }
}

static char *
describe_day (PjChartWidget *self,
              PjDate         date)
{
  const PjChartSeries *series = pj_chart_get_series (self->chart);
  int index = series != NULL ? pj_chart_series_index (series, date) : -1;
  g_autoptr (GDateTime) datetime = pj_date_to_local_datetime (date);
  /* Translators: the day in the chart's popover, "Saturday 14 March 2026"; see strftime(3) */
  g_autofree char *day = g_date_time_format (datetime, _("%A %-d %B %Y"));
  GString *text = g_string_new (day);

  if (index < 0 || isnan (series->mean[index]))
    g_string_append_printf (text, "\n%s", _("Nothing logged"));
  else
    {
      g_autofree char *mean = pj_period_format_pain (series->mean[index]);
      g_autofree char *least = pj_period_format_pain (series->least[index]);
      g_autofree char *worst = pj_period_format_pain (series->worst[index]);

      g_string_append_c (text, '\n');
      /* Translators: the daily mean pain on 0–10 */
      g_string_append_printf (text, _("Pain %s"), mean);
      if (series->least[index] != series->worst[index])
        /* Translators: " (least 3, worst 6)" after the daily pain */
        g_string_append_printf (text, _(" (least %s, worst %s)"), least, worst);
    }
  if (index >= 0 && !isnan (series->rolling[index]))
    {
      g_autofree char *rolling = pj_period_format_pain (series->rolling[index]);

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("7-day average %s"), rolling);
    }
  if (index >= 0 && series->factor_values != NULL && !isnan (series->factor_values[index]))
    {
      const char *unit = pj_chart_factor_unit (series->factor);

      g_string_append_printf (text, "\n%s %g%s%s", pj_chart_factor_label (series->factor),
                              series->factor_values[index], unit[0] ? " " : "", unit);
    }
  if (index >= 0)
    append_marker (self, date, text);
  return g_string_free (text, FALSE);
}

static void
update_popover (PjChartWidget *self)
{
  double x;

  if (self->cursor == PJ_DATE_NONE || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return;
    }

  x = pj_chart_x_for_date (self->chart, self->cursor);
  if (!isnan (x))
    {
      PjChartRect plot;

      pj_chart_get_plot_area (self->chart, &plot);
      gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                                   &(GdkRectangle) { (int) x, (int) plot.y, 1, 1 });
    }
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

PjDate
pj_chart_widget_get_cursor_date (PjChartWidget *self)
{
  g_return_val_if_fail (PJ_IS_CHART_WIDGET (self), PJ_DATE_NONE);
  return self->cursor;
}

void
pj_chart_widget_set_cursor_date (PjChartWidget *self,
                                 PjDate         date)
{
  const PjChartSeries *series;
  g_autofree char *text = NULL;

  g_return_if_fail (PJ_IS_CHART_WIDGET (self));

  series = pj_chart_get_series (self->chart);
  if (series == NULL || pj_chart_series_index (series, date) < 0)
    date = PJ_DATE_NONE;
  if (self->cursor == date)
    return;

  self->cursor = date;
  pj_chart_set_crosshair (self->chart, date);
  if (date != PJ_DATE_NONE)
    {
      text = describe_day (self, date);
      gtk_label_set_text (GTK_LABEL (self->popover_label), text);
      /* Screen readers hear the day the crosshair is on. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
    }
  update_popover (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_DATE]);
}

static void
move_cursor (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PjChartWidget *self = PJ_CHART_WIDGET (widget);
  const PjChartSeries *series = pj_chart_get_series (self->chart);
  gint64 date;

  if (series == NULL)
    return;
  /* The first key press shows the crosshair on the latest day, where people start looking. */
  if (self->cursor == PJ_DATE_NONE)
    date = series->last;
  else
    date = (gint64) self->cursor + g_variant_get_int32 (parameter);
  pj_chart_widget_set_cursor_date (self, CLAMP (date, series->first, series->last));
}

static void
cursor_edge (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PjChartWidget *self = PJ_CHART_WIDGET (widget);
  const PjChartSeries *series = pj_chart_get_series (self->chart);

  if (series != NULL)
    pj_chart_widget_set_cursor_date (self, g_variant_get_boolean (parameter) ? series->last
                                                                             : series->first);
}

static void
open_day (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  PjChartWidget *self = PJ_CHART_WIDGET (widget);

  if (self->cursor != PJ_DATE_NONE)
    g_signal_emit (self, signals[SIGNAL_OPEN_DAY], 0, (guint) self->cursor);
}

static void
hide_cursor (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pj_chart_widget_set_cursor_date (PJ_CHART_WIDGET (widget), PJ_DATE_NONE);
}

/* ----- Pointer ----- */

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PjChartWidget            *self)
{
  PjChartRect plot;

  self->pointer_inside = TRUE;
  if (!pj_chart_get_plot_area (self->chart, &plot))
    return;
  if (x < plot.x - 4 || x > plot.x + plot.width + 4)
    return;
  pj_chart_widget_set_cursor_date (self, pj_chart_date_at_x (self->chart, x));
}

static void
on_leave (GtkEventControllerMotion *controller,
          PjChartWidget            *self)
{
  self->pointer_inside = FALSE;
  /* With the keyboard focus here the crosshair stays: the person may be reading it. */
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    pj_chart_widget_set_cursor_date (self, PJ_DATE_NONE);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                PjChartWidget           *self)
{
  if (!self->pointer_inside)
    pj_chart_widget_set_cursor_date (self, PJ_DATE_NONE);
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PjChartWidget   *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  pj_chart_widget_set_cursor_date (self, pj_chart_date_at_x (self->chart, x));
  if (n_press == 2)
    open_day (GTK_WIDGET (self), NULL, NULL);
}

/* ----- GObject ----- */

GtkWidget *
pj_chart_widget_new (void)
{
  return g_object_new (PJ_TYPE_CHART_WIDGET, NULL);
}

void
pj_chart_widget_set_dose_rows (PjChartWidget *self,
                               GPtrArray     *rows)
{
  g_return_if_fail (PJ_IS_CHART_WIDGET (self));

  pj_chart_set_dose_rows (self->chart, rows);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
pj_chart_widget_set_series (PjChartWidget *self,
                            PjChartSeries *series)
{
  PjDate cursor;

  g_return_if_fail (PJ_IS_CHART_WIDGET (self));

  cursor = self->cursor;
  pj_chart_set_series (self->chart, series);
  self->cursor = PJ_DATE_NONE;
  pj_chart_set_crosshair (self->chart, PJ_DATE_NONE);
  if (cursor != PJ_DATE_NONE)
    pj_chart_widget_set_cursor_date (self, cursor);
  if (self->cursor != cursor)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_DATE]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const PjChartSeries *
pj_chart_widget_get_series (PjChartWidget *self)
{
  g_return_val_if_fail (PJ_IS_CHART_WIDGET (self), NULL);
  return pj_chart_get_series (self->chart);
}

void
pj_chart_widget_set_markers (PjChartWidget       *self,
                             const PjChartMarker *markers,
                             guint                n_markers)
{
  g_return_if_fail (PJ_IS_CHART_WIDGET (self));
  pj_chart_set_markers (self->chart, markers, n_markers);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const PjChartMarker *
pj_chart_widget_get_markers (PjChartWidget *self,
                             guint         *n_markers)
{
  g_return_val_if_fail (PJ_IS_CHART_WIDGET (self), NULL);
  return pj_chart_get_markers (self->chart, n_markers);
}

static void
pj_chart_widget_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PjChartWidget *self = PJ_CHART_WIDGET (widget);

  if (gtk_widget_get_visible (self->popover))
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
pj_chart_widget_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pj_chart_widget_parent_class)->css_changed (widget, change);
  /* The accent colour and the text colour live in CSS. */
  gtk_widget_queue_draw (widget);
}

static void
pj_chart_widget_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PjChartWidget *self = PJ_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CURSOR_DATE:
      g_value_set_uint (value, self->cursor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_chart_widget_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PjChartWidget *self = PJ_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CURSOR_DATE:
      pj_chart_widget_set_cursor_date (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_chart_widget_dispose (GObject *object)
{
  PjChartWidget *self = PJ_CHART_WIDGET (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);

  G_OBJECT_CLASS (pj_chart_widget_parent_class)->dispose (object);
}

static void
pj_chart_widget_finalize (GObject *object)
{
  PjChartWidget *self = PJ_CHART_WIDGET (object);

  g_clear_pointer (&self->chart, pj_chart_free);

  G_OBJECT_CLASS (pj_chart_widget_parent_class)->finalize (object);
}

static void
add_key_bindings (GtkWidgetClass *widget_class)
{
  static const struct { guint key; int days; } moves[] = {
    { GDK_KEY_Left, -1 }, { GDK_KEY_KP_Left, -1 }, { GDK_KEY_Right, 1 }, { GDK_KEY_KP_Right, 1 },
    { GDK_KEY_Page_Up, -7 }, { GDK_KEY_Page_Down, 7 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_widget_class_add_binding_action (widget_class, moves[i].key, 0, "chart.move-cursor",
                                         "i", moves[i].days);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.cursor-edge",
                                       "b", FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.cursor-edge",
                                       "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "chart.open-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "chart.open-day",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "chart.open-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "chart.hide-cursor",
                                       NULL);
}

static void
pj_chart_widget_class_init (PjChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pj_chart_widget_get_property;
  object_class->set_property = pj_chart_widget_set_property;
  object_class->dispose = pj_chart_widget_dispose;
  object_class->finalize = pj_chart_widget_finalize;
  widget_class->snapshot = pj_chart_widget_snapshot;
  widget_class->measure = pj_chart_widget_measure;
  widget_class->size_allocate = pj_chart_widget_size_allocate;
  widget_class->css_changed = pj_chart_widget_css_changed;

  properties[PROP_CURSOR_DATE] =
    g_param_spec_uint ("cursor-date", NULL, NULL, 0, G_MAXUINT32, PJ_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_OPEN_DAY] =
    g_signal_new ("open-day", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "chart.move-cursor", "i", move_cursor);
  gtk_widget_class_install_action (widget_class, "chart.cursor-edge", "b", cursor_edge);
  gtk_widget_class_install_action (widget_class, "chart.open-day", NULL, open_day);
  gtk_widget_class_install_action (widget_class, "chart.hide-cursor", NULL, hide_cursor);
  add_key_bindings (widget_class);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pj_chart_widget_init (PjChartWidget *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->chart = pj_chart_new ();
  pj_chart_set_fill_background (self->chart, FALSE);
  /* Year and All: hundreds of daily points only read as a zig-zag. */
  pj_chart_set_weekly_above_days (self->chart, PJ_CHART_WEEKLY_ABOVE_DAYS_SCREEN);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  /* The popover only shows values: it must not take the focus or close on a click. */
  self->popover_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->popover_label), 0);
  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), self->popover_label);
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_TOP);
  gtk_widget_set_can_target (self->popover, FALSE);
  gtk_widget_set_can_focus (self->popover, FALSE);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));

  pj_style_palette_watch (self, G_CALLBACK (on_style_changed));
}
