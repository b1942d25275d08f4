/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-error.h"
#include "pj-file-io.h"
#include "pj-json-backup.h"
#include "pj-json-backup-private.h"
#include "pj-json-writer.h"

/* Writing and export; reading is in pj-json-backup-import.c. */

/* ----- Writing -----
 * The document is written here rather than with JsonGenerator because json-glib prints every
 * double with 17 digits (7.3 becomes 7.2999999999999998). Numbers use the field table's
 * canonical text instead, the shortest that reads back exactly, so the file stays readable
 * and still round-trips byte for byte. json-glib reads it back. */

static void
append_value (GString           *out,
              gconstpointer      record,
              const PjFieldInfo *info)
{
  g_autofree char *text = pj_field_format (record, info);

  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
    case PJ_FIELD_INTEGER:
      g_string_append (out, text);
      break;
    case PJ_FIELD_SET:
      {
        PjCodeSet set = *PJ_FIELD_PTR (record, info, const PjCodeSet);
        gboolean first = TRUE;

        g_string_append_c (out, '[');
        for (guint i = 0; i < pj_codes_count (info->code_kind); i++)
          {
            if ((set & PJ_CODE_BIT (i)) == 0)
              continue;
            if (!first)
              g_string_append (out, ", ");
            pj_json_append_string (out, pj_code_name (info->code_kind, i));
            first = FALSE;
          }
        g_string_append_c (out, ']');
        break;
      }
    case PJ_FIELD_TIME:
    case PJ_FIELD_TEXT:
      pj_json_append_string (out, text);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* An empty text is unknown too: the importer reads "" as unknown, so writing it would break
 * the byte-identical round trip. */
static gboolean
has_value (gconstpointer      record,
           const PjFieldInfo *info)
{
  if (!pj_field_is_set (record, info))
    return FALSE;
  return info->type != PJ_FIELD_TEXT || **PJ_FIELD_PTR (record, info, char * const) != '\0';
}

static void
append_day (GString     *out,
            const PjDay *day)
{
  guint n_day, n_checkin;
  const PjFieldInfo *day_fields = pj_day_fields (&n_day);
  const PjFieldInfo *checkin_fields = pj_checkin_fields (&n_checkin);
  char date[PJ_DATE_ISO_LEN];

  pj_date_format_iso (day->date, date);
  g_string_append_printf (out, "    {\n      \"date\": \"%s\",\n", date);
  /* Unknown values are left out: absent means unknown (data-format.md §3). */
  for (guint i = 0; i < n_day; i++)
    {
      if (!has_value (day, &day_fields[i]))
        continue;
      g_string_append_printf (out, "      \"%s\": ", day_fields[i].name);
      append_value (out, day, &day_fields[i]);
      g_string_append (out, ",\n");
    }

  g_string_append (out, "      \"checkins\": [");
  /* One check-in per line keeps a long journal easy to scan. */
  for (guint i = 0; i < day->checkins->len; i++)
    {
      const PjCheckin *checkin = g_ptr_array_index (day->checkins, i);
      gboolean first = TRUE;

      g_string_append (out, i == 0 ? "\n        {" : ",\n        {");
      for (guint j = 0; j < n_checkin; j++)
        {
          if (!has_value (checkin, &checkin_fields[j]))
            continue;
          g_string_append_printf (out, "%s\"%s\": ", first ? "" : ", ", checkin_fields[j].name);
          append_value (out, checkin, &checkin_fields[j]);
          first = FALSE;
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, day->checkins->len > 0 ? "\n      ]\n    }" : "]\n    }");
}

char *
pj_json_backup_format (GPtrArray *days,
                       GDateTime *exported)
{
  return pj_json_backup_format_full (days, NULL, exported);
}

char *
pj_json_backup_format_full (GPtrArray *days,
                            GPtrArray *medicines,
                            GDateTime *exported)
{
  g_autoptr (GDateTime) exported_utc = NULL;
  g_autofree char *exported_text = NULL;
  GString *out;

  g_return_val_if_fail (days != NULL, NULL);
  g_return_val_if_fail (exported != NULL, NULL);

  exported_utc = g_date_time_to_utc (exported);
  exported_text = g_date_time_format (exported_utc, "%Y-%m-%dT%H:%M:%SZ");

  out = g_string_new ("{\n  \"format\": ");
  pj_json_append_string (out, PJ_JSON_BACKUP_FORMAT);
  g_string_append_printf (out, ",\n  \"version\": %d,\n  \"exported\": ",
                          PJ_JSON_BACKUP_VERSION);
  pj_json_append_string (out, exported_text);
  g_string_append (out, ",\n  \"days\": [");
  for (guint i = 0; i < days->len; i++)
    {
      g_string_append (out, i == 0 ? "\n" : ",\n");
      append_day (out, g_ptr_array_index (days, i));
    }
  g_string_append (out, days->len > 0 ? "\n  ]" : "]");
  pj_json_backup_append_medicines (out, medicines);
  g_string_append (out, "\n}\n");
  return g_string_free (out, FALSE);
}

/* ----- Export ----- */

gboolean
pj_json_backup_export_file (PjDatabase *database,
                            const char *path,
                            PjDate      from,
                            PjDate      to,
                            GDateTime  *exported,
                            guint      *out_n_days,
                            GError    **error)
{
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GPtrArray) medicines = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (exported != NULL, FALSE);

  days = pj_database_list_days_in_range (database, from, to, PJ_ORDER_OLDEST_FIRST, 0, 0, error);
  if (days == NULL)
    return FALSE;
  medicines = pj_database_list_medicines_with_doses (database, from, to, error);
  if (medicines == NULL)
    return FALSE;
  text = pj_json_backup_format_full (days, medicines, exported);
  if (!pj_file_write_private (path, text, strlen (text), error))
    return FALSE;
  if (out_n_days != NULL)
    *out_n_days = days->len;
  return TRUE;
}
