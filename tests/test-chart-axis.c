/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "pj-chart-axis.h"
#include "pj-test-utils.h"

static void
assert_ticks (double min,
              double max,
              guint  max_ticks,
              double expected_min,
              double expected_max,
              double expected_step)
{
  PjChartTicks ticks;

  pj_chart_nice_ticks (min, max, max_ticks, &ticks);
  g_assert_cmpfloat_with_epsilon (ticks.min, expected_min, 1e-9);
  g_assert_cmpfloat_with_epsilon (ticks.max, expected_max, 1e-9);
  g_assert_cmpfloat_with_epsilon (ticks.step, expected_step, 1e-9);
  g_assert_cmpuint (ticks.n_ticks, ==, (guint) lround ((expected_max - expected_min) /
                                                        expected_step) + 1);
}

static void
test_nice_ticks (void)
{
  assert_ticks (0, 10, 5, 0, 10, 2);
  assert_ticks (0, 10, 10, 0, 10, 1);
  assert_ticks (0, 10, 3, 0, 10, 5);
  assert_ticks (0, 7.3, 5, 0, 8, 2);
  assert_ticks (0, 1440, 4, 0, 1500, 500);
  assert_ticks (0.3, 0.72, 5, 0.3, 0.8, 0.1);
  /* A flat range still gets an axis instead of a division by zero. */
  assert_ticks (4, 4, 5, 4, 5, 0.2);

  g_assert_cmpfloat (pj_chart_nice_ceil (0.9), ==, 1);
  g_assert_cmpfloat (pj_chart_nice_ceil (1.6), ==, 2);
  g_assert_cmpfloat (pj_chart_nice_ceil (2.2), ==, 2.5);
  g_assert_cmpfloat (pj_chart_nice_ceil (2), ==, 2);
  g_assert_cmpfloat (pj_chart_nice_ceil (12), ==, 20);
  g_assert_cmpfloat (pj_chart_nice_ceil (0), ==, 1);
}

static void
test_pain_ticks (void)
{
  PjChartTicks ticks;

  /* Always 0 … 10; the step is the finest whose labels are at least 20 px apart. */
  pj_chart_pain_ticks (300, 20, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 1);
  g_assert_cmpuint (ticks.n_ticks, ==, 11);
  pj_chart_pain_ticks (150, 20, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 2);
  g_assert_cmpuint (ticks.n_ticks, ==, 6);
  pj_chart_pain_ticks (60, 20, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 5);
  pj_chart_pain_ticks (10, 20, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 10);
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, ==, 10);
}

static double
measure_8px (const char *text,
             gpointer    user_data)
{
  return 8.0 * g_utf8_strlen (text, -1);
}

static void
test_date_ticks_spans (void)
{
  PjDate last = pj_date_from_ymd (2026, 6, 30);
  const guint spans[] = { 1, 2, 7, 30, 91, 365, 3 * 365, 3652, 7305 };
  const double width = 1000;
  PjChartDateUnit previous_unit = PJ_CHART_DATE_UNIT_DAY;

  for (guint s = 0; s < G_N_ELEMENTS (spans); s++)
    {
      PjDate first = last - spans[s] + 1;
      PjChartDateUnit unit;
      g_autoptr (GArray) ticks = pj_chart_date_ticks (first, last, width, measure_8px, NULL,
                                                      &unit);
      double last_x = -G_MAXDOUBLE, last_width = 0;

      g_test_message ("span of %u days: %u ticks", spans[s], ticks->len);
      g_assert_cmpuint (ticks->len, >=, 1);
      /* Coarser units as the span grows, never finer. */
      g_assert_cmpint (unit, >=, previous_unit);
      previous_unit = unit;
      for (guint i = 0; i < ticks->len; i++)
        {
          PjChartDateTick *tick = &g_array_index (ticks, PjChartDateTick, i);
          double x = width * (tick->date - first + 0.5) / spans[s];

          g_assert_cmpuint (tick->date, >=, first);
          g_assert_cmpuint (tick->date, <=, last);
          g_assert_cmpstr (tick->label, !=, "");
          /* Thinned to fit: labels never touch. */
          g_assert_cmpfloat (x - last_x, >=, last_width);
          last_x = x;
          last_width = measure_8px (tick->label, NULL);
        }
    }

  /* One day is a day tick; twenty years are year ticks on 1 January. */
  {
    PjChartDateUnit unit;
    g_autoptr (GArray) ticks = pj_chart_date_ticks (last, last, width, NULL, NULL, &unit);

    g_assert_cmpint (unit, ==, PJ_CHART_DATE_UNIT_DAY);
    g_assert_cmpuint (ticks->len, ==, 1);
    g_assert_cmpuint (g_array_index (ticks, PjChartDateTick, 0).date, ==, last);
  }
  {
    PjChartDateUnit unit;
    g_autoptr (GArray) ticks = pj_chart_date_ticks (last - 7305 + 1, last, width, measure_8px,
                                                    NULL, &unit);
    int year, month, day;

    g_assert_cmpint (unit, ==, PJ_CHART_DATE_UNIT_YEAR);
    pj_date_to_ymd (g_array_index (ticks, PjChartDateTick, 0).date, &year, &month, &day);
    g_assert_cmpint (month, ==, 1);
    g_assert_cmpint (day, ==, 1);
    g_assert_cmpuint (ticks->len, >=, 4);
    g_assert_cmpuint (ticks->len, <=, 20);
  }
}

static void
test_date_ticks_narrow (void)
{
  PjDate last = pj_date_from_ymd (2026, 6, 30);
  g_autoptr (GArray) wide = pj_chart_date_ticks (last - 29, last, 1200, measure_8px, NULL, NULL);
  g_autoptr (GArray) narrow = pj_chart_date_ticks (last - 29, last, 300, measure_8px, NULL, NULL);

  /* The same month on a phone gets fewer labels. */
  g_assert_cmpuint (narrow->len, <, wide->len);
  g_assert_cmpuint (narrow->len, >=, 2);
}

static void
test_weekly_ticks_on_mondays (void)
{
  PjDate last = pj_date_from_ymd (2026, 6, 30);
  PjChartDateUnit unit;
  g_autoptr (GArray) ticks = pj_chart_date_ticks (last - 90, last, 600, measure_8px, NULL,
                                                  &unit);

  g_assert_cmpint (unit, ==, PJ_CHART_DATE_UNIT_DAY);
  for (guint i = 0; i < ticks->len; i++)
    g_assert_cmpint (pj_date_weekday (g_array_index (ticks, PjChartDateTick, i).date), ==,
                     G_DATE_MONDAY);
}

static void
test_labels_c_locale (void)
{
  PjDate date = pj_date_from_ymd (2026, 3, 14);
  g_autofree char *day = pj_chart_date_label (date, PJ_CHART_DATE_UNIT_DAY);
  g_autofree char *month = pj_chart_date_label (date, PJ_CHART_DATE_UNIT_MONTH);
  g_autofree char *january = pj_chart_date_label (pj_date_from_ymd (2027, 1, 1),
                                                  PJ_CHART_DATE_UNIT_MONTH);
  g_autofree char *year = pj_chart_date_label (date, PJ_CHART_DATE_UNIT_YEAR);

  g_assert_cmpstr (day, ==, "14 Mar");
  g_assert_cmpstr (month, ==, "Mar");
  g_assert_cmpstr (january, ==, "2027");
  g_assert_cmpstr (year, ==, "2026");

  /* Every month name is the C library's abbreviated name for the current locale, as GLib
   * formats it, not a string of our own. */
  for (int m = 2; m <= 12; m++)
    {
      g_autoptr (GDateTime) datetime = g_date_time_new_utc (2026, m, 14, 12, 0, 0);
      g_autofree char *expected = g_date_time_format (datetime, "%b");
      g_autofree char *label = pj_chart_date_label (pj_date_from_ymd (2026, m, 14),
                                                    PJ_CHART_DATE_UNIT_MONTH);

      g_assert_cmpstr (label, ==, expected);
    }
}

/* Compiles the German locale into a scratch folder with localedef, for machines where no
 * other locale is installed (CI containers have only C.UTF-8). Returns the folder or NULL. */
static char *
compile_german_locale (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "de_DE.UTF-8", NULL);
  g_autofree char *localedef = g_find_program_in_path ("localedef");
  const char *argv[] = { "localedef", "-i", "de_DE", "-f", "UTF-8", target, NULL };
  int status = -1;

  if (localedef == NULL ||
      !g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_file_test (target, G_FILE_TEST_IS_DIR))
    {
      pj_test_remove_tree (dir);
      return NULL;
    }
  return g_steal_pointer (&dir);
}

/* Month names come from the C library's locale data, not from a table of our own: under a
 * German or French locale, March is spelled as that language spells it. */
static void
test_labels_localised (void)
{
  const struct { const char *locale; const char *march; } cases[] = {
    { "de_DE.UTF-8", "Mär" }, { "fr_FR.UTF-8", "mars" }, { "es_ES.UTF-8", "mar" },
    { "pt_BR.UTF-8", "mar" },
  };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *compiled = NULL;
  guint tried = 0;

  for (int attempt = 0; attempt < 2 && tried == 0; attempt++)
    {
      if (attempt == 1)
        {
          compiled = compile_german_locale ();
          if (compiled == NULL)
            break;
          g_setenv ("LOCPATH", compiled, TRUE);
        }
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *month = NULL;

          if (setlocale (LC_ALL, cases[i].locale) == NULL)
            continue;
          month = pj_chart_date_label (pj_date_from_ymd (2026, 3, 14), PJ_CHART_DATE_UNIT_MONTH);
          g_test_message ("%s: %s", cases[i].locale, month);
          g_assert_true (g_str_has_prefix (month, cases[i].march));
          tried++;
        }
    }
  setlocale (LC_ALL, saved);
  if (compiled != NULL)
    {
      g_unsetenv ("LOCPATH");
      pj_test_remove_tree (compiled);
    }
  if (tried == 0)
    g_test_skip ("no German, French, Spanish or Portuguese locale is installed or can be built");
}

static void
test_time_scale (void)
{
  PjChartTimeScale scale = { pj_date_from_ymd (2026, 1, 1), 10, 50, 200 };

  /* Each day owns 20 px; its point is in the middle. */
  g_assert_cmpfloat (pj_chart_time_scale_x (&scale, scale.first), ==, 60);
  g_assert_cmpfloat (pj_chart_time_scale_x (&scale, scale.first + 9), ==, 240);
  g_assert_cmpuint (pj_chart_time_scale_date (&scale, 50), ==, scale.first);
  g_assert_cmpuint (pj_chart_time_scale_date (&scale, 69.9), ==, scale.first);
  g_assert_cmpuint (pj_chart_time_scale_date (&scale, 70), ==, scale.first + 1);
  g_assert_cmpuint (pj_chart_time_scale_date (&scale, 0), ==, scale.first);
  g_assert_cmpuint (pj_chart_time_scale_date (&scale, 1000), ==, scale.first + 9);
  for (PjDate d = scale.first; d < scale.first + 10; d++)
    g_assert_cmpuint (pj_chart_time_scale_date (&scale, pj_chart_time_scale_x (&scale, d)), ==, d);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-axis/nice-ticks", test_nice_ticks);
  g_test_add_func ("/chart-axis/pain-ticks", test_pain_ticks);
  g_test_add_func ("/chart-axis/date-ticks-1-day-to-20-years", test_date_ticks_spans);
  g_test_add_func ("/chart-axis/date-ticks-narrow", test_date_ticks_narrow);
  g_test_add_func ("/chart-axis/weekly-ticks-on-mondays", test_weekly_ticks_on_mondays);
  g_test_add_func ("/chart-axis/labels-c-locale", test_labels_c_locale);
  g_test_add_func ("/chart-axis/labels-localised", test_labels_localised);
  g_test_add_func ("/chart-axis/time-scale", test_time_scale);
  return g_test_run ();
}
