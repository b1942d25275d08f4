/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-body-map-render.h"
#include "pj-report-builder.h"
#include "pj-report-voice.h"

/* The sections above the diary. Each adds blocks to the document; none draws directly. */

#define BODY_MAP_HEIGHT 150.0

void
pj_report_add_header (PjReportBuilder *builder)
{
  const PjReportOptions *options = builder->options;
  PjReportBlock *block = pj_report_block_new ();
  g_autoptr (GString) who = g_string_new (NULL);
  g_autofree char *from = pj_report_format_date (options->from);
  g_autofree char *to = pj_report_format_date (options->to);
  g_autofree char *generated = NULL;
  g_autofree char *period = NULL;
  g_autofree char *made = NULL;
  guint n_days;
  double y;

  if (options->generated != NULL)
    /* Translators: the day the report was made, "3 Jun 2026"; see g_date_time_format() */
    generated = g_date_time_format (options->generated, _("%-d %b %Y"));
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      /* Translators: the day the report was made, "3 Jun 2026"; see g_date_time_format() */
      generated = g_date_time_format (now, _("%-d %b %Y"));
    }

  pj_report_block_add_layout (block, pj_report_text (builder, PJ_TEXT_TITLE,
                                                     _("Pain diary report"), 0), 0, 0);
  y = pj_report_block_get_height (block) + 2;

  if (options->name != NULL && *options->name != '\0')
    g_string_append (who, options->name);
  if (options->birth_year > 0)
    {
      if (who->len > 0)
        g_string_append (who, " · ");
      /* Translators: the person's year of birth in the report header */
      g_string_append_printf (who, _("born %d"), options->birth_year);
    }
  if (who->len > 0)
    {
      PangoLayout *layout = pj_report_text (builder, PJ_TEXT_BODY_BOLD, who->str, builder->width);

      pj_report_block_add_layout (block, layout, 0, y);
      y += pj_report_layout_height (layout) + 1;
    }

  /* Translators: the report period: first date, last date, number of days */
  n_days = options->to - options->from + 1;
  period = g_strdup_printf (ngettext ("Period: %s – %s (%u day)", "Period: %s – %s (%u days)",
                                      n_days), from, to, n_days);
  /* Translators: when and with which version the report was made */
  made = g_strdup_printf (_("Generated %s by Pain Journal %s · self-reported by the patient"),
                          generated, options->app_version ? options->app_version : PACKAGE_VERSION);
  pj_report_block_add_layout (block, pj_report_text (builder, PJ_TEXT_BODY, period,
                                                     builder->width), 0, y);
  y = pj_report_block_get_height (block) + 1;
  pj_report_block_add_layout (block, pj_report_text (builder, PJ_TEXT_SMALL, made,
                                                     builder->width), 0, y);
  pj_report_block_set_padding (block, 4);
  pj_report_block_set_rule (block, builder->palette.foreground, FALSE);
  pj_report_block_set_space_after (block, 10);
  pj_report_document_add (builder->document, block, PJ_REPORT_FLOW_NONE);
}

/* Four headline figures side by side: small label above a big number. */
static void
add_figures (PjReportBuilder *builder)
{
  const PjReportSummary *summary = builder->summary;
  PjReportBlock *block = pj_report_block_new ();
  double column = builder->width / 4;
  /* Translators: days logged out of the days in the period, "23 of 30" */
  g_autofree char *logged = g_strdup_printf (_("%u of %u"), summary->days_logged,
                                             summary->days_in_period);
  g_autofree char *mean = pj_report_format_number (summary->pain_mean);
  g_autofree char *worst = pj_report_format_number (summary->pain_worst_day);
  g_autofree char *least = pj_report_format_number (summary->pain_least_day);
  /* Each figure says what it is an average of: a day's pain is the mean of its check-ins. */
  const char *labels[] = {
    _("Days logged"), _("Average daily pain (0–10)"), _("Worst day (daily average)"),
    _("Least painful day (daily average)"),
  };
  const char *values[] = { logged, mean, worst, least };

  double label_height = 0;

  /* The values share one baseline below the tallest label (a long one wraps). */
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      PangoLayout *label = pj_report_text (builder, PJ_TEXT_SMALL, labels[i], column - 12);

      label_height = MAX (label_height, pj_report_layout_height (label));
      pj_report_block_add_layout (block, label, i * column + 6, 4);
    }
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    pj_report_block_add_layout (block, pj_report_text (builder, PJ_TEXT_FIGURE, values[i],
                                                       column - 12),
                                i * column + 6, 4 + label_height + 2);
  pj_report_block_set_padding (block, 4);
  pj_report_block_set_background (block, pj_color_with_alpha (builder->palette.grid, 0.06));
  pj_report_block_set_space_after (block, 8);
  pj_report_document_add (builder->document, block, PJ_REPORT_FLOW_NONE);
}

static char *
format_change (const PjReportSummary *summary)
{
  g_autofree char *start = pj_report_format_number (summary->start_mean);
  g_autofree char *end = pj_report_format_number (summary->end_mean);
  /* From the means as printed, so "3.1 … 3.2" reads "+0.1 points", never "+0.0". */
  double start_shown = round (summary->start_mean * 10) / 10;
  double delta = round (summary->end_mean * 10) / 10 - start_shown;
  double percent = start_shown > 0 ? 100 * delta / start_shown : NAN;
  g_autofree char *numbers = NULL;

  if (summary->change == PJ_PAIN_CHANGE_UNKNOWN)
    /* Translators: the days with pain in the first two weeks, in the last two, and the
     * least number of days each needs; only the first number has a noun to agree with */
    return g_strdup_printf (ngettext ("Not enough entries to compare: %u day with pain in the "
                                      "first two weeks and %u in the last two (at least %d "
                                      "each are needed, over a period of four weeks or more).",
                                      "Not enough entries to compare: %u days with pain in the "
                                      "first two weeks and %u in the last two (at least %d "
                                      "each are needed, over a period of four weeks or more).",
                                      summary->start_days),
                            summary->start_days, summary->end_days, PJ_REPORT_SUMMARY_MIN_DAYS);

  if (isnan (percent))
    numbers = g_strdup_printf (_("average pain %s in the first two weeks, %s in the last two "
                                 "(%+.1f points)"), start, end, delta);
  else
    numbers = g_strdup_printf (_("average pain %s in the first two weeks, %s in the last two "
                                 "(%+.1f points, %+.0f %%)"), start, end, delta, percent);

  switch (summary->change)
    {
    case PJ_PAIN_CHANGE_BETTER:
      return g_strdup_printf (_("Better: %s. A clinically meaningful improvement "
                                "(about 2 points or 30 %% or more)."), numbers);
    case PJ_PAIN_CHANGE_WORSE:
      return g_strdup_printf (_("Worse: %s. A clinically meaningful worsening "
                                "(about 2 points or 30 %% or more)."), numbers);
    case PJ_PAIN_CHANGE_SAME:
    case PJ_PAIN_CHANGE_UNKNOWN:
    default:
      return g_strdup_printf (_("About the same: %s, less than a clinically meaningful "
                                "change (about 2 points or 30 %%)."), numbers);
    }
}

static char *
format_code_counts (PjCodeKind   kind,
                    const guint *counts,
                    guint        n_codes,
                    guint        max,
                    guint        days_logged)
{
  g_autoptr (GString) text = g_string_new (NULL);
  guint order[32];
  guint n = pj_report_summary_rank (counts, n_codes, max, order);

  g_assert (n_codes <= G_N_ELEMENTS (order));
  if (n == 0)
    return g_strdup (_("None recorded"));
  for (guint i = 0; i < n; i++)
    {
      guint days = counts[order[i]];

      if (i > 0)
        g_string_append (text, "; ");
      if (days_logged > 0)
        /* Translators: a region or quality, on how many days, and the share of logged days */
        g_string_append_printf (text, ngettext ("%s %u day (%.0f\u00a0%%)",
                                                "%s %u days (%.0f\u00a0%%)", days),
                                pj_code_label (kind, order[i]), days,
                                100.0 * days / days_logged);
      else
        g_string_append_printf (text, ngettext ("%s %u day", "%s %u days", days),
                                pj_code_label (kind, order[i]), days);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_symptoms (const PjReportSummary *summary)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < PJ_N_SYMPTOMS; i++)
    {
      GArray *dates = summary->symptom_dates[i];
      g_autofree char *list = NULL;

      if (dates->len == 0)
        continue;
      list = pj_report_voice_format_dates (dates, FALSE);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s: %s", pj_code_label (PJ_CODE_KIND_SYMPTOM, i), list);
    }
  if (text->len == 0)
    return g_strdup (_("None reported"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
draw_body_map (cairo_t *cr,
               double   width,
               double   height,
               gpointer user_data)
{
  PjBodyMapState *state = user_data;
  PjPalette palette;

  pj_palette_init (&palette, PJ_PALETTE_PRINT);
  pj_body_map_render (cr, width, height, &palette, state);
}

/* Where it hurts, what it feels like and the warning symptoms, with the body map beside them
 * as a heat map of how often each region hurt. One block: the figure stays with its words. */
static void
add_details_with_map (PjReportBuilder   *builder,
                      const char *const *pairs)
{
  const PjReportSummary *summary = builder->summary;
  PjReportBlock *block = pj_report_block_new ();
  PjBodyMapState *state = g_new0 (PjBodyMapState, 1);
  double label_width = builder->width * 0.24;
  double map_width = BODY_MAP_HEIGHT * pj_body_map_aspect_ratio ();
  double text_width = builder->width - label_width - 8 - map_width - 16;
  double y = 0;

  pj_body_map_state_init (state);
  state->show_heat = TRUE;
  for (guint i = 0; i < PJ_N_LOCATIONS; i++)
    state->heat[i] = summary->days_logged > 0
                     ? (double) summary->location_days[i] / summary->days_logged : 0;

  for (guint i = 0; pairs[i] != NULL && pairs[i + 1] != NULL; i += 2)
    {
      PangoLayout *label = pj_report_text (builder, PJ_TEXT_BODY_BOLD, pairs[i], label_width);
      PangoLayout *value = pj_report_text (builder, PJ_TEXT_BODY, pairs[i + 1], text_width);
      double height = MAX (pj_report_layout_height (label), pj_report_layout_height (value));

      pj_report_block_add_layout (block, label, 0, y);
      pj_report_block_add_layout (block, value, label_width + 8, y);
      y += height + 3;
    }
  pj_report_block_add_drawing (block, builder->width - map_width, 0, map_width,
                               BODY_MAP_HEIGHT, draw_body_map, state, g_free);
  pj_report_block_set_space_after (block, 3);
  pj_report_document_add (builder->document, block, PJ_REPORT_FLOW_NONE);
}

void
pj_report_add_summary (PjReportBuilder *builder)
{
  const PjReportSummary *summary = builder->summary;
  g_autofree char *change = format_change (summary);
  g_autofree char *peg_start = pj_report_format_number (summary->peg_start);
  g_autofree char *peg_end = pj_report_format_number (summary->peg_end);
  g_autofree char *peg = NULL;
  g_autofree char *regions = format_code_counts (PJ_CODE_KIND_LOCATION, summary->location_days,
                                                 PJ_N_LOCATIONS, 5, summary->days_logged);
  g_autofree char *qualities = format_code_counts (PJ_CODE_KIND_QUALITY, summary->quality_days,
                                                   PJ_N_QUALITIES, 4, summary->days_logged);
  g_autofree char *symptoms = format_symptoms (summary);
  g_autofree char *peak = NULL;
  const char *pairs[16];
  guint n = 0;

  pj_report_add_heading (builder, _("Summary"));
  add_figures (builder);

  /* Translators: PEG = Pain, Enjoyment of life, General activity, a 3-item 0–10 scale */
  peg = g_strdup_printf (_("%s in the first two weeks, %s in the last two"), peg_start, peg_end);
  if (summary->pain_peak != PJ_UNSET)
    peak = g_strdup_printf (_("%d out of 10, one check-in (not a daily average)"),
                            summary->pain_peak);

  pairs[n++] = _("Change");
  pairs[n++] = change;
  pairs[n++] = _("PEG score (0–10)");
  pairs[n++] = peg;
  pairs[n] = NULL;
  pj_report_add_key_values (builder, pairs);

  n = 0;
  pairs[n++] = _("Where it hurt");
  pairs[n++] = regions;
  pairs[n++] = _("Pain qualities");
  pairs[n++] = qualities;
  pairs[n++] = _("Warning symptoms");
  pairs[n++] = symptoms;
  if (peak != NULL)
    {
      pairs[n++] = _("Highest single check-in");
      pairs[n++] = peak;
    }
  pairs[n] = NULL;
  add_details_with_map (builder, pairs);
}

static char *
format_medication (const PjMedicationUse *use)
{
  g_autofree char *first = pj_report_format_date (use->first);
  g_autofree char *last = pj_report_format_date (use->last);

  if (use->first == use->last)
    /* Translators: medication as written, on one day */
    return g_strdup_printf (_("%s — 1 day (%s)"), use->text, first);
  /* Translators: medication as written, on how many days, first and last date */
  return g_strdup_printf (ngettext ("%s — %u day (%s – %s)", "%s — %u days (%s – %s)",
                                    use->days), use->text, use->days, first, last);
}

void
pj_report_add_self_care (PjReportBuilder *builder)
{
  const PjReportSummary *summary = builder->summary;
  g_autofree char *self_care = format_code_counts (PJ_CODE_KIND_SELF_CARE,
                                                   summary->self_care_days, PJ_N_SELF_CARE, 0,
                                                   summary->days_logged);
  g_autofree char *activities = format_code_counts (PJ_CODE_KIND_ACTIVITY,
                                                    summary->activity_days, PJ_N_ACTIVITIES, 0,
                                                    summary->days_logged);
  g_autoptr (GString) medication = g_string_new (NULL);
  const char *pairs[7];

  for (guint i = 0; i < summary->medications->len; i++)
    {
      g_autofree char *line = format_medication (g_ptr_array_index (summary->medications, i));

      if (i > 0)
        g_string_append_c (medication, '\n');
      g_string_append (medication, line);
    }
  if (medication->len == 0)
    g_string_append (medication, _("None recorded"));

  pairs[0] = _("Self-care used");
  pairs[1] = self_care;
  pairs[2] = _("Activities");
  pairs[3] = activities;
  pairs[4] = _("Medication as written");
  pairs[5] = medication->str;
  pairs[6] = NULL;

  pj_report_add_heading (builder, _("Self-care and medication"));
  pj_report_add_key_values (builder, pairs);
}
