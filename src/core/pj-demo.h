/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-database.h"
#include "pj-medicine.h"
#include "pj-day.h"

G_BEGIN_DECLS

/* A generated journal that looks like a real person's, for trying the app and for
 * benchmarks. The same seed and the same last day always give the same journal. */

#define PJ_DEMO_SEED 20260301u
#define PJ_DEMO_DEFAULT_DAYS 180
#define PJ_DEMO_MAX_DAYS 36500

/* @n_days calendar days ending at @last_day; some of them are missed (no entry at all), so
 * the array (PjDay*, oldest first) is shorter than @n_days. */
GPtrArray *pj_demo_generate (PjDate  last_day,
                             guint   n_days,
                             guint32 seed);

/* The demo's medicines (PjMedicine* with their doses) for @days (oldest first, as
 * pj_demo_generate() gives them): no dose on the last day after @now_minutes. */
GPtrArray *pj_demo_generate_medicines (GPtrArray *days,
                                       int        now_minutes,
                                       guint32    seed);

/* Generates @n_days ending at the database's today and imports them in one transaction. */
gboolean   pj_demo_fill (PjDatabase    *database,
                         guint          n_days,
                         PjImportStats *out_stats,
                         GError       **error);

/* Where the app keeps its demo journal, apart from the person's own:
 * $XDG_DATA_HOME/pain-journal/demo.db. */
char      *pj_demo_default_path (void);
/* A fresh demo journal at @path: whatever was there is removed, then PJ_DEMO_DEFAULT_DAYS days
 * ending today are generated into it. */
PjDatabase *pj_demo_open_journal (const char *path,
                                  GError    **error);

G_END_DECLS
