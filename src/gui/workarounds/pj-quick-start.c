/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-quick-start.h"

#include "pj-toolkit-version.h"

/* Workarounds for GTK 4.8 with libadwaita 1.2, until verified on GTK 4.10 (applied for GTK
 * older than 4.10 only: see pj-toolkit-version.c and README.md beside this file). Both are
 * start-up costs, not wrong behaviour: work GTK does on the main thread before the first
 * frame that the app can skip or move to a worker thread. */

/* The name of the empty theme libadwaita ships and switches GTK to in adw_init(). */
#define LIBADWAITA_GTK_THEME "Adwaita-empty"

/* GTK 4.8 parses its own "Default" stylesheet when it first creates the display's settings,
 * and libadwaita 1.2 replaces it with an empty theme (its own stylesheet goes on top) a moment
 * later: a large part of what the main thread does before the first frame, thrown away.
 * Creating the settings while GTK_THEME names libadwaita's empty theme skips that parse. The
 * variable is only set for that call, so nothing the app starts later inherits it, and a
 * GTK_THEME the person set is left alone. Call before GtkApplication starts up, on the main
 * thread, while no other thread reads the environment. Returns whether GTK could start: when
 * it could not (no display), GTK stays marked as started all the same, so the caller must stop
 * rather than let GtkApplication carry on. */
gboolean
pj_quick_start_init_gtk (void)
{
  gboolean started;

  if (g_getenv ("GTK_THEME") != NULL || !pj_workaround_needed (PJ_WORKAROUND_SKIP_DEFAULT_THEME))
    return gtk_init_check ();

  g_setenv ("GTK_THEME", LIBADWAITA_GTK_THEME, TRUE);
  started = gtk_init_check ();
  if (started)
    gtk_settings_get_default ();
  g_unsetenv ("GTK_THEME");
  return started;
}

static void
load_icon_theme (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  /* Any lookup makes the theme read its index files, under GTK's own lock. */
  g_task_return_boolean (task, gtk_icon_theme_has_icon (GTK_ICON_THEME (source_object),
                                                         "image-missing"));
}

/* GtkApplication and libadwaita add their resource icons to the display's icon theme in their
 * start-up, which with GTK 4.8 makes the theme read its folders again at the first icon the
 * window needs: on the main thread, while the window is being shown. Reading them here on a
 * worker thread, once that path is in, lets the main thread build the window meanwhile.
 * GtkIconTheme guards its loading with a lock of its own; GTK loads themes on worker threads
 * the same way. Call after GtkApplication's start-up. Returns NULL, and starts nothing, with a
 * GTK this is not needed for. */
GTask *
pj_quick_start_load_icon_theme (GdkDisplay *display)
{
  GtkIconTheme *icon_theme;
  g_autoptr (GTask) task = NULL;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  if (!pj_workaround_needed (PJ_WORKAROUND_PRELOAD_ICON_THEME))
    return NULL;
  icon_theme = gtk_icon_theme_get_for_display (display);
  task = g_task_new (icon_theme, NULL, NULL, NULL);
  g_task_set_source_tag (task, pj_quick_start_load_icon_theme);
  g_task_run_in_thread (task, load_icon_theme);
  return g_steal_pointer (&task);
}
