/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-correlation.h"
#include "pj-flags.h"
#include "pj-series.h"

G_BEGIN_DECLS

/* The clinician report's voice for the sentences the analysis makes: the window speaks to the
 * person ("You noted…", "Your average pain…"), the report speaks of the patient to the one
 * who reads it ("Patient noted…", "Average pain rose…"). Same rules and numbers, other words;
 * dates in full ("20 Sep 2026"), the report's one date style. */

/* The disclaimer every report page carries (clinical-rules.md §4), addressed to its reader. */
const char *pj_report_voice_disclaimer (void);
/* "20 Sep 2026" */
char       *pj_report_voice_format_date (PjDate date);
/* "20 Sep 2026", "20 Sep 2026 and 25 Sep 2026", …; more than twelve dates become "on 46 days
 * from 7 Jul 2026 to 25 Sep 2026", never a list cut short ("and 46 more"). With @with_on the
 * list starts with "on" as a sentence needs. @dates: PjDate, oldest first. */
char       *pj_report_voice_format_dates (GArray  *dates,
                                          gboolean with_on);

/* The flag's title in the report ("Pain getting worse" for "Your pain is getting worse"). */
const char *pj_flag_report_title (const PjFlagInfo *info);
/* The reason of @flag, raised as of @as_of over @series, in the report's voice, with the
 * numbers of the window's reason recomputed from the same series and dates. */
char       *pj_flag_format_report_reason (const PjFlag   *flag,
                                          const PjSeries *series,
                                          PjDate          as_of);
/* TRUE when the report reason of the flag is built from its dates alone (the warning
 * symptoms, severe-persistent, injury-severe): a period's flag then quotes all its dates. */
gboolean    pj_flag_report_reason_lists_dates (const PjFlagInfo *info);
/* pj_flags_improving() in the report's voice; NULL when it does not apply. */
char       *pj_flags_improving_for_report (const PjSeries *series,
                                           PjDate          as_of);
/* The pattern sentence of @correlation in the report's voice; NULL when it has none. */
char       *pj_correlation_format_report (const PjCorrelation *correlation);

G_END_DECLS
