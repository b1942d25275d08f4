/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* The Today page's medicines: one row per active medicine with *Taken* (the usual dose, now)
 * and, for a regular one, *Skipped*; the day's doses under it with their time and amount
 * editable; and, for the latest as-needed dose of the last few hours, how much it helped.
 * Properties: "database" and "as-of" (pj-journal-properties.h: the journal, the day taken as
 * today), "date" (the PjDate shown) and "asks-relief" (default TRUE; FALSE where the check-in
 * form asks it instead, pj-relief-question.h). Follows the database's "changed" signal. */
#define PJ_TYPE_DOSE_ROWS (pj_dose_rows_get_type ())
G_DECLARE_FINAL_TYPE (PjDoseRows, pj_dose_rows, PJ, DOSE_ROWS, AdwBin)

GtkWidget  *pj_dose_rows_new (void);
PjDatabase *pj_dose_rows_get_database (PjDoseRows *self);
void        pj_dose_rows_set_database (PjDoseRows *self,
                                       PjDatabase *database);
PjDate      pj_dose_rows_get_as_of (PjDoseRows *self);
void        pj_dose_rows_set_as_of (PjDoseRows *self,
                                    PjDate      as_of);
PjDate      pj_dose_rows_get_date (PjDoseRows *self);
void        pj_dose_rows_set_date (PjDoseRows *self,
                                   PjDate      date);
void        pj_dose_rows_set_asks_relief (PjDoseRows *self,
                                          gboolean    asks_relief);
/* The time a *Taken* click logs on the shown day: now on today, else the first regular time
 * not yet logged, else noon. Public for tests. */
int         pj_dose_rows_time_for (PjDoseRows       *self,
                                   const PjMedicine *medicine,
                                   GPtrArray        *doses_of_day);

G_END_DECLS
