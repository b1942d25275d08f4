/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-csv.h"
#include "pj-database.h"
#include "pj-demo.h"
#include "pj-error.h"
#include "pj-test-utils.h"

#define LONG_RUN 3650

static void
test_same_seed_same_journal (void)
{
  g_autoptr (GPtrArray) first = pj_demo_generate (pj_test_today (), 400, PJ_DEMO_SEED);
  g_autoptr (GPtrArray) second = pj_demo_generate (pj_test_today (), 400, PJ_DEMO_SEED);
  g_autoptr (GPtrArray) other = pj_demo_generate (pj_test_today (), 400, PJ_DEMO_SEED + 1);
  g_autofree char *first_csv = pj_csv_format_days (first);
  g_autofree char *second_csv = pj_csv_format_days (second);
  g_autofree char *other_csv = pj_csv_format_days (other);

  g_assert_cmpstr (first_csv, ==, second_csv);
  g_assert_cmpstr (first_csv, !=, other_csv);
}

static void
test_days_are_valid_and_end_today (void)
{
  g_autoptr (GPtrArray) days = pj_demo_generate (pj_test_today (), LONG_RUN, PJ_DEMO_SEED);
  PjDay *first = g_ptr_array_index (days, 0);
  PjDay *last = g_ptr_array_index (days, days->len - 1);

  g_assert_cmpuint (last->date, ==, pj_test_today ());
  g_assert_cmpuint (first->date, >=, pj_test_today () - (LONG_RUN - 1));
  for (guint i = 0; i < days->len; i++)
    {
      PjDay *day = g_ptr_array_index (days, i);
      g_autoptr (GError) error = NULL;

      g_assert_true (pj_day_validate (day, pj_test_today (), &error));
      g_assert_no_error (error);
      if (i > 0)
        g_assert_cmpuint (day->date, >, ((PjDay *) g_ptr_array_index (days, i - 1))->date);
    }
}

static void
test_looks_like_a_real_journal (void)
{
  g_autoptr (GPtrArray) days = pj_demo_generate (pj_test_today (), 180, PJ_DEMO_SEED);
  guint multi = 0, without_checkins = 0, notes = 0, medication = 0, worst = 0;
  guint urgent = 0;
  PjCodeSet urgent_symptoms = PJ_CODE_BIT (PJ_SYMPTOM_BLADDER_BOWEL) |
                              PJ_CODE_BIT (PJ_SYMPTOM_CHEST_SYMPTOMS) |
                              PJ_CODE_BIT (PJ_SYMPTOM_WEAKNESS) |
                              PJ_CODE_BIT (PJ_SYMPTOM_BALANCE) |
                              PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY);
  int worst_run = 0, run = 0;

  /* Missed days: fewer entries than calendar days. */
  g_assert_cmpuint (days->len, <, 180);
  g_assert_cmpuint (days->len, >, 150);

  for (guint i = 0; i < days->len; i++)
    {
      PjDay *day = g_ptr_array_index (days, i);
      double pain = pj_day_pain_mean (day);

      multi += day->checkins->len >= 2;
      without_checkins += day->checkins->len == 0;
      notes += day->note != NULL;
      medication += day->medication != NULL;
      urgent += (pj_day_symptoms (day) & urgent_symptoms) != 0;
      worst = MAX (worst, (guint) MAX (pj_day_pain_worst (day), 0));
      /* A flare-up: several days in a row at 6 or more. */
      run = !isnan (pain) && pain >= 6 ? run + 1 : 0;
      worst_run = MAX (worst_run, run);
    }
  g_assert_cmpuint (multi, >=, 20);
  g_assert_cmpuint (without_checkins, >=, 1);
  g_assert_cmpuint (notes, >=, 2);
  g_assert_cmpuint (medication, >=, 3);
  g_assert_cmpuint (urgent, ==, 0);
  g_assert_cmpint (worst_run, >=, 3);
  g_assert_cmpuint (worst, <=, 10);
}

/* The mean daily pain of the days whose previous calendar day passes @filter. */
static double
mean_pain_after (GPtrArray *days,
                 gboolean (*filter) (const PjDay *yesterday))
{
  double sum = 0;
  guint count = 0;

  for (guint i = 1; i < days->len; i++)
    {
      PjDay *yesterday = g_ptr_array_index (days, i - 1);
      PjDay *today = g_ptr_array_index (days, i);

      if (today->date != yesterday->date + 1 || isnan (pj_day_pain_mean (today)) ||
          !filter (yesterday))
        continue;
      sum += pj_day_pain_mean (today);
      count++;
    }
  g_assert_cmpuint (count, >, 50);
  return sum / count;
}

static gboolean
long_sitting (const PjDay *day)
{
  return day->sitting_hours >= 9;
}

static gboolean
short_sitting (const PjDay *day)
{
  return day->sitting_hours <= 5;
}

static gboolean
high_stress (const PjDay *day)
{
  return day->stress >= 7;
}

static gboolean
low_stress (const PjDay *day)
{
  return pj_is_set_int (day->stress) && day->stress <= 3;
}

static gboolean
exercised (const PjDay *day)
{
  return day->exercise_minutes >= 20;
}

static gboolean
did_not_exercise (const PjDay *day)
{
  return !(day->exercise_minutes >= 20);
}

static void
test_factors_shape_the_next_day (void)
{
  g_autoptr (GPtrArray) days = pj_demo_generate (pj_test_today (), LONG_RUN, PJ_DEMO_SEED);

  g_assert_cmpfloat (mean_pain_after (days, long_sitting), >,
                     mean_pain_after (days, short_sitting) + 0.5);
  g_assert_cmpfloat (mean_pain_after (days, high_stress), >,
                     mean_pain_after (days, low_stress) + 0.5);
  g_assert_cmpfloat (mean_pain_after (days, exercised), <,
                     mean_pain_after (days, did_not_exercise) - 0.3);
}

static void
test_fill_database (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open (path, &error);
  g_autoptr (GPtrArray) expected = pj_demo_generate (pj_test_today (), 90, PJ_DEMO_SEED);
  g_autoptr (GPtrArray) stored = NULL;
  PjImportStats stats = { 0 };
  PjDate first, last;
  guint count = 0;

  g_assert_no_error (error);
  pj_database_set_today (db, pj_test_today ());
  g_assert_true (pj_demo_fill (db, 90, &stats, &error));
  g_assert_no_error (error);
  g_assert_true (pj_database_count_days (db, &count, &error));
  g_assert_cmpuint (count, ==, expected->len);
  g_assert_cmpuint (stats.days_written, ==, expected->len);
  g_assert_true (pj_database_get_date_bounds (db, &first, &last, &error));
  g_assert_cmpuint (last, ==, pj_test_today ());

  stored = pj_database_list_days_in_range (db, PJ_DATE_NONE, PJ_DATE_NONE,
                                           PJ_ORDER_OLDEST_FIRST, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, expected->len);
  for (guint i = 0; i < stored->len; i++)
    g_assert_true (pj_day_equal (g_ptr_array_index (stored, i),
                                 g_ptr_array_index (expected, i), TRUE));

  /* Filling again adds nothing. */
  g_assert_true (pj_demo_fill (db, 90, &stats, &error));
  g_assert_cmpuint (stats.checkins_added, ==, 0);

  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

/* The demo journal is its own file, rebuilt on each visit: what an earlier visit left in it
 * (an edit, an extra check-in) is gone, and only the generated days are there. */
static void
test_open_journal (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "pain-journal", "demo.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = NULL;
  g_autoptr (PjCheckin) extra = NULL;
  g_autoptr (GPtrArray) expected = NULL;
  PjDate first, last;
  guint count = 0, again = 0;

  db = pj_demo_open_journal (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_true (pj_database_get_date_bounds (db, &first, &last, &error));
  /* Generated up to the real today (the last day itself may be one of the missed ones). */
  expected = pj_demo_generate (pj_database_get_today (db), PJ_DEMO_DEFAULT_DAYS, PJ_DEMO_SEED);
  g_assert_true (pj_database_count_days (db, &count, &error));
  g_assert_cmpuint (count, ==, expected->len);

  /* A day before the demo's first one, as if the person had logged it while trying. */
  extra = pj_checkin_new (first - 10, 9 * 60, 5);
  g_assert_true (pj_database_add_checkin (db, extra, &error));
  g_assert_no_error (error);
  g_clear_object (&db);

  db = pj_demo_open_journal (path, &error);
  g_assert_no_error (error);
  g_assert_true (pj_database_count_days (db, &again, &error));
  g_assert_cmpuint (again, ==, count);
  g_assert_null (pj_database_get_day (db, first - 10, &error));
  g_assert_no_error (error);

  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/deterministic", test_same_seed_same_journal);
  g_test_add_func ("/demo/valid-and-ends-today", test_days_are_valid_and_end_today);
  g_test_add_func ("/demo/realistic", test_looks_like_a_real_journal);
  g_test_add_func ("/demo/factors-shape-next-day", test_factors_shape_the_next_day);
  g_test_add_func ("/demo/fill-database", test_fill_database);
  g_test_add_func ("/demo/open-journal", test_open_journal);

  return g_test_run ();
}
