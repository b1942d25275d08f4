/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-adaptive-box.h"
#include "pj-after-first-frame.h"
#include "pj-insights.h"
#include "pj-journal-properties.h"
#include "pj-urgent-banner.h"

struct _PjUrgentBanner
{
  AdwBin       parent_instance;

  PjDatabase  *database;
  GSignalGroup *database_signals;
  PjDate       as_of;
  GPtrArray   *shown;      /* PjFlag* copies: the unacknowledged urgent flags */
  /* A database given before the banner is on screen is first checked once the window has
   * drawn its first frame: start-up shows the page at once, the banner follows a moment
   * later. */
  PjAfterFirstFrame *pending;

  GtkRevealer *revealer;
  GtkLabel    *message;
  GtkButton   *details_button;
  GtkButton   *acknowledge_button;
};

G_DEFINE_FINAL_TYPE (PjUrgentBanner, pj_urgent_banner, ADW_TYPE_BIN)

enum
{
  SIGNAL_DETAILS_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_flags (PjUrgentBanner *self)
{
  g_autoptr (GString) titles = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->shown->len; i++)
    {
      if (i > 0)
        g_string_append (titles, _(", "));
      g_string_append (titles, ((PjFlag *) g_ptr_array_index (self->shown, i))->title);
    }
  /* Translators: the urgent banner; %s lists the warnings ("New weakness in arms or legs") */
  text = g_strdup_printf (_("%s. Get medical help today; call emergency services if it is "
                            "severe or getting worse quickly."), titles->str);
  gtk_label_set_text (self->message, text);
  gtk_revealer_set_reveal_child (self->revealer, self->shown->len > 0);
}

static void
refresh (PjUrgentBanner *self)
{
  g_autoptr (PjInsights) insights = NULL;
  g_autoptr (GError) error = NULL;

  pj_after_first_frame_cancel (&self->pending);
  g_ptr_array_set_size (self->shown, 0);
  if (self->database != NULL)
    insights = pj_insights_evaluate (self->database,
                                     pj_journal_resolve_as_of (self->database, self->as_of),
                                     &error);
  if (error != NULL)
    g_warning ("Could not check for warning signs: %s", error->message);
  for (guint i = 0; insights != NULL && i < insights->flags->len; i++)
    {
      PjFlag *flag = g_ptr_array_index (insights->flags, i);
      gboolean acknowledged = FALSE;

      if (flag->info->level != PJ_FLAG_LEVEL_URGENT)
        continue;
      /* when the acknowledgement cannot be read, show the banner: the safe side */
      if (!pj_database_is_flag_acknowledged (self->database, flag->info->id,
                                             pj_flag_get_latest_date (flag), &acknowledged,
                                             NULL) || !acknowledged)
        g_ptr_array_add (self->shown, pj_flag_copy (flag));
    }
  show_flags (self);
}

gboolean
pj_urgent_banner_acknowledge (PjUrgentBanner *self,
                              GError        **error)
{
  g_return_val_if_fail (PJ_IS_URGENT_BANNER (self), FALSE);

  for (guint i = 0; i < self->shown->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (self->shown, i);

      if (!pj_database_acknowledge_flag (self->database, flag->info->id,
                                         pj_flag_get_latest_date (flag), error))
        return FALSE;
    }
  g_ptr_array_set_size (self->shown, 0);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  return TRUE;
}

gboolean
pj_urgent_banner_get_revealed (PjUrgentBanner *self)
{
  g_return_val_if_fail (PJ_IS_URGENT_BANNER (self), FALSE);
  return gtk_revealer_get_reveal_child (self->revealer);
}

const char *
pj_urgent_banner_get_message (PjUrgentBanner *self)
{
  g_return_val_if_fail (PJ_IS_URGENT_BANNER (self), NULL);
  return gtk_label_get_text (self->message);
}

static void
on_database_changed (PjUrgentBanner *self,
                     guint           date)
{
  refresh (self);
}

static void
refresh_after_first_frame (gpointer user_data)
{
  refresh (PJ_URGENT_BANNER (user_data));
}

static void
set_database (PjUrgentBanner *self,
              PjDatabase     *database)
{
  if (!pj_journal_follow_database (&self->database, self->database_signals, database))
    return;
  if (database != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      /* Checked once the window has drawn the banner; until then nothing shows. */
      g_ptr_array_set_size (self->shown, 0);
      show_flags (self);
      pj_after_first_frame_cancel (&self->pending);
      self->pending = pj_after_first_frame (GTK_WIDGET (self), refresh_after_first_frame, self);
    }
  else
    {
      refresh (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

static void
set_as_of (PjUrgentBanner *self,
           PjDate          as_of)
{
  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  /* Still waiting for the first frame: that check will use the new day. */
  if (!pj_after_first_frame_pending (self->pending))
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

static void
on_acknowledge_clicked (GtkButton      *button,
                        PjUrgentBanner *self)
{
  g_autoptr (GError) error = NULL;

  if (!pj_urgent_banner_acknowledge (self, &error))
    gtk_label_set_text (self->message, error->message);
}

static void
on_details_clicked (GtkButton      *button,
                    PjUrgentBanner *self)
{
  g_signal_emit (self, signals[SIGNAL_DETAILS_REQUESTED], 0);
}

static void
pj_urgent_banner_dispose (GObject *object)
{
  PjUrgentBanner *self = PJ_URGENT_BANNER (object);

  pj_after_first_frame_cancel (&self->pending);
  pj_journal_unfollow_database (&self->database, &self->database_signals);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  G_OBJECT_CLASS (pj_urgent_banner_parent_class)->dispose (object);
}

static void
pj_urgent_banner_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PjUrgentBanner *self = PJ_URGENT_BANNER (object);

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
pj_urgent_banner_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PjUrgentBanner *self = PJ_URGENT_BANNER (object);

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
pj_urgent_banner_class_init (PjUrgentBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pj_urgent_banner_dispose;
  object_class->get_property = pj_urgent_banner_get_property;
  object_class->set_property = pj_urgent_banner_set_property;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  properties[PROP_AS_OF] = pj_journal_param_as_of ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_DETAILS_REQUESTED] =
    g_signal_new ("details-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 0);
}

static void
pj_urgent_banner_init (PjUrgentBanner *self)
{
  /* the message above the buttons: on a phone-sized window a row would squeeze the text
   * into a narrow column */
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* Not a GtkBox: there the wrapped message would search for its narrowest width each time
   * the window measures the banner for a height, which is slow for a long text. */
  GtkWidget *line = pj_adaptive_box_new (0);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->shown = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_flag_free);
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_add_css_class (box, "pj-urgent-banner");
  /* an alert, so screen readers announce it when it appears */
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Urgent warning"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Warning"), -1);
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->message), TRUE);
  self->details_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Details")));
  self->acknowledge_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("I _Understand")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->acknowledge_button),
                               _("Hide this banner; the warning stays in Insights"));
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  g_signal_connect (self->details_button, "clicked", G_CALLBACK (on_details_clicked), self);
  g_signal_connect (self->acknowledge_button, "clicked",
                    G_CALLBACK (on_acknowledge_clicked), self);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->details_button));
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->acknowledge_button));
  g_object_set (line, "spacing", 12, NULL);
  pj_adaptive_box_append (PJ_ADAPTIVE_BOX (line), icon);
  pj_adaptive_box_append (PJ_ADAPTIVE_BOX (line), GTK_WIDGET (self->message));
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_revealer_set_child (self->revealer, box);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->revealer));
}

GtkWidget *
pj_urgent_banner_new (void)
{
  return g_object_new (PJ_TYPE_URGENT_BANNER, NULL);
}
