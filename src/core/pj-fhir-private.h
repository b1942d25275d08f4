/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Shared by the files of the FHIR export. */

/* A stable urn:uuid for @name, so the same journal always gives the same Bundle. */
char *pj_fhir_entry_url (const char *name);
void  pj_fhir_add_coding (JsonBuilder *builder,
                          const char  *system,
                          const char  *code,
                          const char  *display);
/* pj-fhir-medicines.c: appends the entries of @medicines (PjMedicine* with their doses). */
void  pj_fhir_add_medicines (JsonBuilder *builder,
                             const char  *patient_url,
                             GPtrArray   *medicines);

G_END_DECLS
