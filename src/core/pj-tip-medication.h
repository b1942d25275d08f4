/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-series.h"

G_BEGIN_DECLS

/* What the medication tips (pain-relief, medication-review) count as a day with medication:
 * a taken dose of a medicine in the list, or, as on days logged before the list existed, the
 * "medication" self-care chip or the free-text medication field. Array of PjDate. */
GArray *pj_tip_medication_dates (const PjSeries *series,
                                 PjDate          from,
                                 PjDate          to);

G_END_DECLS
