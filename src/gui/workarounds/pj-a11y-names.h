/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Accessible names that GTK 4.8 gets wrong, put right (the accessibility audit in
 * tests/atspi checks them). Workarounds for GTK 4.8, applied for GTK older than 4.10 (until
 * verified on 4.10; pj-toolkit-version.c): with a newer GTK both calls do nothing. */

/* GTK 4.8 names a button with a mnemonic label twice over: its label property as written
 * ("_Save Check-in") and then the label that names it as its mnemonic widget ("Save
 * Check-in"), so a screen reader says "underscore Save Check-in Save Check-in". For every such
 * button under @root, now and whenever its label changes, this drops the raw label so that the
 * name is the shown text alone. */
void pj_a11y_names_tidy_mnemonics (GtkWidget *root);

/* GTK 4.8's drop-down leaves the button inside it, the one that takes the focus, without a
 * name: a screen reader says only "toggle button". This names it with @question and the
 * current choice ("Compare with: Sleep hours"), and keeps the name up to date. The drop-down's
 * model must hold GtkStringObjects. */
void pj_a11y_names_follow_drop_down (GtkDropDown *drop_down,
                                     const char  *question);

G_END_DECLS
