/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-quick-start.h"

/* The name of the empty theme libadwaita ships and switches GTK to in adw_init(). */
#define LIBADWAITA_GTK_THEME "Adwaita-empty"

/* GTK parses its own "Default" stylesheet when it first creates the display's settings, and
 * libadwaita replaces it with an empty theme (its own stylesheet goes on top) a moment later:
 * about an eighth of what the main thread does before the first frame, thrown away. Creating
 * the settings while GTK_THEME names libadwaita's empty theme skips that parse. The variable
 * is only set for that call, so nothing the app starts later inherits it, and a GTK_THEME the
 * person set is left alone. Call before GtkApplication starts up, on the main thread, while
 * no other thread reads the environment. */
void
pj_quick_start_skip_gtk_theme (void)
{
  if (g_getenv ("GTK_THEME") != NULL)
    return;

  g_setenv ("GTK_THEME", LIBADWAITA_GTK_THEME, TRUE);
  /* Without a display GtkApplication's own start-up reports the problem. */
  if (gtk_init_check ())
    gtk_settings_get_default ();
  g_unsetenv ("GTK_THEME");
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

/* GtkApplication adds the app's resource icons to the display's icon theme in its start-up,
 * which makes the theme read its folders again at the first icon the window needs: on the
 * main thread, while the window is being shown (about 7 ms on the bench machine). Reading
 * them here on a worker thread, once that path is in, lets the main thread build the window
 * meanwhile. GtkIconTheme guards its loading with a lock of its own; GTK loads themes on
 * worker threads the same way. Call after GtkApplication's start-up. */
GTask *
pj_quick_start_load_icon_theme (GdkDisplay *display)
{
  GtkIconTheme *icon_theme;
  g_autoptr (GTask) task = NULL;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  icon_theme = gtk_icon_theme_get_for_display (display);
  task = g_task_new (icon_theme, NULL, NULL, NULL);
  g_task_set_source_tag (task, pj_quick_start_load_icon_theme);
  g_task_run_in_thread (task, load_icon_theme);
  return g_steal_pointer (&task);
}
