/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-database.h"
#include "pj-day.h"

G_BEGIN_DECLS

/* FHIR R4 export for clinic systems: a Bundle of type "collection" with one Observation per
 * check-in (LOINC 72514-3), one per known day factor, one per day's PEG score, and a Patient
 * only when a name is given. */

#define PJ_FHIR_LOINC "http://loinc.org"
#define PJ_FHIR_LOINC_PAIN "72514-3"
#define PJ_FHIR_LOINC_SLEEP "93832-4"
#define PJ_FHIR_LOINC_EXERCISE "55411-3"
#define PJ_FHIR_LOINC_PEG "91147-9"
/* The app's own code systems, for what no standard code covers. */
#define PJ_FHIR_SYSTEM_BASE "https://painjournal.github.io/fhir/CodeSystem/"

/* The Bundle as JSON text. @patient_name may be NULL (no Patient); @birth_year 0 = unknown.
 * @generated becomes Bundle.timestamp, a parameter so output is reproducible. */
char     *pj_fhir_format_bundle (GPtrArray  *days,
                                 const char *patient_name,
                                 int         birth_year,
                                 GDateTime  *generated);

/* The same with the person's medicines (PjMedicine* carrying their doses): a
 * MedicationStatement per medicine with its usual dosage, and one per dose (status "completed",
 * or "not-taken" for a skipped regular dose) with effectiveDateTime and partOf pointing at the
 * medicine's statement. A treatment that is not a medicine gives a Procedure per session. */
char     *pj_fhir_format_bundle_full (GPtrArray  *days,
                                      GPtrArray  *medicines,
                                      const char *patient_name,
                                      int         birth_year,
                                      GDateTime  *generated);

/* Writes the days in @from … @to (PJ_DATE_NONE = unbounded) to @path, owner-only.
 * @out_n_observations (optional) receives how many Observations were written. */
gboolean  pj_fhir_export_file (PjDatabase *database,
                               const char *path,
                               PjDate      from,
                               PjDate      to,
                               const char *patient_name,
                               int         birth_year,
                               GDateTime  *generated,
                               guint      *out_n_observations,
                               GError    **error);

G_END_DECLS
