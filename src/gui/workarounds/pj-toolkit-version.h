/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The app's measures for one toolkit version, and which toolkit versions each is for: one
 * table (pj-toolkit-version.c, described in README.md beside it), so that a newer GTK or
 * libadwaita skips what it does not need and a maintainer sees in one place what to retire
 * when the build floor moves. The check is made at run time, against the libraries the app
 * runs with: a distribution can update GTK without rebuilding the app. */

typedef enum {
  /* GTK parses its "Default" stylesheet that libadwaita throws away (pj-quick-start.c). */
  PJ_WORKAROUND_SKIP_DEFAULT_THEME,
  /* The icon theme is read again on the main thread while the window is shown. */
  PJ_WORKAROUND_PRELOAD_ICON_THEME,
  /* Labels wrapping at any character are slow to measure (pj-word-wrap.c). */
  PJ_WORKAROUND_WORD_WRAP,
  /* AdwViewSwitcherTitle keeps a second switcher (pj-switcher-title.c). */
  PJ_WORKAROUND_SWITCHER_TITLE,
  /* Buttons with a mnemonic are named twice, raw label first (pj-a11y-names.c). */
  PJ_WORKAROUND_MNEMONIC_NAMES,
  /* A drop-down's button has no accessible name (pj-a11y-names.c). */
  PJ_WORKAROUND_DROP_DOWN_NAMES,
  PJ_N_WORKAROUNDS
} PjWorkaround;

typedef struct {
  guint gtk_major;
  guint gtk_minor;
  guint adw_major;
  guint adw_minor;
} PjToolkitVersion;

/* The GTK and libadwaita versions the app is running with. */
void         pj_toolkit_version_get_running (PjToolkitVersion *version);

/* Whether @workaround is applied with the toolkit at @version: the table's rule, without
 * looking at the running libraries, so that it can be checked for any version. */
gboolean     pj_workaround_needed_for (PjWorkaround            workaround,
                                       const PjToolkitVersion *version);

/* Whether @workaround is applied with the libraries the app is running with. */
gboolean     pj_workaround_needed (PjWorkaround workaround);

/* A short name for @workaround, for messages and tests ("word-wrap"). */
const char  *pj_workaround_get_name (PjWorkaround workaround);

G_END_DECLS
