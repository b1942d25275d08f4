/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pj-date.h"

G_BEGIN_DECLS

/* The person's medicines and repeated treatments, and the doses logged under them
 * (data-format.md §1, "Medicine" and "Dose"). Codes are stored and exchanged by name; the
 * order of each enum is only the order shown in the app. */

#define PJ_MEDICINE_NAME_MAX 80
#define PJ_MEDICINE_MAX_TIMES 6
/* How long after an as-needed dose the check-in form asks how much it helped. */
#define PJ_DOSE_RELIEF_WINDOW_MINUTES (4 * 60)

typedef enum
{
  PJ_MEDICINE_KIND_PAIN_RELIEVER,
  PJ_MEDICINE_KIND_ANTI_INFLAMMATORY,
  PJ_MEDICINE_KIND_MUSCLE_RELAXANT,
  PJ_MEDICINE_KIND_OTHER,
  PJ_MEDICINE_KIND_TREATMENT,   /* not a drug: a heat pad, a TENS session, exercises */
  PJ_N_MEDICINE_KINDS
} PjMedicineKind;

typedef enum
{
  PJ_MEDICINE_FORM_NONE = -1,   /* unknown, or a treatment */
  PJ_MEDICINE_FORM_TABLET,
  PJ_MEDICINE_FORM_CAPSULE,
  PJ_MEDICINE_FORM_LIQUID,
  PJ_MEDICINE_FORM_GEL,
  PJ_MEDICINE_FORM_PATCH,
  PJ_MEDICINE_FORM_SPRAY,
  PJ_MEDICINE_FORM_INJECTION,
  PJ_MEDICINE_FORM_DROPS,
  PJ_MEDICINE_FORM_OTHER,
  PJ_N_MEDICINE_FORMS
} PjMedicineForm;

typedef enum
{
  PJ_DOSE_UNIT_MG,
  PJ_DOSE_UNIT_G,
  PJ_DOSE_UNIT_MCG,
  PJ_DOSE_UNIT_ML,
  PJ_DOSE_UNIT_TABLET,
  PJ_DOSE_UNIT_DROP,
  PJ_DOSE_UNIT_PUFF,
  PJ_DOSE_UNIT_PATCH,
  PJ_DOSE_UNIT_MINUTES,   /* a treatment's length */
  PJ_N_DOSE_UNITS
} PjDoseUnit;

typedef struct _PjDose PjDose;
typedef struct _PjMedicine PjMedicine;

struct _PjDose
{
  gint64     id;           /* database row id; 0 until saved */
  gint64     medicine_id;
  PjDate     date;
  int        minutes;      /* local time, minutes since midnight */
  gboolean   taken;        /* FALSE: a regular dose marked as skipped */
  double     amount;       /* NAN when skipped */
  PjDoseUnit unit;         /* the medicine's unit when the dose was logged */
  int        relief;       /* 0 … 10, or PJ_UNSET (-1) */
};

struct _PjMedicine
{
  gint64         id;       /* database row id; 0 until saved */
  char          *name;
  PjMedicineKind kind;
  PjMedicineForm form;
  double         amount;   /* the usual dose, in @unit */
  PjDoseUnit     unit;
  gboolean       regular;  /* FALSE: as needed */
  guint          n_times;  /* regular only: 1 … PJ_MEDICINE_MAX_TIMES, sorted */
  int            times[PJ_MEDICINE_MAX_TIMES];
  gboolean       archived;
  GPtrArray     *doses;    /* PjDose*, owned; filled only for import and export */
};

#define PJ_TYPE_DOSE (pj_dose_get_type ())
#define PJ_TYPE_MEDICINE (pj_medicine_get_type ())

GType       pj_dose_get_type (void) G_GNUC_CONST;
PjDose     *pj_dose_new (gint64 medicine_id,
                         PjDate date,
                         int    minutes);
PjDose     *pj_dose_copy (const PjDose *dose);
void        pj_dose_free (PjDose *dose);
gboolean    pj_dose_equal (const PjDose *a,
                           const PjDose *b);

GType       pj_medicine_get_type (void) G_GNUC_CONST;
PjMedicine *pj_medicine_new (const char *name);
PjMedicine *pj_medicine_copy (const PjMedicine *medicine);
void        pj_medicine_free (PjMedicine *medicine);
/* Compares everything but ids and doses. */
gboolean    pj_medicine_equal (const PjMedicine *a,
                               const PjMedicine *b);
/* A taken dose of the usual amount at @date, @minutes. */
PjDose     *pj_medicine_new_usual_dose (const PjMedicine *medicine,
                                        PjDate            date,
                                        int               minutes);
/* "400 mg", "20 min": the usual dose as shown to people. */
char       *pj_medicine_format_amount (double     amount,
                                       PjDoseUnit unit);

/* Codes ⇄ names ("pain_reliever", "tablet", "mg") and translated labels. Lookups return -1
 * for an unknown name. */
const char *pj_medicine_kind_name (PjMedicineKind kind);
const char *pj_medicine_kind_label (PjMedicineKind kind);
int         pj_medicine_kind_from_name (const char *name);
const char *pj_medicine_form_name (PjMedicineForm form);
const char *pj_medicine_form_label (PjMedicineForm form);
int         pj_medicine_form_from_name (const char *name);
const char *pj_dose_unit_name (PjDoseUnit unit);
int         pj_dose_unit_from_name (const char *name);
/* The inclusive range a dose in @unit must lie in: wide enough for any real dose, narrow
 * enough to catch a slip of the keyboard (4000 typed for 400 mg is still allowed; 40000 not). */
void        pj_dose_unit_range (PjDoseUnit unit,
                                double    *out_min,
                                double    *out_max);

/* "08:00;20:00" ⇄ times. An empty text is no times. */
char       *pj_medicine_format_times (const PjMedicine *medicine);
gboolean    pj_medicine_parse_times (PjMedicine *medicine,
                                     const char *text,
                                     GError    **error);

/* Validation: the first bad field is refused with a message naming it and why. */
gboolean    pj_medicine_validate (const PjMedicine *medicine,
                                  GError          **error);
gboolean    pj_dose_validate (const PjDose *dose,
                              PjDate        today,
                              GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjDose, pj_dose_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjMedicine, pj_medicine_free)

G_END_DECLS
