/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pj-a11y-names.h"

#include "pj-toolkit-version.h"

/* Both measures put right what GTK 4.8 tells assistive technologies, until verified on GTK
 * 4.10 (see pj-a11y-names.h and README.md beside this file). They reach into a GTK widget's
 * own accessible state and children, so they run only on the GTK versions they were tried on. */

static gboolean
has_mnemonic_label (GtkButton *button)
{
  const char *label = gtk_button_get_label (button);

  return gtk_button_get_use_underline (button) && label != NULL && strchr (label, '_') != NULL;
}

/* Runs after GtkButton's own handling of a new label, which sets the raw label again. */
static void
on_label_changed (GtkButton  *button,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  if (has_mnemonic_label (button))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
tidy_button (GtkButton *button)
{
  /* Once per button: a button already followed has our handler. */
  if (g_signal_handler_find (button, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_label_changed, NULL)
      != 0)
    return;
  g_signal_connect (button, "notify::label", G_CALLBACK (on_label_changed), NULL);
  g_signal_connect (button, "notify::use-underline", G_CALLBACK (on_label_changed), NULL);
  on_label_changed (button, NULL, NULL);
}

void
pj_a11y_names_tidy_mnemonics (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (!pj_workaround_needed (PJ_WORKAROUND_MNEMONIC_NAMES))
    return;
  if (GTK_IS_BUTTON (root))
    tidy_button (GTK_BUTTON (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pj_a11y_names_tidy_mnemonics (child);
}

static void
name_drop_down_button (GtkDropDown *drop_down,
                       GParamSpec  *pspec,
                       const char  *question)
{
  gpointer item = gtk_drop_down_get_selected_item (drop_down);
  g_autofree char *name = NULL;

  if (!GTK_IS_STRING_OBJECT (item))
    name = g_strdup (question);
  else
    /* Translators: a drop-down read aloud: its question, then the choice, "Category: Sleep" */
    name = g_strdup_printf (_("%s: %s"), question,
                            gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
}

void
pj_a11y_names_follow_drop_down (GtkDropDown *drop_down,
                                const char  *question)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (question != NULL);

  if (!pj_workaround_needed (PJ_WORKAROUND_DROP_DOWN_NAMES))
    return;
  /* The question travels with the handler; a new question replaces the old handler. */
  g_signal_handlers_disconnect_matched (drop_down, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                        name_drop_down_button, NULL);
  g_signal_connect_data (drop_down, "notify::selected", G_CALLBACK (name_drop_down_button),
                         g_strdup (question), (GClosureNotify) (void (*) (void)) g_free, 0);
  name_drop_down_button (drop_down, NULL, question);
}
