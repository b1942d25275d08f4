/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many characters of a value an error message quotes. */
#define PJ_TEXT_EXCERPT_CHARS 80

/* @text as an error message may quote it: at most PJ_TEXT_EXCERPT_CHARS characters, cut at a
 * character boundary and ended with "…" when it was longer, so a 10 MB cell never becomes a
 * 10 MB message. Invalid UTF-8 is cut at its first bad byte. */
char *pj_text_excerpt (const char *text);

G_END_DECLS
