/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pj-day.h"
#include "pj-day-search.h"
#include "pj-medicine.h"

G_BEGIN_DECLS

/* The journal file and the single owner of SQL. Every write is one transaction; every
 * SQLite failure becomes a PJ_ERROR a person can understand. Dates passed in are validated
 * against @today of pj_database_set_today() (default: the real today), so tests stay
 * independent of the clock. */
#define PJ_TYPE_DATABASE (pj_database_get_type ())
G_DECLARE_FINAL_TYPE (PjDatabase, pj_database, PJ, DATABASE, GObject)

/* Signal "changed" (guint date): emitted after every committed write, with the PjDate that
 * changed, or PJ_DATE_NONE when many days changed at once (an import). Pages refresh from it
 * instead of telling each other. */

/* Signal "damaged": emitted whenever SQLite reports the file damaged (PJ_ERROR_DAMAGED), from
 * inside the failing call; the window then offers restore and recovery. */

typedef enum
{
  PJ_ORDER_OLDEST_FIRST,
  PJ_ORDER_NEWEST_FIRST,
} PjOrder;

typedef struct
{
  guint days_written;        /* days created or changed */
  guint checkins_added;
  guint checkins_skipped;    /* same date and time already in the journal */
  guint medicines_added;     /* a medicine whose name is in the journal is not added again */
  guint doses_added;
  guint doses_skipped;       /* same medicine, date and time already in the journal */
} PjImportStats;

/* g_get_user_data_dir()/pain-journal/journal.db */
char       *pj_database_default_path (void);

/* Opens or creates the file (folder 0700, file 0600) and migrates it to the current schema,
 * reading the version and migrating inside one BEGIN IMMEDIATE. Refused with the file left
 * byte-identical: a file of a newer version (PJ_ERROR_NEWER_SCHEMA), another program's
 * database (PJ_ERROR_FOREIGN), a damaged file (PJ_ERROR_DAMAGED), a file without write
 * permission (PJ_ERROR_READ_ONLY). An empty (zero-length) file becomes a new journal. */
PjDatabase *pj_database_open (const char *path,
                              GError    **error);
/* Opens an existing journal for reading only: no migration, no switch to WAL, nothing written,
 * so exports and the report work on a read-only file; every write fails with
 * PJ_ERROR_READ_ONLY. A missing or empty file is opened as pj_database_open() does. An older
 * journal whose file can be written is migrated first. */
PjDatabase *pj_database_open_read_only (const char *path,
                                        GError    **error);
gboolean    pj_database_is_read_only (PjDatabase *self);
const char *pj_database_get_path (PjDatabase *self);
int         pj_database_get_schema_version (PjDatabase *self);
void        pj_database_set_today (PjDatabase *self,
                                   PjDate      today);
PjDate      pj_database_get_today (PjDatabase *self);

/* Writes the day's factors (not its check-ins), creating the day if needed. */
gboolean    pj_database_save_day (PjDatabase  *self,
                                  const PjDay *day,
                                  GError     **error);
/* Adds the check-in (creating its day if needed) and stores the new id in @checkin->id. A
 * check-in at the same date and time already present is a PJ_ERROR_CONFLICT. */
gboolean    pj_database_add_checkin (PjDatabase *self,
                                     PjCheckin  *checkin,
                                     GError    **error);
/* Updates the check-in with @checkin->id (its date may not change). */
gboolean    pj_database_update_checkin (PjDatabase      *self,
                                        const PjCheckin *checkin,
                                        GError         **error);
gboolean    pj_database_delete_checkin (PjDatabase *self,
                                        gint64      checkin_id,
                                        GError    **error);
/* Removes the day with its check-ins and the doses logged on that date, in one transaction
 * (History's "delete day"; a snapshot for Undo is pj_database_get_day() with
 * pj_database_list_doses_in_range() for that date, taken before). */
gboolean    pj_database_delete_day (PjDatabase *self,
                                    PjDate      date,
                                    GError    **error);
/* Writes the day's factors and exactly its check-ins (replacing any others of that day), in
 * one transaction: this is how an undone delete comes back. Check-in ids are kept. */
gboolean    pj_database_restore_day (PjDatabase  *self,
                                     const PjDay *day,
                                     GError     **error);

/* The day with its check-ins, or NULL without an error when nothing is stored for it. */
PjDay      *pj_database_get_day (PjDatabase *self,
                                 PjDate      date,
                                 GError    **error);
/* Days in @from … @to (inclusive; PJ_DATE_NONE = unbounded) with their check-ins, in @order,
 * skipping @offset and returning at most @limit (0 = no limit). Array of PjDay*. */
GPtrArray  *pj_database_list_days_in_range (PjDatabase *self,
                                            PjDate      from,
                                            PjDate      to,
                                            PjOrder     order,
                                            guint       offset,
                                            guint       limit,
                                            GError    **error);
/* The dates in @from … @to that have a stored day, for calendar marks. Array of PjDate. */
GArray     *pj_database_list_dates_in_range (PjDatabase *self,
                                             PjDate      from,
                                             PjDate      to,
                                             GError    **error);
/* Every day's notes and warning signs, newest first, for History's search: one SELECT over
 * the notes alone, far cheaper than reading whole days. Array of PjDayDigest*. */
GPtrArray  *pj_database_list_day_digests (PjDatabase *self,
                                          GError    **error);
gboolean    pj_database_count_days (PjDatabase *self,
                                    guint      *out_count,
                                    GError    **error);
/* PJ_DATE_NONE for both when the journal is empty. */
gboolean    pj_database_get_date_bounds (PjDatabase *self,
                                         PjDate     *out_first,
                                         PjDate     *out_last,
                                         GError    **error);

/* Writes parsed days into the journal in one transaction: a factor known in @days overwrites
 * the stored one, an unknown one leaves it; a check-in whose date and time exist is skipped.
 * Any invalid day aborts everything and nothing is written. */
gboolean    pj_database_import_days (PjDatabase    *self,
                                     GPtrArray     *days,
                                     PjImportStats *out_stats,
                                     GError       **error);

/* How many SELECT statements ran since open: benchmarks use it to show reads stay bounded. */
guint64     pj_database_get_read_count (PjDatabase *self);

/* The days in @from … @to that have check-ins, in @order, each carrying only its check-ins'
 * time and pain (every factor unknown, no sets, no notes, ids 0): what the pain-episode walk
 * needs, in one SELECT and at a fraction of the cost of pj_database_list_days_in_range().
 * Array of PjDay*. */
GPtrArray  *pj_database_list_pain_days_in_range (PjDatabase *self,
                                                 PjDate      from,
                                                 PjDate      to,
                                                 PjOrder     order,
                                                 GError    **error);

/* Warning flags the person has acknowledged (clinical-rules.md §1: acknowledging hides the
 * banner, never the record). Stored per flag id ("bladder-bowel") and trigger date, so the
 * same flag triggered on a later date is not acknowledged. An unknown flag id or a missing
 * date is a PJ_ERROR_INVALID. Acknowledging twice is fine. */
gboolean    pj_database_acknowledge_flag (PjDatabase *self,
                                          const char *flag_id,
                                          PjDate      trigger_date,
                                          GError    **error);
gboolean    pj_database_is_flag_acknowledged (PjDatabase *self,
                                              const char *flag_id,
                                              PjDate      trigger_date,
                                              gboolean   *out_acknowledged,
                                              GError    **error);

/* ----- Medicines and doses (pj-database-medicines.c) -----
 * Every write emits "changed": with the dose's date, or PJ_DATE_NONE for a medicine. */

/* Adds the medicine and stores its new id in @medicine->id. A name already in the list (in
 * any case, archived or not) is a PJ_ERROR_CONFLICT. */
gboolean    pj_database_add_medicine (PjDatabase *self,
                                      PjMedicine *medicine,
                                      GError    **error);
/* Updates the medicine with @medicine->id; its doses keep the amounts they were logged with. */
gboolean    pj_database_update_medicine (PjDatabase       *self,
                                         const PjMedicine *medicine,
                                         GError          **error);
/* Archived medicines leave Today but keep their doses; nothing is ever deleted. */
gboolean    pj_database_set_medicine_archived (PjDatabase *self,
                                               gint64      medicine_id,
                                               gboolean    archived,
                                               GError    **error);
/* Active medicines first, then archived ones, each by name. Array of PjMedicine* (no doses). */
GPtrArray  *pj_database_list_medicines (PjDatabase *self,
                                        gboolean    with_archived,
                                        GError    **error);
/* NULL with a PJ_ERROR_NOT_FOUND when there is no such medicine. */
PjMedicine *pj_database_get_medicine (PjDatabase *self,
                                      gint64      medicine_id,
                                      GError    **error);
/* Adds the dose and stores its new id in @dose->id. Another dose of the same medicine at the
 * same date and time is a PJ_ERROR_CONFLICT. */
gboolean    pj_database_add_dose (PjDatabase *self,
                                  PjDose     *dose,
                                  GError    **error);
/* Updates time, status, amount and relief of the dose with @dose->id. */
gboolean    pj_database_update_dose (PjDatabase   *self,
                                     const PjDose *dose,
                                     GError      **error);
/* Removes the dose; @out_deleted (optional) receives it for an undo. */
gboolean    pj_database_delete_dose (PjDatabase *self,
                                     gint64      dose_id,
                                     PjDose    **out_deleted,
                                     GError    **error);
/* Puts a deleted dose back under its old id: the undo of pj_database_delete_dose(). */
gboolean    pj_database_restore_dose (PjDatabase   *self,
                                      const PjDose *dose,
                                      GError      **error);
/* The undo of pj_database_delete_day(): pj_database_restore_day() and the day's deleted
 * @doses (PjDose*, ids kept) in one transaction. A dose whose medicine, date and time were
 * logged again meanwhile stays as logged again; the others come back under their old ids. */
gboolean    pj_database_restore_day_with_doses (PjDatabase  *self,
                                                const PjDay *day,
                                                GPtrArray   *doses,
                                                GError     **error);
/* Doses in @from … @to (PJ_DATE_NONE = unbounded) by date and time. Array of PjDose*. */
GPtrArray  *pj_database_list_doses_in_range (PjDatabase *self,
                                             PjDate      from,
                                             PjDate      to,
                                             GError    **error);
/* Every medicine (archived too), each carrying its doses in @from … @to: what the exports
 * write. Array of PjMedicine*. */
GPtrArray  *pj_database_list_medicines_with_doses (PjDatabase *self,
                                                   PjDate      from,
                                                   PjDate      to,
                                                   GError    **error);
/* pj_database_import_days() with medicines (PjMedicine* carrying their doses) in the same
 * transaction. A medicine is matched by name (in any case): a known one is left as it is and
 * the file's doses join it; a dose whose medicine, date and time exist is skipped. */
gboolean    pj_database_import (PjDatabase    *self,
                                GPtrArray     *days,
                                GPtrArray     *medicines,
                                PjImportStats *out_stats,
                                GError       **error);

G_END_DECLS
