/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-day.h"

G_BEGIN_DECLS

/* One check-in in the day's list: time, pain with its colour and word, where and how, and
 * buttons to edit or delete it. Signals "edit" and "delete"; activating the row edits. */
#define PJ_TYPE_CHECKIN_ROW (pj_checkin_row_get_type ())
G_DECLARE_FINAL_TYPE (PjCheckinRow, pj_checkin_row, PJ, CHECKIN_ROW, AdwActionRow)

GtkWidget       *pj_checkin_row_new (const PjCheckin *checkin);
const PjCheckin *pj_checkin_row_get_checkin (PjCheckinRow *self);

G_END_DECLS
