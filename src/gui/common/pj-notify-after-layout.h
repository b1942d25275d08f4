/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* For a property whose value a widget finds while it allocates (narrow or wide, title or
 * switcher): notifies @pspec on @widget once the layout of the current frame is over,
 * rather than from inside size_allocate, where a handler that changes the widget tree would
 * relayout the window in the middle of its allocation. A handler may then change anything:
 * the frame is laid out again before it is drawn, so nothing shows the stale layout. Without
 * a frame clock (a widget not on screen) the notification comes from an idle. */
void pj_notify_after_layout (GtkWidget  *widget,
                             GParamSpec *pspec);

G_END_DECLS
