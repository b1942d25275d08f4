/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One run of the real binary (PJ_BINARY) from the command line. */
typedef struct
{
  int   status;  /* the exit status */
  char *out;     /* all of stdout */
  char *err;     /* all of stderr */
} PjTestCliResult;

void pj_test_cli_result_clear (PjTestCliResult *result);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PjTestCliResult, pj_test_cli_result_clear)

/* Runs PJ_BINARY with the NULL-terminated @args the way a person would from a terminal
 * without a display: no DISPLAY or WAYLAND_DISPLAY, HOME @home and XDG_DATA_HOME
 * @data_home (so never the person's real journal), SOURCE_DATE_EPOCH @epoch (the time written
 * into files), and LeakSanitizer told not to list its suppressions on stderr. */
void pj_test_cli_run (const char        *home,
                      const char        *data_home,
                      const char        *epoch,
                      const char *const *args,
                      PjTestCliResult   *result);

/* Exit status 0 and nothing on stderr; on failure stderr is printed first. */
void pj_test_cli_assert_success (const PjTestCliResult *result);

G_END_DECLS
