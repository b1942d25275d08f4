/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* The form for one medicine or treatment: name, kind, form, usual dose and unit, as needed or
 * regular with its times. *Save* adds or updates it in "database"; a medicine being edited
 * can also be archived or brought back. Emits "done" after a save or an archive. */
#define PJ_TYPE_MEDICINE_EDITOR (pj_medicine_editor_get_type ())
G_DECLARE_FINAL_TYPE (PjMedicineEditor, pj_medicine_editor, PJ, MEDICINE_EDITOR, GtkBox)

GtkWidget  *pj_medicine_editor_new (PjDatabase       *database,
                                  const PjMedicine *medicine);
/* What the form holds now (not saved), or NULL with the reason when it is not valid. */
PjMedicine *pj_medicine_editor_read (PjMedicineEditor *self,
                                   GError        **error);
gboolean    pj_medicine_editor_save (PjMedicineEditor *self,
                                   GError        **error);
/* Test hooks: the widgets a person fills in. */
GtkEditable *pj_medicine_editor_get_name_row (PjMedicineEditor *self);
GtkSpinButton *pj_medicine_editor_get_amount (PjMedicineEditor *self);
AdwComboRow *pj_medicine_editor_get_schedule_row (PjMedicineEditor *self);
GtkEditable *pj_medicine_editor_get_times_row (PjMedicineEditor *self);
AdwComboRow *pj_medicine_editor_get_kind_row (PjMedicineEditor *self);
GtkDropDown *pj_medicine_editor_get_unit (PjMedicineEditor *self);

G_END_DECLS
