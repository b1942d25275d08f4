/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* What one button or field of the dose rows acts on (medicines/ only). Copies, so a refresh
 * that rebuilds the rows while a handler runs never leaves it holding freed data. */
typedef struct
{
  GtkWidget  *anchor;    /* where toasts show: the widget that holds the rows (not a ref) */
  PjDatabase *database;  /* a ref */
  PjMedicine *medicine;
  PjDose     *dose;      /* NULL for the medicine's own buttons */
  int         relief;
} PjDoseTarget;

PjDoseTarget *pj_dose_target_new (GtkWidget        *anchor,
                                  PjDatabase       *database,
                                  const PjMedicine *medicine,
                                  const PjDose     *dose,
                                  int               relief);
/* Connects @callback (taking the target as user data) to @signal of @instance, which owns
 * @target from then on. */
void          pj_dose_target_connect (gpointer      instance,
                                      const char   *signal,
                                      GCallback     callback,
                                      PjDoseTarget *target);
/* A toast on @target's anchor, or a warning when no toast overlay holds it. */
void          pj_dose_target_show_error (PjDoseTarget *target,
                                         const GError *error);
/* Saves @changed (a copy of @target's dose) when it differs from the dose shown. */
void          pj_dose_target_update (PjDoseTarget *target,
                                     const PjDose *changed);
/* A button centred in its row, with @tooltip. */
GtkWidget    *pj_dose_target_button (const char *label,
                                     const char *tooltip);
/* Minutes since local midnight, now. */
int           pj_dose_target_now_minutes (void);

G_END_DECLS
