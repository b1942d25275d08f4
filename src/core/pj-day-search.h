/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-codes.h"
#include "pj-date.h"
#include "pj-day.h"

G_BEGIN_DECLS

/* What History's search looks at in one day: the day note and its check-ins' notes, and the
 * warning signs ticked in any check-in (pj_database_list_day_digests()). */
typedef struct
{
  PjDate     date;
  char      *notes;     /* the notes joined by newlines; NULL when the day has none */
  PjCodeSet  symptoms;  /* warning signs of all its check-ins */
} PjDayDigest;

void pj_day_digest_free (PjDayDigest *digest);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjDayDigest, pj_day_digest_free)

/* @text as searches compare it: case folded and without accents ("Épaule" and "epaule" fold
 * to the same text), so a search finds a note however it was typed. */
char *pj_day_search_fold (const char *text);

/* A History search: words that must all appear in a day's notes (anywhere, as parts of words,
 * in any order), and optionally only days with a warning sign. */
typedef struct _PjDaySearch PjDaySearch;

/* @text may be NULL or blank: then only @warning_signs_only filters. */
PjDaySearch *pj_day_search_new (const char *text,
                                gboolean    warning_signs_only);
void         pj_day_search_free (PjDaySearch *search);
/* TRUE when the search lets every day through. */
gboolean     pj_day_search_is_empty (const PjDaySearch *search);
/* @folded_notes: the day's notes as pj_day_search_fold() returns them (NULL: no notes). */
gboolean     pj_day_search_matches (const PjDaySearch *search,
                                    const char        *folded_notes,
                                    PjCodeSet          symptoms);
/* The note of @day that shows why it was found: the first one (the day note, then the
 * check-ins' in time order) containing one of the search words; NULL without words or match. */
const char  *pj_day_search_find_note (const PjDaySearch *search,
                                      const PjDay       *day);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjDaySearch, pj_day_search_free)

G_END_DECLS
