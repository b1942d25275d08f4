/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-after-first-frame.h"
#include "pj-insights-widgets.h"
#include "pj-journal-properties.h"
#include "pj-today-tips.h"

#define N_TODAY_TIPS 3

struct _PjTodayTips
{
  AdwBin        parent_instance;

  PjDatabase   *database;
  GSignalGroup *database_signals;
  PjDate        as_of;
  GtkWidget    *group;  /* AdwPreferencesGroup, rebuilt on refresh */
  guint         n_tips;
  /* Given a database while its window is not on screen yet, the tips are chosen once the
   * window has drawn its first frame: they sit below the check-in form, and evaluating and
   * laying them out cost start-up ~25 ms. */
  PjAfterFirstFrame *pending;
};

G_DEFINE_FINAL_TYPE (PjTodayTips, pj_today_tips, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
refresh (PjTodayTips *self)
{
  g_autoptr (PjInsights) insights = NULL;
  g_autoptr (GPtrArray) tips = NULL;
  g_autoptr (GError) error = NULL;

  pj_after_first_frame_cancel (&self->pending);

  self->n_tips = 0;
  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Tips for today"));
  adw_bin_set_child (ADW_BIN (self), self->group);
  if (self->database != NULL)
    insights = pj_insights_evaluate (self->database,
                                     pj_journal_resolve_as_of (self->database, self->as_of),
                                     &error);
  if (error != NULL)
    g_warning ("Could not choose tips: %s", error->message);
  if (insights != NULL)
    tips = pj_insights_get_today_tips (insights, N_TODAY_TIPS);
  for (guint i = 0; tips != NULL && i < tips->len; i++)
    {
      const PjTip *tip = g_ptr_array_index (tips, i);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group),
                                 pj_tip_row_new (tip->info, tip->why));
    }
  self->n_tips = tips != NULL ? tips->len : 0;
  gtk_widget_set_visible (GTK_WIDGET (self), self->n_tips > 0);
}

guint
pj_today_tips_get_n_tips (PjTodayTips *self)
{
  g_return_val_if_fail (PJ_IS_TODAY_TIPS (self), 0);
  return self->n_tips;
}

gboolean
pj_today_tips_get_pending (PjTodayTips *self)
{
  g_return_val_if_fail (PJ_IS_TODAY_TIPS (self), FALSE);
  return pj_after_first_frame_pending (self->pending);
}

static void
refresh_after_first_frame (gpointer user_data)
{
  refresh (PJ_TODAY_TIPS (user_data));
}

static void
on_database_changed (PjTodayTips *self,
                     guint        date)
{
  refresh (self);
}

static void
set_database (PjTodayTips *self,
              PjDatabase  *database)
{
  GtkWidget *root;

  if (!pj_journal_follow_database (&self->database, self->database_signals, database))
    return;
  pj_after_first_frame_cancel (&self->pending);
  /* The tips are hidden until chosen, so they wait for their window's first frame. */
  root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  if (database != NULL && root != NULL && !gtk_widget_get_mapped (root))
    self->pending = pj_after_first_frame (root, refresh_after_first_frame, self);
  else
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

static void
set_as_of (PjTodayTips *self,
           PjDate       as_of)
{
  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  /* Still waiting for the first frame: that choice will use the new day. */
  if (!pj_after_first_frame_pending (self->pending))
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

static void
pj_today_tips_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PjTodayTips *self = PJ_TODAY_TIPS (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_today_tips_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PjTodayTips *self = PJ_TODAY_TIPS (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      set_database (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      set_as_of (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_today_tips_dispose (GObject *object)
{
  PjTodayTips *self = PJ_TODAY_TIPS (object);

  pj_after_first_frame_cancel (&self->pending);
  pj_journal_unfollow_database (&self->database, &self->database_signals);
  G_OBJECT_CLASS (pj_today_tips_parent_class)->dispose (object);
}

static void
pj_today_tips_class_init (PjTodayTipsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pj_today_tips_dispose;
  object_class->get_property = pj_today_tips_get_property;
  object_class->set_property = pj_today_tips_set_property;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  properties[PROP_AS_OF] = pj_journal_param_as_of ();
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_today_tips_init (PjTodayTips *self)
{
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
pj_today_tips_new (void)
{
  return g_object_new (PJ_TYPE_TODAY_TIPS, NULL);
}
