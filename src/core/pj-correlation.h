/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-series.h"

G_BEGIN_DECLS

/* Personal correlations of clinical-rules.md §3: over the last 90 days, the Spearman rank
 * correlation between a day factor and daily pain on the same day (lag 0) and on the next day
 * (lag 1). They describe what went together, never a cause. */
#define PJ_CORRELATION_WINDOW 90
#define PJ_CORRELATION_MIN_PAIRS 14
#define PJ_CORRELATION_MIN_RHO 0.3

typedef struct
{
  PjFactor factor;
  guint    lag;         /* 0: same day, 1: pain on the next day */
  guint    n;           /* pairs */
  double   rho;         /* NAN when undefined (fewer than 2 pairs or no variation) */
  double   threshold;   /* split point: the median, moved up when every value reaches it */
  double   mean_high;   /* mean pain on days with factor ≥ threshold */
  double   mean_other;  /* mean pain on the other days */
  char    *text;        /* translated plain comparison; NULL when there is nothing to split */
} PjCorrelation;

void    pj_correlation_free (PjCorrelation *correlation);

/* Average ranks (1-based) for ties: the values 10, 20, 20, 30 rank 1, 2.5, 2.5, 4. */
void    pj_rank_average (const double *values,
                         guint         n,
                         double       *out_ranks);
/* Spearman's rho (Pearson's correlation of the average ranks). NAN when n < 2 or either side
 * has no variation. */
double  pj_spearman (const double *x,
                     const double *y,
                     guint         n);

/* The factors of §3 in order: sitting_hours screen_hours posture exercise_minutes sleep_hours
 * sleep_quality stress. */
const PjFactor *pj_correlation_factors (guint *n_factors);

/* Computes one correlation over as_of-89 … as_of (the series must cover it). Next-day pairs
 * take the factor on d and the pain on d+1 with both days in the window. */
PjCorrelation *pj_correlation_compute (const PjSeries *series,
                                       PjDate          as_of,
                                       PjFactor        factor,
                                       guint           lag);
/* Over how many days the pattern was seen, as a sentence of its own ("Seen over 42 logged
 * days."): the pairs of a same-day correlation are logged days, those of a next-day one a
 * logged day and the day after. */
char          *pj_correlation_format_seen (const PjCorrelation *correlation);
/* ≥ 14 pairs and |rho| ≥ 0.3 */
gboolean       pj_correlation_is_reportable (const PjCorrelation *correlation);
/* The reportable correlations, factor order then lag 0 before lag 1. PjCorrelation*. */
GPtrArray     *pj_correlations_evaluate (const PjSeries *series,
                                         PjDate          as_of);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjCorrelation, pj_correlation_free)

G_END_DECLS
