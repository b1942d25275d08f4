/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-day.h"
#include "pj-report-builder.h"
#include "pj-report-columns.h"

/* The daily diary, shown only when the patient chose to include notes (otherwise the weekly
 * table stands for it): one row per logged day, in date order. A row is one block, so it never
 * splits; the header is a table header, so it repeats on every page. */

enum
{
  COLUMN_DATE,
  COLUMN_MEAN,
  COLUMN_WORST,
  COLUMN_LOCATIONS,
  COLUMN_SYMPTOMS,
  COLUMN_FACTORS,
  N_COLUMNS
};

/* Shares of the content width. */
static const double column_share[N_COLUMNS] = { 0.155, 0.055, 0.07, 0.21, 0.17, 0.34 };


static PjReportBlock *
header_block (PjReportBuilder       *builder,
              const PjReportColumns *columns)
{
  const char *titles[N_COLUMNS] = {
    _("Date"), _("Avg"), _("Worst"), _("Where"), _("Warning symptoms"), _("Key factors"),
  };
  PjReportBlock *block = pj_report_block_new ();

  for (guint i = 0; i < N_COLUMNS; i++)
    pj_report_block_add_layout (block, pj_report_text (builder, PJ_TEXT_SMALL_BOLD, titles[i],
                                                       columns->width[i]),
                                columns->x[i], PJ_REPORT_CELL_PAD);
  pj_report_block_set_padding (block, PJ_REPORT_CELL_PAD);
  pj_report_block_set_background (block, pj_color_with_alpha (builder->palette.grid, 0.12));
  return block;
}

static void
append_factor (GString    *text,
               const char *item)
{
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append (text, item);
}

/* The day's factors in a compact line: only what was recorded. */
static char *
format_factors (const PjDay *day)
{
  g_autoptr (GString) text = g_string_new (NULL);

  if (pj_is_set_decimal (day->sitting_hours))
    {
      /* Translators: the day's factors in the report's diary: hours sitting ("h" is hours,
       * "min" minutes); the same for the others below */
      g_autofree char *item = g_strdup_printf (_("sat %.1f h"), day->sitting_hours);
      append_factor (text, item);
    }
  if (pj_is_set_decimal (day->screen_hours))
    {
      g_autofree char *item = g_strdup_printf (_("screen %.1f h"), day->screen_hours);
      append_factor (text, item);
    }
  if (pj_is_set_int (day->exercise_minutes))
    {
      g_autofree char *item = g_strdup_printf (_("exercise %d min"), day->exercise_minutes);
      append_factor (text, item);
    }
  if (pj_is_set_decimal (day->sleep_hours))
    {
      g_autofree char *item = g_strdup_printf (_("slept %.1f h"), day->sleep_hours);
      append_factor (text, item);
    }
  if (pj_is_set_int (day->stress))
    {
      /* Translators: stress on the 0 to 10 scale */
      g_autofree char *item = g_strdup_printf (_("stress %d"), day->stress);
      append_factor (text, item);
    }
  if (day->self_care != 0)
    {
      g_autofree char *labels = pj_code_set_format_labels (PJ_CODE_KIND_SELF_CARE,
                                                           day->self_care);
      append_factor (text, labels);
    }
  if (day->medication != NULL && *day->medication != '\0')
    append_factor (text, day->medication);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_notes (const PjDay *day)
{
  g_autoptr (GString) text = g_string_new (NULL);

  if (day->note != NULL && *day->note != '\0')
    g_string_append (text, day->note);
  for (guint i = 0; i < day->checkins->len; i++)
    {
      const PjCheckin *checkin = g_ptr_array_index (day->checkins, i);
      char time[PJ_TIME_TEXT_LEN];

      if (checkin->note == NULL || *checkin->note == '\0')
        continue;
      pj_time_format (checkin->minutes, time);
      if (text->len > 0)
        g_string_append (text, "  ");
      g_string_append_printf (text, "%s %s", time, checkin->note);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static PjReportBlock *
row_block (PjReportBuilder       *builder,
           const PjReportColumns *columns,
           const PjDay           *day)
{
  PjReportBlock *block = pj_report_block_new ();
  g_autoptr (GDateTime) datetime = pj_date_to_local_datetime (day->date);
  g_autofree char *weekday = g_date_time_format (datetime, "%a");
  g_autofree char *day_text = pj_report_format_date (day->date);
  g_autofree char *date = NULL;
  g_autofree char *mean = pj_report_format_number (pj_day_pain_mean (day));
  g_autofree char *worst = NULL;
  g_autofree char *locations = pj_code_set_format_labels (PJ_CODE_KIND_LOCATION,
                                                          pj_day_locations (day));
  g_autofree char *symptoms = pj_code_set_format_labels (PJ_CODE_KIND_SYMPTOM,
                                                         pj_day_symptoms (day));
  g_autofree char *factors = format_factors (day);

  /* Translators: weekday and date in the diary, "Thu 11 Jun 2026" */
  date = g_strdup_printf (_("%s %s"), weekday, day_text);
  if (pj_day_pain_worst (day) != PJ_UNSET)
    worst = g_strdup_printf ("%d", pj_day_pain_worst (day));

  pj_report_columns_add_cell (builder, block, columns, COLUMN_DATE, PJ_TEXT_SMALL, date);
  pj_report_columns_add_cell (builder, block, columns, COLUMN_MEAN, PJ_TEXT_SMALL_BOLD, mean);
  pj_report_columns_add_cell (builder, block, columns, COLUMN_WORST, PJ_TEXT_SMALL, worst);
  pj_report_columns_add_cell (builder, block, columns, COLUMN_LOCATIONS, PJ_TEXT_SMALL, locations);
  pj_report_columns_add_cell (builder, block, columns, COLUMN_SYMPTOMS, PJ_TEXT_SMALL_BOLD,
                              symptoms);
  pj_report_columns_add_cell (builder, block, columns, COLUMN_FACTORS, PJ_TEXT_SMALL, factors);

  if (builder->options->include_notes)
    {
      g_autofree char *notes = format_notes (day);

      if (*notes != '\0')
        {
          double x = columns->x[COLUMN_LOCATIONS];
          double y = pj_report_block_get_height (block) + 1;
          g_autofree char *escaped = g_markup_escape_text (notes, -1);
          /* Translators: before the person's own notes in a diary row */
          g_autofree char *markup = g_strdup_printf ("<i>%s</i> %s", _("Notes:"), escaped);
          double width = builder->width - x - PJ_REPORT_CELL_PAD;

          pj_report_block_add_layout (block, pj_report_markup (builder, PJ_TEXT_SMALL, markup,
                                                               width),
                                      x, y);
        }
    }
  pj_report_block_set_padding (block, PJ_REPORT_CELL_PAD);
  pj_report_block_set_rule (block, builder->palette.grid, FALSE);
  return block;
}

void
pj_report_add_diary (PjReportBuilder *builder)
{
  PjReportColumns columns;
  guint rows = 0;

  if (!builder->options->include_notes)
    return;
  pj_report_columns_init (&columns, column_share, N_COLUMNS, builder->width);
  pj_report_add_heading (builder, _("Daily diary with notes"));

  for (guint i = 0; i < builder->days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (builder->days, i);

      if (day->checkins->len == 0 && pj_day_factors_empty (day) &&
          (day->note == NULL || *day->note == '\0'))
        continue;
      if (rows++ == 0)
        pj_report_document_begin_table (builder->document, header_block (builder, &columns));
      pj_report_document_add (builder->document, row_block (builder, &columns, day),
                              PJ_REPORT_FLOW_NONE);
    }
  if (rows > 0)
    pj_report_document_end_table (builder->document);
  else
    pj_report_add_paragraph (builder, PJ_TEXT_BODY, _("No entries in this period."));
}
