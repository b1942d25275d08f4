/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-day.h"
#include "pj-error.h"
#include "pj-test-utils.h"

static const PjFieldInfo *
day_field (const char *name)
{
  guint n;
  const PjFieldInfo *fields = pj_day_fields (&n);
  const PjFieldInfo *info = pj_field_lookup (fields, n, name);

  g_assert_nonnull (info);
  return info;
}

static void
test_new_day_is_unknown_not_zero (void)
{
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());

  g_assert_true (isnan (day->sitting_hours));
  g_assert_cmpint (day->posture, ==, PJ_UNSET);
  g_assert_cmpint (day->stress, ==, PJ_UNSET);
  g_assert_null (day->medication);
  g_assert_true (pj_day_factors_empty (day));
  g_assert_true (isnan (pj_day_pain_mean (day)));
  g_assert_cmpint (pj_day_pain_worst (day), ==, PJ_UNSET);
  g_assert_true (isnan (pj_day_peg (day)));
}

static void
test_pain_aggregates (void)
{
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());

  pj_day_add_checkin (day, pj_checkin_new (0, 20 * 60, 6));
  pj_day_add_checkin (day, pj_checkin_new (0, 8 * 60, 3));
  pj_day_add_checkin (day, pj_checkin_new (0, 13 * 60, 4));

  /* sorted by time, dated to the day */
  g_assert_cmpint (((PjCheckin *) day->checkins->pdata[0])->pain, ==, 3);
  g_assert_cmpuint (((PjCheckin *) day->checkins->pdata[0])->date, ==, day->date);
  g_assert_cmpfloat_with_epsilon (pj_day_pain_mean (day), 13.0 / 3.0, 1e-9);
  g_assert_cmpint (pj_day_pain_worst (day), ==, 6);
  g_assert_cmpint (pj_day_pain_least (day), ==, 3);

  g_assert_true (isnan (pj_day_peg (day)));
  day->enjoyment_interference = 5;
  g_assert_true (isnan (pj_day_peg (day)));
  day->activity_interference = 2;
  g_assert_cmpfloat_with_epsilon (pj_day_peg (day), (13.0 / 3.0 + 5 + 2) / 3.0, 1e-9);
}

static void
test_field_parse_and_format (void)
{
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());
  g_autoptr (GError) error = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *activities = NULL;

  g_assert_true (pj_field_parse (day, day_field ("sitting_hours"), " 7.5 ", &error));
  g_assert_no_error (error);
  g_assert_true (pj_field_parse (day, day_field ("activities"), "yoga;walking", &error));
  g_assert_true (pj_field_parse (day, day_field ("medication"), " ibuprofen 200 mg ", &error));
  hours = pj_field_format (day, day_field ("sitting_hours"));
  activities = pj_field_format (day, day_field ("activities"));
  g_assert_cmpstr (hours, ==, "7.5");
  g_assert_cmpstr (activities, ==, "walking;yoga");
  /* free text keeps its spaces exactly */
  g_assert_cmpstr (day->medication, ==, " ibuprofen 200 mg ");

  /* empty unsets */
  g_assert_true (pj_field_parse (day, day_field ("sitting_hours"), "", &error));
  g_assert_true (isnan (day->sitting_hours));
}

static void
test_field_parse_errors_name_the_field (void)
{
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());
  struct { const char *field, *text, *expect; } cases[] = {
    { "sitting_hours", "25", "Sitting hours must be between 0 and 24, not 25" },
    { "sitting_hours", "-0.5", "Sitting hours must be between 0 and 24, not -0.5" },
    { "sitting_hours", "seven", "Sitting hours must be a number, not “seven”" },
    { "posture", "0", "Posture must be between 1 and 5, not 0" },
    { "posture", "2.5", "Posture must be a whole number, not “2.5”" },
    { "breaks", "101", "Movement breaks must be between 0 and 100, not 101" },
    { "exercise_minutes", "1441", "Exercise minutes must be between 0 and 1440, not 1441" },
    { "stress", "11", "Stress must be between 0 and 10, not 11" },
    { "self_care", "heat;sauna", "“sauna” is not a known code for self_care" },
  };

  day->posture = 3;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_false (pj_field_parse (day, day_field (cases[i].field), cases[i].text, &error));
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      if (strstr (error->message, cases[i].expect) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, cases[i].expect);
    }
  /* nothing changed on error */
  g_assert_cmpint (day->posture, ==, 3);
  g_assert_true (pj_day_factors_empty (day) == FALSE);
}

static void
test_medication_length_limit (void)
{
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());
  g_autofree char *long_text = g_strnfill (501, 'x');
  g_autoptr (GError) error = NULL;

  g_assert_false (pj_field_parse (day, day_field ("medication"), long_text, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  long_text[500] = '\0';
  g_assert_true (pj_field_parse (day, day_field ("medication"), long_text, NULL));
}

static void
test_validate (void)
{
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());
  g_autoptr (PjDay) future = pj_day_new (pj_test_today () + 1);
  g_autoptr (GError) error = NULL;
  PjCheckin *checkin;

  g_assert_true (pj_day_validate (day, pj_test_today (), &error));
  g_assert_no_error (error);

  g_assert_false (pj_day_validate (future, pj_test_today (), &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-07-01 is in the future"));
  g_clear_error (&error);

  day->stress = 12;
  g_assert_false (pj_day_validate (day, pj_test_today (), &error));
  g_assert_nonnull (strstr (error->message, "Stress"));
  g_clear_error (&error);
  day->stress = 4;

  checkin = pj_checkin_new (0, 9 * 60, 11);
  pj_day_add_checkin (day, checkin);
  g_assert_false (pj_day_validate (day, pj_test_today (), &error));
  g_assert_nonnull (strstr (error->message, "Pain must be between 0 and 10, not 11"));
  g_clear_error (&error);
  checkin->pain = 10;
  checkin->symptoms = 1u << 20;
  g_assert_false (pj_day_validate (day, pj_test_today (), &error));
  g_assert_nonnull (strstr (error->message, "Warning symptoms"));
  g_clear_error (&error);
  checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_FEVER);
  g_assert_true (pj_day_validate (day, pj_test_today (), NULL));
}

static void
test_copy_and_equal (void)
{
  g_autoptr (PjDay) day = pj_day_new (pj_test_today ());
  g_autoptr (PjDay) copy = NULL;
  PjCheckin *checkin = pj_checkin_new (0, 9 * 60, 4);

  checkin->note = g_strdup ("stiff after the drive");
  pj_day_add_checkin (day, checkin);
  day->note = g_strdup ("long day");
  day->sleep_hours = 6.5;

  copy = pj_day_copy (day);
  g_assert_true (pj_day_equal (day, copy, TRUE));
  g_assert_true (copy->note != day->note);
  ((PjCheckin *) copy->checkins->pdata[0])->pain = 5;
  g_assert_true (pj_day_equal (day, copy, FALSE));
  g_assert_false (pj_day_equal (day, copy, TRUE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/day/new-is-unknown", test_new_day_is_unknown_not_zero);
  g_test_add_func ("/day/pain-aggregates", test_pain_aggregates);
  g_test_add_func ("/day/field-parse-and-format", test_field_parse_and_format);
  g_test_add_func ("/day/field-errors-name-field", test_field_parse_errors_name_the_field);
  g_test_add_func ("/day/medication-length", test_medication_length_limit);
  g_test_add_func ("/day/validate", test_validate);
  g_test_add_func ("/day/copy-and-equal", test_copy_and_equal);
  return g_test_run ();
}
