/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A clock button beside a time entry (HH:MM): its pop-over has an hour and a minute spin
 * button that write the time into the entry as they change, by pointer or keyboard (arrows,
 * Page Up/Down, typed digits; Enter closes). The entry stays for typing, and is marked as an
 * error while its text is not a time of day. */
#define PJ_TYPE_TIME_BUTTON (pj_time_button_get_type ())
G_DECLARE_FINAL_TYPE (PjTimeButton, pj_time_button, PJ, TIME_BUTTON, GtkWidget)

GtkWidget   *pj_time_button_new (void);
GtkEditable *pj_time_button_get_editable (PjTimeButton *self);
void         pj_time_button_set_editable (PjTimeButton *self,
                                          GtkEditable  *editable);
/* Opens the pop-over (also what the button does). */
void         pj_time_button_popup (PjTimeButton *self);

G_END_DECLS
