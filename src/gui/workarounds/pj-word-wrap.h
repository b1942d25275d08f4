/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A workaround for a start-up cost of GTK 4.8 with libadwaita 1.2, applied for GTK older than
 * 4.10 (until verified on 4.10; pj-toolkit-version.c). Rows and groups from libadwaita (from
 * 1.2 up to 1.8 at least) wrap their labels at any character ("word-char"), so that a long
 * unbroken string cannot hold a window wide. GTK 4.8's GtkLabel finds its minimum width by
 * laying its text out at width zero, which in that mode puts every character on a line of its
 * own and shapes the text again for each: the Today page has a couple of dozen such labels.
 * Wrapping at words draws the same wherever every word fits on a line.
 *
 * This switches each wrapping label under @root whose text has no word longer than
 * PJ_WORD_WRAP_LONGEST_WORD characters (all of the app's own wording) to word wrapping; a label
 * with a longer word, such as a pasted link in a note, keeps wrapping at characters. Call it
 * once the labels have their text and before they are first measured. With a GTK the
 * workaround is not needed for, it changes nothing. */
#define PJ_WORD_WRAP_LONGEST_WORD 20

void pj_word_wrap_labels (GtkWidget *root);

G_END_DECLS
