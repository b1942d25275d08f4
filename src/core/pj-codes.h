/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The set-valued fields of the model (data-format.md §1). In memory and in the database a set
 * is a bit mask: bit i is the i-th code of its kind in the order of data-format.md. That order
 * is therefore part of the file format: new codes may only ever be appended. */
typedef enum
{
  PJ_CODE_KIND_LOCATION,
  PJ_CODE_KIND_QUALITY,
  PJ_CODE_KIND_SYMPTOM,
  PJ_CODE_KIND_ACTIVITY,
  PJ_CODE_KIND_SELF_CARE,
  PJ_N_CODE_KINDS
} PjCodeKind;

typedef guint32 PjCodeSet;

typedef enum
{
  PJ_LOCATION_NECK,
  PJ_LOCATION_SHOULDER_LEFT,
  PJ_LOCATION_SHOULDER_RIGHT,
  PJ_LOCATION_BETWEEN_SHOULDER_BLADES,
  PJ_LOCATION_UPPER_BACK_LEFT,
  PJ_LOCATION_UPPER_BACK_RIGHT,
  PJ_LOCATION_MID_BACK,
  PJ_LOCATION_LOWER_BACK,
  PJ_LOCATION_ARM_LEFT,
  PJ_LOCATION_ARM_RIGHT,
  PJ_N_LOCATIONS
} PjLocation;

typedef enum
{
  PJ_QUALITY_ACHING,
  PJ_QUALITY_SHARP,
  PJ_QUALITY_BURNING,
  PJ_QUALITY_STIFFNESS,
  PJ_QUALITY_THROBBING,
  PJ_QUALITY_SHOOTING,
  PJ_N_QUALITIES
} PjQuality;

typedef enum
{
  PJ_SYMPTOM_NUMBNESS_TINGLING,
  PJ_SYMPTOM_WEAKNESS,
  PJ_SYMPTOM_RADIATING,
  PJ_SYMPTOM_BLADDER_BOWEL,
  PJ_SYMPTOM_CHEST_SYMPTOMS,
  PJ_SYMPTOM_FEVER,
  PJ_SYMPTOM_WEIGHT_LOSS,
  PJ_SYMPTOM_NIGHT_PAIN,
  PJ_SYMPTOM_AFTER_INJURY,
  PJ_SYMPTOM_BALANCE,
  PJ_N_SYMPTOMS
} PjSymptom;

typedef enum
{
  PJ_ACTIVITY_WALKING,
  PJ_ACTIVITY_STRETCHING,
  PJ_ACTIVITY_STRENGTH,
  PJ_ACTIVITY_CORE,
  PJ_ACTIVITY_YOGA,
  PJ_ACTIVITY_PILATES,
  PJ_ACTIVITY_SWIMMING,
  PJ_ACTIVITY_CYCLING,
  PJ_ACTIVITY_RUNNING,
  PJ_ACTIVITY_DANCING,
  PJ_ACTIVITY_OTHER,
  PJ_N_ACTIVITIES
} PjActivity;

typedef enum
{
  PJ_SELF_CARE_HEAT,
  PJ_SELF_CARE_ICE,
  PJ_SELF_CARE_MEDICATION,
  PJ_SELF_CARE_MASSAGE,
  PJ_SELF_CARE_BREATHING,
  PJ_SELF_CARE_MEDITATION,
  PJ_SELF_CARE_REST,
  PJ_SELF_CARE_PHYSIO,
  PJ_SELF_CARE_ERGONOMICS,
  PJ_N_SELF_CARE
} PjSelfCare;

#define PJ_CODE_BIT(value) ((PjCodeSet) 1u << (value))

/* The name of the field, as in data-format.md ("locations", "self_care", …). */
const char *pj_code_kind_field_name (PjCodeKind kind);
guint       pj_codes_count (PjCodeKind kind);
PjCodeSet   pj_codes_all (PjCodeKind kind);
/* The stable code ("between_shoulder_blades"). */
const char *pj_code_name (PjCodeKind kind,
                          guint      index);
/* The translated label a person sees ("Between the shoulder blades"). */
const char *pj_code_label (PjCodeKind kind,
                           guint      index);
/* The English label, untranslated, for files (FHIR "display"): files never follow the locale. */
const char *pj_code_file_label (PjCodeKind kind,
                                guint      index);
/* For symptoms: the question the person is asked (data-format.md). Others: the label. */
const char *pj_code_question (PjCodeKind kind,
                              guint      index);
/* pj_code_question () in English, untranslated, for files. */
const char *pj_code_file_question (PjCodeKind kind,
                                   guint      index);
gboolean    pj_code_lookup (PjCodeKind  kind,
                            const char *name,
                            guint      *out_index);

/* "neck;shoulder_left" ⇄ mask. Parsing accepts surrounding spaces and empty items, refuses an
 * unknown code with a message naming it and listing the valid ones; formatting follows the
 * order of data-format.md, so output is canonical. */
gboolean    pj_code_set_parse (PjCodeKind  kind,
                               const char *text,
                               PjCodeSet  *out_set,
                               GError    **error);
char       *pj_code_set_format (PjCodeKind kind,
                                PjCodeSet  set);
/* Translated labels joined with ", ", for display. */
char       *pj_code_set_format_labels (PjCodeKind kind,
                                       PjCodeSet  set);
/* English labels joined with ", ", for files whatever the locale (FHIR "text"). */
char       *pj_code_set_format_file_labels (PjCodeKind kind,
                                            PjCodeSet  set);
guint       pj_code_set_count (PjCodeSet set);

G_END_DECLS
