/* SPDX-License-Identifier: GPL-3.0-or-later */
/* memmem */
#define _GNU_SOURCE 1
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "pj-database.h"
#include "pj-demo.h"
#include "pj-report-pdf.h"

/* bench/report: how long the clinician report takes for 90 days, one year and ten years, and
 * whether the window would stay responsive while it is written. Targets (issue 6): a 1-year
 * report under 1 s, pages per second roughly constant, no main-loop stall over 50 ms. */

#define TICK_MS 5
#define RUNS 3

/* cairo writes one "/Type /Page" object per page (and "/Type /Pages" for the tree). */
static guint
count_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  guint n = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;
  /* memmem, not g_strstr_len: the compressed streams contain NUL bytes. */
  for (const char *p = contents;
       (p = memmem (p, length - (p - contents), "/Type /Page", 11)) != NULL; p++)
    if (p + 11 < contents + length && p[11] != 's')
      n++;
  return n;
}

typedef struct
{
  char            *db_path;
  char            *pdf_path;
  PjReportOptions  options;
} Job;

/* The worker opens its own connection, as the export dialog does: SQLite handles two
 * connections, while one PjDatabase shared by two threads would not be safe. */
static void
export_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjDatabase) db = pj_database_open (job->db_path, &error);

  if (db == NULL || !pj_report_pdf_write (db, &job->options, job->pdf_path, cancellable,
                                          NULL, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

typedef struct
{
  gint64    last_tick;
  gint64    worst_gap;
  gboolean  done;
} Responsiveness;

static gboolean
on_tick (gpointer user_data)
{
  Responsiveness *state = user_data;
  gint64 now = g_get_monotonic_time ();

  state->worst_gap = MAX (state->worst_gap, now - state->last_tick);
  state->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Responsiveness *state = user_data;
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_error ("export failed: %s", error->message);
  state->done = TRUE;
}

/* The longest time the main loop went without running its 5 ms timer, minus the 5 ms. */
static double
measure_stall (Job *job)
{
  Responsiveness state = { g_get_monotonic_time (), 0, FALSE };
  g_autoptr (GTask) task = g_task_new (NULL, NULL, on_done, &state);
  guint tick = g_timeout_add (TICK_MS, on_tick, &state);

  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, export_in_thread);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  return MAX (0, state.worst_gap / 1000.0 - TICK_MS);
}

int
main (int   argc,
      char *argv[])
{
  static const guint ranges[] = { 90, 365, 3650 };
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pj-bench-report-XXXXXX", &error);
  g_autoptr (GDateTime) generated = g_date_time_new_utc (2026, 6, 30, 12, 0, 0);
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (PjDatabase) db = NULL;
  PjDate today = pj_date_from_ymd (2026, 6, 30);
  Job job = { 0 };
  double worst_stall = 0;

  g_assert_no_error (error);
  job.db_path = g_build_filename (dir, "journal.db", NULL);
  job.pdf_path = g_build_filename (dir, "report.pdf", NULL);
  db = pj_database_open (job.db_path, &error);
  g_assert_no_error (error);
  pj_database_set_today (db, today);
  days = pj_demo_generate (today, 3650, PJ_DEMO_SEED);
  pj_database_import_days (db, days, NULL, &error);
  g_assert_no_error (error);

  g_print ("# PDF report export (best of %d runs; journal of %u days)\n", RUNS, days->len);
  g_print ("%-10s %10s %8s %12s %16s\n", "range", "seconds", "pages", "pages/s", "main-loop stall");
  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    {
      double best = INFINITY, stall;
      guint pages;

      pj_report_options_init (&job.options, today);
      job.options.from = today - (ranges[r] - 1);
      job.options.paper = PJ_PAPER_A4;
      job.options.generated = generated;

      for (guint run = 0; run < RUNS; run++)
        {
          gint64 start = g_get_monotonic_time ();

          if (!pj_report_pdf_write (db, &job.options, job.pdf_path, NULL, NULL, NULL, &error))
            g_error ("%s", error->message);
          best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
        }
      pages = count_pages (job.pdf_path);
      stall = measure_stall (&job);
      worst_stall = MAX (worst_stall, stall);
      g_print ("%-10u %10.3f %8u %12.1f %13.1f ms\n", ranges[r], best, pages, pages / best,
               stall);
    }
  g_print ("# targets: 365 days < 1 s; main-loop stall < 50 ms (worst here %.1f ms)\n",
           worst_stall);

  g_clear_object (&db);
  g_unlink (job.pdf_path);
  for (const char *suffix = ""; suffix != NULL; suffix = *suffix ? NULL : "-wal")
    {
      g_autofree char *path = g_strconcat (job.db_path, suffix, NULL);
      g_unlink (path);
    }
  {
    g_autofree char *shm = g_strconcat (job.db_path, "-shm", NULL);
    g_unlink (shm);
  }
  g_rmdir (dir);
  g_free (job.db_path);
  g_free (job.pdf_path);
  return 0;
}
