/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-insights.h"

G_BEGIN_DECLS

/* Every tip of the catalogue, fired or not, searchable and filtered by category. Tips that
 * fit the person's last 7 days say why. */
#define PJ_TYPE_TIPS_LIBRARY (pj_tips_library_get_type ())
G_DECLARE_FINAL_TYPE (PjTipsLibrary, pj_tips_library, PJ, TIPS_LIBRARY, AdwBin)

GtkWidget *pj_tips_library_new (void);
/* Marks the fired tips of @insights (may be NULL). */
void       pj_tips_library_set_insights (PjTipsLibrary    *self,
                                         const PjInsights *insights);
void       pj_tips_library_set_search_text (PjTipsLibrary *self,
                                            const char    *text);
/* -1 for every category. */
void       pj_tips_library_set_category (PjTipsLibrary *self,
                                         int            category);
guint      pj_tips_library_get_n_visible (PjTipsLibrary *self);
/* The id of the @index-th tip shown (in the list's order), NULL past the last. */
const char *pj_tips_library_get_visible_id (PjTipsLibrary *self,
                                            guint          index);

G_END_DECLS
