/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-day.h"
#include "pj-episode.h"
#include "pj-period-flags.h"
#include "pj-test-utils.h"

static PjDay *
day_new (PjDate    date,
         int       pain,
         PjCodeSet symptoms)
{
  PjDay *day = pj_day_new (date);
  PjCheckin *checkin = pj_checkin_new (date, 9 * 60, pain);

  checkin->symptoms = symptoms;
  pj_day_add_checkin (day, checkin);
  return day;
}

static const PjFlag *
find_flag (GPtrArray  *flags,
           const char *id)
{
  for (guint i = 0; i < flags->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (flags, i);

      if (g_str_equal (flag->info->id, id))
        return flag;
    }
  return NULL;
}

static void
test_flags_anywhere_in_period (void)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (GPtrArray) flags = NULL;
  PjDate to = pj_test_today ();
  PjDate from = to - 59;
  const PjFlag *numbness, *weakness;

  /* Mild pain every day; numbness twice early in the period (long over by its end), weakness
   * once in the weeks before the period that the first days look back on, and a fever long
   * before that, which no day of the period can see. */
  for (PjDate date = from - 60; date <= to; date++)
    {
      PjCodeSet symptoms = 0;

      if (date == from + 5 || date == from + 9)
        symptoms = PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING);
      else if (date == from - 3)
        symptoms = PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS);
      else if (date == from - 50)
        symptoms = PJ_CODE_BIT (PJ_SYMPTOM_FEVER);
      g_ptr_array_add (days, day_new (date, 2, symptoms));
    }

  flags = pj_period_flags_evaluate (days, from, to);
  numbness = find_flag (flags, "numbness");
  weakness = find_flag (flags, "weakness");
  g_assert_nonnull (numbness);
  g_assert_nonnull (weakness);
  g_assert_null (find_flag (flags, "fever"));

  /* Every triggering date, once, oldest first. */
  g_assert_cmpuint (numbness->dates->len, ==, 2);
  g_assert_cmpuint (g_array_index (numbness->dates, PjDate, 0), ==, from + 5);
  g_assert_cmpuint (g_array_index (numbness->dates, PjDate, 1), ==, from + 9);
  g_assert_nonnull (numbness->reason);
  g_assert_cmpuint (weakness->dates->len, ==, 1);
  g_assert_cmpuint (g_array_index (weakness->dates, PjDate, 0), ==, from - 3);

  /* Urgent first. */
  g_assert_true (g_ptr_array_index (flags, 0) == weakness);
  for (guint i = 1; i < flags->len; i++)
    g_assert_cmpint (((PjFlag *) g_ptr_array_index (flags, i - 1))->info->level, <=,
                     ((PjFlag *) g_ptr_array_index (flags, i))->info->level);
}

static void
test_quiet_period (void)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (GPtrArray) flags = NULL;
  PjDate to = pj_test_today ();

  for (PjDate date = to - 40; date <= to; date++)
    g_ptr_array_add (days, day_new (date, 1, 0));
  flags = pj_period_flags_evaluate (days, to - 29, to);
  g_assert_cmpuint (flags->len, ==, 0);
}

/* Adds the dates of @flags to @by_id (flag id → set of dates), and keeps each flag's reason
 * in @reasons (the last one seen wins). */
static void
collect_dates (GHashTable *by_id,
               GHashTable *reasons,
               GPtrArray  *flags)
{
  for (guint i = 0; i < flags->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (flags, i);
      GHashTable *dates = g_hash_table_lookup (by_id, flag->info->id);

      g_hash_table_insert (reasons, (gpointer) flag->info->id, g_strdup (flag->reason));

      if (dates == NULL)
        {
          dates = g_hash_table_new (NULL, NULL);
          g_hash_table_insert (by_id, (gpointer) flag->info->id, dates);
        }
      for (guint j = 0; j < flag->dates->len; j++)
        g_hash_table_add (dates, GUINT_TO_POINTER (g_array_index (flag->dates, PjDate, j)));
    }
}

static void
test_same_as_day_by_day (void)
{
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (GPtrArray) flags = NULL;
  g_autoptr (PjSeries) series = NULL;
  g_autoptr (GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) g_hash_table_unref);
  g_autoptr (GHashTable) got = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                      (GDestroyNotify) g_hash_table_unref);
  g_autoptr (GHashTable) expected_reasons = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                   NULL, g_free);
  g_autoptr (GHashTable) got_reasons = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                              g_free);
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260630);
  PjDate to = pj_test_today ();
  PjDate from = to - 149;
  PjDate first = from - PJ_PERIOD_FLAGS_LOOKBACK;
  GHashTableIter iter;
  gpointer id, dates;

  /* Half a year of moderate pain with missed days, two quiet stretches of more than two
   * weeks that end a pain episode, and now and then a warning sign: the watch flags (which
   * hang on the episode) and the others come and go through the period. */
  for (PjDate date = first; date <= to; date++)
    {
      gboolean quiet = (date >= from + 30 && date < from + 47) ||
                       (date >= from + 100 && date < from + 116);
      PjCodeSet symptoms = g_rand_int_range (rand, 0, 25) == 0
                           ? PJ_CODE_BIT (PJ_SYMPTOM_NIGHT_PAIN) : 0;

      if (g_rand_int_range (rand, 0, 5) == 0)
        continue;
      g_ptr_array_add (days, day_new (date, quiet ? g_rand_int_range (rand, 0, 4)
                                                  : g_rand_int_range (rand, 3, 9), symptoms));
    }

  /* The reference: every day of the period on its own, the episode walked back each time,
   * in date order (so the reason kept is the latest day's). */
  series = pj_series_new (days, first, to);
  for (PjDate as_of = from; as_of <= to; as_of++)
    {
      g_autoptr (GPtrArray) day_flags = pj_flags_evaluate (series, as_of,
                                                           pj_episode_find_start (series, as_of));

      collect_dates (expected, expected_reasons, day_flags);
    }
  g_assert_nonnull (g_hash_table_lookup (expected, "subacute"));

  flags = pj_period_flags_evaluate (days, from, to);
  collect_dates (got, got_reasons, flags);
  g_assert_cmpuint (g_hash_table_size (got), ==, g_hash_table_size (expected));
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &id, &dates))
    {
      GHashTable *got_dates = g_hash_table_lookup (got, id);
      GHashTableIter date_iter;
      gpointer date;

      g_test_message ("%s: %u dates", (const char *) id, g_hash_table_size (dates));
      g_assert_nonnull (got_dates);
      /* The reason of the latest day it was raised: that day must be the same too. */
      g_assert_cmpstr (g_hash_table_lookup (got_reasons, id), ==,
                       g_hash_table_lookup (expected_reasons, id));
      g_assert_cmpuint (g_hash_table_size (got_dates), ==, g_hash_table_size (dates));
      g_hash_table_iter_init (&date_iter, dates);
      while (g_hash_table_iter_next (&date_iter, &date, NULL))
        g_assert_true (g_hash_table_contains (got_dates, date));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/period-flags/anywhere-in-period", test_flags_anywhere_in_period);
  g_test_add_func ("/period-flags/quiet-period", test_quiet_period);
  g_test_add_func ("/period-flags/same-as-day-by-day", test_same_as_day_by_day);

  return g_test_run ();
}
