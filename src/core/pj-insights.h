/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pj-correlation.h"
#include "pj-database.h"
#include "pj-dose-pattern.h"
#include "pj-flags.h"
#include "pj-series.h"
#include "pj-tips.h"

G_BEGIN_DECLS

/* Everything the Insights page, the Today page, the banner and `--insights` show, evaluated as
 * of one date. */
typedef struct
{
  PjDate     as_of;
  GPtrArray *flags;          /* PjFlag*, urgent first */
  gboolean   improving;
  char      *improving_reason;  /* translated, NULL unless improving */
  GPtrArray *tips;           /* PjTip*, fired, best first */
  GPtrArray *correlations;   /* PjCorrelation*, reportable only */
  PjDate     episode_start;  /* current pain episode, PJ_DATE_NONE if none */
  GPtrArray *dose_patterns;  /* PjDosePattern*: pain before and after as-needed doses */
} PjInsights;

#define PJ_TYPE_INSIGHTS (pj_insights_get_type ())
GType       pj_insights_get_type (void) G_GNUC_CONST;
PjInsights *pj_insights_ref (PjInsights *insights);
void        pj_insights_unref (PjInsights *insights);

/* Reads only what it needs: the 90 days as_of-89 … as_of (the widest window, for the
 * correlations), then, only while the current pain episode could reach further back, older
 * days in chunks of 90. Days after @as_of are never read. */
PjInsights *pj_insights_evaluate (PjDatabase *db,
                                  PjDate      as_of,
                                  GError    **error);
/* The same on days in memory (PjDay*, any order; days after @as_of are ignored). */
PjInsights *pj_insights_evaluate_days (GPtrArray *days,
                                       PjDate     as_of);

/* The first day of the pain episode current on @as_of (clinical-rules.md §1), read from the
 * database back as far as the episode goes; PJ_DATE_NONE when there is none, or on an error
 * (then @error is set). */
PjDate      pj_insights_find_episode_start (PjDatabase *db,
                                            PjDate      as_of,
                                            GError    **error);
/* The flags of @level in @after that were not in @before (same id), so a save that makes a
 * see-soon flag fire can say so. PjFlag* owned by @after, not copied. @before may be NULL. */
GPtrArray  *pj_insights_new_flags (const PjInsights *before,
                                   const PjInsights *after,
                                   PjFlagLevel       level);

/* The tips for the Today page: the best @max_tips, or none while an urgent flag is active
 * (tips give way to the flag). PjTip* owned by @insights. */
GPtrArray  *pj_insights_get_today_tips (const PjInsights *insights,
                                        guint             max_tips);

/* The disclaimer of clinical-rules.md §4, translated: shown at first run, in About, in the
 * Insights page and in every report. */
const char *pj_insights_get_disclaimer (void);

/* TRUE when a flag of level urgent is among the flags. */
gboolean    pj_insights_has_urgent (const PjInsights *insights);

/* The `--insights` document of data-format.md §4. */
JsonNode   *pj_insights_to_json (const PjInsights *insights);
char       *pj_insights_to_json_string (const PjInsights *insights,
                                        gboolean          pretty);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjInsights, pj_insights_unref)

G_END_DECLS
