/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-day.h"
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/period-flags/anywhere-in-period", test_flags_anywhere_in_period);
  g_test_add_func ("/period-flags/quiet-period", test_quiet_period);

  return g_test_run ();
}
