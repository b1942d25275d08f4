/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-medicine.h"

G_BEGIN_DECLS

/* Pain before and after as-needed doses (docs/clinical-rules.md §5): over the 90 days up to
 * as_of, for each taken dose of an as-needed medicine (not a treatment), the latest check-in
 * of that day in the 4 hours before the dose and the first in the 4 hours after it. Reported
 * once at least 8 doses have both. It says what went together, never whether to take more,
 * less or something else. */
#define PJ_DOSE_PATTERN_WINDOW 90
#define PJ_DOSE_PATTERN_HOURS 4
#define PJ_DOSE_PATTERN_MIN_DOSES 8

typedef struct
{
  char   *medicine;     /* its name */
  guint   n;            /* doses with a check-in before and after */
  double  mean_before;
  double  mean_after;
  char   *text;         /* translated sentence with the numbers and the advice wording */
} PjDosePattern;

void       pj_dose_pattern_free (PjDosePattern *pattern);
/* @days: PjDay* (any order) covering the window; @medicines: PjMedicine* carrying their
 * doses. Array of PjDosePattern*, by medicine name; only those with enough doses. */
GPtrArray *pj_dose_patterns_evaluate (GPtrArray *days,
                                      GPtrArray *medicines,
                                      PjDate     as_of);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjDosePattern, pj_dose_pattern_free)

G_END_DECLS
