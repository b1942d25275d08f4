/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sentences of the chart's spoken summary, one whole sentence per period and per case:
 * "this month" pasted into another sentence would not agree with it in every language. */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-trends-page-private.h"

static void
week_sentences (PjPeriodSentences *out)
{
  /* Translators: the chart's spoken summary; %s is the mean pain, "4.2" */
  out->average = _("Average pain %s this week.");
  out->nothing = _("No pain logged this week.");
  /* Translators: the mean pain of this week, of the week before, then "better" or "about
   * the same" or "worse" */
  out->down = _("Average pain %s this week, down from %s the week before (%s).");
  /* Translators: the mean pain of this week, of the week before, then "better" or "about
   * the same" or "worse" */
  out->up = _("Average pain %s this week, up from %s the week before (%s).");
  /* Translators: the mean pain of this week */
  out->same = _("Average pain %s this week, the same as the week before.");
}

static void
month_sentences (PjPeriodSentences *out)
{
  /* Translators: the chart's spoken summary; %s is the mean pain, "4.2" */
  out->average = _("Average pain %s this month.");
  out->nothing = _("No pain logged this month.");
  /* Translators: the mean pain of this month, of the month before, then "better" or "about
   * the same" or "worse" */
  out->down = _("Average pain %s this month, down from %s the month before (%s).");
  /* Translators: the mean pain of this month, of the month before, then "better" or "about
   * the same" or "worse" */
  out->up = _("Average pain %s this month, up from %s the month before (%s).");
  /* Translators: the mean pain of this month */
  out->same = _("Average pain %s this month, the same as the month before.");
}

static void
quarter_sentences (PjPeriodSentences *out)
{
  /* Translators: the chart's spoken summary; %s is the mean pain, "4.2" */
  out->average = _("Average pain %s over these 3 months.");
  out->nothing = _("No pain logged in these 3 months.");
  /* Translators: the mean pain of these 3 months, of the 3 months before, then "better" or
   * "about the same" or "worse" */
  out->down = _("Average pain %s over these 3 months, down from %s the 3 months before (%s).");
  /* Translators: the mean pain of these 3 months, of the 3 months before, then "better" or
   * "about the same" or "worse" */
  out->up = _("Average pain %s over these 3 months, up from %s the 3 months before (%s).");
  /* Translators: the mean pain of these 3 months */
  out->same = _("Average pain %s over these 3 months, the same as the 3 months before.");
}

static void
year_sentences (PjPeriodSentences *out)
{
  /* Translators: the chart's spoken summary; %s is the mean pain, "4.2" */
  out->average = _("Average pain %s this year.");
  out->nothing = _("No pain logged this year.");
  /* Translators: the mean pain of this year, of the year before, then "better" or "about
   * the same" or "worse" */
  out->down = _("Average pain %s this year, down from %s the year before (%s).");
  /* Translators: the mean pain of this year, of the year before, then "better" or "about
   * the same" or "worse" */
  out->up = _("Average pain %s this year, up from %s the year before (%s).");
  /* Translators: the mean pain of this year */
  out->same = _("Average pain %s this year, the same as the year before.");
}

void
pj_trends_range_sentences (PjTrendsRange      range,
                           PjPeriodSentences *out)
{
  *out = (PjPeriodSentences) { 0 };
  switch (range)
    {
    case PJ_TRENDS_RANGE_WEEK:
      week_sentences (out);
      break;
    case PJ_TRENDS_RANGE_MONTH:
      month_sentences (out);
      break;
    case PJ_TRENDS_RANGE_QUARTER:
      quarter_sentences (out);
      break;
    case PJ_TRENDS_RANGE_YEAR:
      year_sentences (out);
      break;
    case PJ_TRENDS_RANGE_ALL:
    default:
      /* Translators: the chart's spoken summary over the whole journal; %s is the mean pain */
      out->average = _("Average pain %s overall.");
      out->nothing = _("No pain logged yet.");
      break;
    }
}
