/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A time of day as hours and minutes, two spin buttons that take typed digits and the arrow
 * keys (and Page Up/Down: 10 minutes). Its "time" property is "HH:MM", ready for GSettings. */
#define PJ_TYPE_TIME_CHOOSER (pj_time_chooser_get_type ())
G_DECLARE_FINAL_TYPE (PjTimeChooser, pj_time_chooser, PJ, TIME_CHOOSER, GtkWidget)

GtkWidget  *pj_time_chooser_new (void);
const char *pj_time_chooser_get_time (PjTimeChooser *self);
void        pj_time_chooser_set_time (PjTimeChooser *self,
                                      const char    *time);

G_END_DECLS
