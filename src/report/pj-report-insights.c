/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-correlation.h"
#include "pj-flags.h"
#include "pj-report-builder.h"
#include "pj-report-voice.h"
#include "pj-series.h"

/* The sections that come from the analysis: the flags raised in the period and the personal
 * patterns. Both quote the person's own numbers, never a diagnosis. */

static PjColor
level_color (const PjPalette *palette,
             PjFlagLevel      level)
{
  switch (level)
    {
    case PJ_FLAG_LEVEL_URGENT:
      return palette->marker_urgent;
    case PJ_FLAG_LEVEL_SEE_SOON:
      return palette->marker_see_soon;
    case PJ_FLAG_LEVEL_WATCH:
    default:
      return palette->marker_watch;
    }
}

static const char *
level_label (PjFlagLevel level)
{
  switch (level)
    {
    case PJ_FLAG_LEVEL_URGENT:
      return _("Urgent");
    case PJ_FLAG_LEVEL_SEE_SOON:
      return _("See a professional soon");
    case PJ_FLAG_LEVEL_WATCH:
    default:
      return _("Watch");
    }
}

/* The flags whose reason names a window ("the 7 days to …") rather than the days themselves:
 * their dates say on which days of the period the pattern was seen. */
static gboolean
reason_lists_dates (const PjFlag *flag)
{
  const char *id = flag->info->id;

  return !g_str_equal (id, "worsening") && !g_str_equal (id, "persistent") &&
         !g_str_equal (id, "not-improving");
}

/* A colour bar, the level, the title; below it the reason and the dates. One block, so a flag
 * is never split from its reason. */
static void
add_flag (PjReportBuilder *builder,
          const PjFlag    *flag)
{
  PjReportBlock *block = pj_report_block_new ();
  g_autofree char *dates = pj_report_voice_format_dates (flag->dates, FALSE);
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b> · %s",
                                                    level_label (flag->info->level),
                                                    pj_flag_report_title (flag->info));
  /* Translators: the days of the period on which a flag's pattern was seen */
  g_autofree char *when = g_strdup_printf (_("Seen on: %s"), dates);
  const char *reason = flag->report_reason != NULL ? flag->report_reason : flag->reason;
  double indent = 10, width = builder->width - indent;
  PangoLayout *layout;
  double y = 0;

  layout = pj_report_markup (builder, PJ_TEXT_BODY, title, width);
  pj_report_block_add_layout (block, layout, indent, y);
  y += pj_report_layout_height (layout) + 1;
  layout = pj_report_text (builder, PJ_TEXT_BODY, reason, width);
  pj_report_block_add_layout (block, layout, indent, y);
  y += pj_report_layout_height (layout) + 1;
  if (flag->dates->len > 0 && !reason_lists_dates (flag))
    pj_report_block_add_layout (block, pj_report_text (builder, PJ_TEXT_SMALL, when, width),
                                indent, y);
  pj_report_block_set_mark (block, level_color (&builder->palette, flag->info->level), 3);
  pj_report_block_set_space_after (block, 6);
  pj_report_document_add (builder->document, block, PJ_REPORT_FLOW_NONE);
}

void
pj_report_add_flags (PjReportBuilder *builder)
{
  g_autoptr (PjSeries) series = pj_series_new (builder->all_days, builder->options->from,
                                               builder->options->to);
  g_autofree char *improving = pj_flags_improving_for_report (series, builder->options->to);

  pj_report_add_heading (builder, _("Warning signs raised in this period"));
  /* The levels once, before the first of them: the app's words, meant for the patient. */
  pj_report_add_lead_in (builder, PJ_TEXT_SMALL,
                         _("Patterns in the diary checked against published warning signs; "
                           "they are not a diagnosis. Levels, as the app advised the patient: "
                           "Urgent: get medical help the same day. See a professional soon: "
                           "see a physiotherapist or doctor within days. Watch: worth "
                           "mentioning at the next appointment."));
  if (builder->flags->len == 0)
    pj_report_add_paragraph (builder, PJ_TEXT_BODY,
                             _("No warning sign was raised in this period."));
  for (guint i = 0; i < builder->flags->len; i++)
    add_flag (builder, g_ptr_array_index (builder->flags, i));

  /* The good news too: it is part of what the clinician needs to know. */
  if (improving != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Improving at the end of the period: %s"),
                                               improving);

      pj_report_add_paragraph (builder, PJ_TEXT_BODY, text);
    }
}

void
pj_report_add_patterns (PjReportBuilder *builder)
{
  const PjReportOptions *options = builder->options;
  PjDate first = MAX (options->from, PJ_WINDOW_FIRST (options->to, PJ_CORRELATION_WINDOW));
  g_autoptr (PjSeries) series = pj_series_new (builder->days, first, options->to);
  g_autoptr (GPtrArray) correlations = pj_correlations_evaluate (series, options->to);
  guint shown = 0;

  pj_report_add_heading (builder, _("Personal patterns"));
  for (guint i = 0; i < correlations->len; i++)
    {
      const PjCorrelation *correlation = g_ptr_array_index (correlations, i);
      g_autofree char *text = pj_correlation_format_report (correlation);
      g_autofree char *line = NULL;

      if (text == NULL)
        continue;
      /* Translators: a bullet before each pattern sentence */
      line = g_strdup_printf (_("• %s"), text);
      pj_report_add_paragraph (builder, PJ_TEXT_BODY, line);
      shown++;
    }
  if (shown == 0)
    {
      /* The threshold is written the locale's way ("0,3" in German), like every figure. */
      g_autofree char *rho = pj_report_format_number (PJ_CORRELATION_MIN_RHO);
      /* Translators: the least number of days (14), then the least rank correlation, "0.3" */
      g_autofree char *none = g_strdup_printf (ngettext ("No factor went clearly together "
                                                         "with the pain in this period (at "
                                                         "least %u day with both, and a rank "
                                                         "correlation of %s or more, are "
                                                         "needed).",
                                                         "No factor went clearly together "
                                                         "with the pain in this period (at "
                                                         "least %u days with both, and a rank "
                                                         "correlation of %s or more, are "
                                                         "needed).", PJ_CORRELATION_MIN_PAIRS),
                                               (guint) PJ_CORRELATION_MIN_PAIRS, rho);

      pj_report_add_paragraph (builder, PJ_TEXT_BODY, none);
    }
  else
    pj_report_add_paragraph (builder, PJ_TEXT_SMALL,
                             _("Days are compared as recorded, over the last 90 days of the "
                               "period at most: these patterns show what went together, not "
                               "what caused what."));
}
