/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Builds small journals in memory for the analysis tests: a GPtrArray of PjDay* that the
 * tests fill date by date. Header-only so each test program takes just what it uses. */

#include <math.h>

#include "pj-analysis-text.h"
#include "pj-day.h"
#include "pj-insights.h"
#include "pj-test-utils.h"

#define T ((PjDate) pj_test_today ())

static inline GPtrArray *
journal_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
}

/* The day of @date, created when missing. */
static inline PjDay *
journal_day (GPtrArray *days,
             PjDate     date)
{
  PjDay *day;

  for (guint i = 0; i < days->len; i++)
    if (((PjDay *) g_ptr_array_index (days, i))->date == date)
      return g_ptr_array_index (days, i);
  day = pj_day_new (date);
  g_ptr_array_add (days, day);
  return day;
}

/* Adds a check-in; each one of a day gets the next hour from 08:00 on. */
static inline PjCheckin *
journal_checkin (GPtrArray *days,
                 PjDate     date,
                 int        pain)
{
  PjDay *day = journal_day (days, date);
  PjCheckin *checkin = pj_checkin_new (date, 8 * 60 + 60 * (int) day->checkins->len, pain);

  pj_day_add_checkin (day, checkin);
  return checkin;
}

/* One check-in per day with @pains[i] on @first + i; a negative pain leaves a gap. */
static inline void
journal_pains (GPtrArray *days,
               PjDate     first,
               const int *pains,
               guint      n)
{
  for (guint i = 0; i < n; i++)
    if (pains[i] >= 0)
      journal_checkin (days, first + i, pains[i]);
}

/* The same pain on every day of @first … @last. */
static inline void
journal_fill (GPtrArray *days,
              PjDate     first,
              PjDate     last,
              int        pain)
{
  for (PjDate date = first; date <= last; date++)
    journal_checkin (days, date, pain);
}

/* A background of neutral logged days: one check-in of @pain on each of the @n days from
 * @first on, and nothing else (no factor, quality, symptom, activity or self-care). Tips wait
 * for 3 logged days in the last 7 (clinical-rules.md §2); this meets that minimum without
 * firing a trigger of its own, so a test of one trigger still tests only that trigger. With a
 * low @pain (below 4) it fires no flag and no tip; a test of a pain threshold passes the pain
 * that keeps its arithmetic. The dates must have no check-in yet. */
static inline void
journal_neutral_days (GPtrArray *days,
                      PjDate     first,
                      guint      n,
                      int        pain)
{
  for (PjDate date = first; date < first + n; date++)
    {
      g_assert_cmpuint (journal_day (days, date)->checkins->len, ==, 0);
      journal_checkin (days, date, pain);
    }
}

static inline const PjFlag *
insights_flag (const PjInsights *insights,
               const char       *id)
{
  for (guint i = 0; i < insights->flags->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (insights->flags, i);

      if (g_str_equal (flag->info->id, id))
        return flag;
    }
  return NULL;
}

static inline const PjTip *
insights_tip (const PjInsights *insights,
              const char       *id)
{
  for (guint i = 0; i < insights->tips->len; i++)
    {
      const PjTip *tip = g_ptr_array_index (insights->tips, i);

      if (g_str_equal (tip->info->id, id))
        return tip;
    }
  return NULL;
}

static inline gboolean
fires_flag (GPtrArray  *days,
            PjDate      as_of,
            const char *id)
{
  g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, as_of);

  return insights_flag (insights, id) != NULL;
}

static inline gboolean
fires_tip (GPtrArray  *days,
           PjDate      as_of,
           const char *id)
{
  g_autoptr (PjInsights) insights = pj_insights_evaluate_days (days, as_of);

  return insights_tip (insights, id) != NULL;
}

/* Asserts @flag's trigger dates are exactly @expected (n of them). */
static inline void
assert_dates (const PjFlag *flag,
              const PjDate *expected,
              guint         n)
{
  g_assert_nonnull (flag);
  g_assert_cmpuint (flag->dates->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (g_array_index (flag->dates, PjDate, i), ==, expected[i]);
}

/* ----- the scenario fixtures, read in memory -----
 * The fixtures follow data-format.md §2 and hold no quoted cells, so a plain split is enough
 * here; every value goes through the model's own pj_field_parse(). The command line test runs
 * the same files through the real importer. */

static inline GPtrArray *
load_fixture (const char *name)
{
  g_autofree char *path = pj_test_data_path (name);
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) header = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *days = journal_new ();
  guint n_day_fields, n_checkin_fields;
  const PjFieldInfo *day_fields = pj_day_fields (&n_day_fields);
  const PjFieldInfo *checkin_fields = pj_checkin_fields (&n_checkin_fields);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  header = g_strsplit (lines[0], ",", -1);
  for (guint row = 1; lines[row] != NULL; row++)
    {
      g_auto (GStrv) cells = NULL;
      PjDate date;
      PjDay *day;
      g_autoptr (PjCheckin) checkin = NULL;

      g_strchomp (lines[row]);
      if (lines[row][0] == '\0')
        continue;
      cells = g_strsplit (lines[row], ",", -1);
      g_assert_cmpuint (g_strv_length (cells), ==, g_strv_length (header));
      g_assert_true (pj_date_parse_iso (cells[0], &date, NULL));
      day = journal_day (days, date);
      if (cells[1][0] != '\0')
        checkin = pj_checkin_new (date, 0, 0);
      for (guint col = 1; header[col] != NULL; col++)
        {
          const char *column = header[col];
          gboolean for_checkin = g_str_equal (column, "checkin_note") ||
                                 pj_field_lookup (checkin_fields, n_checkin_fields, column);
          const char *field = g_str_equal (column, "checkin_note") ||
                              g_str_equal (column, "day_note") ? "note" : column;
          const PjFieldInfo *info;

          if (cells[col][0] == '\0')
            continue;
          if (for_checkin)
            {
              g_assert_nonnull (checkin);
              info = pj_field_lookup (checkin_fields, n_checkin_fields, field);
              g_assert_nonnull (info);
              pj_field_parse (checkin, info, cells[col], &error);
            }
          else
            {
              info = pj_field_lookup (day_fields, n_day_fields, field);
              g_assert_nonnull (info);
              pj_field_parse (day, info, cells[col], &error);
            }
          g_assert_no_error (error);
        }
      if (checkin != NULL)
        pj_day_add_checkin (day, g_steal_pointer (&checkin));
    }
  return days;
}

