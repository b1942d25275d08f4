/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-tip-medication.h"

static gboolean
day_has_medication (const PjSeries *series,
                    PjDate          date)
{
  const PjDay *day = pj_series_get_day (series, date);

  if (pj_series_get_medicine_doses (series, date) > 0)
    return TRUE;
  return day != NULL &&
         ((day->self_care & PJ_CODE_BIT (PJ_SELF_CARE_MEDICATION)) != 0 ||
          (day->medication != NULL && day->medication[0] != '\0'));
}

GArray *
pj_tip_medication_dates (const PjSeries *series,
                         PjDate          from,
                         PjDate          to)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (PjDate));

  g_return_val_if_fail (series != NULL, dates);

  for (PjDate date = from; date <= to; date++)
    if (day_has_medication (series, date))
      g_array_append_val (dates, date);
  return dates;
}
