/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pj-codes.h"
#include "pj-date.h"
#include "pj-field.h"

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

/* ----- Validation: the one place that knows every rule -----
 * Each refuses the first bad field with a message naming the field and why. @today is the
 * latest allowed date (pass pj_date_today() except in tests). */
gboolean   pj_checkin_validate (const PjCheckin *checkin,
                                PjDate           today,
                                GError         **error);
gboolean   pj_day_validate (const PjDay *day,
                            PjDate       today,
                            GError     **error);


G_END_DECLS
