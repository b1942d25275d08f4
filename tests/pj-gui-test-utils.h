/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How long SPIN_UNTIL waits before it fails the test. */
#define PJ_TEST_WAIT_SECONDS 10

/* Spins the main loop until @condition holds, for at most @seconds. The time limit only stops
 * a broken test from hanging, it is not what is tested: when it runs out, the test fails with
 * the condition it waited for, as a failed g_assert() would, and the wait ends. */
#define SPIN_UNTIL_WITHIN(seconds, condition) \
  PJ_TEST_SPIN_UNTIL (seconds, condition, #condition)

#define SPIN_UNTIL(condition) \
  PJ_TEST_SPIN_UNTIL (PJ_TEST_WAIT_SECONDS, condition, #condition)

/* Behind both: @text is @condition as written in the test, before macros expand. */
#define PJ_TEST_SPIN_UNTIL(seconds, condition, text)                           \
  G_STMT_START {                                                               \
    gint64 spin_end = g_get_monotonic_time () + (seconds) * G_USEC_PER_SEC;    \
    while (!(condition))                                                       \
      {                                                                        \
        if (g_get_monotonic_time () >= spin_end)                               \
          {                                                                    \
            pj_test_wait_failed (__FILE__, __LINE__, G_STRFUNC, (seconds),     \
                                 text);                                        \
            break;                                                             \
          }                                                                    \
        while (g_main_context_iteration (NULL, FALSE))                         \
          ;                                                                    \
        if (!(condition))                                                      \
          g_usleep (2000);                                                     \
      }                                                                        \
  } G_STMT_END

/* Fails the running test: "timed out after @seconds s waiting for: @condition". */
void pj_test_wait_failed (const char *file,
                          int         line,
                          const char *func,
                          int         seconds,
                          const char *condition);

/* Sends @keyval, without modifiers, to @widget's own controllers as a key press would: its key
 * controllers, then its key bindings. Returns whether one of them handled it. */
gboolean pj_test_press_key (GtkWidget *widget,
                            guint      keyval);

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

G_END_DECLS
