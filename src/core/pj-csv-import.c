/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-csv.h"
#include "pj-csv-private.h"
#include "pj-csv-reader.h"
#include "pj-error.h"
#include "pj-file-io.h"
#include "pj-medicines-csv.h"
#include "pj-text-excerpt.h"

/* Reading CSV into days (data-format.md §2); the shared columns and the writer are in
 * pj-csv.c. Each day keeps the line that set each of its factors and check-ins, so every
 * disagreement can name both lines. */

typedef struct
{
  PjDay      *day;
  guint      *field_lines;   /* per day field: the line that gave it a value, 0 = none yet */
  GHashTable *checkin_lines; /* minutes + 1 → line of the row that added that check-in */
} DayEntry;

typedef struct
{
  const char        *display_name;
  PjDate             today;
  const PjFieldInfo *day_fields;
  guint              n_day_fields;
  PjCsvColumn       *columns;    /* one per column of the file, in the file's order */
  guint              n_columns;
  GHashTable        *entries;    /* PjDate → DayEntry* */
  PjDay             *scratch;    /* where a day cell is parsed before it is compared */
} Parser;

static void
day_entry_free (DayEntry *entry)
{
  g_clear_pointer (&entry->day, pj_day_free);
  g_free (entry->field_lines);
  g_hash_table_unref (entry->checkin_lines);
  g_free (entry);
}

static void
set_row_error (GError       **error,
               PjError        code,
               const Parser  *parser,
               guint          line,
               const char    *column,
               const char    *message)
{
  if (column != NULL)
    {
      /* The column may be a header cell as long as the file. */
      g_autofree char *shown = pj_text_excerpt (column);

      /* Translators: file name, line number, column name, what is wrong */
      g_set_error (error, PJ_ERROR, code, _("%s, line %u, column %s: %s"),
                   parser->display_name, line, shown, message);
    }
  else
    g_set_error (error, PJ_ERROR, code, _("%s, line %u: %s"), parser->display_name, line,
                 message);
}

static gboolean
cell_is_empty (const PjFieldInfo *info,
               const char        *text)
{
  /* Spaces are content in a note but nothing in a number. */
  if (info == NULL || info->type != PJ_FIELD_TEXT)
    {
      while (g_ascii_isspace (*text))
        text++;
    }
  return *text == '\0';
}

static gboolean
parse_header (Parser    *parser,
              GPtrArray *cells,
              guint      line,
              GError   **error)
{
  guint n_known;
  g_autofree PjCsvColumn *known = pj_csv_all_columns (&n_known);
  gboolean has_date = FALSE;

  parser->n_columns = cells->len;
  parser->columns = g_new0 (PjCsvColumn, cells->len);
  for (guint i = 0; i < cells->len; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (g_ptr_array_index (cells, i)));
      guint k;

      for (k = 0; k < n_known; k++)
        if (g_str_equal (name, pj_csv_column_name (known[k].kind, known[k].info)))
          break;
      if (k == n_known)
        {
          g_autofree char *shown = pj_text_excerpt (name);
          g_autofree char *message = g_strdup_printf (
            _("unknown column “%s”; the columns are: %s"), shown, pj_csv_header ());
          set_row_error (error, PJ_ERROR_PARSE, parser, line, name, message);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (parser->columns[j].kind == known[k].kind && parser->columns[j].info == known[k].info)
          {
            set_row_error (error, PJ_ERROR_PARSE, parser, line, name,
                           _("this column appears twice in the header"));
            return FALSE;
          }
      parser->columns[i] = known[k];
      has_date |= known[k].kind == PJ_CSV_COLUMN_DATE;
    }

  if (!has_date)
    {
      set_row_error (error, PJ_ERROR_PARSE, parser, line, NULL,
                     _("the header has no date column; the first line must name the columns"));
      return FALSE;
    }
  return TRUE;
}

static DayEntry *
get_day_entry (Parser     *parser,
               const char *date_text,
               guint       line,
               GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (PjDay) day = NULL;
  DayEntry *entry;
  g_autofree char *stripped = g_strstrip (g_strdup (date_text));
  PjDate date;

  if (*stripped == '\0')
    {
      set_row_error (error, PJ_ERROR_INVALID, parser, line, "date", _("the date is missing"));
      return NULL;
    }
  if (!pj_date_parse_iso (stripped, &date, &local_error))
    {
      set_row_error (error, PJ_ERROR_INVALID, parser, line, "date", local_error->message);
      return NULL;
    }

  entry = g_hash_table_lookup (parser->entries, GUINT_TO_POINTER (date));
  if (entry != NULL)
    return entry;

  /* The day's own validation knows the rule about dates after today. */
  day = pj_day_new (date);
  if (!pj_day_validate (day, parser->today, &local_error))
    {
      set_row_error (error, PJ_ERROR_INVALID, parser, line, "date", local_error->message);
      return NULL;
    }
  entry = g_new0 (DayEntry, 1);
  entry->day = g_steal_pointer (&day);
  entry->field_lines = g_new0 (guint, parser->n_day_fields);
  entry->checkin_lines = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (parser->entries, GUINT_TO_POINTER (date), entry);
  return entry;
}

static gboolean
read_checkin (Parser    *parser,
              DayEntry  *entry,
              GPtrArray *cells,
              guint      line,
              GError   **error)
{
  g_autoptr (PjCheckin) checkin = NULL;
  gboolean any = FALSE;
  guint n_fields;
  const PjFieldInfo *fields = pj_checkin_fields (&n_fields);
  gpointer earlier_line;

  for (guint i = 0; i < parser->n_columns; i++)
    if (parser->columns[i].kind == PJ_CSV_COLUMN_CHECKIN &&
        !cell_is_empty (parser->columns[i].info,
                        pj_csv_unguard_cell (g_ptr_array_index (cells, i))))
      any = TRUE;
  if (!any)
    return TRUE; /* a row for the day's factors only */

  checkin = pj_checkin_new (entry->day->date, PJ_UNSET, PJ_UNSET);
  for (guint i = 0; i < parser->n_columns; i++)
    {
      const PjCsvColumn *column = &parser->columns[i];
      g_autoptr (GError) local_error = NULL;

      if (column->kind != PJ_CSV_COLUMN_CHECKIN)
        continue;
      if (!pj_field_parse (checkin, column->info,
                           pj_csv_unguard_cell (g_ptr_array_index (cells, i)), &local_error))
        {
          set_row_error (error, PJ_ERROR_INVALID, parser, line,
                         pj_csv_column_name (column->kind, column->info), local_error->message);
          return FALSE;
        }
    }
  /* A required column may be missing from the header altogether. */
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].required && !pj_field_is_set (checkin, &fields[i]))
      {
        g_autofree char *message = g_strdup_printf (_("%s is required"), _(fields[i].label));
        set_row_error (error, PJ_ERROR_INVALID, parser, line,
                       pj_csv_column_name (PJ_CSV_COLUMN_CHECKIN, &fields[i]), message);
        return FALSE;
      }

  if (g_hash_table_lookup_extended (entry->checkin_lines, GINT_TO_POINTER (checkin->minutes + 1),
                                    NULL, &earlier_line))
    {
      for (guint i = 0; i < entry->day->checkins->len; i++)
        {
          PjCheckin *other = g_ptr_array_index (entry->day->checkins, i);
          g_autofree char *message = NULL;
          char date[PJ_DATE_ISO_LEN], time[PJ_TIME_TEXT_LEN];

          if (other->minutes != checkin->minutes)
            continue;
          if (pj_checkin_equal (other, checkin))
            return TRUE; /* the same check-in twice: keep one */
          pj_date_format_iso (checkin->date, date);
          pj_time_format (checkin->minutes, time);
          message = g_strdup_printf (_("the check-in of %s at %s differs from the one with the "
                                       "same date and time on line %u"),
                                     date, time, GPOINTER_TO_UINT (earlier_line));
          set_row_error (error, PJ_ERROR_CONFLICT, parser, line, NULL, message);
          return FALSE;
        }
      g_assert_not_reached ();
    }

  g_hash_table_insert (entry->checkin_lines, GINT_TO_POINTER (checkin->minutes + 1),
                       GUINT_TO_POINTER (line));
  pj_day_add_checkin (entry->day, g_steal_pointer (&checkin));
  return TRUE;
}

static gboolean
merge_day_cell (Parser            *parser,
                DayEntry          *entry,
                const PjCsvColumn *column,
                const char        *text,
                guint              line,
                GError           **error)
{
  g_autoptr (GError) local_error = NULL;
  guint index = column->info - parser->day_fields;
  const char *name = pj_csv_column_name (column->kind, column->info);

  if (cell_is_empty (column->info, text))
    return TRUE;

  if (!pj_field_parse (parser->scratch, column->info, text, &local_error))
    {
      set_row_error (error, PJ_ERROR_INVALID, parser, line, name, local_error->message);
      return FALSE;
    }

  if (entry->field_lines[index] != 0)
    {
      /* Compared as canonical text, so "7.50" and "7.5" agree. */
      g_autofree char *known = pj_field_format (entry->day, column->info);
      g_autofree char *value = pj_field_format (parser->scratch, column->info);

      if (!g_str_equal (known, value))
        {
          g_autofree char *shown_value = pj_text_excerpt (value);
          g_autofree char *shown_known = pj_text_excerpt (known);
          g_autofree char *message = g_strdup_printf (
            _("“%s” conflicts with “%s” on line %u for the same date"),
            shown_value, shown_known, entry->field_lines[index]);
          set_row_error (error, PJ_ERROR_CONFLICT, parser, line, name, message);
          return FALSE;
        }
      return TRUE;
    }

  if (!pj_field_parse (entry->day, column->info, text, error))
    g_assert_not_reached (); /* it just parsed into the scratch day */
  entry->field_lines[index] = line;
  return TRUE;
}

static gboolean
parse_row (Parser    *parser,
           GPtrArray *cells,
           guint      line,
           GError   **error)
{
  DayEntry *entry = NULL;

  if (cells->len != parser->n_columns)
    {
      /* One count per sentence: the row's own count has no noun to agree with, so every
       * language's plural rules apply to the header's count alone. */
      /* Translators: the header's number of columns, then how many values the row has */
      g_autofree char *message = g_strdup_printf (
        ngettext ("the header has %u column but this row has a different number of values (%u)",
                  "the header has %u columns but this row has a different number of values "
                  "(%u)", parser->n_columns), parser->n_columns, cells->len);
      set_row_error (error, PJ_ERROR_PARSE, parser, line, NULL, message);
      return FALSE;
    }

  for (guint i = 0; i < parser->n_columns && entry == NULL; i++)
    if (parser->columns[i].kind == PJ_CSV_COLUMN_DATE)
      {
        entry = get_day_entry (parser, pj_csv_unguard_cell (g_ptr_array_index (cells, i)), line,
                               error);
        if (entry == NULL)
          return FALSE;
      }
  g_assert (entry != NULL);

  if (!read_checkin (parser, entry, cells, line, error))
    return FALSE;

  for (guint i = 0; i < parser->n_columns; i++)
    if (parser->columns[i].kind == PJ_CSV_COLUMN_DAY &&
        !merge_day_cell (parser, entry, &parser->columns[i],
                         pj_csv_unguard_cell (g_ptr_array_index (cells, i)), line, error))
      return FALSE;
  return TRUE;
}

static gboolean
check_encoding (const char *data,
                gsize       length,
                const char *display_name,
                GError    **error)
{
  const char *bad = NULL;
  guint line = 1;

  /* A NUL byte fails this too, which is right: it is never part of a journal. */
  if (g_utf8_validate_len (data, length, &bad))
    return TRUE;
  for (const char *p = data; p < bad; p++)
    if (*p == '\n')
      line++;
  g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE,
               _("%s, line %u: the file is not UTF-8 text (it has the byte 0x%02X); save it "
                 "as “CSV UTF-8”"),
               display_name, line, (guint) (guchar) *bad);
  return FALSE;
}

static int
compare_days_by_date (gconstpointer a,
                      gconstpointer b)
{
  const PjDay *day_a = *(PjDay * const *) a;
  const PjDay *day_b = *(PjDay * const *) b;

  return day_a->date < day_b->date ? -1 : day_a->date > day_b->date;
}

static GPtrArray *
collect_days (Parser *parser)
{
  GPtrArray *days = g_ptr_array_new_full (g_hash_table_size (parser->entries),
                                          (GDestroyNotify) pj_day_free);
  GHashTableIter iter;
  DayEntry *entry;

  g_hash_table_iter_init (&iter, parser->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    g_ptr_array_add (days, g_steal_pointer (&entry->day));
  g_ptr_array_sort (days, compare_days_by_date);
  return days;
}

GPtrArray *
pj_csv_parse (const char *data,
              gsize       length,
              const char *display_name,
              PjDate      today,
              GError    **error)
{
  g_autoptr (PjCsvReader) reader = NULL;
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GHashTable) entries = NULL;
  g_autoptr (PjDay) scratch = NULL;
  g_autofree PjCsvColumn *columns = NULL;
  Parser parser = { 0 };
  gboolean ok;
  guint line;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (!check_encoding (data, length, display_name, error))
    return NULL;

  entries = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) day_entry_free);
  scratch = pj_day_new (today);
  parser.display_name = display_name;
  parser.today = today;
  parser.day_fields = pj_day_fields (&parser.n_day_fields);
  parser.entries = entries;
  parser.scratch = scratch;

  reader = pj_csv_reader_new (data, length);
  if (!pj_csv_reader_next (reader, cells, &line, &local_error))
    {
      if (local_error != NULL)
        set_row_error (error, PJ_ERROR_PARSE, &parser, line, NULL, local_error->message);
      else
        g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE,
                     _("%s: the file is empty; its first line must be the header: %s"),
                     display_name, pj_csv_header ());
      return NULL;
    }
  ok = parse_header (&parser, cells, line, error);
  columns = parser.columns;
  if (!ok)
    return NULL;

  while (pj_csv_reader_next (reader, cells, &line, &local_error))
    if (!parse_row (&parser, cells, line, error))
      return NULL;
  if (local_error != NULL)
    {
      set_row_error (error, PJ_ERROR_PARSE, &parser, line, NULL, local_error->message);
      return NULL;
    }

  return collect_days (&parser);
}

/* ----- Files and the database ----- */

/* Either kind of CSV: a medicines file (told by its header) gives medicines and no days. */
static GPtrArray *
parse_any (const char *data,
           gsize       length,
           const char *display_name,
           PjDate      today,
           GPtrArray **out_medicines,
           GError    **error)
{
  if (pj_medicines_csv_detect (data, length))
    {
      *out_medicines = pj_medicines_csv_parse (data, length, display_name, today, error);
      if (*out_medicines == NULL)
        return NULL;
      return g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
    }
  return pj_csv_parse (data, length, display_name, today, error);
}

/* The medicines file the export wrote beside @path, when there is one: it joins the same
 * transaction, so a CSV export imports back whole. */
static gboolean
parse_beside (const char *path,
              PjDate      today,
              GPtrArray **out_medicines,
              GError    **error)
{
  g_autofree char *beside = pj_medicines_csv_path_for (path);
  g_autofree char *contents = NULL;
  g_autofree char *display_name = NULL;
  gsize length;

  if (!g_file_test (beside, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  if (!pj_file_read (beside, &contents, &length, error))
    return FALSE;
  display_name = pj_file_display_name (beside);
  *out_medicines = pj_medicines_csv_parse (contents, length, display_name, today, error);
  return *out_medicines != NULL;
}

gboolean
pj_csv_import_file (PjDatabase    *database,
                   const char    *path,
                   PjImportStats *out_stats,
                   GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GPtrArray) medicines = NULL;
  PjDate today;
  gsize length;

  g_return_val_if_fail (PJ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!pj_file_read (path, &contents, &length, error))
    return FALSE;
  display_name = pj_file_display_name (path);
  today = pj_database_get_today (database);
  days = parse_any (contents, length, display_name, today, &medicines, error);
  if (days == NULL)
    return FALSE;
  if (medicines == NULL && !parse_beside (path, today, &medicines, error))
    return FALSE;
  if (!pj_file_back_up_before_import (database, error))
    return FALSE;
  return pj_database_import (database, days, medicines, out_stats, error);
}
