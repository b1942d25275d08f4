/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The report's optional name, year of birth and paper, bound to their GSettings keys the same
 * way wherever they are shown (the export dialog, Preferences), so both show the same values.
 * @paper is an AdwComboRow or a GtkDropDown whose model lists "Automatic", "A4", "US Letter"
 * in that order. */
void pj_report_settings_bind (GSettings   *settings,
                              AdwEntryRow *name_row,
                              AdwEntryRow *birth_year_row,
                              GObject     *paper);

G_END_DECLS
