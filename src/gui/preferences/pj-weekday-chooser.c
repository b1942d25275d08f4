/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "pj-weekday-chooser.h"

struct _PjWeekdayChooser
{
  GtkWidget        parent_instance;

  /* Indexed by GDateWeekday; [0] unused. */
  GtkToggleButton *buttons[8];
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (PjWeekdayChooser, pj_weekday_chooser, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_DAYS, N_PROPS };
static GParamSpec *properties[N_PROPS];

static const char *const key_names[8] = {
  NULL, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

const char *
pj_weekday_key_name (GDateWeekday weekday)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);
  return key_names[weekday];
}

/* The locale's first day of the week (Sunday in the US, Monday in most of Europe), read the
 * way glibc describes it: a day of its week-1 origin date, counted from 1. */
static GDateWeekday
first_weekday (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } info;
  int origin_weekday = G_DATE_MONDAY;
  int first;

  info.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  if (info.word == 19971130)
    origin_weekday = G_DATE_SUNDAY;
  first = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0];
  if (first >= 1 && first <= 7)
    return (GDateWeekday) ((origin_weekday - 1 + first - 1) % 7 + 1);
#endif
  return G_DATE_MONDAY;
}

static void
on_toggled (PjWeekdayChooser *self)
{
  if (!self->updating)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAYS]);
}

/* A day's button shows its short name and says the full one. 29 June 2026 is a Monday. */
static GtkToggleButton *
make_button (GDateWeekday weekday)
{
  g_autoptr (GDateTime) monday = g_date_time_new_local (2026, 6, 29, 12, 0, 0);
  g_autoptr (GDateTime) date = g_date_time_add_days (monday, weekday - G_DATE_MONDAY);
  g_autofree char *short_name = g_date_time_format (date, "%a");
  g_autofree char *long_name = g_date_time_format (date, "%A");
  GtkWidget *button = gtk_toggle_button_new_with_label (short_name);

  gtk_widget_add_css_class (button, "pj-weekday");
  gtk_widget_set_tooltip_text (button, long_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  long_name, -1);
  gtk_widget_set_hexpand (button, TRUE);
  return GTK_TOGGLE_BUTTON (button);
}

static void
pj_weekday_chooser_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PjWeekdayChooser *self = PJ_WEEKDAY_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_DAYS:
      g_value_take_boxed (value, pj_weekday_chooser_get_days (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_weekday_chooser_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PjWeekdayChooser *self = PJ_WEEKDAY_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_DAYS:
      pj_weekday_chooser_set_days (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_weekday_chooser_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (pj_weekday_chooser_parent_class)->dispose (object);
}

static void
pj_weekday_chooser_class_init (PjWeekdayChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pj_weekday_chooser_get_property;
  object_class->set_property = pj_weekday_chooser_set_property;
  object_class->dispose = pj_weekday_chooser_dispose;

  properties[PROP_DAYS] =
    g_param_spec_boxed ("days", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pj-weekday-chooser");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pj_weekday_chooser_init (PjWeekdayChooser *self)
{
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
  GDateWeekday first = first_weekday ();

  gtk_box_layout_set_spacing (layout, 6);
  gtk_box_layout_set_homogeneous (layout, TRUE);
  for (int i = 0; i < 7; i++)
    {
      GDateWeekday weekday = (GDateWeekday) ((first - 1 + i) % 7 + 1);

      self->buttons[weekday] = make_button (weekday);
      g_signal_connect_swapped (self->buttons[weekday], "toggled", G_CALLBACK (on_toggled),
                                self);
      gtk_widget_set_parent (GTK_WIDGET (self->buttons[weekday]), GTK_WIDGET (self));
    }
}

GtkWidget *
pj_weekday_chooser_new (void)
{
  return g_object_new (PJ_TYPE_WEEKDAY_CHOOSER, NULL);
}

GStrv
pj_weekday_chooser_get_days (PjWeekdayChooser *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (PJ_IS_WEEKDAY_CHOOSER (self), NULL);

  for (int weekday = G_DATE_MONDAY; weekday <= G_DATE_SUNDAY; weekday++)
    if (gtk_toggle_button_get_active (self->buttons[weekday]))
      g_strv_builder_add (builder, key_names[weekday]);
  return g_strv_builder_end (builder);
}

void
pj_weekday_chooser_set_days (PjWeekdayChooser   *self,
                             const char * const *days)
{
  g_auto (GStrv) before = NULL;
  g_auto (GStrv) after = NULL;

  g_return_if_fail (PJ_IS_WEEKDAY_CHOOSER (self));

  before = pj_weekday_chooser_get_days (self);
  self->updating = TRUE;
  for (int weekday = G_DATE_MONDAY; weekday <= G_DATE_SUNDAY; weekday++)
    gtk_toggle_button_set_active (self->buttons[weekday],
                                  days != NULL && g_strv_contains (days, key_names[weekday]));
  self->updating = FALSE;
  after = pj_weekday_chooser_get_days (self);
  if (!g_strv_equal ((const char * const *) before, (const char * const *) after))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAYS]);
}
