/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pj-mnemonic-names.h"

static gboolean
has_mnemonic_label (GtkButton *button)
{
  const char *label = gtk_button_get_label (button);

  return gtk_button_get_use_underline (button) && label != NULL && strchr (label, '_') != NULL;
}

/* Runs after GtkButton's own handling of a new label, which sets the raw label again. */
static void
on_label_changed (GtkButton *button)
{
  if (has_mnemonic_label (button))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
tidy_button (GtkButton *button)
{
  if (g_object_get_data (G_OBJECT (button), "pj-mnemonic-names") != NULL)
    return;
  g_object_set_data (G_OBJECT (button), "pj-mnemonic-names", GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "notify::label", G_CALLBACK (on_label_changed), NULL);
  g_signal_connect (button, "notify::use-underline", G_CALLBACK (on_label_changed), NULL);
  on_label_changed (button);
}

void
pj_mnemonic_names_tidy (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    tidy_button (GTK_BUTTON (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pj_mnemonic_names_tidy (child);
}
