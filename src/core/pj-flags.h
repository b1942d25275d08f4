/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-episode.h"
#include "pj-series.h"

G_BEGIN_DECLS

/* Warning flags of clinical-rules.md §1. The app never names a diagnosis: a flag says which
 * pattern it saw, on which dates, and what kind of help to seek. */
typedef enum
{
  PJ_FLAG_LEVEL_URGENT,
  PJ_FLAG_LEVEL_SEE_SOON,
  PJ_FLAG_LEVEL_WATCH,
} PjFlagLevel;

/* "urgent", "see-soon", "watch", exactly as in clinical-rules.md */
const char *pj_flag_level_to_string (PjFlagLevel level);
/* What to do, translated ("Get medical help today; …"). */
const char *pj_flag_level_advice (PjFlagLevel level);

typedef struct
{
  const char *id;     /* "bladder-bowel", … (static) */
  PjFlagLevel level;
  const char *title;  /* N_()-marked; translate with _() */
} PjFlagInfo;

/* Every flag, urgent first, in the order of clinical-rules.md. */
const PjFlagInfo *pj_flags_catalogue (guint *n_flags);
const PjFlagInfo *pj_flags_lookup (const char *id);

typedef struct
{
  const PjFlagInfo *info;
  char             *title;   /* translated */
  char             *reason;  /* translated, quotes the person's numbers and dates */
  GArray           *dates;   /* PjDate that triggered it, oldest first */
  char             *report_reason; /* the reason in the report's voice, or NULL: only the
                                    * flags of a period (pj-period-flags.h) have one */
} PjFlag;

void    pj_flag_free (PjFlag *flag);
PjFlag *pj_flag_copy (const PjFlag *flag);
/* The latest trigger date: an acknowledgement is stored per flag id and this date, so a new
 * trigger shows the flag again. */
PjDate  pj_flag_get_latest_date (const PjFlag *flag);

/* Evaluates every flag as of @as_of. @series must cover at least as_of-29 … as_of; the
 * episode start comes from the walk. Returns PjFlag*, urgent first, then see-soon, then
 * watch, each level in the order of the catalogue. */
GPtrArray *pj_flags_evaluate (const PjSeries *series,
                              PjDate          as_of,
                              PjDate          episode_start);

/* The positive note: the mirror of "worsening". Returns TRUE and a translated reason with the
 * numbers when it applies. */
gboolean   pj_flags_improving (const PjSeries *series,
                               PjDate          as_of,
                               char          **out_reason);

/* The urgent flags that @checkin fires on its own, before it is even saved: its urgent
 * symptoms, and an injury with pain ≥ 7. Array of const PjFlagInfo* (not owned), in the
 * order of the catalogue; empty when none. Used to show the guidance in the check-in form. */
GPtrArray *pj_flags_urgent_for_checkin (const PjCheckin *checkin);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjFlag, pj_flag_free)

G_END_DECLS
