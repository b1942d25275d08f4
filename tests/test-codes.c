/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-codes.h"
#include "pj-error.h"

static void
test_codes_match_data_format (void)
{
  /* The order of codes is the on-disk bit order: this pins it to data-format.md. */
  const char *locations = "neck;shoulder_left;shoulder_right;between_shoulder_blades;"
                          "upper_back_left;upper_back_right;mid_back;lower_back;arm_left;arm_right";
  const char *symptoms = "numbness_tingling;weakness;radiating;bladder_bowel;chest_symptoms;"
                         "fever;weight_loss;night_pain;after_injury;balance";
  g_autofree char *all_locations = pj_code_set_format (PJ_CODE_KIND_LOCATION,
                                                       pj_codes_all (PJ_CODE_KIND_LOCATION));
  g_autofree char *all_symptoms = pj_code_set_format (PJ_CODE_KIND_SYMPTOM,
                                                      pj_codes_all (PJ_CODE_KIND_SYMPTOM));
  g_autofree char *all_qualities = pj_code_set_format (PJ_CODE_KIND_QUALITY,
                                                       pj_codes_all (PJ_CODE_KIND_QUALITY));
  g_autofree char *all_activities = pj_code_set_format (PJ_CODE_KIND_ACTIVITY,
                                                        pj_codes_all (PJ_CODE_KIND_ACTIVITY));
  g_autofree char *all_self_care = pj_code_set_format (PJ_CODE_KIND_SELF_CARE,
                                                       pj_codes_all (PJ_CODE_KIND_SELF_CARE));

  g_assert_cmpstr (all_locations, ==, locations);
  g_assert_cmpstr (all_symptoms, ==, symptoms);
  g_assert_cmpstr (all_qualities, ==, "aching;sharp;burning;stiffness;throbbing;shooting");
  g_assert_cmpstr (all_activities, ==, "walking;stretching;strength;core;yoga;pilates;swimming;"
                                       "cycling;running;dancing;other");
  g_assert_cmpstr (all_self_care, ==, "heat;ice;medication;massage;breathing;meditation;rest;"
                                      "physio;ergonomics");
}

static void
test_code_set_parse_is_canonical (void)
{
  PjCodeSet set = 0;
  g_autofree char *text = NULL;

  g_assert_true (pj_code_set_parse (PJ_CODE_KIND_LOCATION, " arm_right ;neck;;", &set, NULL));
  g_assert_cmpuint (set, ==, PJ_CODE_BIT (PJ_LOCATION_NECK) | PJ_CODE_BIT (PJ_LOCATION_ARM_RIGHT));
  text = pj_code_set_format (PJ_CODE_KIND_LOCATION, set);
  g_assert_cmpstr (text, ==, "neck;arm_right");
  g_assert_cmpuint (pj_code_set_count (set), ==, 2);
}

static void
test_code_set_unknown_code (void)
{
  PjCodeSet set = 7;
  g_autoptr (GError) error = NULL;

  g_assert_false (pj_code_set_parse (PJ_CODE_KIND_QUALITY, "aching;stabbing", &set, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“stabbing”"));
  g_assert_nonnull (strstr (error->message, "qualities"));
  g_assert_nonnull (strstr (error->message, "aching, sharp"));
  g_assert_cmpuint (set, ==, 7);
}

static void
test_every_code_has_label (void)
{
  for (PjCodeKind kind = 0; kind < PJ_N_CODE_KINDS; kind++)
    for (guint i = 0; i < pj_codes_count (kind); i++)
      {
        g_assert_nonnull (pj_code_label (kind, i));
        g_assert_cmpstr (pj_code_label (kind, i), !=, pj_code_name (kind, i));
        g_assert_nonnull (pj_code_question (kind, i));
      }
  g_assert_cmpstr (pj_code_question (PJ_CODE_KIND_SYMPTOM, PJ_SYMPTOM_BLADDER_BOWEL), ==,
                   "Loss of, or a change in, bladder or bowel control?");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/codes/match-data-format", test_codes_match_data_format);
  g_test_add_func ("/codes/parse-is-canonical", test_code_set_parse_is_canonical);
  g_test_add_func ("/codes/unknown-code", test_code_set_unknown_code);
  g_test_add_func ("/codes/every-code-has-label", test_every_code_has_label);
  return g_test_run ();
}
