/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-database.h"

G_BEGIN_DECLS

/* A fresh scratch folder for one test; remove it with pj_test_remove_tree(). */
char  *pj_test_make_tmpdir (void);
void   pj_test_remove_tree (const char *path);
/* Path of a fixture in tests/data (PJ_TEST_DATA_DIR). */
char  *pj_test_data_path (const char *name);
/* A fixed "today" so tests never depend on the clock: 2026-06-30. */
guint32 pj_test_today (void);

/* Switches one locale category (LC_NUMERIC, LC_ALL…) to @locale, e.g. "de_DE.UTF-8", and
 * returns the previous setting for pj_test_restore_locale(). When the locale is not installed
 * the test is skipped, or fails when CI is set (build-aux/dev makes the locales, so there a
 * missing one is a broken machine, not a reason to pass); then NULL is returned. */
char   *pj_test_use_locale (int         category,
                            const char *locale);
void    pj_test_restore_locale (int   category,
                                char *saved);

/* A scratch journal for one test, with today fixed to pj_test_today (). */
typedef struct
{
  char       *dir;
  PjDatabase *db;
} PjTestJournal;

PjDatabase *pj_test_open_database (const char *dir,
                                   const char *name);
void        pj_test_journal_setup (PjTestJournal *journal,
                                   gconstpointer  data);
void        pj_test_journal_teardown (PjTestJournal *journal,
                                      gconstpointer  data);

G_END_DECLS
