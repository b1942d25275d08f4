/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* One logged dose under its medicine on Today: *Taken* or *Skipped*, its time and (taken)
 * amount editable in place, and a delete button with Undo. Saved to @database at once; toasts
 * show on @anchor. */
GtkWidget *pj_dose_row_new (GtkWidget        *anchor,
                            PjDatabase       *database,
                            const PjMedicine *medicine,
                            const PjDose     *dose);

G_END_DECLS
