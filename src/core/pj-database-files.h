/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-database.h"
#include "pj-date.h"

G_BEGIN_DECLS

/* Whole journal files, for backups and recovery: each function opens its own connections, so
 * it may run on any thread while the window keeps its own. */

/* Writes a consistent snapshot of the journal at @source_path to @dest_path with SQLite's
 * online backup API (the window may go on saving meanwhile), as an ordinary rollback-journal
 * file with mode 0600, and checks it with PRAGMA quick_check. @dest_path is replaced only
 * when the snapshot is complete and checked; on failure nothing is left behind. */
gboolean pj_database_snapshot (const char *source_path,
                               const char *dest_path,
                               GError    **error);

/* Opens @path read-only and checks that it is a Pain Journal file this version can read and
 * that PRAGMA quick_check passes; @out_n_days (may be NULL) receives its number of days. */
gboolean pj_database_check_file (const char *path,
                                 guint      *out_n_days,
                                 GError    **error);

/* Runs PRAGMA quick_check on the journal at @path (read-only): FALSE with PJ_ERROR_DAMAGED
 * and SQLite's first complaint when it finds damage. */
gboolean pj_database_quick_check_file (const char *path,
                                       GError    **error);

/* A warning the person had acknowledged, as stored (clinical-rules.md §1). */
typedef struct
{
  char  *flag_id;
  PjDate trigger_date;
  char  *acknowledged_at;   /* ISO 8601, as written when it was acknowledged */
} PjAcknowledgement;

void pj_acknowledgement_free (PjAcknowledgement *acknowledgement);

/* What could still be read from a damaged journal, and how much the file shows signs of
 * (read or not: its indexes, and doses naming a medicine), so the loss can be counted. */
typedef struct
{
  GPtrArray *days;              /* PjDay*, oldest first, each with its readable check-ins */
  GPtrArray *medicines;         /* PjMedicine* (no doses), ids kept, by id */
  GPtrArray *doses;             /* PjDose*, ids kept, by id */
  GPtrArray *acknowledgements;  /* PjAcknowledgement* */
  guint      known_days;
  guint      known_checkins;
  guint      known_medicines;
  guint      known_doses;
  guint      known_acknowledgements;
} PjSalvage;

void pj_salvage_free (PjSalvage *salvage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjSalvage, pj_salvage_free)

/* Reads every row that can still be read from the damaged journal at @path (opened
 * read-only; the file is not changed): days, check-ins, medicines, doses and acknowledged
 * warnings, each table from both ends, skipping what fails. A table the file does not have
 * (an older version) is simply empty. NULL only when the file cannot be opened at all. */
PjSalvage *pj_database_salvage (const char *path,
                                GError    **error);

/* Recovery's second step, on the new journal @self (its days already written): writes the
 * medicines, doses and acknowledgements of @salvage with their ids, in one transaction, row
 * by row: a row the checks refuse is skipped, not counted, and the rest go on. A dose whose
 * medicine could not be read comes back under a stand-in medicine of that id, "Recovered
 * medicine N", so no readable dose is lost with its medicine's row. The counts written go to
 * @out_medicines (stand-ins not counted), @out_stand_ins, @out_doses and
 * @out_acknowledgements. */
gboolean   pj_database_restore_salvaged (PjDatabase      *self,
                                         const PjSalvage *salvage,
                                         guint           *out_medicines,
                                         guint           *out_stand_ins,
                                         guint           *out_doses,
                                         guint           *out_acknowledgements,
                                         GError         **error);

G_END_DECLS
