/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-day.h"
#include "pj-demo.h"

/* The demo journal's medicines: an as-needed pain reliever taken on worse days soon after a
 * painful check-in, a regular evening medicine now and then skipped, and a heat pad. Made from
 * the generated days, so the same days always give the same doses. */

static PjMedicine *
new_medicine (const char     *name,
              PjMedicineKind  kind,
              double          amount,
              PjDoseUnit      unit)
{
  PjMedicine *medicine = pj_medicine_new (name);

  medicine->kind = kind;
  medicine->amount = amount;
  medicine->unit = unit;
  return medicine;
}

static void
add_dose (PjMedicine *medicine,
          PjDate      date,
          int         minutes,
          int         latest)
{
  PjDose *dose;

  if (minutes > latest)
    return;
  dose = pj_medicine_new_usual_dose (medicine, date, minutes);
  g_ptr_array_add (medicine->doses, dose);
}

/* The worst check-in of @day, or NULL. */
static const PjCheckin *
worst_checkin (const PjDay *day)
{
  const PjCheckin *worst = NULL;

  for (guint i = 0; i < day->checkins->len; i++)
    {
      const PjCheckin *checkin = g_ptr_array_index (day->checkins, i);

      if (worst == NULL || checkin->pain > worst->pain)
        worst = checkin;
    }
  return worst;
}

GPtrArray *
pj_demo_generate_medicines (GPtrArray *days,
                            int        now_minutes,
                            guint32    seed)
{
  GPtrArray *medicines = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_medicine_free);
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed ^ 0x6d656473u);
  PjMedicine *ibuprofen = new_medicine (_("Ibuprofen"), PJ_MEDICINE_KIND_ANTI_INFLAMMATORY, 400,
                                        PJ_DOSE_UNIT_MG);
  PjMedicine *evening = new_medicine (_("Amitriptyline"), PJ_MEDICINE_KIND_OTHER, 10,
                                      PJ_DOSE_UNIT_MG);
  PjMedicine *heat = new_medicine (_("Heat pad"), PJ_MEDICINE_KIND_TREATMENT, 20,
                                   PJ_DOSE_UNIT_MINUTES);

  g_return_val_if_fail (days != NULL, NULL);

  ibuprofen->form = PJ_MEDICINE_FORM_TABLET;
  evening->form = PJ_MEDICINE_FORM_TABLET;
  evening->regular = TRUE;
  evening->n_times = 1;
  evening->times[0] = 21 * 60;
  g_ptr_array_add (medicines, ibuprofen);
  g_ptr_array_add (medicines, evening);
  g_ptr_array_add (medicines, heat);

  for (guint i = 0; i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);
      const PjCheckin *worst = worst_checkin (day);
      gboolean last = i + 1 == days->len;
      int latest = last ? now_minutes : 24 * 60 - 1;

      if (worst != NULL && worst->pain >= 5 && g_rand_int_range (rand, 0, 10) < 7)
        {
          add_dose (ibuprofen, day->date, MIN (worst->minutes + 10, 24 * 60 - 1), latest);
          if (ibuprofen->doses->len > 0)
            {
              PjDose *dose = g_ptr_array_index (ibuprofen->doses, ibuprofen->doses->len - 1);

              if (dose->date == day->date && g_rand_int_range (rand, 0, 3) > 0)
                dose->relief = g_rand_int_range (rand, 2, 9);
            }
        }
      if (i >= days->len / 3)   /* started a while into the journal */
        {
          add_dose (evening, day->date, evening->times[0], latest);
          if (g_rand_int_range (rand, 0, 12) == 0 && evening->doses->len > 0)
            {
              PjDose *dose = g_ptr_array_index (evening->doses, evening->doses->len - 1);

              if (dose->date == day->date)
                {
                  dose->taken = FALSE;
                  dose->amount = NAN;
                }
            }
        }
      if (day->self_care & PJ_CODE_BIT (PJ_SELF_CARE_HEAT))
        add_dose (heat, day->date, 19 * 60 + 30, latest);
    }
  return medicines;
}
