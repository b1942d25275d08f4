/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deeper than this, JSON text is refused before it is parsed. */
#define PJ_JSON_MAX_DEPTH 64

/* Checks JSON text before it is parsed: nesting at most PJ_JSON_MAX_DEPTH levels, and every
 * number written as JSON allows (no hex, no leading zeros or plus sign) and readable exactly
 * (at most 15 significant digits, integers within ±2^53, nothing that overflows or becomes 0).
 * The error (PJ_ERROR_PARSE) names the line and character and quotes the number as written,
 * cut at 80 characters. Other syntax is left to the parser. */
gboolean pj_json_check_text (const char *data,
                             gsize       length,
                             const char *display_name,
                             GError    **error);

G_END_DECLS
