/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* No translated text here: a FHIR file reads the same whatever the locale (docs/data-format.md). */

#include "pj-day.h"
#include "pj-fhir.h"
#include "pj-fhir-private.h"
#include "pj-medicine.h"

/* Medicines and doses as FHIR R4 resources. MedicationStatement is the resource R4 names for
 * what a patient reports taking; its subject is required, so without a Patient in the Bundle
 * the reference carries only a display text. */

#define UCUM "http://unitsofmeasure.org"
#define STATEMENT_CATEGORY "http://terminology.hl7.org/CodeSystem/medication-statement-category"

/* UCUM codes; counted forms are UCUM annotations of the unit 1. */
static const char * const ucum_codes[PJ_N_DOSE_UNITS] = {
  "mg", "g", "ug", "mL", "{tablet}", "{drop}", "{puff}", "{patch}", "min",
};

static void
add_reference (JsonBuilder *builder,
               const char  *member,
               const char  *url,
               const char  *display)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  if (url != NULL)
    {
      json_builder_set_member_name (builder, "reference");
      json_builder_add_string_value (builder, url);
    }
  else
    {
      json_builder_set_member_name (builder, "display");
      json_builder_add_string_value (builder, display);
    }
  json_builder_end_object (builder);
}

static void
add_subject (JsonBuilder *builder,
             const char  *patient_url)
{
  add_reference (builder, "subject", patient_url, "The person who kept this journal");
}

static void
add_concept_text (JsonBuilder *builder,
                  const char  *member,
                  const char  *text)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
}

static void
add_dose_quantity (JsonBuilder *builder,
                   double       amount,
                   PjDoseUnit   unit)
{
  json_builder_set_member_name (builder, "doseAndRate");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "doseQuantity");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "value");
  json_builder_add_double_value (builder, amount);
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, pj_dose_unit_name (unit));
  json_builder_set_member_name (builder, "system");
  json_builder_add_string_value (builder, UCUM);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, ucum_codes[unit]);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static char *
dosage_text (const PjMedicine *medicine)
{
  g_autofree char *amount = pj_medicine_format_amount (medicine->amount, medicine->unit);
  g_autofree char *times = NULL;

  if (!medicine->regular)
    /* Translators: the usual dose, such as "400 mg" */
    return g_strdup_printf ("%s as needed", amount);
  times = pj_medicine_format_times (medicine);
  /* Translators: the usual dose, then times such as "08:00;20:00" */
  return g_strdup_printf ("%s regularly at %s", amount, times);
}

static void
add_dosage (JsonBuilder      *builder,
            const PjMedicine *medicine)
{
  g_autofree char *text = dosage_text (medicine);

  json_builder_set_member_name (builder, "dosage");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  if (medicine->regular)
    {
      json_builder_set_member_name (builder, "timing");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "repeat");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "timeOfDay");
      json_builder_begin_array (builder);
      for (guint i = 0; i < medicine->n_times; i++)
        {
          g_autofree char *time = g_strdup_printf ("%02d:%02d:00", medicine->times[i] / 60,
                                                   medicine->times[i] % 60);
          json_builder_add_string_value (builder, time);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "asNeededBoolean");
  json_builder_add_boolean_value (builder, !medicine->regular);
  add_dose_quantity (builder, medicine->amount, medicine->unit);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
begin_entry (JsonBuilder *builder,
             const char  *url,
             const char  *type)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "fullUrl");
  json_builder_add_string_value (builder, url);
  json_builder_set_member_name (builder, "resource");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "resourceType");
  json_builder_add_string_value (builder, type);
}

static void
end_entry (JsonBuilder *builder)
{
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
add_category (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "category");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "coding");
  json_builder_begin_array (builder);
  pj_fhir_add_coding (builder, STATEMENT_CATEGORY, "patientspecified", "Patient Specified");
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static char *
effective_time (const PjDose *dose)
{
  g_autoptr (GDateTime) midnight = pj_date_to_local_datetime (dose->date);
  g_autoptr (GDateTime) when = g_date_time_add_minutes (midnight, dose->minutes);

  return g_date_time_format (when, "%Y-%m-%dT%H:%M:%S%:z");
}

static void
add_relief_note (JsonBuilder  *builder,
                 const PjDose *dose)
{
  g_autofree char *text = NULL;

  if (dose->relief == PJ_UNSET)
    return;
  text = g_strdup_printf ("Relief reported: %d of 10", dose->relief);
  json_builder_set_member_name (builder, "note");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
add_dose (JsonBuilder      *builder,
          const char       *patient_url,
          const PjMedicine *medicine,
          const char       *medicine_url,
          const PjDose     *dose)
{
  g_autofree char *effective = effective_time (dose);
  g_autofree char *name = g_strdup_printf ("dose/%s/%s", medicine->name, effective);
  g_autofree char *url = pj_fhir_entry_url (name);
  gboolean treatment = medicine->kind == PJ_MEDICINE_KIND_TREATMENT;

  begin_entry (builder, url, treatment ? "Procedure" : "MedicationStatement");
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, dose->taken ? "completed"
                                          : treatment ? "not-done" : "not-taken");
  if (treatment)
    {
      add_concept_text (builder, "code", medicine->name);
      add_subject (builder, patient_url);
      json_builder_set_member_name (builder, "performedDateTime");
      json_builder_add_string_value (builder, effective);
    }
  else
    {
      json_builder_set_member_name (builder, "partOf");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "reference");
      json_builder_add_string_value (builder, medicine_url);
      json_builder_end_object (builder);
      json_builder_end_array (builder);
      add_category (builder);
      add_concept_text (builder, "medicationCodeableConcept", medicine->name);
      add_subject (builder, patient_url);
      json_builder_set_member_name (builder, "effectiveDateTime");
      json_builder_add_string_value (builder, effective);
      if (dose->taken)
        {
          json_builder_set_member_name (builder, "dosage");
          json_builder_begin_array (builder);
          json_builder_begin_object (builder);
          add_dose_quantity (builder, dose->amount, dose->unit);
          json_builder_end_object (builder);
          json_builder_end_array (builder);
        }
    }
  add_relief_note (builder, dose);
  end_entry (builder);
}

static void
add_medicine (JsonBuilder      *builder,
              const char       *patient_url,
              const PjMedicine *medicine)
{
  g_autofree char *name = g_strdup_printf ("medicine/%s", medicine->name);
  g_autofree char *url = pj_fhir_entry_url (name);

  /* a treatment is only its sessions (Procedure); it has no statement of its own */
  if (medicine->kind != PJ_MEDICINE_KIND_TREATMENT)
    {
      begin_entry (builder, url, "MedicationStatement");
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, medicine->archived ? "stopped" : "active");
      add_category (builder);
      add_concept_text (builder, "medicationCodeableConcept", medicine->name);
      add_subject (builder, patient_url);
      add_dosage (builder, medicine);
      end_entry (builder);
    }
  for (guint i = 0; i < medicine->doses->len; i++)
    add_dose (builder, patient_url, medicine, url, g_ptr_array_index (medicine->doses, i));
}

void
pj_fhir_add_medicines (JsonBuilder *builder,
                       const char  *patient_url,
                       GPtrArray   *medicines)
{
  for (guint i = 0; i < medicines->len; i++)
    add_medicine (builder, patient_url, g_ptr_array_index (medicines, i));
}
