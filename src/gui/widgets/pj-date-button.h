/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A calendar button beside a date entry (YYYY-MM-DD): its pop-over's calendar writes the chosen
 * day into the entry; the arrow keys move through the days, Enter or a click closes it. The
 * entry stays for typing, and is marked as an error while its text is not a date. */
#define PJ_TYPE_DATE_BUTTON (pj_date_button_get_type ())
G_DECLARE_FINAL_TYPE (PjDateButton, pj_date_button, PJ, DATE_BUTTON, GtkWidget)

GtkWidget   *pj_date_button_new (void);
GtkEditable *pj_date_button_get_editable (PjDateButton *self);
void         pj_date_button_set_editable (PjDateButton *self,
                                          GtkEditable  *editable);
/* Opens the pop-over (also what the button does). */
void         pj_date_button_popup (PjDateButton *self);

G_END_DECLS
