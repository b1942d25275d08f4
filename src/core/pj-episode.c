/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-episode.h"

/* Daily pain at or above this belongs to an episode; two such days at most this many days
 * apart belong to the same one (clinical-rules.md §1). */
#define EPISODE_PAIN 4.0
#define EPISODE_MAX_STEP 14

void
pj_episode_walk_init (PjEpisodeWalk *walk,
                      PjDate         as_of)
{
  walk->as_of = as_of;
  walk->start = PJ_DATE_NONE;
  walk->finished = FALSE;
}

/* The earliest date whose episode day could still continue the walk. */
static PjDate
reach (const PjEpisodeWalk *walk)
{
  /* No episode day yet: it must lie in the last 14 days, as_of-13 … as_of. */
  if (walk->start == PJ_DATE_NONE)
    return walk->as_of > EPISODE_MAX_STEP - 1 ? walk->as_of - (EPISODE_MAX_STEP - 1) : 1;
  return walk->start > EPISODE_MAX_STEP ? walk->start - EPISODE_MAX_STEP : 1;
}

gboolean
pj_episode_walk_feed (PjEpisodeWalk *walk,
                      PjDate         date,
                      double         pain)
{
  g_return_val_if_fail (date <= walk->as_of, !walk->finished);

  if (walk->finished)
    return FALSE;
  if (date < reach (walk))
    {
      walk->finished = TRUE;
      return FALSE;
    }
  /* A gap (NAN) is no pain value at all, never a low one: it simply does not extend the
   * episode, and the walk only ends on the calendar distance. */
  if (!isnan (pain) && pain >= EPISODE_PAIN)
    walk->start = date;
  return TRUE;
}

gboolean
pj_episode_walk_needs_before (const PjEpisodeWalk *walk,
                              PjDate               from)
{
  return !walk->finished && reach (walk) < from;
}

PjDate
pj_episode_walk_finish (PjEpisodeWalk *walk)
{
  walk->finished = TRUE;
  return walk->start;
}

PjDate
pj_episode_find_start (const PjSeries *series,
                       PjDate          as_of)
{
  PjEpisodeWalk walk;
  PjDate first = pj_series_get_first (series);

  pj_episode_walk_init (&walk, as_of);
  for (PjDate date = MIN (as_of, pj_series_get_last (series)); date >= first; date--)
    if (!pj_episode_walk_feed (&walk, date, pj_series_get_pain (series, date)))
      break;
  return pj_episode_walk_finish (&walk);
}
