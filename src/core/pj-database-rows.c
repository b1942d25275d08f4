/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-database-private.h"
#include "pj-error.h"


/* ----- Binding and reading rows ----- */

void
pj_db_bind_date (sqlite3_stmt *statement,
           int           index,
           PjDate        date)
{
  char iso[PJ_DATE_ISO_LEN];

  pj_date_format_iso (date, iso);
  sqlite3_bind_text (statement, index, iso, -1, SQLITE_TRANSIENT);
}

void
pj_db_bind_range (sqlite3_stmt *statement,
            PjDate        from,
            PjDate        to)
{
  if (from != PJ_DATE_NONE)
    pj_db_bind_date (statement, 1, from);
  else
    sqlite3_bind_text (statement, 1, DATE_MIN_TEXT, -1, SQLITE_STATIC);
  if (to != PJ_DATE_NONE)
    pj_db_bind_date (statement, 2, to);
  else
    sqlite3_bind_text (statement, 2, DATE_MAX_TEXT, -1, SQLITE_STATIC);
}

void
pj_db_bind_field (sqlite3_stmt      *statement,
            int                index,
            gconstpointer      record,
            const PjFieldInfo *info)
{
  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      if (pj_field_is_set (record, info))
        sqlite3_bind_double (statement, index, *PJ_FIELD_PTR (record, info, const double));
      else
        sqlite3_bind_null (statement, index);
      break;
    case PJ_FIELD_INTEGER:
      if (pj_field_is_set (record, info))
        sqlite3_bind_int (statement, index, *PJ_FIELD_PTR (record, info, const int));
      else
        sqlite3_bind_null (statement, index);
      break;
    case PJ_FIELD_SET:
      sqlite3_bind_int64 (statement, index, *PJ_FIELD_PTR (record, info, const PjCodeSet));
      break;
    case PJ_FIELD_TEXT:
      sqlite3_bind_text (statement, index, *PJ_FIELD_PTR (record, info, char * const), -1,
                         SQLITE_TRANSIENT);
      break;
    case PJ_FIELD_TIME:
      {
        char text[PJ_TIME_TEXT_LEN];

        pj_time_format (*PJ_FIELD_PTR (record, info, const int), text);
        sqlite3_bind_text (statement, index, text, -1, SQLITE_TRANSIENT);
        break;
      }
    default:
      g_assert_not_reached ();
    }
}

void
pj_db_read_field (sqlite3_stmt      *statement,
            int                column,
            gpointer           record,
            const PjFieldInfo *info)
{
  if (sqlite3_column_type (statement, column) == SQLITE_NULL)
    {
      pj_field_unset (record, info);
      return;
    }

  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      *PJ_FIELD_PTR (record, info, double) = sqlite3_column_double (statement, column);
      break;
    case PJ_FIELD_INTEGER:
      *PJ_FIELD_PTR (record, info, int) = sqlite3_column_int (statement, column);
      break;
    case PJ_FIELD_SET:
      *PJ_FIELD_PTR (record, info, PjCodeSet) = (PjCodeSet) sqlite3_column_int64 (statement,
                                                                                   column);
      break;
    case PJ_FIELD_TEXT:
      g_free (*PJ_FIELD_PTR (record, info, char *));
      *PJ_FIELD_PTR (record, info, char *) =
        g_strdup ((const char *) sqlite3_column_text (statement, column));
      break;
    case PJ_FIELD_TIME:
      if (!pj_time_parse ((const char *) sqlite3_column_text (statement, column),
                          PJ_FIELD_PTR (record, info, int), NULL))
        pj_field_unset (record, info);
      break;
    default:
      g_assert_not_reached ();
    }
}

PjDate
pj_db_column_date (sqlite3_stmt *statement,
             int           column)
{
  PjDate date = PJ_DATE_NONE;

  /* The CHECK constraint only guarantees the shape; a hand-edited impossible date reads as
   * none rather than aborting the whole list. */
  pj_date_parse_iso ((const char *) sqlite3_column_text (statement, column), &date, NULL);
  return date;
}

void
pj_db_bind_day (sqlite3_stmt *statement,
          const PjDay  *day)
{
  guint n_fields;
  const PjFieldInfo *fields = pj_day_fields (&n_fields);

  pj_db_bind_date (statement, 1, day->date);
  for (guint i = 0; i < n_fields; i++)
    pj_db_bind_field (statement, i + 2, day, &fields[i]);
}

/* Binds ?1 id (NULL for a new one), ?2 date, ?3 … ?8 the check-in fields in table order. */
void
pj_db_bind_checkin (sqlite3_stmt    *statement,
              const PjCheckin *checkin,
              gboolean         with_id)
{
  guint n_fields;
  const PjFieldInfo *fields = pj_checkin_fields (&n_fields);

  if (with_id && checkin->id > 0)
    sqlite3_bind_int64 (statement, 1, checkin->id);
  else
    sqlite3_bind_null (statement, 1);
  pj_db_bind_date (statement, 2, checkin->date);
  for (guint i = 0; i < n_fields; i++)
    pj_db_bind_field (statement, i + 3, checkin, &fields[i]);
}

