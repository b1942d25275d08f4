/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Work that start-up can do without: it runs once @widget's window has drawn a frame with
 * @widget in it, so the first frame a person sees is not held back by it. */
typedef struct _PjAfterFirstFrame PjAfterFirstFrame;

typedef void (*PjAfterFirstFrameFunc) (gpointer user_data);

PjAfterFirstFrame *pj_after_first_frame (GtkWidget            *widget,
                                         PjAfterFirstFrameFunc func,
                                         gpointer              user_data);
gboolean           pj_after_first_frame_pending (PjAfterFirstFrame *self);
void               pj_after_first_frame_cancel (PjAfterFirstFrame **self);

G_END_DECLS
