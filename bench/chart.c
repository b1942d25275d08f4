/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench/chart: how long the chart renderer takes for 30 days … 100 years of journal.
 *
 * Renders daily pain plus one factor (sitting hours) at 1200×400 into an image surface and
 * prints the median time of many runs for each span, with the ratio against one year. The data
 * and the series are built before the clock starts: the page builds a series once per change of
 * data, while it renders on every frame. The series build time is printed separately.
 *
 *   bench/chart [--runs N] [--png DIR] */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "pj-chart.h"

#define WIDTH 1200
#define HEIGHT 400

/* Demo-like data: a slow seasonal wave with flare-ups, one to three check-ins a day, about one
 * day in eight missed, and sitting hours that move with the pain. */
static GPtrArray *
make_days (PjDate first,
           guint  n_days)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260630);
  GPtrArray *days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);

  for (guint i = 0; i < n_days; i++)
    {
      PjDay *day;
      double base = 4.0 + 1.5 * sin (i / 58.0) + (g_rand_int_range (rand, 0, 40) == 0 ? 3 : 0);
      int n_checkins = g_rand_int_range (rand, 1, 4);

      if (g_rand_int_range (rand, 0, 8) == 0)
        continue;
      day = pj_day_new (first + i);
      day->sitting_hours = CLAMP (6 + (base - 4) + g_rand_double_range (rand, -1.5, 1.5), 0, 24);
      for (int c = 0; c < n_checkins; c++)
        {
          int pain = (int) lround (base + g_rand_double_range (rand, -1.5, 1.5));

          pj_day_add_checkin (day, pj_checkin_new (first + i, 8 * 60 + c * 300,
                                                   CLAMP (pain, 0, 10)));
        }
      g_ptr_array_add (days, day);
    }
  return days;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

typedef struct
{
  const char *name;
  guint       n_days;
  double      render_ms;
  double      build_ms;
} Span;

static void
measure_span (Span       *span,
              guint       runs,
              const char *png_dir)
{
  PjDate last = pj_date_from_ymd (2026, 6, 30);
  PjDate first = last - span->n_days + 1;
  g_autoptr (GPtrArray) days = make_days (first, span->n_days);
  g_autoptr (PjChart) chart = pj_chart_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autofree double *times = g_new (double, runs);
  PjPalette palette;
  gint64 start;

  pj_palette_init (&palette, PJ_PALETTE_LIGHT);

  start = g_get_monotonic_time ();
  pj_chart_set_series (chart, pj_chart_series_new (days, first, last,
                                                   PJ_CHART_FACTOR_SITTING_HOURS));
  span->build_ms = (g_get_monotonic_time () - start) / 1000.0;

  /* One untimed render warms fonts and caches, as the window's first frame would. */
  pj_chart_render (chart, cr, WIDTH, HEIGHT, &palette);
  for (guint i = 0; i < runs; i++)
    {
      start = g_get_monotonic_time ();
      pj_chart_render (chart, cr, WIDTH, HEIGHT, &palette);
      cairo_surface_flush (surface);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  span->render_ms = median (times, runs);

  if (png_dir != NULL)
    {
      g_autofree char *name = g_strdup_printf ("chart-%s.png", span->name);
      g_autofree char *path = g_build_filename (png_dir, name, NULL);

      cairo_surface_write_to_png (surface, path);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  Span spans[] = {
    { "30d", 30 }, { "1y", 365 }, { "10y", 3650 }, { "100y", 36500 },
    /* Not a target: the most points still drawn as a stroked line (just over 2 px per day at
     * this width), the renderer's slowest case, shown so it is not hidden. */
    { "18m", 548 },
  };
  int runs = 60;
  const char *png_dir = NULL;
  double one_year;
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Renders per span (default 60)", "N" },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png_dir, "Also write each chart as PNG", "DIR" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- chart renderer benchmark");
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--runs must be at least 1");
      return 2;
    }

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    measure_span (&spans[i], runs, png_dir);

  one_year = spans[1].render_ms;
  g_print ("chart %dx%d, pain + sitting hours, median of %d renders\n", WIDTH, HEIGHT, runs);
  g_print ("%-6s %8s %10s %12s\n", "span", "days", "render ms", "ratio vs 1y");
  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    g_print ("%-6s %8u %10.3f %12.2f   (series build %.3f ms, untimed)\n", spans[i].name,
             spans[i].n_days, spans[i].render_ms, spans[i].render_ms / one_year,
             spans[i].build_ms);
  g_print ("targets: 10y/1y <= 1.5 (%s), 100y/1y <= 2.5 (%s), 10y < 16 ms (%s)\n",
           spans[2].render_ms / one_year <= 1.5 ? "met" : "MISSED",
           spans[3].render_ms / one_year <= 2.5 ? "met" : "MISSED",
           spans[2].render_ms < 16 ? "met" : "MISSED");
  return 0;
}
