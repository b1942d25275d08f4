/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Registers the command-line options of data-format.md §4 on @application. */
void     pj_cli_add_options (GApplication *application);

/* Runs the headless actions found in @options (demo data → import → exports). Returns FALSE
 * when there is nothing headless to do, or only --demo-data (the journal is filled, then shown),
 * so the window should open; otherwise TRUE with the process exit status in @out_exit_status:
 * 0, 1 when an action failed, 2 for wrong options (the error is one line on stderr). */
gboolean pj_cli_handle_options (GVariantDict *options,
                                int          *out_exit_status);

G_END_DECLS
