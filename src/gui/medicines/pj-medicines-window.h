/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* "Medicines and Treatments": the person's list, to add, change, archive and restore; each
 * medicine opens a form. Property "database"; follows the database's "changed" signal. */
#define PJ_TYPE_MEDICINES_WINDOW (pj_medicines_window_get_type ())
G_DECLARE_FINAL_TYPE (PjMedicinesWindow, pj_medicines_window, PJ, MEDICINES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget  *pj_medicines_window_new (PjDatabase *database);
PjDatabase *pj_medicines_window_get_database (PjMedicinesWindow *self);
void        pj_medicines_window_set_database (PjMedicinesWindow *self,
                                              PjDatabase        *database);
/* Opens the form for a new medicine (what *Add Medicine* does). */
void        pj_medicines_window_add (PjMedicinesWindow *self);

G_END_DECLS
