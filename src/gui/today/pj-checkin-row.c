/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-checkin-row.h"
#include "pj-pain-scale.h"
#include "pj-word-wrap.h"

struct _PjCheckinRow
{
  AdwActionRow parent_instance;

  PjCheckin   *checkin;
};

G_DEFINE_FINAL_TYPE (PjCheckinRow, pj_checkin_row, ADW_TYPE_ACTION_ROW)

enum {
  SIGNAL_EDIT,
  SIGNAL_DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const PjCheckin *
pj_checkin_row_get_checkin (PjCheckinRow *self)
{
  g_return_val_if_fail (PJ_IS_CHECKIN_ROW (self), NULL);
  return self->checkin;
}

static void
on_edit_clicked (PjCheckinRow *self)
{
  g_signal_emit (self, signals[SIGNAL_EDIT], 0);
}

static void
on_delete_clicked (PjCheckinRow *self)
{
  g_signal_emit (self, signals[SIGNAL_DELETE], 0);
}

static char *
describe (const PjCheckin *checkin)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (checkin->locations != 0)
    g_ptr_array_add (parts, pj_code_set_format_labels (PJ_CODE_KIND_LOCATION,
                                                       checkin->locations));
  if (checkin->qualities != 0)
    g_ptr_array_add (parts, pj_code_set_format_labels (PJ_CODE_KIND_QUALITY,
                                                       checkin->qualities));
  if (checkin->symptoms != 0)
    {
      g_autofree char *symptoms = pj_code_set_format_labels (PJ_CODE_KIND_SYMPTOM,
                                                             checkin->symptoms);
      /* Translators: the warning signs ticked at a check-in, listed */
      g_ptr_array_add (parts, g_strdup_printf (_("Warning signs: %s"), symptoms));
    }
  if (checkin->note != NULL)
    g_ptr_array_add (parts, g_strdup (checkin->note));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
make_button (const char *icon_name,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  return button;
}

static void
build (PjCheckinRow *self)
{
  const PjCheckin *checkin = self->checkin;
  char time_text[PJ_TIME_TEXT_LEN];
  char number[4];
  g_autofree char *title = NULL;
  g_autofree char *subtitle = describe (checkin);
  g_autofree char *swatch_class = g_strdup_printf ("pj-pain-%d", checkin->pain);
  g_autofree char *edit_label = NULL;
  g_autofree char *delete_label = NULL;
  GtkWidget *swatch;
  GtkWidget *button;

  pj_time_format (checkin->minutes, time_text);
  /* Translators: a check-in in the day's list: time, pain and its band, e.g.
   * "08:30 · Pain 6 · Moderate" */
  title = g_strdup_printf (_("%s · Pain %d · %s"), time_text, checkin->pain,
                           pj_pain_scale_band_label (checkin->pain));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 3);

  g_snprintf (number, sizeof number, "%d", checkin->pain);
  swatch = gtk_label_new (number);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (swatch, "pj-pain-swatch");
  gtk_widget_add_css_class (swatch, "pj-pain-swatch-small");
  gtk_widget_add_css_class (swatch, swatch_class);
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), swatch);

  /* Translators: %s is the time of a check-in */
  edit_label = g_strdup_printf (_("Edit the check-in of %s"), time_text);
  button = make_button ("document-edit-symbolic", edit_label);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_edit_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), button);

  /* Translators: %s is the time of a check-in */
  delete_label = g_strdup_printf (_("Delete the check-in of %s"), time_text);
  button = make_button ("user-trash-symbolic", delete_label);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_delete_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), button);
  pj_word_wrap_labels (GTK_WIDGET (self));
}

static void
pj_checkin_row_finalize (GObject *object)
{
  PjCheckinRow *self = PJ_CHECKIN_ROW (object);

  g_clear_pointer (&self->checkin, pj_checkin_free);

  G_OBJECT_CLASS (pj_checkin_row_parent_class)->finalize (object);
}

static void
pj_checkin_row_class_init (PjCheckinRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pj_checkin_row_finalize;

  signals[SIGNAL_EDIT] = g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
}

static void
pj_checkin_row_init (PjCheckinRow *self)
{
}

GtkWidget *
pj_checkin_row_new (const PjCheckin *checkin)
{
  PjCheckinRow *self;

  g_return_val_if_fail (checkin != NULL, NULL);

  self = g_object_new (PJ_TYPE_CHECKIN_ROW, NULL);
  self->checkin = pj_checkin_copy (checkin);
  build (self);
  return GTK_WIDGET (self);
}
