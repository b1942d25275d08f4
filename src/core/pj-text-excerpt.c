/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-text-excerpt.h"

char *
pj_text_excerpt (const char *text)
{
  const char *end = NULL;
  const char *p;
  guint n = 0;

  if (text == NULL)
    return g_strdup ("");

  /* Only the quoted part is validated: checking a whole 10 MB value would cost more than
   * the message is worth. */
  for (p = text; *p != '\0' && n < PJ_TEXT_EXCERPT_CHARS; n++)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          end = p;
          break;
        }
      p = g_utf8_next_char (p);
    }
  if (end == NULL)
    end = p;
  if (*end == '\0')
    return g_strndup (text, end - text);
  {
    g_autofree char *head = g_strndup (text, end - text);

    return g_strconcat (head, "…", NULL);
  }
}
