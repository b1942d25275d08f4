/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-quick-start.h"

#include <adwaita.h>

#include "pj-adaptive-box.h"
#include "pj-body-map.h"
#include "pj-checkin-editor.h"
#include "pj-checkin-row.h"
#include "pj-chip-group.h"
#include "pj-day-factors.h"
#include "pj-day-navigator.h"
#include "pj-optional-spin.h"
#include "pj-pain-scale.h"
#include "pj-switcher-title.h"
#include "pj-today-page.h"
#include "pj-urgent-banner.h"
#include "pj-window.h"

/* The name of the empty theme libadwaita ships and switches GTK to in adw_init(). */
#define LIBADWAITA_GTK_THEME "Adwaita-empty"

/* GTK parses its own "Default" stylesheet when it first creates the display's settings, and
 * libadwaita replaces it with an empty theme (its own stylesheet goes on top) a moment later:
 * about an eighth of what the main thread does before the first frame, thrown away. Creating
 * the settings while GTK_THEME names libadwaita's empty theme skips that parse. The variable
 * is only set for that call, so nothing the app starts later inherits it, and a GTK_THEME the
 * person set is left alone. Call before GtkApplication starts up, on the main thread, while
 * no other thread reads the environment. Returns whether GTK could start: when it could not
 * (no display), GTK stays marked as started all the same, so the caller must stop rather than
 * let GtkApplication carry on. */
gboolean
pj_quick_start_init_gtk (void)
{
  gboolean started;

  if (g_getenv ("GTK_THEME") != NULL)
    return gtk_init_check ();

  g_setenv ("GTK_THEME", LIBADWAITA_GTK_THEME, TRUE);
  started = gtk_init_check ();
  if (started)
    gtk_settings_get_default ();
  g_unsetenv ("GTK_THEME");
  return started;
}

static gpointer
init_classes (gpointer data)
{
  /* The first frame's widget classes, the window's own first: each class's set-up (its
   * properties, signals, key bindings and, for templates, parsing the .ui file) is done once
   * per process, and GObject makes class set-up safe from any thread: a class the main thread
   * needs while it is being set up here is waited for, not set up twice. */
  const GType types[] = {
    PJ_TYPE_WINDOW, PJ_TYPE_URGENT_BANNER, PJ_TYPE_TODAY_PAGE, PJ_TYPE_DAY_NAVIGATOR,
    PJ_TYPE_CHECKIN_ROW, PJ_TYPE_CHECKIN_EDITOR, PJ_TYPE_PAIN_SCALE, PJ_TYPE_BODY_MAP,
    PJ_TYPE_ADAPTIVE_BOX, PJ_TYPE_DAY_FACTORS, PJ_TYPE_OPTIONAL_SPIN, PJ_TYPE_CHIP_GROUP,
    ADW_TYPE_HEADER_BAR, PJ_TYPE_SWITCHER_TITLE, ADW_TYPE_SQUEEZER,
    ADW_TYPE_VIEW_SWITCHER, ADW_TYPE_WINDOW_TITLE, ADW_TYPE_TOAST_OVERLAY, ADW_TYPE_VIEW_STACK,
    ADW_TYPE_STATUS_PAGE, ADW_TYPE_CLAMP, ADW_TYPE_BIN, ADW_TYPE_PREFERENCES_GROUP,
    ADW_TYPE_ACTION_ROW, ADW_TYPE_COMBO_ROW,
    GTK_TYPE_BOX, GTK_TYPE_CENTER_BOX, GTK_TYPE_LABEL, GTK_TYPE_IMAGE, GTK_TYPE_BUTTON,
    GTK_TYPE_TOGGLE_BUTTON, GTK_TYPE_MENU_BUTTON, GTK_TYPE_REVEALER, GTK_TYPE_STACK,
    GTK_TYPE_SCROLLED_WINDOW, GTK_TYPE_VIEWPORT, GTK_TYPE_SCROLLBAR, GTK_TYPE_LIST_BOX,
    GTK_TYPE_LIST_BOX_ROW, GTK_TYPE_SPIN_BUTTON,
    GTK_TYPE_TEXT, GTK_TYPE_WINDOW_HANDLE, GTK_TYPE_WINDOW_CONTROLS,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_type_class_unref (g_type_class_ref (types[i]));
  return NULL;
}

/* Setting up the classes of the window's widgets took about a fifth of the time the main
 * thread spends building the window; a worker thread does it while GtkApplication and
 * libadwaita start up. Needs GTK started (pj_quick_start_init_gtk()), as some classes load
 * GTK resources; returns NULL when it is not. */
GThread *
pj_quick_start_init_classes (void)
{
  if (!gtk_is_initialized ())
    return NULL;
  return g_thread_new ("pj-init-classes", init_classes, NULL);
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
 * start-up, which makes the theme read its folders again at the first icon the window needs: on the
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
