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

/* Points *@slot at the entry whose text the chooser reads and writes, and calls
 * @on_changed (@owner) whenever that text changes; FALSE when it already was @editable. Not a
 * reference: the entry holds the chooser (as its row's suffix), and a GSignalGroup on it would
 * outlive its weak reference as the row disposes its children, so the connection ends with
 * the first of the two to go. */
gboolean       pj_chooser_button_follow_editable (GtkEditable **slot,
                                                  GtkEditable  *editable,
                                                  GCallback     on_changed,
                                                  gpointer      owner);

G_END_DECLS
