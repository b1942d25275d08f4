/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-chooser-button.h"

GtkMenuButton *
pj_chooser_button_new (GtkWidget                   *owner,
                       const char                  *icon_name,
                       const char                  *label,
                       GtkMenuButtonCreatePopupFunc create_popup,
                       gpointer                     user_data)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (gtk_menu_button_new ());

  gtk_menu_button_set_icon_name (button, icon_name);
  gtk_widget_add_css_class (GTK_WIDGET (button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_menu_button_set_create_popup_func (button, create_popup, user_data, NULL);
  gtk_widget_set_parent (GTK_WIDGET (button), owner);
  return button;
}

gboolean
pj_chooser_button_follow_editable (GtkEditable **slot,
                                   GtkEditable  *editable,
                                   GCallback     on_changed,
                                   gpointer      owner)
{
  if (*slot == editable)
    return FALSE;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_changed, owner);
  *slot = editable;
  if (editable != NULL)
    g_signal_connect_object (editable, "changed", on_changed, owner, G_CONNECT_SWAPPED);
  return TRUE;
}
