/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pj-day-search.h"

struct _PjDaySearch
{
  char   **words;  /* folded, never empty strings; an empty array matches every note */
  gboolean warning_signs_only;
};

void
pj_day_digest_free (PjDayDigest *digest)
{
  if (digest == NULL)
    return;
  g_free (digest->notes);
  g_free (digest);
}

/* A mark that only decorates the letter before it: dropping it after canonical decomposition
 * turns "é" into "e" while "ß" or "ø", which do not decompose, stay letters of their own. */
static gboolean
is_accent (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK
         || type == G_UNICODE_ENCLOSING_MARK;
}

char *
pj_day_search_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *bare;

  if (text == NULL)
    return NULL;
  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup ("");
  /* Fold first (so "İ" and the like decompose too), then decompose and drop the accents. */
  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_accent (c))
        g_string_append_unichar (bare, c);
    }
  return g_string_free (bare, FALSE);
}

PjDaySearch *
pj_day_search_new (const char *text,
                   gboolean    warning_signs_only)
{
  PjDaySearch *self = g_new0 (PjDaySearch, 1);
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  g_autofree char *folded = pj_day_search_fold (text != NULL ? text : "");
  g_auto (GStrv) parts = g_strsplit_set (folded, " \t\n\r", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  g_ptr_array_add (words, NULL);
  self->words = (char **) g_ptr_array_steal (words, NULL);
  self->warning_signs_only = warning_signs_only;
  return self;
}

void
pj_day_search_free (PjDaySearch *search)
{
  if (search == NULL)
    return;
  g_strfreev (search->words);
  g_free (search);
}

gboolean
pj_day_search_is_empty (const PjDaySearch *search)
{
  g_return_val_if_fail (search != NULL, TRUE);
  return search->words[0] == NULL && !search->warning_signs_only;
}

gboolean
pj_day_search_matches (const PjDaySearch *search,
                       const char        *folded_notes,
                       PjCodeSet          symptoms)
{
  g_return_val_if_fail (search != NULL, FALSE);

  if (search->warning_signs_only && symptoms == 0)
    return FALSE;
  for (guint i = 0; search->words[i] != NULL; i++)
    if (folded_notes == NULL || strstr (folded_notes, search->words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
note_has_a_word (const PjDaySearch *search,
                 const char        *note)
{
  g_autofree char *folded = NULL;

  if (note == NULL || note[0] == '\0')
    return FALSE;
  folded = pj_day_search_fold (note);
  for (guint i = 0; search->words[i] != NULL; i++)
    if (strstr (folded, search->words[i]) != NULL)
      return TRUE;
  return FALSE;
}

const char *
pj_day_search_find_note (const PjDaySearch *search,
                         const PjDay       *day)
{
  g_return_val_if_fail (search != NULL, NULL);
  g_return_val_if_fail (day != NULL, NULL);

  if (note_has_a_word (search, day->note))
    return day->note;
  for (guint i = 0; day->checkins != NULL && i < day->checkins->len; i++)
    {
      const PjCheckin *checkin = g_ptr_array_index (day->checkins, i);

      if (note_has_a_word (search, checkin->note))
        return checkin->note;
    }
  return NULL;
}
