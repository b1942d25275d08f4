/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "pj-error.h"
#include "pj-json-check.h"
#include "pj-text-excerpt.h"

/* A walk over JSON text before json-glib parses it. json-glib recurses once per level of
 * nesting (80,000 "[" overflow the stack) and reads numbers loosely (0x7 as 7, 1e-400 as 0,
 * a too large integer as -1); here both are refused with the text as it was written. Anything
 * else that is not valid JSON is left to json-glib, whose messages say what is wrong. */

#define MAX_EXACT_DIGITS 15
#define MAX_EXACT_INTEGER G_GINT64_CONSTANT (9007199254740992) /* 2^53 */

typedef struct
{
  const char *display_name;
  const char *start;
  const char *end;
  const char *line_start;
  guint       line;
} Walk;

G_GNUC_PRINTF (4, 5)
static gboolean
set_error_at (GError    **error,
              const Walk *walk,
              const char *at,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: file name, line, character, what is wrong */
  g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE, _("%s, line %u, character %u: %s"),
               walk->display_name, walk->line, (guint) (at - walk->line_start) + 1, message);
  return FALSE;
}

static gboolean
is_number_char (char c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '+' || c == '-' || c == '_';
}

/* JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
is_json_number (const char *p,
                const char *end,
                gboolean   *out_whole)
{
  *out_whole = TRUE;
  if (p < end && *p == '-')
    p++;
  if (p >= end || !g_ascii_isdigit (*p))
    return FALSE;
  if (*p == '0')
    p++;
  else
    while (p < end && g_ascii_isdigit (*p))
      p++;
  if (p < end && *p == '.')
    {
      *out_whole = FALSE;
      if (++p >= end || !g_ascii_isdigit (*p))
        return FALSE;
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      *out_whole = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return FALSE;
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  return p == end;
}

/* Digits from the first non-zero one to the last non-zero one of the mantissa. */
static guint
significant_digits (const char *text)
{
  const char *first = NULL, *last = NULL;
  guint n = 0;

  for (const char *p = text; *p != '\0' && *p != 'e' && *p != 'E'; p++)
    if (g_ascii_isdigit (*p) && *p != '0')
      {
        if (first == NULL)
          first = p;
        last = p;
      }
  for (const char *p = first; p != NULL && p <= last; p++)
    if (g_ascii_isdigit (*p))
      n++;
  return n;
}

static gboolean
check_number (const Walk *walk,
              const char *start,
              const char *end,
              GError    **error)
{
  g_autofree char *text = g_strndup (start, end - start);
  g_autofree char *shown = pj_text_excerpt (text);
  gboolean whole;
  double value;

  if (!is_json_number (start, end, &whole))
    return set_error_at (error, walk, start,
                         _("“%s” is not a number JSON allows; write numbers in plain decimal "
                           "digits, such as 7 or 6.5"), shown);
  if (significant_digits (text) > MAX_EXACT_DIGITS)
    return set_error_at (error, walk, start,
                         _("the number %s has more digits than can be read exactly"), shown);
  value = g_ascii_strtod (text, NULL);
  if (!isfinite (value) || (whole && fabs (value) > (double) MAX_EXACT_INTEGER))
    return set_error_at (error, walk, start,
                         _("the number %s is too large to be read exactly"), shown);
  if (significant_digits (text) > 0 && fabs (value) < DBL_MIN)
    return set_error_at (error, walk, start,
                         _("the number %s is too small to be read exactly (it would become 0)"),
                         shown);
  return TRUE;
}

/* The four hex digits of a \u escape at @p, or -1. */
static int
read_hex4 (const char *p,
           const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return -1;
      value = value * 16 + g_ascii_xdigit_value (p[i]);
    }
  return value;
}

/* Checks the escape at @p (a backslash) and returns where it ends, or NULL with @error set.
 * json-glib also takes escapes that JSON does not have (\2 as an octal byte) and lone halves
 * of a surrogate pair, and both can put text into a journal that is not valid UTF-8. */
static const char *
check_escape (const Walk *walk,
              const char *p,
              GError    **error)
{
  int unit, low;

  if (p + 1 >= walk->end)
    return walk->end;
  if (p[1] != '\0' && strchr ("\"\\/bfnrt", p[1]) != NULL)
    return p + 2;
  if (p[1] != 'u')
    {
      g_autofree char *escape = g_utf8_make_valid (p, 2);

      set_error_at (error, walk, p,
                    _("“%s” is not an escape JSON allows; inside a string a backslash is "
                      "followed by one of \" \\ / b f n r t or by u and four hex digits"),
                    escape);
      return NULL;
    }
  unit = read_hex4 (p + 2, walk->end);
  if (unit < 0)
    {
      set_error_at (error, walk, p, _("a \\u escape needs four hex digits, such as \\u00e9"));
      return NULL;
    }
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    {
      set_error_at (error, walk, p,
                    _("\\u%04x is the second half of a character without its first half"),
                    (guint) unit);
      return NULL;
    }
  if (unit < 0xD800 || unit > 0xDBFF)
    return p + 6;
  low = p + 7 < walk->end && p[6] == '\\' && p[7] == 'u' ? read_hex4 (p + 8, walk->end) : -1;
  if (low < 0xDC00 || low > 0xDFFF)
    {
      set_error_at (error, walk, p,
                    _("\\u%04x is the first half of a character without its second half"),
                    (guint) unit);
      return NULL;
    }
  return p + 12;
}

/* Checks a string from its opening quote and returns where it ends (after the closing quote,
 * or the end of the text: json-glib then reports the unclosed string), or NULL with @error
 * set for an escape JSON does not allow. */
static const char *
skip_string (Walk       *walk,
             const char *p,
             GError    **error)
{
  for (p++; p < walk->end;)
    {
      if (*p == '\\')
        {
          p = check_escape (walk, p, error);
          if (p == NULL)
            return NULL;
          continue;
        }
      if (*p == '"')
        return p + 1;
      if (*p == '\n')
        {
          walk->line++;
          walk->line_start = p + 1;
        }
      p++;
    }
  return walk->end;
}

gboolean
pj_json_check_text (const char *data,
                    gsize       length,
                    const char *display_name,
                    GError    **error)
{
  Walk walk = { display_name, data, data + length, data, 1 };
  guint depth = 0;
  const char *p = data;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  while (p < walk.end)
    {
      char c = *p;

      if (c == '"')
        {
          p = skip_string (&walk, p, error);
          if (p == NULL)
            return FALSE;
          continue;
        }
      if (c == '[' || c == '{')
        {
          if (++depth > PJ_JSON_MAX_DEPTH)
            return set_error_at (error, &walk, p,
                                 ngettext ("the data is nested more than %d level deep; a "
                                           "Pain Journal backup needs 4",
                                           "the data is nested more than %d levels deep; a "
                                           "Pain Journal backup needs 4", PJ_JSON_MAX_DEPTH),
                                 PJ_JSON_MAX_DEPTH);
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
      else if (c == '-' || g_ascii_isdigit (c))
        {
          const char *start = p;

          while (p < walk.end && is_number_char (*p))
            p++;
          if (!check_number (&walk, start, p, error))
            return FALSE;
          continue;
        }
      else if (c == '\n')
        {
          walk.line++;
          walk.line_start = p + 1;
        }
      p++;
    }
  return TRUE;
}
