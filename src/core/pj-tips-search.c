/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pj-tips-search.h"

/* Case-insensitive, in the person's language: both sides are casefolded. */
static gboolean
contains (const char *haystack,
          const char *folded_needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack, -1);

  return strstr (folded, folded_needle) != NULL;
}

PjTipMatch
pj_tips_search_match (const PjTipInfo *info,
                      const char      *text)
{
  g_autofree char *needle = NULL;

  g_return_val_if_fail (info != NULL, PJ_TIP_MATCH_NONE);

  if (text == NULL || text[0] == '\0')
    return PJ_TIP_MATCH_TITLE;
  needle = g_utf8_casefold (text, -1);
  /* the catalogue's own strings, translated where they are marked (pj-tips-catalogue.c) */
  if (contains (g_dgettext (GETTEXT_PACKAGE, info->title), needle))
    return PJ_TIP_MATCH_TITLE;
  if (contains (g_dgettext (GETTEXT_PACKAGE, info->body), needle) || contains (pj_tip_category_label (info->category),
                                                    needle))
    return PJ_TIP_MATCH_BODY;
  return PJ_TIP_MATCH_NONE;
}

int
pj_tips_search_compare (const PjTipInfo *a,
                        const PjTipInfo *b,
                        const char      *text)
{
  PjTipMatch match_a = pj_tips_search_match (a, text);
  PjTipMatch match_b = pj_tips_search_match (b, text);

  if (match_a != match_b)
    return match_a > match_b ? -1 : 1;
  /* the infos are entries of the one catalogue array: their order is the catalogue's */
  return a < b ? -1 : a > b;
}
