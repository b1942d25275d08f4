/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The flat icon button beside a date or time entry that opens its chooser: @label is its
 * tooltip and spoken name; the popover is made by @create_popup on first use. The button is
 * parented to @owner, whose layout is a GtkBinLayout. */
GtkMenuButton *pj_chooser_button_new (GtkWidget                   *owner,
                                      const char                  *icon_name,
                                      const char                  *label,
                                      GtkMenuButtonCreatePopupFunc create_popup,
                                      gpointer                     user_data);

G_END_DECLS
