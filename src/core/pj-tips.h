/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-series.h"

G_BEGIN_DECLS

/* Self-care tips of clinical-rules.md §2: a catalogue of short practical cards, each with a
 * trigger evaluated over the last 7 days and a "why you're seeing this" line quoting the
 * entries that fired it. */
typedef enum
{
  PJ_TIP_CATEGORY_MOVEMENT,
  PJ_TIP_CATEGORY_WORKSPACE,
  PJ_TIP_CATEGORY_PAIN_RELIEF,
  PJ_TIP_CATEGORY_STRESS_SLEEP,
  PJ_TIP_CATEGORY_PROFESSIONAL,
  PJ_TIP_CATEGORY_HABITS,
  PJ_N_TIP_CATEGORIES
} PjTipCategory;

/* Translated name of a category ("Movement and exercise"). */
const char *pj_tip_category_label (PjTipCategory category);

typedef struct
{
  const char   *id;        /* "breaks", … as in clinical-rules.md */
  PjTipCategory category;
  const char   *title;     /* N_()-marked; translate with _() */
  const char   *body;      /* N_()-marked, 2–4 sentences */
} PjTipInfo;

/* Every tip, in the order of clinical-rules.md (the library shows them all). */
const PjTipInfo *pj_tips_catalogue (guint *n_tips);
const PjTipInfo *pj_tips_lookup (const char *id);

typedef struct
{
  const PjTipInfo *info;
  double           strength;  /* 0.5 when a threshold is just met … 1 when far past it */
  double           score;     /* strength + the |rho| of a matching personal correlation */
  char            *why;       /* translated, from the person's entries */
} PjTip;

void   pj_tip_free (PjTip *tip);
PjTip *pj_tip_copy (const PjTip *tip);

/* Evaluates every trigger as of @as_of. @series must cover as_of-13 … as_of; @flags (PjFlag*)
 * feed the "physio" tip; @correlations (reportable PjCorrelation*, may be NULL) lift tips about
 * a factor that tracks the person's pain. Returns the fired tips (PjTip*), best first;
 * "daily-habits" exactly when nothing else fires. */
/* Tips are evaluated only when the last PJ_TIPS_WINDOW_DAYS days hold check-ins on at least
 * PJ_TIPS_MIN_LOGGED_DAYS days; with fewer, pj_tips_evaluate() returns no tips at all. */
#define PJ_TIPS_WINDOW_DAYS 7
#define PJ_TIPS_MIN_LOGGED_DAYS 3

GPtrArray *pj_tips_evaluate (const PjSeries *series,
                             PjDate          as_of,
                             GPtrArray      *flags,
                             GPtrArray      *correlations);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjTip, pj_tip_free)

G_END_DECLS
