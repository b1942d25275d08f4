/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pj-codes.h"
#include "pj-date.h"

G_BEGIN_DECLS

/* Unknown is not zero (data-format.md §1): an unset integer field holds PJ_UNSET, an unset
 * decimal field holds NAN, an unset text field holds NULL. */
#define PJ_UNSET (-1)
#define pj_is_set_int(value) ((value) != PJ_UNSET)
#define pj_is_set_decimal(value) (!isnan (value))

typedef struct _PjCheckin PjCheckin;
typedef struct _PjDay PjDay;

struct _PjCheckin
{
  gint64    id;       /* database row id; 0 until saved */
  PjDate    date;
  int       minutes;  /* local time of day, minutes since midnight */
  int       pain;     /* 0 … 10, required */
  PjCodeSet locations;
  PjCodeSet qualities;
  PjCodeSet symptoms;
  char     *note;
};

struct _PjDay
{
  PjDate    date;
  double    sitting_hours;
  double    screen_hours;
  int       posture;
  int       breaks;
  int       exercise_minutes;
  PjCodeSet activities;
  PjCodeSet self_care;
  char     *medication;
  double    sleep_hours;
  int       sleep_quality;
  int       stress;
  int       enjoyment_interference;
  int       activity_interference;
  char     *note;
  GPtrArray *checkins; /* PjCheckin*, owned, ordered by time */
};

#define PJ_TYPE_CHECKIN (pj_checkin_get_type ())
#define PJ_TYPE_DAY (pj_day_get_type ())

GType      pj_checkin_get_type (void) G_GNUC_CONST;
PjCheckin *pj_checkin_new (PjDate date,
                           int    minutes,
                           int    pain);
PjCheckin *pj_checkin_copy (const PjCheckin *checkin);
void       pj_checkin_free (PjCheckin *checkin);
gboolean   pj_checkin_equal (const PjCheckin *a,
                             const PjCheckin *b);

GType      pj_day_get_type (void) G_GNUC_CONST;
/* A day with every factor unknown and no check-ins. */
PjDay     *pj_day_new (PjDate date);
PjDay     *pj_day_copy (const PjDay *day);
void       pj_day_free (PjDay *day);
/* Compares the factors, and the check-ins when @with_checkins (ids are ignored). */
gboolean   pj_day_equal (const PjDay *a,
                         const PjDay *b,
                         gboolean     with_checkins);
/* TRUE when no factor is known (check-ins are not looked at). */
gboolean   pj_day_factors_empty (const PjDay *day);
void       pj_day_add_checkin (PjDay     *day,
                               PjCheckin *checkin);
void       pj_day_sort_checkins (PjDay *day);

/* Derived values (data-format.md §1). A day without check-ins has no pain: these return NAN
 * (mean) or PJ_UNSET (worst, least), never a fake zero. */
double     pj_day_pain_mean (const PjDay *day);
int        pj_day_pain_worst (const PjDay *day);
int        pj_day_pain_least (const PjDay *day);
/* Mean of daily pain and the two interference items, only where all three exist. */
double     pj_day_peg (const PjDay *day);
PjCodeSet  pj_day_symptoms (const PjDay *day);
PjCodeSet  pj_day_locations (const PjDay *day);
PjCodeSet  pj_day_qualities (const PjDay *day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjCheckin, pj_checkin_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjDay, pj_day_free)

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

/* ----- Validation: the one place that knows every rule -----
 * Each refuses the first bad field with a message naming the field and why. @today is the
 * latest allowed date (pass pj_date_today() except in tests). */
gboolean   pj_checkin_validate (const PjCheckin *checkin,
                                PjDate           today,
                                GError         **error);
gboolean   pj_day_validate (const PjDay *day,
                            PjDate       today,
                            GError     **error);
gboolean   pj_field_validate (gconstpointer      record,
                              const PjFieldInfo *info,
                              GError           **error);

G_END_DECLS
