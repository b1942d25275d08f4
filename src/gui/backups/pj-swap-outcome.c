/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-swap-outcome.h"

GtkWidget *
pj_swap_outcome_dialog_new (GtkWindow  *parent,
                            const char *message,
                            gboolean    replaced)
{
  GtkWidget *dialog;

  g_return_val_if_fail (message != NULL, NULL);

  /* A failed swap changed nothing: the journal (damaged or not) is where it was. */
  dialog = adw_message_dialog_new (parent,
                                   replaced ? _("The Journal Was Replaced")
                                            : _("The Journal Was Not Changed"),
                                   message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  return dialog;
}
