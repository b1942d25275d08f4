/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The scenario fixtures of tests/data and what the insights must say about each, as of the
 * test "today" 2026-06-30. Shared by the in-memory test and the command line test, so both
 * check the same expectations. */

#include <glib.h>
#include <stdlib.h>

typedef struct
{
  const char *fixture;
  const char *flags;     /* in order: urgent first */
  const char *tips;      /* any order */
  gboolean    improving;
} Scenario;

static const Scenario scenarios[] = {
  /* pain fell from about 6 to about 3 after workstation changes and daily walks; the episode
   * (34 days) is not yet six weeks old */
  { "scenario-improving.csv", "", "breaks core heat tech-neck", TRUE },
  /* pain crept up from 3.9 to 6.4 over a fortnight: book a physiotherapist. Four weeks of
   * daily walks without improvement also make it "not-improving". */
  { "scenario-worsening.csv", "worsening not-improving",
    "breaks ergonomics massage pain-relief physio tech-neck", FALSE },
  /* bladder symptoms with tingling on one day; every fired tip is still listed */
  { "scenario-red-flag.csv", "bladder-bowel numbness", "core physio", FALSE },
  /* mild, stable pain and an active life: no urgent or see-soon flag */
  { "scenario-stable.csv", "", "heat", FALSE },
  /* a check-in every few days: too few logged days for any weekly comparison (gaps are not
   * zeros), but days of pain 4 or more never 15 days apart since 27 Apr make a 64-day
   * episode. Only 2 of the last 7 days are logged: tips wait for 3 (flags do not) */
  { "scenario-sporadic.csv", "subacute", "", FALSE },
};

static inline int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The space-separated @ids in alphabetical order: tips are ranked, their set is what the
 * rules decide. */
static inline char *
sorted_ids (const char *ids)
{
  g_auto (GStrv) split = g_strsplit (ids, " ", -1);

  qsort (split, g_strv_length (split), sizeof (char *), compare_strings);
  return g_strjoinv (" ", split);
}
