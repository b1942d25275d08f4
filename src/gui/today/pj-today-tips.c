/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-after-first-frame.h"
#include "pj-insights-widgets.h"
#include "pj-today-tips.h"

#define N_TODAY_TIPS 3

struct _PjTodayTips
{
  AdwBin      parent_instance;

  PjDatabase *database;
  gulong      changed_id;
  PjDate      as_of;
  GtkWidget  *group;  /* AdwPreferencesGroup, rebuilt on refresh */
  guint       n_tips;
  /* Given a database while its window is not on screen yet, the tips are chosen once the
   * window has drawn its first frame: they sit below the check-in form, and evaluating and
   * laying them out cost start-up ~25 ms. */
  PjAfterFirstFrame *pending;
};

G_DEFINE_FINAL_TYPE (PjTodayTips, pj_today_tips, ADW_TYPE_BIN)

void
pj_today_tips_refresh (PjTodayTips *self)
{
  g_autoptr (PjInsights) insights = NULL;
  g_autoptr (GPtrArray) tips = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (PJ_IS_TODAY_TIPS (self));

  pj_after_first_frame_cancel (&self->pending);

  self->n_tips = 0;
  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Tips for today"));
  adw_bin_set_child (ADW_BIN (self), self->group);
  if (self->database != NULL)
    insights = pj_insights_evaluate (self->database,
                                     self->as_of != PJ_DATE_NONE
                                     ? self->as_of : pj_database_get_today (self->database),
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
  pj_today_tips_refresh (PJ_TODAY_TIPS (user_data));
}

static void
on_database_changed (PjDatabase  *database,
                     guint        date,
                     PjTodayTips *self)
{
  pj_today_tips_refresh (self);
}

void
pj_today_tips_set_database (PjTodayTips *self,
                            PjDatabase  *database)
{
  GtkWidget *root;

  g_return_if_fail (PJ_IS_TODAY_TIPS (self));

  if (self->database != NULL)
    g_clear_signal_handler (&self->changed_id, self->database);
  g_set_object (&self->database, database);
  if (database != NULL)
    self->changed_id = g_signal_connect (database, "changed",
                                         G_CALLBACK (on_database_changed), self);
  pj_after_first_frame_cancel (&self->pending);
  /* The tips are hidden until chosen, so they wait for their window's first frame. */
  root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  if (database != NULL && root != NULL && !gtk_widget_get_mapped (root))
    self->pending = pj_after_first_frame (root, refresh_after_first_frame, self);
  else
    {
      pj_today_tips_refresh (self);
    }
}

void
pj_today_tips_set_as_of (PjTodayTips *self,
                         PjDate       as_of)
{
  g_return_if_fail (PJ_IS_TODAY_TIPS (self));
  self->as_of = as_of;
  pj_today_tips_refresh (self);
}

static void
pj_today_tips_dispose (GObject *object)
{
  PjTodayTips *self = PJ_TODAY_TIPS (object);

  pj_after_first_frame_cancel (&self->pending);
  if (self->database != NULL)
    g_clear_signal_handler (&self->changed_id, self->database);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (pj_today_tips_parent_class)->dispose (object);
}

static void
pj_today_tips_class_init (PjTodayTipsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pj_today_tips_dispose;
}

static void
pj_today_tips_init (PjTodayTips *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
pj_today_tips_new (void)
{
  return g_object_new (PJ_TYPE_TODAY_TIPS, NULL);
}
