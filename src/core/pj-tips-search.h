/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-tips.h"

G_BEGIN_DECLS

/* How a tip of the library matches a search, best first in the order of the values' size:
 * a match in the (translated) title ranks above one in the body or the category only. */
typedef enum
{
  PJ_TIP_MATCH_NONE = 0,
  PJ_TIP_MATCH_BODY,   /* in the body or the category's name, not the title */
  PJ_TIP_MATCH_TITLE,
} PjTipMatch;

/* Where @text (any case; NULL or empty matches every tip, as a title) is found in @info. */
PjTipMatch pj_tips_search_match (const PjTipInfo *info,
                                 const char      *text);
/* For sorting the library's list under a search for @text: title matches first, then body
 * matches, then the tips that do not match; within each, the order of the catalogue. */
int        pj_tips_search_compare (const PjTipInfo *a,
                                   const PjTipInfo *b,
                                   const char      *text);

G_END_DECLS
