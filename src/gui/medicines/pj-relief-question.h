/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* The relief question (pj-relief-row.h) on its own, for the check-in form: shown on today
 * when an as-needed dose of the last few hours has no answer yet, hidden otherwise.
 * Properties: "database", "as-of" (pj-journal-properties.h) and "date" (the PjDate shown).
 * Follows the database's "changed" signal, so an answer makes it go. */
#define PJ_TYPE_RELIEF_QUESTION (pj_relief_question_get_type ())
G_DECLARE_FINAL_TYPE (PjReliefQuestion, pj_relief_question, PJ, RELIEF_QUESTION, AdwBin)

GtkWidget *pj_relief_question_new (void);
void       pj_relief_question_set_database (PjReliefQuestion *self,
                                            PjDatabase       *database);
void       pj_relief_question_set_as_of (PjReliefQuestion *self,
                                         PjDate            as_of);
void       pj_relief_question_set_date (PjReliefQuestion *self,
                                        PjDate            date);

G_END_DECLS
