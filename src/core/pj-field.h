/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-codes.h"

G_BEGIN_DECLS

/* ----- The field table -----
 * One description of every field, in the order of the CSV header. Validation, the database,
 * CSV and JSON all iterate it, so a field is described once. */
typedef enum
{
  PJ_FIELD_DECIMAL,
  PJ_FIELD_INTEGER,
  PJ_FIELD_SET,
  PJ_FIELD_TEXT,
  PJ_FIELD_TIME,
} PjFieldType;

typedef struct
{
  const char *name;       /* model name, as in data-format.md ("sitting_hours") */
  const char *label;      /* N_()-marked; translate with _() when showing it */
  PjFieldType type;
  double      min;        /* numbers: inclusive range; text: unused */
  double      max;        /* numbers: inclusive range; text: max length in characters, 0 = none */
  PjCodeKind  code_kind;  /* sets only */
  gsize       offset;     /* into PjDay or PjCheckin */
  gboolean    required;
} PjFieldInfo;

const PjFieldInfo *pj_day_fields (guint *n_fields);
/* time, pain, locations, qualities, symptoms, note (not date or id) */
const PjFieldInfo *pj_checkin_fields (guint *n_fields);
const PjFieldInfo *pj_field_lookup (const PjFieldInfo *fields,
                                    guint              n_fields,
                                    const char        *name);

#define PJ_FIELD_PTR(record, info, ctype) ((ctype *) (gpointer) ((guint8 *) (record) + (info)->offset))

gboolean   pj_field_is_set (gconstpointer      record,
                            const PjFieldInfo *info);
void       pj_field_unset (gpointer           record,
                           const PjFieldInfo *info);
/* Reads text as the field's type ("7.5", "3", "neck;arm_left", "08:30") into the record.
 * Empty text unsets the field. On error nothing is changed and the message names the field. */
gboolean   pj_field_parse (gpointer           record,
                           const PjFieldInfo *info,
                           const char        *text,
                           GError           **error);
/* The canonical text of a field ("7.5", "neck;arm_left"), or NULL when unset. */
char      *pj_field_format (gconstpointer      record,
                            const PjFieldInfo *info);

gboolean   pj_field_validate (gconstpointer      record,
                              const PjFieldInfo *info,
                              GError           **error);

G_END_DECLS
