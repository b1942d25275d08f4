/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-csv.h"
#include "pj-csv-private.h"
#include "pj-file-io.h"
#include "pj-medicines-csv.h"

/* The CSV writer and the parts both directions share; reading is in pj-csv-import.c. */

#define EXPORT_PAGE_SIZE 500

const char *
pj_csv_column_name (PjCsvColumnKind    kind,
                    const PjFieldInfo *info)
{
  if (kind == PJ_CSV_COLUMN_DATE)
    return "date";
  if (g_str_equal (info->name, "note"))
    return kind == PJ_CSV_COLUMN_CHECKIN ? "checkin_note" : "day_note";
  return info->name;
}

PjCsvColumn *
pj_csv_all_columns (guint *out_n)
{
  guint n_checkin, n_day, n = 0;
  const PjFieldInfo *checkin_fields = pj_checkin_fields (&n_checkin);
  const PjFieldInfo *day_fields = pj_day_fields (&n_day);
  PjCsvColumn *columns = g_new0 (PjCsvColumn, 1 + n_checkin + n_day);

  columns[n++] = (PjCsvColumn) { PJ_CSV_COLUMN_DATE, NULL };
  for (guint i = 0; i < n_checkin; i++)
    columns[n++] = (PjCsvColumn) { PJ_CSV_COLUMN_CHECKIN, &checkin_fields[i] };
  for (guint i = 0; i < n_day; i++)
    columns[n++] = (PjCsvColumn) { PJ_CSV_COLUMN_DAY, &day_fields[i] };
  *out_n = n;
  return columns;
}

const char *
pj_csv_header (void)
{
  static char *header = NULL;

  if (g_once_init_enter (&header))
    {
      guint n;
      g_autofree PjCsvColumn *columns = pj_csv_all_columns (&n);
      GString *text = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append_c (text, ',');
          g_string_append (text, pj_csv_column_name (columns[i].kind, columns[i].info));
        }
      g_once_init_leave (&header, g_string_free (text, FALSE));
    }
  return header;
}

/* ----- Formula-injection guard (data-format.md §2) ----- */

static gboolean
has_formula_shape (const char *text)
{
  const char *p = text;

  while (*p == '\'')
    p++;
  return *p != '\0' && strchr ("=+-@\t\r", *p) != NULL;
}

char *
pj_csv_guard_cell (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (has_formula_shape (text))
    return g_strconcat ("'", text, NULL);
  return g_strdup (text);
}

const char *
pj_csv_unguard_cell (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (text[0] == '\'' && has_formula_shape (text))
    return text + 1;
  return text;
}

/* ----- Writing ----- */

static void
append_cell (GString    *out,
             const char *text)
{
  g_autofree char *guarded = NULL;

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

static void
append_row (GString         *out,
            const PjDay     *day,
            const PjCheckin *checkin)
{
  guint n_checkin, n_day;
  const PjFieldInfo *checkin_fields = pj_checkin_fields (&n_checkin);
  const PjFieldInfo *day_fields = pj_day_fields (&n_day);
  char date[PJ_DATE_ISO_LEN];

  pj_date_format_iso (day->date, date);
  g_string_append (out, date);
  for (guint i = 0; i < n_checkin; i++)
    {
      g_string_append_c (out, ',');
      if (checkin != NULL)
        {
          g_autofree char *text = pj_field_format (checkin, &checkin_fields[i]);
          append_cell (out, text);
        }
    }
  for (guint i = 0; i < n_day; i++)
    {
      g_autofree char *text = pj_field_format (day, &day_fields[i]);

      g_string_append_c (out, ',');
      append_cell (out, text);
    }
  g_string_append (out, "\r\n");
}

void
pj_csv_append_day (GString     *out,
                   const PjDay *day)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (day != NULL);

  if (day->checkins->len == 0)
    append_row (out, day, NULL);
  /* The day's factors go on every row, so each row stands on its own in a spreadsheet. */
  for (guint i = 0; i < day->checkins->len; i++)
    append_row (out, day, g_ptr_array_index (day->checkins, i));
}

char *
pj_csv_format_days (GPtrArray *days)
{
  GString *out = g_string_new (pj_csv_header ());

  g_return_val_if_fail (days != NULL, NULL);

  g_string_append (out, "\r\n");
  for (guint i = 0; i < days->len; i++)
    pj_csv_append_day (out, g_ptr_array_index (days, i));
  return g_string_free (out, FALSE);
}

/* The medicines and their doses go to a second file beside the days, only when the journal
 * has medicines, so the day file keeps its one documented shape. */
static gboolean
export_medicines_beside (PjDatabase *database,
                         const char *path,
                         PjDate      from,
                         PjDate      to,
                         GError    **error)
{
  g_autoptr (GPtrArray) medicines = pj_database_list_medicines_with_doses (database, from, to,
                                                                          error);
  g_autofree char *text = NULL;
  g_autofree char *beside = NULL;

  if (medicines == NULL)
    return FALSE;
  if (medicines->len == 0)
    return TRUE;
  text = pj_medicines_csv_format (medicines);
  beside = pj_medicines_csv_path_for (path);
  return pj_file_write_private (beside, text, strlen (text), error);
}

gboolean
pj_csv_export_file (PjDatabase *database,
                    const char *path,
                    PjDate      from,
                    PjDate      to,
                    guint      *out_n_days,
                    GError    **error)
{
  g_autoptr (GString) out = g_string_new (pj_csv_header ());
  guint n_days = 0;

  g_return_val_if_fail (PJ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  g_string_append (out, "\r\n");
  /* Page through the journal so a long one is never held twice in memory. */
  for (;;)
    {
      g_autoptr (GPtrArray) days = pj_database_list_days_in_range (database, from, to,
                                                                   PJ_ORDER_OLDEST_FIRST,
                                                                   n_days, EXPORT_PAGE_SIZE,
                                                                   error);
      if (days == NULL)
        return FALSE;
      for (guint i = 0; i < days->len; i++)
        pj_csv_append_day (out, g_ptr_array_index (days, i));
      n_days += days->len;
      if (days->len < EXPORT_PAGE_SIZE)
        break;
    }

  if (!pj_file_write_private (path, out->str, out->len, error) ||
      !export_medicines_beside (database, path, from, to, error))
    return FALSE;
  if (out_n_days != NULL)
    *out_n_days = n_days;
  return TRUE;
}
