/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "pj-database.h"
#include "pj-demo.h"
#include "pj-fhir.h"
#include "pj-test-utils.h"

#define UCUM "http://unitsofmeasure.org"

static GDateTime *
generated_time (void)
{
  return g_date_time_new_utc (2026, 6, 30, 18, 45, 0);
}

static GPtrArray *
make_days (void)
{
  GPtrArray *days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  PjDay *day = pj_day_new (pj_date_from_ymd (2026, 6, 28));
  PjDay *other = pj_day_new (pj_date_from_ymd (2026, 6, 29));
  PjCheckin *checkin = pj_checkin_new (0, 8 * 60 + 30, 6);

  checkin->locations = PJ_CODE_BIT (PJ_LOCATION_NECK) | PJ_CODE_BIT (PJ_LOCATION_ARM_RIGHT);
  checkin->qualities = PJ_CODE_BIT (PJ_QUALITY_STIFFNESS);
  checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING);
  checkin->note = g_strdup ("Stiff on waking");
  pj_day_add_checkin (day, checkin);
  pj_day_add_checkin (day, pj_checkin_new (0, 21 * 60, 4));
  day->sitting_hours = 7.3;
  day->exercise_minutes = 30;
  day->activities = PJ_CODE_BIT (PJ_ACTIVITY_WALKING) | PJ_CODE_BIT (PJ_ACTIVITY_YOGA);
  day->medication = g_strdup ("Ibuprofen 400 mg");
  day->sleep_hours = 6.5;
  day->stress = 7;
  day->enjoyment_interference = 4;
  day->activity_interference = 3;
  g_ptr_array_add (days, day);

  other->sleep_hours = 8;
  g_ptr_array_add (days, other);
  return days;
}

static JsonNode *
parse_bundle (const char *text)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static const char *
code_of (JsonObject *resource)
{
  JsonObject *code = json_object_get_object_member (resource, "code");
  JsonArray *codings = json_object_get_array_member (code, "coding");

  g_assert_cmpuint (json_array_get_length (codings), >=, 1);
  return json_object_get_string_member (json_array_get_object_element (codings, 0), "code");
}

/* The Observations whose first coding has @code, in Bundle order. */
static GPtrArray *
observations_with_code (JsonArray  *entries,
                        const char *code)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *resource = json_object_get_object_member (
        json_array_get_object_element (entries, i), "resource");

      if (g_str_equal (json_object_get_string_member (resource, "resourceType"), "Observation") &&
          g_str_equal (code_of (resource), code))
        g_ptr_array_add (found, resource);
    }
  return found;
}

/* Every entry: a unique urn:uuid fullUrl and a resource; every Observation: the elements R4
 * requires or this export promises, exactly one value, and a subject that resolves. */
static void
assert_bundle_structure (JsonObject *bundle,
                         gboolean    with_patient)
{
  JsonArray *entries = json_object_get_array_member (bundle, "entry");
  g_autoptr (GHashTable) urls = g_hash_table_new (g_str_hash, g_str_equal);
  guint patients = 0;

  g_assert_cmpstr (json_object_get_string_member (bundle, "resourceType"), ==, "Bundle");
  g_assert_cmpstr (json_object_get_string_member (bundle, "type"), ==, "collection");
  g_assert_cmpstr (json_object_get_string_member (bundle, "timestamp"), ==,
                   "2026-06-30T18:45:00Z");

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      const char *url = json_object_get_string_member (entry, "fullUrl");

      g_assert_true (g_str_has_prefix (url, "urn:uuid:"));
      g_assert_cmpuint (strlen (url), ==, strlen ("urn:uuid:") + 36);
      g_assert_false (g_hash_table_contains (urls, url));
      g_hash_table_add (urls, (gpointer) url);
      g_assert_true (json_object_has_member (entry, "resource"));
    }

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *resource = json_object_get_object_member (
        json_array_get_object_element (entries, i), "resource");
      const char *type = json_object_get_string_member (resource, "resourceType");
      g_autoptr (GList) members = json_object_get_members (resource);
      JsonObject *category;
      guint values = 0;

      if (g_str_equal (type, "Patient"))
        {
          patients++;
          continue;
        }
      g_assert_cmpstr (type, ==, "Observation");
      g_assert_cmpstr (json_object_get_string_member (resource, "status"), ==, "final");
      category = json_array_get_object_element (
        json_object_get_array_member (resource, "category"), 0);
      g_assert_cmpstr (json_object_get_string_member (
                         json_array_get_object_element (
                           json_object_get_array_member (category, "coding"), 0), "code"),
                       ==, "survey");
      g_assert_nonnull (code_of (resource));
      g_assert_true (json_object_has_member (resource, "effectiveDateTime"));
      for (GList *l = members; l != NULL; l = l->next)
        values += g_str_has_prefix (l->data, "value");
      g_assert_cmpuint (values, ==, 1);
      if (with_patient)
        {
          const char *reference = json_object_get_string_member (
            json_object_get_object_member (resource, "subject"), "reference");
          g_assert_true (g_hash_table_contains (urls, reference));
        }
      else
        g_assert_false (json_object_has_member (resource, "subject"));
    }
  g_assert_cmpuint (patients, ==, with_patient ? 1 : 0);
}

static void
test_structure_with_patient (void)
{
  g_autoptr (GPtrArray) days = make_days ();
  g_autoptr (GDateTime) generated = generated_time ();
  g_autofree char *text = pj_fhir_format_bundle (days, "Alex Example", 1984, generated);
  g_autoptr (JsonNode) root = parse_bundle (text);
  JsonObject *bundle = json_node_get_object (root);
  JsonObject *patient = json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (bundle, "entry"), 0),
    "resource");

  assert_bundle_structure (bundle, TRUE);
  g_assert_cmpstr (json_object_get_string_member (patient, "resourceType"), ==, "Patient");
  g_assert_cmpstr (json_object_get_string_member (patient, "birthDate"), ==, "1984");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (
                       json_object_get_array_member (patient, "name"), 0), "text"),
                   ==, "Alex Example");
}

static void
test_structure_without_patient (void)
{
  g_autoptr (GPtrArray) days = make_days ();
  g_autoptr (GDateTime) generated = generated_time ();
  g_autofree char *text = pj_fhir_format_bundle (days, NULL, 0, generated);
  g_autofree char *again = pj_fhir_format_bundle (days, NULL, 0, generated);
  g_autoptr (JsonNode) root = parse_bundle (text);

  assert_bundle_structure (json_node_get_object (root), FALSE);
  /* Stable identifiers: the same journal gives the same Bundle. */
  g_assert_cmpstr (text, ==, again);
}

static void
test_pain_observations (void)
{
  g_autoptr (GPtrArray) days = make_days ();
  g_autoptr (GDateTime) generated = generated_time ();
  g_autofree char *text = pj_fhir_format_bundle (days, NULL, 0, generated);
  g_autoptr (JsonNode) root = parse_bundle (text);
  JsonArray *entries = json_object_get_array_member (json_node_get_object (root), "entry");
  g_autoptr (GPtrArray) pain = observations_with_code (entries, PJ_FHIR_LOINC_PAIN);
  JsonObject *first, *body_site, *symptom = NULL;
  JsonArray *components;
  guint qualities = 0;

  g_assert_cmpuint (pain->len, ==, 2);
  first = g_ptr_array_index (pain, 0);
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (
                       json_object_get_array_member (
                         json_object_get_object_member (first, "code"), "coding"), 0),
                     "system"), ==, PJ_FHIR_LOINC);
  /* Local time with its UTC offset (the tests run in UTC). */
  g_assert_cmpstr (json_object_get_string_member (first, "effectiveDateTime"), ==,
                   "2026-06-28T08:30:00+00:00");
  g_assert_cmpint (json_object_get_int_member (first, "valueInteger"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (pain, 1), "valueInteger"), ==,
                   4);
  body_site = json_object_get_object_member (first, "bodySite");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (body_site, "coding")),
                    ==, 2);
  g_assert_cmpstr (json_object_get_string_member (body_site, "text"), ==, "Neck, Right arm");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (
                       json_object_get_array_member (first, "note"), 0), "text"),
                   ==, "Stiff on waking");

  components = json_object_get_array_member (first, "component");
  for (guint i = 0; i < json_array_get_length (components); i++)
    {
      JsonObject *component = json_array_get_object_element (components, i);

      if (json_object_has_member (component, "valueBoolean"))
        symptom = component;
      else
        qualities++;
    }
  g_assert_cmpuint (qualities, ==, 1);
  g_assert_nonnull (symptom);
  g_assert_true (json_object_get_boolean_member (symptom, "valueBoolean"));
  g_assert_cmpstr (code_of (symptom), ==, "numbness_tingling");
  /* The second check-in has nothing but its pain. */
  g_assert_false (json_object_has_member (g_ptr_array_index (pain, 1), "bodySite"));
  g_assert_false (json_object_has_member (g_ptr_array_index (pain, 1), "component"));
}

static JsonObject *
quantity_of (JsonArray  *entries,
             const char *code,
             guint       index)
{
  g_autoptr (GPtrArray) found = observations_with_code (entries, code);

  g_assert_cmpuint (index, <, found->len);
  return json_object_get_object_member (g_ptr_array_index (found, index), "valueQuantity");
}

static void
test_day_factor_observations (void)
{
  g_autoptr (GPtrArray) days = make_days ();
  g_autoptr (GDateTime) generated = generated_time ();
  g_autofree char *text = pj_fhir_format_bundle (days, NULL, 0, generated);
  g_autoptr (JsonNode) root = parse_bundle (text);
  JsonArray *entries = json_object_get_array_member (json_node_get_object (root), "entry");
  g_autoptr (GPtrArray) sleep = observations_with_code (entries, PJ_FHIR_LOINC_SLEEP);
  g_autoptr (GPtrArray) peg = observations_with_code (entries, PJ_FHIR_LOINC_PEG);
  g_autoptr (GPtrArray) stress = observations_with_code (entries, "stress");
  g_autoptr (GPtrArray) medication = observations_with_code (entries, "medication");
  g_autoptr (GPtrArray) activities = observations_with_code (entries, "activities");
  g_autoptr (GPtrArray) posture = observations_with_code (entries, "posture");
  JsonObject *quantity;

  g_assert_cmpuint (sleep->len, ==, 2);
  g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (sleep, 0),
                                                  "effectiveDateTime"), ==, "2026-06-28");
  quantity = quantity_of (entries, PJ_FHIR_LOINC_SLEEP, 0);
  g_assert_cmpfloat (json_object_get_double_member (quantity, "value"), ==, 6.5);
  g_assert_cmpstr (json_object_get_string_member (quantity, "system"), ==, UCUM);
  g_assert_cmpstr (json_object_get_string_member (quantity, "code"), ==, "h");

  quantity = quantity_of (entries, PJ_FHIR_LOINC_EXERCISE, 0);
  g_assert_cmpint (json_object_get_int_member (quantity, "value"), ==, 30);
  g_assert_cmpstr (json_object_get_string_member (quantity, "code"), ==, "min");

  quantity = quantity_of (entries, "sitting_hours", 0);
  g_assert_cmpfloat (json_object_get_double_member (quantity, "value"), ==, 7.3);
  g_assert_nonnull (strstr (text, "\"value\": 7.3,"));

  /* PEG only where pain and both interference items exist: (5 + 4 + 3) / 3. */
  g_assert_cmpuint (peg->len, ==, 1);
  quantity = quantity_of (entries, PJ_FHIR_LOINC_PEG, 0);
  g_assert_cmpfloat (json_object_get_double_member (quantity, "value"), ==, 4.0);

  g_assert_cmpuint (stress->len, ==, 1);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (stress, 0), "valueInteger"),
                   ==, 7);
  g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (medication, 0),
                                                  "valueString"), ==, "Ibuprofen 400 mg");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_object_get_object_member (g_ptr_array_index (activities, 0),
                                                     "valueCodeableConcept"), "coding")), ==, 2);
  /* Unknown factors are simply absent. */
  g_assert_cmpuint (posture->len, ==, 0);
}

static void
test_export_counts_and_range (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db_path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *path = g_build_filename (dir, "bundle.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open (db_path, &error);
  g_autoptr (GPtrArray) days = pj_demo_generate (pj_test_today (), 90, PJ_DEMO_SEED);
  g_autoptr (GDateTime) generated = generated_time ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GPtrArray) pain = NULL;
  PjDate from = pj_test_today () - 29;
  guint n_observations = 0, n_checkins = 0, n_entries;

  g_assert_no_error (error);
  pj_database_set_today (db, pj_test_today ());
  g_assert_true (pj_database_import_days (db, days, NULL, &error));
  for (guint i = 0; i < days->len; i++)
    {
      PjDay *day = g_ptr_array_index (days, i);

      if (day->date >= from)
        n_checkins += day->checkins->len;
    }

  g_assert_true (pj_fhir_export_file (db, path, from, PJ_DATE_NONE, NULL, 0, generated,
                                      &n_observations, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  root = parse_bundle (text);
  assert_bundle_structure (json_node_get_object (root), FALSE);
  n_entries = json_array_get_length (json_object_get_array_member (json_node_get_object (root),
                                                                   "entry"));
  g_assert_cmpuint (n_observations, ==, n_entries);
  /* One pain Observation per check-in, none outside the range. */
  pain = observations_with_code (json_object_get_array_member (json_node_get_object (root),
                                                               "entry"), PJ_FHIR_LOINC_PAIN);
  g_assert_cmpuint (pain->len, ==, n_checkins);
  for (guint i = 0; i < pain->len; i++)
    {
      const char *when = json_object_get_string_member (g_ptr_array_index (pain, i),
                                                        "effectiveDateTime");
      g_autofree char *from_iso = pj_date_to_iso (from);
      gint64 value = json_object_get_int_member (g_ptr_array_index (pain, i), "valueInteger");

      g_assert_cmpint (strncmp (when, from_iso, 10), >=, 0);
      g_assert_cmpint (value, >=, 0);
      g_assert_cmpint (value, <=, 10);
    }

  g_clear_object (&db);
  pj_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fhir/structure-with-patient", test_structure_with_patient);
  g_test_add_func ("/fhir/structure-without-patient", test_structure_without_patient);
  g_test_add_func ("/fhir/pain-observations", test_pain_observations);
  g_test_add_func ("/fhir/day-factors", test_day_factor_observations);
  g_test_add_func ("/fhir/export-counts-and-range", test_export_counts_and_range);

  return g_test_run ();
}
