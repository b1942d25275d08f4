/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-date.h"

G_BEGIN_DECLS

typedef struct
{
  guint days_recovered;
  guint checkins_recovered;
  guint days_lost;      /* days the damaged file shows signs of that did not come back */
  guint checkins_lost;
  guint medicines_recovered;
  guint medicines_lost;
  guint medicines_stood_in;  /* lost medicines whose readable doses came back under a
                              * stand-in, "Recovered medicine N" */
  guint doses_recovered;
  guint doses_lost;
  guint acknowledgements_recovered;
  guint acknowledgements_lost;  /* those warnings show again until acknowledged */
} PjRecoveryStats;

/* Recovers a damaged journal: moves the file at @journal_path aside to
 * "<journal>.damaged-YYYYMMDD-HHMMSS" (@now; kept byte-identical, its path goes to
 * @out_damaged_path), then copies every day and check-in that can still be read, day by day,
 * and every medicine, dose and acknowledged warning, row by row, skipping what fails, into a
 * new journal at @journal_path. If no new journal can be made,
 * the damaged file is put back and nothing changed. */
gboolean pj_recovery_run (const char      *journal_path,
                          GDateTime       *now,
                          PjRecoveryStats *out_stats,
                          char           **out_damaged_path,
                          GError         **error);

/* "Recovered 300 days and 912 check-ins. 12 days and 40 check-ins could not be read.", with a
 * sentence of the same kind for medicines and doses when the journal had any, and one for
 * acknowledged warnings that were lost. */
char    *pj_recovery_describe (const PjRecoveryStats *stats);

G_END_DECLS
