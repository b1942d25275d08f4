/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* The follow-up question about an as-needed dose (issue 15): "How much did Ibuprofen at 14:05
 * help?" with None, Some, A lot and Complete (relief 0, 3, 7, 10), saved to that dose. */

/* Of @doses (one day's, by time), the latest taken dose of an as-needed medicine of
 * @medicines taken in the PJ_DOSE_RELIEF_WINDOW_MINUTES up to @now_minutes, when it has no
 * relief yet; NULL when there is none or that dose already has its answer. */
const PjDose *pj_relief_row_find_dose (GPtrArray         *medicines,
                                       GPtrArray         *doses,
                                       int                now_minutes,
                                       const PjMedicine **out_medicine);

/* The question as a list row; an answer saves to @database at once, errors show as a toast on
 * @anchor. */
GtkWidget    *pj_relief_row_new (GtkWidget        *anchor,
                                 PjDatabase       *database,
                                 const PjMedicine *medicine,
                                 const PjDose     *dose);

G_END_DECLS
