/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The header bar's title: the page switcher when it fits and is enabled, the window title
 * otherwise ("title-visible" says which, and notifies). A lighter AdwViewSwitcherTitle: that
 * one also keeps a second, icons-over-labels switcher for middling widths, which start-up had
 * to style and measure on every launch; here a window too narrow for the switcher shows the
 * title, and the window puts the switcher at the bottom.
 *
 * A workaround for a start-up cost of libadwaita 1.2 that no later libadwaita removes:
 * AdwViewSwitcherTitle keeps both switchers in every version up to 1.8, and is deprecated from
 * 1.4 on in favour of AdwBreakpoint with a plain AdwViewSwitcher, which needs a build floor of
 * libadwaita 1.4. So it applies with every version (PJ_WORKAROUND_SWITCHER_TITLE in
 * pj-toolkit-version.c says so) and is retired when the floor reaches libadwaita 1.4. */
#define PJ_TYPE_SWITCHER_TITLE (pj_switcher_title_get_type ())
G_DECLARE_FINAL_TYPE (PjSwitcherTitle, pj_switcher_title, PJ, SWITCHER_TITLE, GtkWidget)

GtkWidget *pj_switcher_title_new (void);
void       pj_switcher_title_set_stack (PjSwitcherTitle *self,
                                        AdwViewStack    *stack);
void       pj_switcher_title_set_title (PjSwitcherTitle *self,
                                        const char      *title);
gboolean   pj_switcher_title_get_title_visible (PjSwitcherTitle *self);
void       pj_switcher_title_set_switcher_enabled (PjSwitcherTitle *self,
                                                   gboolean         enabled);

G_END_DECLS
