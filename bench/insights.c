/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench/insights: the full insights evaluation on demo journals (pj-demo) of 1, 10 and 100
 * years that are already in a database. Prints the time of one evaluation (median of many), the ratio
 * against one year, and how many SELECTs one evaluation runs. The analysis reads only the
 * 90-day window plus what the pain-episode walk needs, so the time should not grow with the
 * length of the journal. Targets: 10 y / 1 y ≤ 2 and 10 y under 5 ms, also with doses logged
 * every day (the last row). */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "pj-database.h"
#include "pj-demo.h"
#include "pj-insights.h"

#define RUNS 200

/* The worst case of the episode walk, made up here: pain 4 or more on every logged day, one or
 * two check-ins a day, most factors filled in, now and then a day left out. */
static GPtrArray *
generate_never_calm (PjDate first,
                     PjDate last,
                     GRand *rand)
{
  GPtrArray *days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  double level = 6;

  for (PjDate date = first; date <= last; date++)
    {
      PjDay *day;
      int pain;

      level += (6 - level) * 0.2 + g_rand_double_range (rand, -0.7, 0.7);
      level = CLAMP (level, 4, 10);
      if (g_rand_int_range (rand, 0, 10) == 0)
        continue;  /* a day not logged */
      day = pj_day_new (date);
      day->sitting_hours = g_rand_int_range (rand, 2, 11);
      day->screen_hours = g_rand_int_range (rand, 2, 12);
      day->posture = g_rand_int_range (rand, 1, 6);
      day->breaks = g_rand_int_range (rand, 0, 8);
      day->exercise_minutes = g_rand_int_range (rand, 0, 4) * 15;
      day->activities = day->exercise_minutes > 0 ? PJ_CODE_BIT (PJ_ACTIVITY_WALKING) : 0;
      day->sleep_hours = g_rand_int_range (rand, 10, 18) / 2.0;
      day->sleep_quality = g_rand_int_range (rand, 2, 10);
      day->stress = g_rand_int_range (rand, 0, 10);
      pain = CLAMP ((int) lround (level), 0, 10);
      pj_day_add_checkin (day, pj_checkin_new (date, 8 * 60, pain));
      if (g_rand_boolean (rand))
        pj_day_add_checkin (day, pj_checkin_new (date, 20 * 60, MIN (pain + 1, 10)));
      g_ptr_array_add (days, day);
    }
  return days;
}

/* Issue 15's case: besides the demo's own medicines, a regular medicine taken at 08:00 and
 * 20:00 every day and an as-needed one at 13:00 every day, with its relief. */
static gboolean
add_daily_doses (PjDatabase *db,
                 PjDate      today,
                 guint       n_days,
                 GError    **error)
{
  g_autoptr (GPtrArray) medicines =
    g_ptr_array_new_with_free_func ((GDestroyNotify) pj_medicine_free);
  g_autoptr (GPtrArray) no_days = g_ptr_array_new ();
  PjMedicine *regular = pj_medicine_new ("Bench regular");
  PjMedicine *as_needed = pj_medicine_new ("Bench as needed");

  regular->amount = 10;
  regular->regular = TRUE;
  pj_medicine_parse_times (regular, "08:00;20:00", NULL);
  as_needed->amount = 400;
  for (PjDate date = today - n_days + 1; date <= today; date++)
    {
      PjDose *pill = pj_medicine_new_usual_dose (as_needed, date, 13 * 60);

      pill->relief = (int) (date % 11);
      g_ptr_array_add (regular->doses, pj_medicine_new_usual_dose (regular, date, 8 * 60));
      g_ptr_array_add (regular->doses, pj_medicine_new_usual_dose (regular, date, 20 * 60));
      g_ptr_array_add (as_needed->doses, pill);
    }
  g_ptr_array_add (medicines, regular);
  g_ptr_array_add (medicines, as_needed);
  return pj_database_import (db, no_days, medicines, NULL, error);
}

static PjDatabase *
fill_database (const char *dir,
               guint       years,
               gboolean    never_calm,
               gboolean    daily_doses,
               PjDate      today,
               GError    **error)
{
  g_autofree char *name = g_strdup_printf ("journal-%uy%s%s.db", years, never_calm ? "-c" : "",
                                           daily_doses ? "-d" : "");
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (PjDatabase) db = pj_database_open (path, error);
  g_autoptr (GRand) rand = g_rand_new_with_seed (years);
  g_autoptr (GPtrArray) days = NULL;
  guint n_days = (guint) (years * 365.25);

  if (db == NULL)
    return NULL;
  pj_database_set_today (db, today);
  if (!never_calm)
    return pj_demo_fill (db, MIN (n_days, PJ_DEMO_MAX_DAYS), NULL, error) &&
           (!daily_doses || add_daily_doses (db, today, n_days, error))
           ? g_steal_pointer (&db) : NULL;
  days = generate_never_calm (today - n_days + 1, today, rand);
  if (!pj_database_import_days (db, days, NULL, error))
    return NULL;
  return g_steal_pointer (&db);
}

static int
compare_double (const void *a,
                const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/* Median wall time of one evaluation in milliseconds; @out_reads: SELECTs per evaluation. */
static double
time_evaluation (PjDatabase *db,
                 PjDate      as_of,
                 guint64    *out_reads,
                 PjDate     *out_episode_start,
                 GError    **error)
{
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      guint64 reads = pj_database_get_read_count (db);
      gint64 start = g_get_monotonic_time ();
      g_autoptr (PjInsights) insights = pj_insights_evaluate (db, as_of, error);

      if (insights == NULL)
        return NAN;
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      *out_reads = pj_database_get_read_count (db) - reads;
      *out_episode_start = insights->episode_start;
    }
  qsort (times, RUNS, sizeof (double), compare_double);
  return times[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  /* the last row is the worst case of the episode walk: pain never settles for ten years, so
   * the walk has to go back to the first day (it reads in 90-day chunks) */
  const guint years[] = { 1, 10, 100, 10, 10 };
  const gboolean never_calm[] = { FALSE, FALSE, FALSE, TRUE, FALSE };
  const gboolean daily_doses[] = { FALSE, FALSE, FALSE, FALSE, TRUE };
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pj-bench-XXXXXX", &error);
  PjDate today = pj_date_from_ymd (2026, 6, 30);
  double base = NAN;
  int status = 0;

  if (dir == NULL)
    {
      g_printerr ("bench-insights: %s\n", error->message);
      return 1;
    }
  g_print ("insights evaluation as of 2026-06-30, median of %d runs\n", RUNS);
  g_print ("%8s %8s %10s %8s %6s %8s\n", "journal", "days", "time/ms", "ratio", "reads",
           "episode");
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr (PjDatabase) db = fill_database (dir, years[i], never_calm[i], daily_doses[i],
                                                 today, &error);
      guint64 reads = 0;
      guint n_days = 0;
      PjDate episode_start = PJ_DATE_NONE;
      double ms;

      if (db == NULL || !pj_database_count_days (db, &n_days, &error))
        break;
      ms = time_evaluation (db, today, &reads, &episode_start, &error);
      if (isnan (ms))
        break;
      if (i == 0)
        base = ms;
      g_print ("%7uy %8u %10.3f %8.2f %6" G_GUINT64_FORMAT " %7ud%s\n", years[i], n_days, ms,
               ms / base, reads, episode_start ? today - episode_start : 0,
               never_calm[i] ? "  (pain never settles: worst case)"
               : daily_doses[i] ? "  (and three doses every day)" : "");
    }
  if (error != NULL)
    {
      g_printerr ("bench-insights: %s\n", error->message);
      status = 1;
    }
  {
    g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_remove (path);
      }
    g_rmdir (dir);
  }
  return status;
}
