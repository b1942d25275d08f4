/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-word-wrap.h"

#include "pj-toolkit-version.h"

/* A start-up cost of GTK 4.8 with libadwaita 1.2, until verified on GTK 4.10 (see
 * pj-word-wrap.h and README.md beside this file). */

static gboolean
has_long_word (const char *text)
{
  glong run = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        run = 0;
      else if (++run > PJ_WORD_WRAP_LONGEST_WORD)
        return TRUE;
    }
  return FALSE;
}

static void
wrap_label_at_words (GtkLabel *label)
{
  if (!gtk_label_get_wrap (label)
      || gtk_label_get_wrap_mode (label) != PANGO_WRAP_WORD_CHAR
      || has_long_word (gtk_label_get_text (label)))
    return;
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD);
}

void
pj_word_wrap_labels (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (!pj_workaround_needed (PJ_WORKAROUND_WORD_WRAP))
    return;
  if (GTK_IS_LABEL (root))
    wrap_label_at_words (GTK_LABEL (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pj_word_wrap_labels (child);
}
