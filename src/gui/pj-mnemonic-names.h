/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GTK 4.8 names a button with a mnemonic label twice over: its label property as written
 * ("_Save Check-in") and then the label that names it as its mnemonic widget ("Save
 * Check-in"), so a screen reader says "underscore Save Check-in Save Check-in". For every such
 * button under @root, now and whenever its label changes, this drops the raw label so that the
 * name is the shown text alone. */
void pj_mnemonic_names_tidy (GtkWidget *root);

G_END_DECLS
