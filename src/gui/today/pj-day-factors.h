/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-day.h"

G_BEGIN_DECLS

/* Every day factor of data-format.md as a form. An untouched field stays unknown and each
 * numeric one can be cleared back to unknown. Signal "changed" fires on a person's edits only
 * (not on pj_day_factors_set_day), so the page can autosave exactly what was edited. */
#define PJ_TYPE_DAY_FACTORS (pj_day_factors_get_type ())
G_DECLARE_FINAL_TYPE (PjDayFactors, pj_day_factors, PJ, DAY_FACTORS, GtkWidget)

GtkWidget *pj_day_factors_new (void);
/* Shows the factors of @day (its check-ins are not looked at). */
void       pj_day_factors_set_day (PjDayFactors *self,
                                   const PjDay  *day);
/* Writes the form's factors into @day, leaving its date and check-ins alone. */
void       pj_day_factors_apply (PjDayFactors *self,
                                 PjDay        *day);

/* The groups below the fold are built just after the factors' first frame; these build
 * them at once (for a caller that needs them before) and tell whether they are there. */
void       pj_day_factors_complete (PjDayFactors *self);
gboolean   pj_day_factors_get_complete (PjDayFactors *self);

G_END_DECLS
