/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A part of a form kept in a .ui resource of its own, so that it can be built later than the
 * form (see pj-after-first-frame.h). */
GtkBuilder *pj_ui_part_load (const char *resource_path);
gpointer    pj_ui_part_object (GtkBuilder *builder,
                               const char *id);

G_END_DECLS
