/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "pj-csv.h"
#include "pj-csv-reader.h"
#include "pj-day.h"
#include "pj-error.h"
#include "pj-json-writer.h"
#include "pj-medicines-csv.h"

typedef enum
{
  COLUMN_RECORD,
  COLUMN_NAME,
  COLUMN_KIND,
  COLUMN_FORM,
  COLUMN_SCHEDULE,
  COLUMN_TIMES,
  COLUMN_ARCHIVED,
  COLUMN_DATE,
  COLUMN_TIME,
  COLUMN_STATUS,
  COLUMN_AMOUNT,
  COLUMN_UNIT,
  COLUMN_RELIEF,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS] = {
  "record", "name", "kind", "form", "schedule", "times", "archived", "date", "time", "status",
  "amount", "unit", "relief",
};

const char *
pj_medicines_csv_header (void)
{
  return "record,name,kind,form,schedule,times,archived,date,time,status,amount,unit,relief";
}

char *
pj_medicines_csv_path_for (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  if (g_str_has_suffix (path, ".csv") || g_str_has_suffix (path, ".CSV"))
    return g_strdup_printf ("%.*s-medicines.csv", (int) strlen (path) - 4, path);
  return g_strconcat (path, "-medicines.csv", NULL);
}

gboolean
pj_medicines_csv_detect (const char *data,
                         gsize       length)
{
  /* a byte order mark may come first */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  return length >= 7 && g_ascii_strncasecmp (data, "record,", 7) == 0;
}

/* ----- Writing ----- */

static void
append_cell (GString    *out,
             const char *text)
{
  g_autofree char *guarded = NULL;

  g_string_append_c (out, ',');
  if (text == NULL)
    return;
  guarded = pj_csv_guard_cell (text);
  if (strpbrk (guarded, ",\"\r\n") == NULL)
    {
      g_string_append (out, guarded);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = guarded; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
number_text (double value)
{
  GString *text = g_string_new (NULL);

  pj_json_append_double (text, value);
  return g_string_free (text, FALSE);
}

static void
append_medicine_row (GString          *out,
                     const PjMedicine *medicine)
{
  g_autofree char *times = pj_medicine_format_times (medicine);
  g_autofree char *amount = number_text (medicine->amount);

  g_string_append (out, "medicine");
  append_cell (out, medicine->name);
  append_cell (out, pj_medicine_kind_name (medicine->kind));
  append_cell (out, medicine->form == PJ_MEDICINE_FORM_NONE
                    ? NULL : pj_medicine_form_name (medicine->form));
  append_cell (out, medicine->regular ? "regular" : "as_needed");
  append_cell (out, times);
  append_cell (out, medicine->archived ? "yes" : "no");
  g_string_append (out, ",,,");
  append_cell (out, amount);
  append_cell (out, pj_dose_unit_name (medicine->unit));
  g_string_append (out, ",\r\n");
}

static void
append_dose_row (GString          *out,
                 const PjMedicine *medicine,
                 const PjDose     *dose)
{
  char date[PJ_DATE_ISO_LEN], time[PJ_TIME_TEXT_LEN];
  g_autofree char *amount = dose->taken ? number_text (dose->amount) : NULL;
  g_autofree char *relief = dose->relief != PJ_UNSET
                            ? g_strdup_printf ("%d", dose->relief) : NULL;

  pj_date_format_iso (dose->date, date);
  pj_time_format (dose->minutes, time);
  g_string_append (out, "dose");
  append_cell (out, medicine->name);
  g_string_append (out, ",,,,,");
  append_cell (out, date);
  append_cell (out, time);
  append_cell (out, dose->taken ? "taken" : "skipped");
  append_cell (out, amount);
  append_cell (out, pj_dose_unit_name (dose->unit));
  append_cell (out, relief);
  g_string_append (out, "\r\n");
}

char *
pj_medicines_csv_format (GPtrArray *medicines)
{
  GString *out = g_string_new (pj_medicines_csv_header ());

  g_return_val_if_fail (medicines != NULL, NULL);

  g_string_append (out, "\r\n");
  for (guint i = 0; i < medicines->len; i++)
    append_medicine_row (out, g_ptr_array_index (medicines, i));
  for (guint i = 0; i < medicines->len; i++)
    {
      const PjMedicine *medicine = g_ptr_array_index (medicines, i);

      for (guint j = 0; j < medicine->doses->len; j++)
        append_dose_row (out, medicine, g_ptr_array_index (medicine->doses, j));
    }
  return g_string_free (out, FALSE);
}

/* ----- Reading ----- */

typedef struct
{
  const char *display_name;
  PjDate      today;
  int         index[N_COLUMNS];   /* file column of each known column, -1 = absent */
  GPtrArray  *medicines;
  GHashTable *by_name;            /* casefolded ASCII name → PjMedicine* */
  GHashTable *dose_lines;         /* "medicine\ndate time" → line */
  GPtrArray  *cells;
  guint       line;
} Parser;

static void
row_error (GError      **error,
           const Parser *parser,
           PjError       code,
           Column        column,
           const char   *message)
{
  /* Translators: file name, line number, column name, what is wrong */
  g_set_error (error, PJ_ERROR, code, _("%s, line %u, column %s: %s"), parser->display_name,
               parser->line, column_names[column], message);
}

static const char *
cell (const Parser *parser,
      Column        column)
{
  int index = parser->index[column];
  const char *text;

  if (index < 0 || (guint) index >= parser->cells->len)
    return "";
  text = g_ptr_array_index (parser->cells, index);
  return pj_csv_unguard_cell (text);
}

static gboolean
parse_header (Parser  *parser,
              GError **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    parser->index[c] = -1;
  for (guint i = 0; i < parser->cells->len; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (g_ptr_array_index (parser->cells, i)));
      guint c;

      for (c = 0; c < N_COLUMNS; c++)
        if (g_str_equal (name, column_names[c]))
          break;
      if (c == N_COLUMNS || parser->index[c] >= 0)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE,
                       _("%s, line %u: “%s” is not a column of the medicines file, or it "
                         "appears twice; the columns are: %s"),
                       parser->display_name, parser->line, name, pj_medicines_csv_header ());
          return FALSE;
        }
      parser->index[c] = (int) i;
    }
  return TRUE;
}

/* Reads @column as a code through @from_name; an empty cell gives @empty_code. */
static gboolean
read_code (const Parser *parser,
           Column        column,
           int         (*from_name) (const char *),
           int           empty_code,
           int          *out_code,
           GError      **error)
{
  const char *text = cell (parser, column);
  g_autofree char *message = NULL;

  if (*text == '\0' && empty_code != -2)
    {
      *out_code = empty_code;
      return TRUE;
    }
  *out_code = from_name (text);
  if (*out_code >= 0)
    return TRUE;
  message = g_strdup_printf (_("“%s” is not a known code"), text);
  row_error (error, parser, PJ_ERROR_INVALID, column, message);
  return FALSE;
}

static gboolean
read_amount (const Parser *parser,
             double       *out_amount,
             GError      **error)
{
  const char *text = cell (parser, COLUMN_AMOUNT);
  char *end = NULL;
  g_autofree char *message = NULL;

  if (*text == '\0')
    {
      *out_amount = NAN;
      return TRUE;
    }
  *out_amount = g_ascii_strtod (text, &end);
  if (end != text && *end == '\0' && isfinite (*out_amount))
    return TRUE;
  message = g_strdup_printf (_("“%s” is not a number"), text);
  row_error (error, parser, PJ_ERROR_INVALID, COLUMN_AMOUNT, message);
  return FALSE;
}

static gboolean
read_medicine_row (Parser  *parser,
                   GError **error)
{
  g_autoptr (PjMedicine) medicine = pj_medicine_new (cell (parser, COLUMN_NAME));
  g_autoptr (GError) local_error = NULL;
  g_autofree char *key = g_ascii_strdown (medicine->name, -1);
  const char *schedule = cell (parser, COLUMN_SCHEDULE);
  const char *archived = cell (parser, COLUMN_ARCHIVED);
  int kind, form, unit;

  if (g_hash_table_contains (parser->by_name, key))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is listed twice"), medicine->name);
      row_error (error, parser, PJ_ERROR_CONFLICT, COLUMN_NAME, message);
      return FALSE;
    }
  if (!read_code (parser, COLUMN_KIND, pj_medicine_kind_from_name, -2, &kind, error) ||
      !read_code (parser, COLUMN_FORM, pj_medicine_form_from_name, PJ_MEDICINE_FORM_NONE, &form,
                  error) ||
      !read_code (parser, COLUMN_UNIT, pj_dose_unit_from_name, -2, &unit, error) ||
      !read_amount (parser, &medicine->amount, error))
    return FALSE;
  medicine->kind = kind;
  medicine->form = form;
  medicine->unit = unit;
  if (!g_str_equal (schedule, "regular") && !g_str_equal (schedule, "as_needed"))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not “regular” or “as_needed”"),
                                                  schedule);
      row_error (error, parser, PJ_ERROR_INVALID, COLUMN_SCHEDULE, message);
      return FALSE;
    }
  medicine->regular = g_str_equal (schedule, "regular");
  if (!g_str_equal (archived, "yes") && !g_str_equal (archived, "no") && *archived != '\0')
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not “yes” or “no”"), archived);
      row_error (error, parser, PJ_ERROR_INVALID, COLUMN_ARCHIVED, message);
      return FALSE;
    }
  medicine->archived = g_str_equal (archived, "yes");
  if (!pj_medicine_parse_times (medicine, cell (parser, COLUMN_TIMES), &local_error))
    {
      row_error (error, parser, PJ_ERROR_INVALID, COLUMN_TIMES, local_error->message);
      return FALSE;
    }
  if (!pj_medicine_validate (medicine, &local_error))
    {
      row_error (error, parser, PJ_ERROR_INVALID, COLUMN_NAME, local_error->message);
      return FALSE;
    }
  g_hash_table_insert (parser->by_name, g_steal_pointer (&key), medicine);
  g_ptr_array_add (parser->medicines, g_steal_pointer (&medicine));
  return TRUE;
}

static gboolean
read_dose_row (Parser  *parser,
               GError **error)
{
  const char *name = cell (parser, COLUMN_NAME);
  g_autofree char *key = g_ascii_strdown (name, -1);
  PjMedicine *medicine = g_hash_table_lookup (parser->by_name, key);
  g_autoptr (PjDose) dose = pj_dose_new (0, PJ_DATE_NONE, 0);
  g_autoptr (GError) local_error = NULL;
  const char *status = cell (parser, COLUMN_STATUS);
  g_autofree char *dose_key = NULL;
  gpointer earlier;
  int unit, relief;

  if (medicine == NULL)
    {
      g_autofree char *message = g_strdup_printf (
        _("“%s” is not a medicine listed in this file (list it on a “medicine” row first)"),
        name);
      row_error (error, parser, PJ_ERROR_INVALID, COLUMN_NAME, message);
      return FALSE;
    }
  if (!pj_date_parse_iso (cell (parser, COLUMN_DATE), &dose->date, &local_error))
    {
      row_error (error, parser, PJ_ERROR_INVALID, COLUMN_DATE, local_error->message);
      return FALSE;
    }
  if (!pj_time_parse (cell (parser, COLUMN_TIME), &dose->minutes, &local_error))
    {
      row_error (error, parser, PJ_ERROR_INVALID, COLUMN_TIME, local_error->message);
      return FALSE;
    }
  if (!g_str_equal (status, "taken") && !g_str_equal (status, "skipped"))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not “taken” or “skipped”"), status);
      row_error (error, parser, PJ_ERROR_INVALID, COLUMN_STATUS, message);
      return FALSE;
    }
  dose->taken = g_str_equal (status, "taken");
  if (!read_amount (parser, &dose->amount, error) ||
      !read_code (parser, COLUMN_UNIT, pj_dose_unit_from_name, medicine->unit, &unit, error))
    return FALSE;
  dose->unit = unit;
  if (*cell (parser, COLUMN_RELIEF) != '\0')
    {
      const char *text = cell (parser, COLUMN_RELIEF);
      char *end = NULL;
      long value = strtol (text, &end, 10);

      if (end == text || *end != '\0' || value < 0 || value > 10)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a whole number from 0 to "
                                                        "10"), text);
          row_error (error, parser, PJ_ERROR_INVALID, COLUMN_RELIEF, message);
          return FALSE;
        }
      relief = (int) value;
      dose->relief = relief;
    }
  if (!pj_dose_validate (dose, parser->today, &local_error))
    {
      Column column = g_str_has_prefix (local_error->message, "Amount") ? COLUMN_AMOUNT
                      : g_str_has_prefix (local_error->message, "Date") ? COLUMN_DATE
                      : COLUMN_STATUS;

      row_error (error, parser, PJ_ERROR_INVALID, column, local_error->message);
      return FALSE;
    }
  dose_key = g_strdup_printf ("%s\n%u %d", key, dose->date, dose->minutes);
  if (g_hash_table_lookup_extended (parser->dose_lines, dose_key, NULL, &earlier))
    {
      g_autofree char *message = g_strdup_printf (
        _("this dose of “%s” at %s %s repeats the one on line %u"), name,
        cell (parser, COLUMN_DATE), cell (parser, COLUMN_TIME), GPOINTER_TO_UINT (earlier));
      row_error (error, parser, PJ_ERROR_CONFLICT, COLUMN_TIME, message);
      return FALSE;
    }
  g_hash_table_insert (parser->dose_lines, g_steal_pointer (&dose_key),
                       GUINT_TO_POINTER (parser->line));
  g_ptr_array_add (medicine->doses, g_steal_pointer (&dose));
  return TRUE;
}

static gboolean
read_row (Parser  *parser,
          GError **error)
{
  const char *record = cell (parser, COLUMN_RECORD);

  if (g_str_equal (record, "medicine"))
    return read_medicine_row (parser, error);
  if (g_str_equal (record, "dose"))
    return read_dose_row (parser, error);
  {
    g_autofree char *message = g_strdup_printf (_("“%s” is not “medicine” or “dose”"), record);
    row_error (error, parser, PJ_ERROR_INVALID, COLUMN_RECORD, message);
  }
  return FALSE;
}

GPtrArray *
pj_medicines_csv_parse (const char *data,
                        gsize       length,
                        const char *display_name,
                        PjDate      today,
                        GError    **error)
{
  g_autoptr (PjCsvReader) reader = NULL;
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) medicines =
    g_ptr_array_new_with_free_func ((GDestroyNotify) pj_medicine_free);
  g_autoptr (GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) dose_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             NULL);
  g_autoptr (GError) local_error = NULL;
  Parser parser = { display_name, today, { 0 }, medicines, by_name, dose_lines, cells, 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE,
                   _("%s: the file is not UTF-8 text; save it as “CSV UTF-8”"), display_name);
      return NULL;
    }
  reader = pj_csv_reader_new (data, length);
  if (!pj_csv_reader_next (reader, cells, &parser.line, &local_error) ||
      !parse_header (&parser, error))
    {
      if (local_error != NULL || (error != NULL && *error == NULL))
        g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE, _("%s: the first line must be the header: "
                                                        "%s"),
                     display_name, pj_medicines_csv_header ());
      return NULL;
    }
  while (pj_csv_reader_next (reader, cells, &parser.line, &local_error))
    if (!read_row (&parser, error))
      return NULL;
  if (local_error != NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE, _("%s, line %u: %s"), display_name,
                   parser.line, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&medicines);
}
