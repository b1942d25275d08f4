/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "pj-fhir.h"
#include "pj-fhir-private.h"
#include "pj-file-io.h"
#include "pj-json-writer.h"

#define UCUM "http://unitsofmeasure.org"
#define CATEGORY_SYSTEM "http://terminology.hl7.org/CodeSystem/observation-category"

typedef struct
{
  JsonBuilder *builder;
  char        *patient_url; /* NULL without a Patient */
  guint        n_observations;
} Writer;

/* How a day factor becomes an Observation: a standard code where one exists, otherwise the
 * app's own code (the field's name) in its own code system. */
typedef struct
{
  const char *field;
  const char *loinc;      /* NULL: own code */
  const char *ucum;       /* decimals and durations: the Quantity's unit */
} FactorCode;

static const FactorCode factor_codes[] = {
  { "sitting_hours", NULL, "h" },
  { "screen_hours", NULL, "h" },
  { "exercise_minutes", PJ_FHIR_LOINC_EXERCISE, "min" },
  { "sleep_hours", PJ_FHIR_LOINC_SLEEP, "h" },
};

/* A stable urn:uuid for @name (a name-based UUID over SHA-1), so the same journal always gives
 * the same Bundle and references can be built before the entry they point to. */
char *
pj_fhir_entry_url (const char *name)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, name, -1);
  static const char variant[] = "89ab";

  hash[12] = '5';
  hash[16] = variant[g_ascii_xdigit_value (hash[16]) & 3];
  return g_strdup_printf ("urn:uuid:%.8s-%.4s-%.4s-%.4s-%.12s", hash, hash + 8, hash + 12,
                          hash + 16, hash + 20);
}

void
pj_fhir_add_coding (JsonBuilder *builder,
            const char  *system,
            const char  *code,
            const char  *display)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "system");
  json_builder_add_string_value (builder, system);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  if (display != NULL)
    {
      json_builder_set_member_name (builder, "display");
      json_builder_add_string_value (builder, display);
    }
  json_builder_end_object (builder);
}

/* A CodeableConcept with one coding per code of @set (all the same kind) and the labels. */
static void
add_code_set_concept (JsonBuilder *builder,
                      PjCodeKind   kind,
                      const char  *system_name,
                      PjCodeSet    set)
{
  g_autofree char *system = g_strconcat (PJ_FHIR_SYSTEM_BASE, system_name, NULL);
  g_autofree char *labels = pj_code_set_format_file_labels (kind, set);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "coding");
  json_builder_begin_array (builder);
  for (guint i = 0; i < pj_codes_count (kind); i++)
    if (set & PJ_CODE_BIT (i))
      pj_fhir_add_coding (builder, system, pj_code_name (kind, i), pj_code_file_label (kind, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, labels);
  json_builder_end_object (builder);
}

static void
add_code (JsonBuilder *builder,
          const char  *system,
          const char  *code,
          const char  *display)
{
  json_builder_set_member_name (builder, "code");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "coding");
  json_builder_begin_array (builder);
  pj_fhir_add_coding (builder, system, code, display);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, display);
  json_builder_end_object (builder);
}

static void
add_quantity (JsonBuilder *builder,
              double       value,
              const char  *ucum)
{
  json_builder_set_member_name (builder, "valueQuantity");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "value");
  json_builder_add_double_value (builder, value);
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, ucum);
  json_builder_set_member_name (builder, "system");
  json_builder_add_string_value (builder, UCUM);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, ucum);
  json_builder_end_object (builder);
}

/* Opens an entry holding an Observation with the common elements; the caller adds the code
 * and the value, then calls end_observation(). */
static void
begin_observation (Writer     *writer,
                   const char *url_name,
                   const char *effective)
{
  JsonBuilder *builder = writer->builder;
  g_autofree char *url = pj_fhir_entry_url (url_name);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "fullUrl");
  json_builder_add_string_value (builder, url);
  json_builder_set_member_name (builder, "resource");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "resourceType");
  json_builder_add_string_value (builder, "Observation");
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, "final");
  json_builder_set_member_name (builder, "category");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "coding");
  json_builder_begin_array (builder);
  pj_fhir_add_coding (builder, CATEGORY_SYSTEM, "survey", "Survey");
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  if (writer->patient_url != NULL)
    {
      json_builder_set_member_name (builder, "subject");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "reference");
      json_builder_add_string_value (builder, writer->patient_url);
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "effectiveDateTime");
  json_builder_add_string_value (builder, effective);
  writer->n_observations++;
}

static void
end_observation (Writer *writer)
{
  json_builder_end_object (writer->builder); /* resource */
  json_builder_end_object (writer->builder); /* entry */
}

static void
add_note (JsonBuilder *builder,
          const char  *text)
{
  if (text == NULL || *text == '\0')
    return;
  json_builder_set_member_name (builder, "note");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
add_checkin (Writer          *writer,
             const PjCheckin *checkin)
{
  JsonBuilder *builder = writer->builder;
  g_autofree char *own_system = g_strconcat (PJ_FHIR_SYSTEM_BASE, "journal", NULL);
  g_autofree char *symptom_system = g_strconcat (PJ_FHIR_SYSTEM_BASE, "symptom", NULL);
  g_autoptr (GDateTime) midnight = pj_date_to_local_datetime (checkin->date);
  g_autoptr (GDateTime) when = g_date_time_add_minutes (midnight, checkin->minutes);
  g_autofree char *effective = g_date_time_format (when, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *url_name = NULL;
  char date[PJ_DATE_ISO_LEN], time[PJ_TIME_TEXT_LEN];

  pj_date_format_iso (checkin->date, date);
  pj_time_format (checkin->minutes, time);
  url_name = g_strdup_printf ("checkin/%sT%s", date, time);

  begin_observation (writer, url_name, effective);
  add_code (builder, PJ_FHIR_LOINC, PJ_FHIR_LOINC_PAIN,
            "Pain severity - 0-10 verbal numeric rating [Score] - Reported");
  json_builder_set_member_name (builder, "valueInteger");
  json_builder_add_int_value (builder, checkin->pain);
  /* R4 allows one bodySite: all the places that hurt go in one concept, a coding each. */
  if (checkin->locations != 0)
    {
      json_builder_set_member_name (builder, "bodySite");
      add_code_set_concept (builder, PJ_CODE_KIND_LOCATION, "location", checkin->locations);
    }
  add_note (builder, checkin->note);

  if (checkin->qualities != 0 || checkin->symptoms != 0)
    {
      json_builder_set_member_name (builder, "component");
      json_builder_begin_array (builder);
      for (guint i = 0; i < PJ_N_QUALITIES; i++)
        {
          if ((checkin->qualities & PJ_CODE_BIT (i)) == 0)
            continue;
          json_builder_begin_object (builder);
          add_code (builder, own_system, "pain_quality", "Pain quality");
          json_builder_set_member_name (builder, "valueCodeableConcept");
          add_code_set_concept (builder, PJ_CODE_KIND_QUALITY, "quality", PJ_CODE_BIT (i));
          json_builder_end_object (builder);
        }
      /* A warning symptom is the question asked, answered yes. */
      for (guint i = 0; i < PJ_N_SYMPTOMS; i++)
        {
          if ((checkin->symptoms & PJ_CODE_BIT (i)) == 0)
            continue;
          json_builder_begin_object (builder);
          add_code (builder, symptom_system, pj_code_name (PJ_CODE_KIND_SYMPTOM, i),
                    pj_code_file_question (PJ_CODE_KIND_SYMPTOM, i));
          json_builder_set_member_name (builder, "valueBoolean");
          json_builder_add_boolean_value (builder, TRUE);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  end_observation (writer);
}

static const FactorCode *
factor_code (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (factor_codes); i++)
    if (g_str_equal (factor_codes[i].field, field))
      return &factor_codes[i];
  return NULL;
}

static void
add_factor (Writer            *writer,
            const PjDay       *day,
            const PjFieldInfo *info,
            const char        *date)
{
  JsonBuilder *builder = writer->builder;
  const FactorCode *known = factor_code (info->name);
  const char *code = g_str_equal (info->name, "note") ? "day_note" : info->name;
  g_autofree char *url_name = g_strdup_printf ("day/%s/%s", date, code);
  g_autofree char *own_system = g_strconcat (PJ_FHIR_SYSTEM_BASE, "journal", NULL);

  begin_observation (writer, url_name, date);
  if (known != NULL && known->loinc != NULL)
    add_code (builder, PJ_FHIR_LOINC, known->loinc,
              g_str_equal (known->loinc, PJ_FHIR_LOINC_SLEEP) ? "Sleep duration"
                                                              : "Exercise duration");
  else
    add_code (builder, own_system, code, info->label);

  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
      add_quantity (builder, *PJ_FIELD_PTR (day, info, const double), known->ucum);
      break;
    case PJ_FIELD_INTEGER:
      if (known != NULL)
        add_quantity (builder, *PJ_FIELD_PTR (day, info, const int), known->ucum);
      else
        {
          json_builder_set_member_name (builder, "valueInteger");
          json_builder_add_int_value (builder, *PJ_FIELD_PTR (day, info, const int));
        }
      break;
    case PJ_FIELD_SET:
      json_builder_set_member_name (builder, "valueCodeableConcept");
      add_code_set_concept (builder, info->code_kind,
                            info->code_kind == PJ_CODE_KIND_ACTIVITY ? "activity" : "self-care",
                            *PJ_FIELD_PTR (day, info, const PjCodeSet));
      break;
    case PJ_FIELD_TEXT:
      json_builder_set_member_name (builder, "valueString");
      json_builder_add_string_value (builder, *PJ_FIELD_PTR (day, info, char * const));
      break;
    case PJ_FIELD_TIME:
    default:
      g_assert_not_reached ();
    }
  end_observation (writer);
}

static void
add_day (Writer      *writer,
         const PjDay *day)
{
  guint n_fields;
  const PjFieldInfo *fields = pj_day_fields (&n_fields);
  double peg = pj_day_peg (day);
  char date[PJ_DATE_ISO_LEN];

  pj_date_format_iso (day->date, date);
  for (guint i = 0; i < day->checkins->len; i++)
    add_checkin (writer, g_ptr_array_index (day->checkins, i));
  for (guint i = 0; i < n_fields; i++)
    {
      if (!pj_field_is_set (day, &fields[i]) ||
          (fields[i].type == PJ_FIELD_TEXT && **PJ_FIELD_PTR (day, &fields[i], char * const) == 0))
        continue;
      add_factor (writer, day, &fields[i], date);
    }

  if (!isnan (peg))
    {
      g_autofree char *url_name = g_strdup_printf ("day/%s/peg", date);

      begin_observation (writer, url_name, date);
      add_code (writer->builder, PJ_FHIR_LOINC, PJ_FHIR_LOINC_PEG, "Mean score [PEG]");
      /* Two decimals: the items are whole numbers, more digits claim precision there is not. */
      add_quantity (writer->builder, round (peg * 100.0) / 100.0, "{score}");
      end_observation (writer);
    }
}

static void
add_patient (Writer     *writer,
             const char *name,
             int         birth_year)
{
  JsonBuilder *builder = writer->builder;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "fullUrl");
  json_builder_add_string_value (builder, writer->patient_url);
  json_builder_set_member_name (builder, "resource");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "resourceType");
  json_builder_add_string_value (builder, "Patient");
  json_builder_set_member_name (builder, "name");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, name);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  if (birth_year > 0)
    {
      g_autofree char *year = g_strdup_printf ("%04d", birth_year);

      json_builder_set_member_name (builder, "birthDate");
      json_builder_add_string_value (builder, year);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static char *
format_bundle (GPtrArray  *days,
               GPtrArray  *medicines,
               const char *patient_name,
               int         birth_year,
               GDateTime  *generated,
               guint      *out_n_observations)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GDateTime) generated_utc = g_date_time_to_utc (generated);
  g_autofree char *timestamp = g_date_time_format (generated_utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *patient_url = NULL;
  Writer writer = { builder, NULL, 0 };

  if (patient_name != NULL && *patient_name != '\0')
    writer.patient_url = patient_url = pj_fhir_entry_url ("patient");

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "resourceType");
  json_builder_add_string_value (builder, "Bundle");
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "collection");
  json_builder_set_member_name (builder, "timestamp");
  json_builder_add_string_value (builder, timestamp);
  json_builder_set_member_name (builder, "entry");
  json_builder_begin_array (builder);
  if (writer.patient_url != NULL)
    add_patient (&writer, patient_name, birth_year);
  for (guint i = 0; i < days->len; i++)
    add_day (&writer, g_ptr_array_index (days, i));
  if (medicines != NULL)
    pj_fhir_add_medicines (builder, writer.patient_url, medicines);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  if (out_n_observations != NULL)
    *out_n_observations = writer.n_observations;
  return pj_json_to_string (root);
}

char *
pj_fhir_format_bundle (GPtrArray  *days,
                       const char *patient_name,
                       int         birth_year,
                       GDateTime  *generated)
{
  g_return_val_if_fail (days != NULL, NULL);
  g_return_val_if_fail (generated != NULL, NULL);

  return format_bundle (days, NULL, patient_name, birth_year, generated, NULL);
}

char *
pj_fhir_format_bundle_full (GPtrArray  *days,
                            GPtrArray  *medicines,
                            const char *patient_name,
                            int         birth_year,
                            GDateTime  *generated)
{
  g_return_val_if_fail (days != NULL, NULL);
  g_return_val_if_fail (generated != NULL, NULL);

  return format_bundle (days, medicines, patient_name, birth_year, generated, NULL);
}

gboolean
pj_fhir_export_file (PjDatabase *database,
                     const char *path,
                     PjDate      from,
                     PjDate      to,
                     const char *patient_name,
                     int         birth_year,
                     GDateTime  *generated,
                     guint      *out_n_observations,
                     GError    **error)
{
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GPtrArray) medicines = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (generated != NULL, FALSE);

  days = pj_database_list_days_in_range (database, from, to, PJ_ORDER_OLDEST_FIRST, 0, 0, error);
  if (days == NULL)
    return FALSE;
  medicines = pj_database_list_medicines_with_doses (database, from, to, error);
  if (medicines == NULL)
    return FALSE;
  text = format_bundle (days, medicines, patient_name, birth_year, generated, out_n_observations);
  return pj_file_write_private (path, text, strlen (text), error);
}
