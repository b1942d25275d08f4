/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-flags.h"
#include "pj-symptom-guidance.h"

struct _PjSymptomGuidance
{
  AdwBin       parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *message;
  gboolean     present_pending;
  guint        present_id;
};

G_DEFINE_FINAL_TYPE (PjSymptomGuidance, pj_symptom_guidance, ADW_TYPE_BIN)

void
pj_symptom_guidance_update (PjSymptomGuidance *self,
                            PjCodeSet          symptoms,
                            int                pain)
{
  g_autoptr (PjCheckin) checkin = pj_checkin_new (PJ_DATE_NONE, 0, MAX (pain, 0));
  g_autoptr (GPtrArray) flags = NULL;
  g_autoptr (GString) titles = g_string_new (NULL);

  g_return_if_fail (PJ_IS_SYMPTOM_GUIDANCE (self));

  checkin->symptoms = symptoms;
  flags = pj_flags_urgent_for_checkin (checkin);
  for (guint i = 0; i < flags->len; i++)
    {
      if (i > 0)
        g_string_append (titles, _(", "));
      g_string_append (titles, _(((PjFlagInfo *) g_ptr_array_index (flags, i))->title));
    }
  if (flags->len > 0)
    {
      /* Translators: shown in the check-in form; %s lists the warnings */
      g_autofree char *text = g_strdup_printf (_("%s: get medical help today; call emergency "
                                                 "services if it is severe or getting worse "
                                                 "quickly. Saving the check-in keeps it in your "
                                                 "journal; it is not sent to anyone."),
                                               titles->str);

      gtk_label_set_text (self->message, text);
    }
  gtk_revealer_set_reveal_child (self->revealer, flags->len > 0);
}

/* Scrolls the nearest scrolled window just enough for the whole guidance to show; when it is
 * taller than the view, its top comes first. */
static gboolean
scroll_into_view (gpointer user_data)
{
  PjSymptomGuidance *self = user_data;
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = NULL;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value, page, target;
  const double margin = 12;

  self->present_id = 0;
  if (scroller != NULL)
    content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  /* A viewport moves its child by the scroll offset: measure in the child's own space. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (content == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (self), content, &bounds))
    return G_SOURCE_REMOVE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  target = value;
  if (bounds.origin.y + bounds.size.height + margin > value + page)
    target = bounds.origin.y + bounds.size.height + margin - page;
  if (bounds.origin.y - margin < target)
    target = bounds.origin.y - margin;
  if (target != value)
    gtk_adjustment_set_value (adjustment, target);
  return G_SOURCE_REMOVE;
}

static void
schedule_scroll (PjSymptomGuidance *self)
{
  self->present_pending = FALSE;
  /* After the layout that follows the reveal, so the bounds are final. */
  if (self->present_id == 0)
    self->present_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, scroll_into_view, self, NULL);
}

static void
on_child_revealed (PjSymptomGuidance *self)
{
  if (self->present_pending && gtk_revealer_get_child_revealed (self->revealer))
    schedule_scroll (self);
}

void
pj_symptom_guidance_present (PjSymptomGuidance *self)
{
  g_return_if_fail (PJ_IS_SYMPTOM_GUIDANCE (self));

  if (!gtk_revealer_get_reveal_child (self->revealer))
    {
      self->present_pending = FALSE;
      return;
    }
  if (gtk_revealer_get_child_revealed (self->revealer))
    schedule_scroll (self);
  else
    self->present_pending = TRUE;
}

gboolean
pj_symptom_guidance_get_active (PjSymptomGuidance *self)
{
  g_return_val_if_fail (PJ_IS_SYMPTOM_GUIDANCE (self), FALSE);
  return gtk_revealer_get_reveal_child (self->revealer);
}

const char *
pj_symptom_guidance_get_message (PjSymptomGuidance *self)
{
  g_return_val_if_fail (PJ_IS_SYMPTOM_GUIDANCE (self), NULL);
  return gtk_label_get_text (self->message);
}

static void
pj_symptom_guidance_dispose (GObject *object)
{
  PjSymptomGuidance *self = PJ_SYMPTOM_GUIDANCE (object);

  g_clear_handle_id (&self->present_id, g_source_remove);
  G_OBJECT_CLASS (pj_symptom_guidance_parent_class)->dispose (object);
}

static void
pj_symptom_guidance_class_init (PjSymptomGuidanceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pj_symptom_guidance_dispose;
}

static void
pj_symptom_guidance_init (PjSymptomGuidance *self)
{
  /* An alert: assistive technologies say it as soon as it shows, as the eye would see it. */
  GtkWidget *box = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_HORIZONTAL,
                                 "spacing", 12, "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                                 NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_widget_add_css_class (box, "pj-urgent-banner");
  gtk_widget_add_css_class (box, "pj-symptom-guidance");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Warning"), -1);
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->message), TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message));
  gtk_revealer_set_child (self->revealer, box);
  g_signal_connect_swapped (self->revealer, "notify::child-revealed",
                            G_CALLBACK (on_child_revealed), self);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->revealer));
}

GtkWidget *
pj_symptom_guidance_new (void)
{
  return g_object_new (PJ_TYPE_SYMPTOM_GUIDANCE, NULL);
}
