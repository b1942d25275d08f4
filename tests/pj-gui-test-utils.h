/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Spins the main loop until @condition holds; the time limit only stops a broken test from
 * hanging, it is not what is tested. */
#define SPIN_UNTIL(condition)                                                  \
  G_STMT_START {                                                               \
    gint64 spin_end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;           \
    while (!(condition) && g_get_monotonic_time () < spin_end)                 \
      {                                                                        \
        while (g_main_context_iteration (NULL, FALSE))                         \
          ;                                                                    \
        if (!(condition))                                                      \
          g_usleep (2000);                                                     \
      }                                                                        \
  } G_STMT_END

/* Opens the display and starts the GLib test framework. Without a display it prints the TAP
 * line that skips the whole program and returns FALSE: main then returns 0. */
gboolean pj_test_init_gui (int    *argc,
                           char ***argv);

/* The first widget of @type at or below @widget, depth first; NULL when there is none. */
GtkWidget *pj_test_find_descendant (GtkWidget *widget,
                                    GType      type);

/* The first button at or below @widget whose label is @label (a toast's "Undo"). */
GtkWidget *pj_test_find_button (GtkWidget  *widget,
                                const char *label);
/* The first label under @widget showing exactly @text, or NULL. */
GtkWidget *pj_test_find_label (GtkWidget  *widget,
                               const char *text);

/* The first descendant of @root (not @root itself), depth first, for which @match holds. */
typedef gboolean (*PjTestMatch) (GtkWidget    *widget,
                                 gconstpointer data);

GtkWidget *pj_test_find (GtkWidget    *root,
                         PjTestMatch   match,
                         gconstpointer data);

/* Runs @widget's own key binding for @keyval with exactly @modifiers (its class shortcuts), the
 * way a key press would reach it, and returns what the binding returned. A missing binding
 * fails the test, naming the key. */
gboolean pj_test_activate_shortcut (GtkWidget      *widget,
                                    guint           keyval,
                                    GdkModifierType modifiers);

G_END_DECLS
