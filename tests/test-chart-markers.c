/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-chart-markers.h"
#include "pj-test-utils.h"

static PjFlag *
flag_new (const char   *id,
          const PjDate *dates,
          guint         n_dates)
{
  PjFlag *flag = g_new0 (PjFlag, 1);

  flag->info = pj_flags_lookup (id);
  g_assert_nonnull (flag->info);
  flag->title = g_strdup (id);
  flag->reason = g_strdup (id);
  flag->dates = g_array_new (FALSE, FALSE, sizeof (PjDate));
  g_array_append_vals (flag->dates, dates, n_dates);
  return flag;
}

static void
test_one_marker_per_day (void)
{
  g_autoptr (GPtrArray) flags = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_flag_free);
  g_autoptr (GArray) markers = NULL;
  const PjDate t = pj_test_today ();
  const PjDate watch[] = { t - 40, t - 3 };
  const PjDate see_soon[] = { t - 12, t - 3, t - 2 };
  const PjDate urgent[] = { t - 2, t + 1 };
  const struct { PjDate date; PjChartMarkerKind kind; } expected[] = {
    { t - 12, PJ_CHART_MARKER_SEE_SOON },
    { t - 3, PJ_CHART_MARKER_SEE_SOON },
    { t - 2, PJ_CHART_MARKER_URGENT },
  };

  /* Least serious first: the order of the flags must not decide a day's level. The watch
   * date 40 days back and the urgent one after the period fall outside it. */
  g_ptr_array_add (flags, flag_new ("chronic", watch, G_N_ELEMENTS (watch)));
  g_ptr_array_add (flags, flag_new ("worsening", see_soon, G_N_ELEMENTS (see_soon)));
  g_ptr_array_add (flags, flag_new ("weakness", urgent, G_N_ELEMENTS (urgent)));
  markers = pj_chart_markers_from_flags (flags, t - 29, t);

  g_assert_cmpuint (markers->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < markers->len; i++)
    {
      const PjChartMarker *marker = &g_array_index (markers, PjChartMarker, i);

      g_assert_cmpuint (marker->date, ==, expected[i].date);
      g_assert_cmpint (marker->kind, ==, expected[i].kind);
    }
}

static void
test_no_flags (void)
{
  g_autoptr (GArray) markers = pj_chart_markers_from_flags (NULL, 10, 20);

  g_assert_cmpuint (markers->len, ==, 0);
}

static void
test_group_by_week (void)
{
  PjDate monday = pj_date_from_ymd (2026, 8, 3);
  g_autoptr (PjChartSeries) series = pj_chart_series_new (NULL, monday, monday + 27,
                                                          PJ_CHART_FACTOR_NONE);
  /* Week 1: five watch days and one see-soon; week 2 none; week 3 a run across Sunday into
   * the Monday of week 4; a marker after the series is left out. */
  const PjChartMarker markers[] = {
    { monday + 1, PJ_CHART_MARKER_WATCH },
    { monday + 2, PJ_CHART_MARKER_WATCH },
    { monday + 3, PJ_CHART_MARKER_SEE_SOON },
    { monday + 4, PJ_CHART_MARKER_WATCH },
    { monday + 5, PJ_CHART_MARKER_WATCH },
    { monday + 6, PJ_CHART_MARKER_WATCH },
    { monday + 20, PJ_CHART_MARKER_WATCH },
    { monday + 21, PJ_CHART_MARKER_URGENT },
    { monday + 22, PJ_CHART_MARKER_WATCH },
    { monday + 40, PJ_CHART_MARKER_URGENT },
  };
  g_autoptr (GArray) grouped = pj_chart_markers_group_by_week (markers, G_N_ELEMENTS (markers),
                                                               series);
  const PjChartMarker *m;

  g_assert_cmpuint (grouped->len, ==, 3);
  m = &g_array_index (grouped, PjChartMarker, 0);
  g_assert_cmpint (m->date, ==, monday + 1);              /* the week's first marked day */
  g_assert_cmpint (m->kind, ==, PJ_CHART_MARKER_SEE_SOON); /* its most serious level */
  m = &g_array_index (grouped, PjChartMarker, 1);
  g_assert_cmpint (m->date, ==, monday + 20);
  g_assert_cmpint (m->kind, ==, PJ_CHART_MARKER_WATCH);
  m = &g_array_index (grouped, PjChartMarker, 2);
  g_assert_cmpint (m->date, ==, monday + 21);
  g_assert_cmpint (m->kind, ==, PJ_CHART_MARKER_URGENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-markers/one-marker-per-day", test_one_marker_per_day);
  g_test_add_func ("/chart-markers/no-flags", test_no_flags);
  g_test_add_func ("/chart-markers/group-by-week", test_group_by_week);
  return g_test_run ();
}
