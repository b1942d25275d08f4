/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-series.h"

G_BEGIN_DECLS

/* The current pain episode (clinical-rules.md §1).
 * Walk back from @as_of over days with daily pain ≥ 4, stepping from one such day to the
 * previous one while they are at most 14 days apart; no such day in the last 14 days means no
 * current episode. The walk takes days newest first, so a caller can feed it from the database
 * in chunks and stop reading as soon as it is finished. */
typedef struct
{
  PjDate   as_of;
  PjDate   start;     /* earliest episode day reached so far, PJ_DATE_NONE if none */
  gboolean finished;
} PjEpisodeWalk;

void     pj_episode_walk_init (PjEpisodeWalk *walk,
                               PjDate         as_of);
/* Feeds one day (dates strictly decreasing, none after as_of; @pain NAN for a gap).
 * Returns FALSE once the walk has finished and needs no older day. */
gboolean pj_episode_walk_feed (PjEpisodeWalk *walk,
                               PjDate         date,
                               double         pain);
/* Once every day from @from on has been fed: TRUE when days before @from could still extend
 * the episode (or start it). */
gboolean pj_episode_walk_needs_before (const PjEpisodeWalk *walk,
                                       PjDate               from);
/* Marks the walk finished: no older day exists. Returns the episode start. */
PjDate   pj_episode_walk_finish (PjEpisodeWalk *walk);
/* The start of the current episode using the days of @series, PJ_DATE_NONE if none. */
PjDate   pj_episode_find_start (const PjSeries *series,
                                PjDate          as_of);

G_END_DECLS
