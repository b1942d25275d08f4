/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A spin button that can also hold "unknown" (NAN), shown empty, with a button that clears
 * it back to unknown. Unknown is not zero: an untouched factor must stay NULL in the journal.
 * Signal "changed" fires on a person's edits only, never on pj_optional_spin_set_value(). */
#define PJ_TYPE_OPTIONAL_SPIN (pj_optional_spin_get_type ())
G_DECLARE_FINAL_TYPE (PjOptionalSpin, pj_optional_spin, PJ, OPTIONAL_SPIN, GtkWidget)

GtkWidget     *pj_optional_spin_new (double min,
                                     double max,
                                     double step,
                                     guint  digits);
double         pj_optional_spin_get_value (PjOptionalSpin *self);
void           pj_optional_spin_set_value (PjOptionalSpin *self,
                                           double          value);
void           pj_optional_spin_clear (PjOptionalSpin *self);
GtkSpinButton *pj_optional_spin_get_spin_button (PjOptionalSpin *self);
/* Names the spin button and its clear button for assistive technology ("Sitting hours"). */
void           pj_optional_spin_set_label (PjOptionalSpin *self,
                                           const char     *label);

G_END_DECLS
