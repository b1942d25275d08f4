/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pj-dose-rows.h"

G_BEGIN_DECLS

/* A medicine on Today: its name and usual dose, *Taken* (the usual dose, at the time
 * pj_dose_rows_time_for() gives) and for a regular one *Skipped*, each with Undo; it expands
 * to the day's doses of it (pj-dose-row.h). @doses are the shown day's, of every medicine. */
GtkWidget *pj_medicine_today_row_new (PjDoseRows       *rows,
                                      PjDatabase       *database,
                                      const PjMedicine *medicine,
                                      GPtrArray        *doses);

G_END_DECLS
