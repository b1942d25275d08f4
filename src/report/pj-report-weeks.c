/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-chart-series.h"
#include "pj-day.h"
#include "pj-report-builder.h"
#include "pj-report-columns.h"

/* The weekly summary: one row per calendar week (Monday to Sunday, clipped to the period), the
 * same weeks as the charts, so a clinician reads months in a page instead of a day-by-day
 * diary. The daily diary follows only when the patient chose to include notes. */

enum
{
  COLUMN_WEEK,
  COLUMN_MEAN,
  COLUMN_WORST,
  COLUMN_DAYS,
  COLUMN_FACTORS,
  COLUMN_SIGNS,
  N_COLUMNS
};

static const double column_share[N_COLUMNS] = { 0.21, 0.08, 0.08, 0.08, 0.36, 0.19 };

#define NOTES_BOX_HEIGHT 190.0

static PjReportBlock *
header_block (PjReportBuilder       *builder,
              const PjReportColumns *columns)
{
  const char *titles[N_COLUMNS] = {
    _("Week"), _("Average pain"), _("Worst check-in"), _("Days logged"),
    _("Main factors (average per day recorded)"), _("Warning signs"),
  };
  PjReportBlock *block = pj_report_block_new ();

  for (guint i = 0; i < N_COLUMNS; i++)
    pj_report_columns_add_cell (builder, block, columns, i, PJ_TEXT_SMALL_BOLD, titles[i]);
  pj_report_block_set_padding (block, PJ_REPORT_CELL_PAD);
  pj_report_block_set_background (block, pj_color_with_alpha (builder->palette.grid, 0.12));
  return block;
}

typedef struct
{
  double sum[5];
  guint  n[5];
  guint  symptom_days[PJ_N_SYMPTOMS];
} WeekFactors;

enum { F_SITTING, F_SCREEN, F_EXERCISE, F_SLEEP, F_STRESS };

static void
add_value (WeekFactors *factors,
           guint        which,
           double       value)
{
  factors->sum[which] += value;
  factors->n[which]++;
}

static void
collect_week (PjReportBuilder   *builder,
              guint             *index,
              const PjChartWeek *week,
              WeekFactors       *out)
{
  GPtrArray *days = builder->days;

  for (; *index < days->len; (*index)++)
    {
      const PjDay *day = g_ptr_array_index (days, *index);
      guint symptoms;

      if (day->date > week->last)
        break;
      if (day->date < week->first)
        continue;
      if (pj_is_set_decimal (day->sitting_hours))
        add_value (out, F_SITTING, day->sitting_hours);
      if (pj_is_set_decimal (day->screen_hours))
        add_value (out, F_SCREEN, day->screen_hours);
      if (pj_is_set_int (day->exercise_minutes))
        add_value (out, F_EXERCISE, day->exercise_minutes);
      if (pj_is_set_decimal (day->sleep_hours))
        add_value (out, F_SLEEP, day->sleep_hours);
      if (pj_is_set_int (day->stress))
        add_value (out, F_STRESS, day->stress);
      symptoms = pj_day_symptoms (day);
      for (guint s = 0; s < PJ_N_SYMPTOMS; s++)
        if (symptoms & PJ_CODE_BIT (s))
          out->symptom_days[s]++;
    }
}

static void
append_item (GString    *text,
             const char *item)
{
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append (text, item);
}

static void
append_mean (GString           *text,
             const WeekFactors *f,
             guint              which)
{
  g_autofree char *item = NULL;
  double mean;

  if (f->n[which] == 0)
    return;
  mean = f->sum[which] / f->n[which];
  switch (which)
    {
    case F_SITTING:
      /* Translators: weekly averages per day recorded in the report's weekly table; "h" is
       * hours, "min" minutes; the same for the others below */
      item = g_strdup_printf (_("sitting %.1f h"), mean);
      break;
    case F_SCREEN:
      item = g_strdup_printf (_("screen %.1f h"), mean);
      break;
    case F_EXERCISE:
      item = g_strdup_printf (_("exercise %.0f min"), mean);
      break;
    case F_SLEEP:
      item = g_strdup_printf (_("sleep %.1f h"), mean);
      break;
    case F_STRESS:
    default:
      item = g_strdup_printf (_("stress %.1f/10"), mean);
      break;
    }
  append_item (text, item);
}

/* Only what was recorded: a factor never logged that week is left out, not shown as 0. */
static char *
format_factors (const WeekFactors *f)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = F_SITTING; i <= F_STRESS; i++)
    append_mean (text, f, i);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_signs (const WeekFactors *f)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint s = 0; s < PJ_N_SYMPTOMS; s++)
    {
      if (f->symptom_days[s] == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      /* Translators: a warning sign and on how many days of the week, "Numbness (2 days)" */
      g_string_append_printf (text, ngettext ("%s (%u day)", "%s (%u days)",
                                              f->symptom_days[s]),
                              pj_code_label (PJ_CODE_KIND_SYMPTOM, s), f->symptom_days[s]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_week (const PjChartWeek *week)
{
  g_autoptr (GDateTime) first = pj_date_to_local_datetime (week->first);
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = pj_report_format_date (week->last);

  if (week->first == week->last)
    return g_steal_pointer (&last_text);
  /* Translators: the first day of a week in the weekly table, before " – 9 Aug 2026" */
  first_text = g_date_time_format (first, _("%-d %b"));
  /* Translators: a week in the report, "3 Aug – 9 Aug 2026" */
  return g_strdup_printf (_("%s – %s"), first_text, last_text);
}

static PjReportBlock *
row_block (PjReportBuilder       *builder,
           const PjReportColumns *columns,
           const PjChartWeek     *week,
           const WeekFactors     *factors)
{
  PjReportBlock *block = pj_report_block_new ();
  g_autofree char *dates = format_week (week);
  g_autofree char *mean = pj_report_format_number (week->mean);
  g_autofree char *worst = isnan (week->worst) ? g_strdup ("–")
                                               : g_strdup_printf ("%.0f", week->worst);
  /* Translators: days logged out of the week's days, "5 of 7" */
  g_autofree char *days = g_strdup_printf (_("%u of %u"), week->n_logged,
                                           week->last - week->first + 1);
  g_autofree char *factor_text = format_factors (factors);
  g_autofree char *signs = format_signs (factors);

  pj_report_columns_add_cell (builder, block, columns, COLUMN_WEEK, PJ_TEXT_SMALL, dates);
  pj_report_columns_add_cell (builder, block, columns, COLUMN_MEAN, PJ_TEXT_SMALL_BOLD, mean);
  pj_report_columns_add_cell (builder, block, columns, COLUMN_WORST, PJ_TEXT_SMALL, worst);
  pj_report_columns_add_cell (builder, block, columns, COLUMN_DAYS, PJ_TEXT_SMALL, days);
  pj_report_columns_add_cell (builder, block, columns, COLUMN_FACTORS, PJ_TEXT_SMALL, factor_text);
  pj_report_columns_add_cell (builder, block, columns, COLUMN_SIGNS, PJ_TEXT_SMALL_BOLD, signs);
  pj_report_block_set_padding (block, PJ_REPORT_CELL_PAD);
  pj_report_block_set_rule (block, builder->palette.grid, FALSE);
  return block;
}

void
pj_report_add_weekly_table (PjReportBuilder *builder)
{
  const PjReportOptions *options = builder->options;
  g_autoptr (PjChartSeries) series = pj_chart_series_new (builder->days, options->from,
                                                          options->to, PJ_CHART_FACTOR_NONE);
  PjReportColumns columns;
  guint index = 0;

  pj_report_columns_init (&columns, column_share, N_COLUMNS, builder->width);
  pj_report_add_heading (builder, _("Week by week"));
  pj_report_add_lead_in (builder, PJ_TEXT_SMALL,
                         _("Average pain is the mean of the daily averages of the days "
                           "logged; the worst is the highest single check-in of the week."));
  pj_report_document_begin_table (builder->document, header_block (builder, &columns));
  for (guint i = 0; i < series->weeks->len; i++)
    {
      const PjChartWeek *week = &g_array_index (series->weeks, PjChartWeek, i);
      WeekFactors factors = { { 0 } };

      collect_week (builder, &index, week, &factors);
      pj_report_document_add (builder->document, row_block (builder, &columns, week, &factors),
                              PJ_REPORT_FLOW_NONE);
    }
  pj_report_document_end_table (builder->document);
}

static void
draw_notes_lines (cairo_t *cr,
                  double   width,
                  double   height,
                  gpointer user_data)
{
  PjPalette *palette = user_data;

  cairo_set_source_rgba (cr, palette->grid.red, palette->grid.green, palette->grid.blue, 0.35);
  cairo_set_line_width (cr, 0.5);
  for (double y = 24; y < height - 4; y += 24)
    {
      cairo_move_to (cr, 8, y);
      cairo_line_to (cr, width - 8, y);
    }
  cairo_stroke (cr);
}

/* Last in the report, so it ends on the last page: room for the reader's own notes. */
void
pj_report_add_clinician_notes (PjReportBuilder *builder)
{
  PjReportBlock *block = pj_report_block_new ();
  PjPalette *palette = g_new (PjPalette, 1);

  *palette = builder->palette;
  pj_report_add_heading (builder, _("Clinician's notes"));
  pj_report_block_add_drawing (block, 0, 0, builder->width, NOTES_BOX_HEIGHT, draw_notes_lines,
                               palette, g_free);
  pj_report_block_set_rule (block, builder->palette.grid, TRUE);
  pj_report_document_add (builder->document, block, PJ_REPORT_FLOW_NONE);
}
