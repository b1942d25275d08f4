/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-csv-reader.h"
#include "pj-error.h"

struct _PjCsvReader
{
  const char *pos;
  const char *end;
  guint       line;
};

PjCsvReader *
pj_csv_reader_new (const char *data,
                   gsize       length)
{
  PjCsvReader *reader = g_new0 (PjCsvReader, 1);

  reader->pos = data;
  reader->end = data + length;
  reader->line = 1;
  /* Spreadsheets on Windows start UTF-8 files with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    reader->pos += 3;
  return reader;
}

void
pj_csv_reader_free (PjCsvReader *reader)
{
  g_free (reader);
}

/* TRUE when a line break starts at @p; its length goes to @out_length. A lone CR is data. */
static gboolean
is_line_break (PjCsvReader *reader,
               const char  *p,
               gsize       *out_length)
{
  if (p < reader->end && *p == '\n')
    {
      *out_length = 1;
      return TRUE;
    }
  if (p + 1 < reader->end && p[0] == '\r' && p[1] == '\n')
    {
      *out_length = 2;
      return TRUE;
    }
  return FALSE;
}

static gboolean
read_quoted (PjCsvReader *reader,
             GString     *value,
             GError     **error)
{
  guint start_line = reader->line;

  reader->pos++; /* the opening quote */
  for (;;)
    {
      if (reader->pos >= reader->end)
        {
          /* Point at the opening quote: that is where the person has to look. */
          reader->line = start_line;
          g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE,
                       _("a quoted value starts here but is never closed with a quote (\")"));
          return FALSE;
        }
      if (*reader->pos == '"')
        {
          if (reader->pos + 1 < reader->end && reader->pos[1] == '"')
            {
              g_string_append_c (value, '"');
              reader->pos += 2;
              continue;
            }
          reader->pos++;
          return TRUE;
        }
      if (*reader->pos == '\n')
        reader->line++;
      g_string_append_c (value, *reader->pos);
      reader->pos++;
    }
}

static gboolean
read_unquoted (PjCsvReader *reader,
               GString     *value,
               GError     **error)
{
  gsize break_length;

  while (reader->pos < reader->end && *reader->pos != ',' &&
         !is_line_break (reader, reader->pos, &break_length))
    {
      /* Old Mac files end lines with a CR alone; read as data, the whole file would become
       * one line and the message would be about a strange column instead. */
      if (*reader->pos == '\r')
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE,
                       _("this line ends with a carriage return (CR) alone, as old Mac files "
                         "do; save the file with LF or CRLF line endings"));
          return FALSE;
        }
      if (*reader->pos == '"')
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE,
                       _("a quote (\") inside a value that does not start with one; put the "
                         "whole value in quotes and double the quote (\"\")"));
          return FALSE;
        }
      g_string_append_c (value, *reader->pos);
      reader->pos++;
    }
  return TRUE;
}

gboolean
pj_csv_reader_next (PjCsvReader *reader,
                    GPtrArray   *fields,
                    guint       *out_line,
                    GError     **error)
{
  g_autoptr (GString) value = g_string_new (NULL);

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  g_ptr_array_set_size (fields, 0);

  for (;;)
    {
      gboolean quoted = FALSE;
      gsize break_length;

      if (fields->len == 0)
        *out_line = reader->line;
      if (reader->pos >= reader->end && fields->len == 0)
        return FALSE;

      g_string_truncate (value, 0);
      if (reader->pos < reader->end && *reader->pos == '"')
        {
          quoted = TRUE;
          if (!read_quoted (reader, value, error))
            {
              *out_line = reader->line;
              return FALSE;
            }
        }
      else if (!read_unquoted (reader, value, error))
        {
          *out_line = reader->line;
          return FALSE;
        }
      /* Refused before the row grows further, so an absurd row costs bounded memory. */
      if (fields->len >= PJ_CSV_READER_MAX_FIELDS)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE,
                       ngettext ("this row has more than %u value; a Pain Journal file has "
                                 "far fewer columns",
                                 "this row has more than %u values; a Pain Journal file has "
                                 "far fewer columns", PJ_CSV_READER_MAX_FIELDS),
                       PJ_CSV_READER_MAX_FIELDS);
          *out_line = reader->line;
          return FALSE;
        }
      g_ptr_array_add (fields, g_strndup (value->str, value->len));

      if (reader->pos >= reader->end)
        return TRUE;
      if (*reader->pos == ',')
        {
          /* A comma at the very end still opens one more (empty) value: the loop reads it. */
          reader->pos++;
          continue;
        }
      if (is_line_break (reader, reader->pos, &break_length))
        {
          reader->pos += break_length;
          reader->line++;
          /* A blank line is not a record of one empty value: skip it. */
          if (fields->len == 1 && !quoted && value->len == 0)
            {
              g_ptr_array_set_size (fields, 0);
              continue;
            }
          return TRUE;
        }
      g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE,
                   _("unexpected text after the closing quote of a value; a quoted value "
                     "must be followed by a comma or the end of the line"));
      *out_line = reader->line;
      return FALSE;
    }
}
