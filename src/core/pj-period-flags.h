/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-flags.h"

G_BEGIN_DECLS

/* The flags raised at any time in a period, for the clinician report: the flags of
 * clinical-rules.md §1 evaluated as of every day of @from … @to, merged per flag. */

/* How far before @from the days should reach, so a flag on the first day of the period sees
 * its whole window (the widest is 30 days). */
#define PJ_PERIOD_FLAGS_LOOKBACK 29

/* @days: PjDay* in any order, ideally from @from - PJ_PERIOD_FLAGS_LOOKBACK on. Returns
 * PjFlag*, urgent first, then see-soon, then watch, each level in catalogue order. A flag's
 * reason is the one of the latest day it was raised (its numbers are the most recent); its
 * dates are every date that triggered it, oldest first, without repeats. */
GPtrArray *pj_period_flags_evaluate (GPtrArray *days,
                                     PjDate     from,
                                     PjDate     to);

G_END_DECLS
