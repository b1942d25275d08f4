/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pj-codes.h"

G_BEGIN_DECLS

/* Toggle chips for every code of one kind (locations, qualities, activities, self-care),
 * wrapping onto as many lines as the width needs, in aligned columns, or (property "packed")
 * each at its own width. Property "selection" is the PjCodeSet. */
#define PJ_TYPE_CHIP_GROUP (pj_chip_group_get_type ())
G_DECLARE_FINAL_TYPE (PjChipGroup, pj_chip_group, PJ, CHIP_GROUP, GtkWidget)

GtkWidget *pj_chip_group_new (PjCodeKind kind);
PjCodeKind pj_chip_group_get_kind (PjChipGroup *self);
PjCodeSet  pj_chip_group_get_selection (PjChipGroup *self);
void       pj_chip_group_set_selection (PjChipGroup *self,
                                        PjCodeSet    selection);
/* The chip of code @index, for tests and for focus. */
GtkWidget *pj_chip_group_get_chip (PjChipGroup *self,
                                   guint        index);

G_END_DECLS
