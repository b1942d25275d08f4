/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Opening what the app just saved: the file in its default application, or its folder in the
 * file manager with the file selected. */
void pj_file_launch_open (GtkWindow *parent,
                          GFile     *file);
/* Asks the file manager (org.freedesktop.FileManager1) to show @file selected in its folder,
 * and opens the folder itself when no file manager answers. */
void pj_file_launch_show_in_folder (GtkWindow *parent,
                                    GFile     *file);

G_END_DECLS
