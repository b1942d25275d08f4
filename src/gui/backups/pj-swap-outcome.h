/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What a restore or a recovery did (pj-journal-swap.h), told in a dialog the person closes:
 * it is a paragraph (counts of what came back and what was lost, where the old file is) that
 * a toast would cut to one line. @replaced: the journal was replaced; FALSE when the swap
 * failed and @message is its error. */
GtkWidget *pj_swap_outcome_dialog_new (GtkWindow  *parent,
                                       const char *message,
                                       gboolean    replaced);

G_END_DECLS
