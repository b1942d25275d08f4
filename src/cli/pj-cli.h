/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Registers the command-line options of data-format.md §4 on @application. */
void     pj_cli_add_options (GApplication *application);

/* Runs the headless actions found in @options (import → exports → insights). Returns FALSE
 * when there is nothing headless to do, so the window should open; otherwise TRUE with the
 * process exit status in @out_exit_status (errors are one line on stderr). */
gboolean pj_cli_handle_options (GVariantDict *options,
                                int          *out_exit_status);

G_END_DECLS
