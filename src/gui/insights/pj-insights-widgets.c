/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-analysis-text.h"
#include "pj-toast-overlay.h"
#include "pj-insights-widgets.h"

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static const char *
level_css_class (PjFlagLevel level)
{
  switch (level)
    {
    case PJ_FLAG_LEVEL_URGENT:
      return "pj-flag-urgent";
    case PJ_FLAG_LEVEL_SEE_SOON:
      return "pj-flag-see-soon";
    case PJ_FLAG_LEVEL_WATCH:
    default:
      return "pj-flag-watch";
    }
}

GtkWidget *
pj_flag_card_new (const PjFlag *flag,
                  PjDate        as_of)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = wrapped_label (flag->title, "heading");
  GtkWidget *dates;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "pj-flag-card");
  gtk_widget_add_css_class (card, level_css_class (flag->info->level));
  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), wrapped_label (flag->reason, NULL));
  gtk_box_append (GTK_BOX (card), wrapped_label (pj_flag_level_advice (flag->info->level),
                                                 "pj-flag-advice"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  flag->title, -1);

  if (flag->dates->len == 0)
    return card;
  dates = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (dates), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (dates), 8);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (dates), FALSE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (dates), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (dates), 6);
  /* The flow box fills the card's width and wraps its buttons at it. With halign START it
   * was measured for the card's width but given its natural width (all dates on one line)
   * when that fit the window, and its lines then spilled out of the card over the next
   * heading; the buttons keep their own width and line up at the start. */
  gtk_widget_set_halign (dates, GTK_ALIGN_FILL);
  gtk_widget_set_hexpand (dates, FALSE);
  for (guint i = 0; i < flag->dates->len; i++)
    {
      PjDate date = g_array_index (flag->dates, PjDate, i);
      g_autofree char *text = pj_analysis_format_date (date, as_of);
      /* Translators: tooltip and accessible name of a date button in a warning card */
      g_autofree char *tooltip = g_strdup_printf (_("Open %s in the journal"), text);
      GtkWidget *button = gtk_button_new_with_label (text);

      gtk_widget_add_css_class (button, "pj-date-button");
      /* its own width, not the width of the flow box's column */
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "insights.open-day");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_uint32 (date));
      gtk_flow_box_append (GTK_FLOW_BOX (dates), button);
      /* The flow box's cell around the button is a Tab stop of its own: name it too, or a
       * screen reader says only "cell" before it reaches the button. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (button)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  gtk_box_append (GTK_BOX (card), dates);
  return card;
}

struct _PjTipRow
{
  AdwExpanderRow   parent_instance;

  const PjTipInfo *info;
};

G_DEFINE_FINAL_TYPE (PjTipRow, pj_tip_row, ADW_TYPE_EXPANDER_ROW)

static void
pj_tip_row_class_init (PjTipRowClass *klass)
{
}

static void
pj_tip_row_init (PjTipRow *self)
{
}

const PjTipInfo *
pj_tip_row_get_info (PjTipRow *self)
{
  g_return_val_if_fail (PJ_IS_TIP_ROW (self), NULL);
  return self->info;
}

GtkWidget *
pj_tip_row_new (const PjTipInfo *info,
                const char      *why)
{
  PjTipRow *self = g_object_new (PJ_TYPE_TIP_ROW, NULL);
  GtkWidget *row = GTK_WIDGET (self);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *category = wrapped_label (pj_tip_category_label (info->category), "caption");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->title));
  /* libadwaita 1.2 names the header inside an expander row, but not the row itself, nor the
   * rows added to it: each is a Tab stop that a screen reader would call only "list item". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(info->title), -1);
  if (why != NULL)
    {
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), why);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      why, -1);
    }
  /* The category goes with the sentences, not beside the title: as a suffix it squeezed the
   * "why" line into a narrow column on a phone-sized window. */
  gtk_widget_add_css_class (category, "dim-label");
  gtk_box_append (GTK_BOX (body), category);
  gtk_box_append (GTK_BOX (body), wrapped_label (_(info->body), NULL));
  gtk_widget_set_margin_top (body, 12);
  gtk_widget_set_margin_bottom (body, 12);
  gtk_widget_set_margin_start (body, 12);
  gtk_widget_set_margin_end (body, 12);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), body);
  /* The list box row made around the body. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (body)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->body),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  pj_tip_category_label (info->category), -1);
  self->info = info;
  return row;
}

gboolean
pj_insights_toast_new_flags (GtkWidget        *widget,
                             const PjInsights *before,
                             const PjInsights *after)
{
  g_autoptr (GPtrArray) added = pj_insights_new_flags (before, after, PJ_FLAG_LEVEL_SEE_SOON);
  g_autoptr (GString) titles = g_string_new (NULL);
  g_autofree char *message = NULL;
  PjToastOverlay *overlay;
  AdwToast *toast;

  if (added->len == 0)
    return FALSE;
  overlay = pj_toast_overlay_find (widget);
  if (overlay == NULL)
    return FALSE;
  for (guint i = 0; i < added->len; i++)
    {
      if (i > 0)
        g_string_append (titles, _(", "));
      g_string_append (titles, ((PjFlag *) g_ptr_array_index (added, i))->title);
    }
  /* Translators: a toast after saving; %s is the list of warning titles */
  message = g_strdup_printf (_("Worth seeing a physiotherapist or doctor soon: %s"),
                             titles->str);
  /* libadwaita 1.2 toasts are markup */
  {
    g_autofree char *escaped = g_markup_escape_text (message, -1);

    toast = adw_toast_new (escaped);
  }
  adw_toast_set_button_label (toast, _("Open Insights"));
  adw_toast_set_action_name (toast, "win.show-insights");
  adw_toast_set_timeout (toast, 10);
  pj_toast_overlay_show (overlay, toast);
  return TRUE;
}
