/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-analysis-text.h"
#include "pj-flags.h"

static const PjFlagInfo catalogue[] = {
  { "bladder-bowel", PJ_FLAG_LEVEL_URGENT, N_("Change in bladder or bowel control") },
  { "chest-symptoms", PJ_FLAG_LEVEL_URGENT, N_("Chest symptoms with back pain") },
  { "weakness", PJ_FLAG_LEVEL_URGENT, N_("New weakness in arms or legs") },
  { "injury-severe", PJ_FLAG_LEVEL_URGENT, N_("Severe pain after an injury") },
  { "balance", PJ_FLAG_LEVEL_URGENT, N_("Unsteady walking or clumsy hands") },
  { "numbness", PJ_FLAG_LEVEL_SEE_SOON, N_("Numbness or tingling") },
  { "radiating", PJ_FLAG_LEVEL_SEE_SOON, N_("Pain spreading into arms or legs") },
  { "fever", PJ_FLAG_LEVEL_SEE_SOON, N_("Fever, chills or night sweats") },
  { "weight-loss", PJ_FLAG_LEVEL_SEE_SOON, N_("Weight loss without trying") },
  { "night-pain", PJ_FLAG_LEVEL_SEE_SOON, N_("Night pain that rest does not ease") },
  { "severe-persistent", PJ_FLAG_LEVEL_SEE_SOON, N_("Severe pain several days running") },
  { "worsening", PJ_FLAG_LEVEL_SEE_SOON, N_("Your pain is getting worse") },
  { "persistent", PJ_FLAG_LEVEL_SEE_SOON, N_("Pain that is not settling") },
  { "not-improving", PJ_FLAG_LEVEL_SEE_SOON, N_("No improvement despite self-care") },
  { "function-loss", PJ_FLAG_LEVEL_SEE_SOON, N_("Pain is getting in the way of daily life") },
  { "subacute", PJ_FLAG_LEVEL_WATCH, N_("Pain for more than six weeks") },
  { "chronic", PJ_FLAG_LEVEL_WATCH, N_("Pain for more than three months") },
};

const char *
pj_flag_level_to_string (PjFlagLevel level)
{
  switch (level)
    {
    case PJ_FLAG_LEVEL_URGENT:
      return "urgent";
    case PJ_FLAG_LEVEL_SEE_SOON:
      return "see-soon";
    case PJ_FLAG_LEVEL_WATCH:
      return "watch";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
pj_flag_level_advice (PjFlagLevel level)
{
  switch (level)
    {
    case PJ_FLAG_LEVEL_URGENT:
      return _("Get medical help today; call emergency services if it is severe or getting "
               "worse quickly.");
    case PJ_FLAG_LEVEL_SEE_SOON:
      return _("Book an appointment with a physiotherapist or doctor in the next few days.");
    case PJ_FLAG_LEVEL_WATCH:
      return _("Worth keeping an eye on and mentioning at your next appointment.");
    default:
      g_return_val_if_reached (NULL);
    }
}

const PjFlagInfo *
pj_flags_catalogue (guint *n_flags)
{
  if (n_flags)
    *n_flags = G_N_ELEMENTS (catalogue);
  return catalogue;
}

const PjFlagInfo *
pj_flags_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    if (g_strcmp0 (catalogue[i].id, id) == 0)
      return &catalogue[i];
  return NULL;
}

void
pj_flag_free (PjFlag *flag)
{
  if (flag == NULL)
    return;
  g_free (flag->title);
  g_free (flag->reason);
  g_free (flag->report_reason);
  g_array_unref (flag->dates);
  g_free (flag);
}

PjFlag *
pj_flag_copy (const PjFlag *flag)
{
  PjFlag *copy = g_new0 (PjFlag, 1);

  copy->info = flag->info;
  copy->title = g_strdup (flag->title);
  copy->reason = g_strdup (flag->reason);
  copy->report_reason = g_strdup (flag->report_reason);
  copy->dates = g_array_copy (flag->dates);
  return copy;
}

PjDate
pj_flag_get_latest_date (const PjFlag *flag)
{
  return flag->dates->len > 0 ? g_array_index (flag->dates, PjDate, flag->dates->len - 1)
                              : PJ_DATE_NONE;
}

typedef struct
{
  const PjSeries *series;
  PjDate          as_of;
  GPtrArray      *flags;
} Context;

/* Adds the flag @id; takes @reason and @dates. */
static void
add_flag (Context    *context,
          const char *id,
          char       *reason,
          GArray     *dates)
{
  PjFlag *flag = g_new0 (PjFlag, 1);

  flag->info = pj_flags_lookup (id);
  g_assert (flag->info != NULL);
  flag->title = g_strdup (_(flag->info->title));
  flag->reason = reason;
  flag->dates = dates;
  g_ptr_array_add (context->flags, flag);
}

static GArray *
new_dates (void)
{
  return g_array_new (FALSE, FALSE, sizeof (PjDate));
}

static gboolean
has_symptom (const PjDay  *day,
             gconstpointer data)
{
  const PjSymptom *symptom = data;

  return (pj_day_symptoms (day) & PJ_CODE_BIT (*symptom)) != 0;
}

/* Dates in the last @window days ending on the evaluation date that pass @test. */
static GArray *
window_dates (Context      *context,
              guint         window,
              PjDayTest     test,
              gconstpointer data)
{
  return pj_series_dates_where (context->series, PJ_WINDOW_FIRST (context->as_of, window),
                                context->as_of, test, data);
}

typedef struct
{
  const char *id;
  PjSymptom   symptom;
  guint       window;    /* days */
  guint       min_days;  /* distinct dates needed */
  const char *reason;    /* N_(), one %s: the dates */
} SymptomRule;

static const SymptomRule symptom_rules[] = {
  { "bladder-bowel", PJ_SYMPTOM_BLADDER_BOWEL, 7, 1,
    N_("You noted a loss of, or change in, bladder or bowel control on %s.") },
  { "chest-symptoms", PJ_SYMPTOM_CHEST_SYMPTOMS, 7, 1,
    N_("You noted chest pain, shortness of breath or sweating with your back pain on %s. "
       "Upper back pain together with these can come from the heart or a major blood "
       "vessel.") },
  { "weakness", PJ_SYMPTOM_WEAKNESS, 7, 1,
    N_("You noted new weakness in your arms or legs on %s.") },
  { "balance", PJ_SYMPTOM_BALANCE, 7, 1,
    N_("You noted unsteady walking or clumsy hands on %s.") },
  { "numbness", PJ_SYMPTOM_NUMBNESS_TINGLING, 14, 1,
    N_("You noted numbness or tingling on %s.") },
  { "radiating", PJ_SYMPTOM_RADIATING, 14, 2,
    N_("You noted pain spreading into your arms or legs on several days of the last two "
       "weeks: %s.") },
  { "fever", PJ_SYMPTOM_FEVER, 14, 1,
    N_("You noted fever, chills or night sweats on %s.") },
  { "weight-loss", PJ_SYMPTOM_WEIGHT_LOSS, 30, 1,
    N_("You noted weight loss without trying on %s.") },
  { "night-pain", PJ_SYMPTOM_NIGHT_PAIN, 14, 3,
    N_("You noted pain at night that rest or a change of position does not ease on several "
       "days of the last two weeks: %s.") },
};

static void
evaluate_symptom_rule (Context           *context,
                       const SymptomRule *rule)
{
  g_autoptr (GArray) dates = window_dates (context, rule->window, has_symptom, &rule->symptom);
  g_autofree char *list = NULL;

  if (dates->len < rule->min_days)
    return;
  list = pj_analysis_format_dates (dates, context->as_of);
  add_flag (context, rule->id, pj_analysis_printf_table (_(rule->reason), list),
            g_steal_pointer (&dates));
}

/* Safer reading (see the report): a day in the last 7 with `after_injury` on a check-in and a
 * check-in of that day at pain ≥ 7 fires, even when the two were ticked on separate
 * check-ins, which includes the literal "one check-in with both". */
static gboolean
severe_after_injury (const PjDay  *day,
                     gconstpointer data)
{
  return has_symptom (day, &(PjSymptom) { PJ_SYMPTOM_AFTER_INJURY }) &&
         pj_day_pain_worst (day) >= 7;
}

static void
evaluate_injury_severe (Context *context)
{
  g_autoptr (GArray) dates = window_dates (context, 7, severe_after_injury, NULL);
  g_autofree char *list = NULL;
  int worst = 0;

  for (guint i = 0; i < dates->len; i++)
    worst = MAX (worst, pj_series_get_pain_worst (context->series,
                                                  g_array_index (dates, PjDate, i)));
  if (dates->len == 0)
    return;
  list = pj_analysis_format_dates (dates, context->as_of);
  add_flag (context, "injury-severe",
            g_strdup_printf (_("You noted that the pain started after a fall, accident or "
                               "injury, with pain reaching %d out of 10, on %s."),
                             worst, list),
            g_steal_pointer (&dates));
}

/* "7.5 on 3 Jun, 8 on 4 Jun and 7 on 5 Jun" */
static char *
format_pains (Context *context,
              GArray  *dates)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < dates->len; i++)
    {
      PjDate date = g_array_index (dates, PjDate, i);
      g_autofree char *pain = pj_analysis_format_number (pj_series_get_pain (context->series,
                                                                             date));
      g_autofree char *day = pj_analysis_format_date (date, context->as_of);
      /* Translators: a daily pain and its date in a list: "7.5 on 3 Jun" */
      g_autofree char *item = g_strdup_printf (_("%s on %s"), pain, day);

      if (i > 0)
        g_string_append (text, i + 1 < dates->len ? _(", ") : _(" and "));
      g_string_append (text, item);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
severe_day (const PjDay  *day,
            gconstpointer data)
{
  /* NAN (no check-in) fails, so a gap breaks the run: the rule wants all three days logged. */
  return pj_day_pain_mean (day) >= 7.0;
}

/* Three consecutive calendar days, all logged, each with daily pain ≥ 7, all inside the last
 * 14 days. Every day of every such run is a trigger date. */
static void
evaluate_severe_persistent (Context *context)
{
  g_autoptr (GArray) dates = pj_series_run_dates (context->series,
                                                  PJ_WINDOW_FIRST (context->as_of, 14),
                                                  context->as_of, 3, severe_day, NULL);
  g_autofree char *pains = NULL;

  if (dates->len == 0)
    return;
  pains = format_pains (context, dates);
  add_flag (context, "severe-persistent",
            /* Translators: %s lists daily pains with their dates: "7.5 on 3 Jun, 8 on 4 Jun
             * and 7 on 5 Jun" */
            g_strdup_printf (_("Your daily pain was 7 or more on at least three days in a row: "
                               "%s."), pains),
            g_steal_pointer (&dates));
}

/* The two weeks of worsening/improving: as_of-6 … as_of and as_of-13 … as_of-7, each with at
 * least 4 logged days. */
static gboolean
two_weeks (const PjSeries *series,
           PjDate          as_of,
           double         *out_last,
           double         *out_before)
{
  guint n_last, n_before;

  *out_last = pj_series_mean_pain (series, PJ_WINDOW_FIRST (as_of, 7), as_of, &n_last);
  *out_before = pj_series_mean_pain (series, PJ_WINDOW_FIRST (as_of, 14), as_of - 7,
                                     &n_before);
  return n_last >= 4 && n_before >= 4;
}

static void
evaluate_worsening (Context *context)
{
  double last, before;
  g_autofree char *last_text = NULL, *before_text = NULL, *rise_text = NULL;

  if (!two_weeks (context->series, context->as_of, &last, &before))
    return;
  /* ≥ 2.0 points and ≥ 1.3 × the week before, in tenths */
  if (last - before < 2.0 - PJ_EPSILON || last * 10.0 < before * 13.0 - PJ_EPSILON)
    return;
  last_text = pj_analysis_format_number (last);
  before_text = pj_analysis_format_number (before);
  rise_text = pj_analysis_format_number (last - before);
  add_flag (context, "worsening",
            g_strdup_printf (_("Your average pain was %s over the last 7 days, up from %s in "
                               "the 7 days before: %s points higher."),
                             last_text, before_text, rise_text),
            pj_series_logged_dates (context->series, PJ_WINDOW_FIRST (context->as_of, 7),
                                    context->as_of));
}

gboolean
pj_flags_improving (const PjSeries *series,
                    PjDate          as_of,
                    char          **out_reason)
{
  double last, before;
  g_autofree char *last_text = NULL, *before_text = NULL;

  g_return_val_if_fail (series != NULL, FALSE);

  if (out_reason)
    *out_reason = NULL;
  if (!two_weeks (series, as_of, &last, &before))
    return FALSE;
  /* ≥ 2.0 points lower and ≤ 0.7 × the week before */
  if (before - last < 2.0 - PJ_EPSILON || last * 10.0 > before * 7.0 + PJ_EPSILON)
    return FALSE;
  last_text = pj_analysis_format_number (last);
  before_text = pj_analysis_format_number (before);
  if (out_reason)
    *out_reason = g_strdup_printf (_("Your average pain was %s over the last 7 days, down from "
                                     "%s in the 7 days before. Keep it up."),
                                   last_text, before_text);
  return TRUE;
}

static void
evaluate_persistent (Context *context)
{
  PjDate first = PJ_WINDOW_FIRST (context->as_of, 14);
  g_autoptr (GArray) dates = pj_series_logged_dates (context->series, first, context->as_of);
  g_autofree char *mean_text = NULL, *least_text = NULL, *reason = NULL;
  double least = 10;

  if (dates->len < 10)
    return;
  for (guint i = 0; i < dates->len; i++)
    least = MIN (least, pj_series_get_pain (context->series, g_array_index (dates, PjDate, i)));
  if (least < 4.0)
    return;
  mean_text = pj_analysis_format_number (pj_series_mean_pain (context->series, first,
                                                              context->as_of, NULL));
  least_text = pj_analysis_format_number (least);
  reason = g_strdup_printf (ngettext ("Your daily pain was 4 or more on the %u day you logged "
                                      "in the last 14 (average %s, lowest %s).",
                                      "Your daily pain was 4 or more on every one of the %u days "
                                      "you logged in the last 14 (average %s, lowest %s).",
                                      dates->len),
                            dates->len, mean_text, least_text);
  add_flag (context, "persistent", g_steal_pointer (&reason), g_steal_pointer (&dates));
}

static gboolean
has_self_care_or_activity (const PjDay  *day,
                           gconstpointer data)
{
  return day->self_care != 0 || day->activities != 0 ||
         (pj_is_set_int (day->exercise_minutes) && day->exercise_minutes > 0);
}

static void
evaluate_not_improving (Context *context)
{
  PjDate as_of = context->as_of;
  PjDate first = PJ_WINDOW_FIRST (as_of, 28);
  g_autoptr (GArray) care = NULL;
  guint n_first, n_last, n_care;
  double mean_first = pj_series_mean_pain (context->series, first, first + 6, &n_first);
  double mean_last = pj_series_mean_pain (context->series, PJ_WINDOW_FIRST (as_of, 7), as_of,
                                          &n_last);
  g_autofree char *first_text = NULL, *last_text = NULL;

  if (n_first < 4 || n_last < 4)
    return;
  care = window_dates (context, 28, has_self_care_or_activity, NULL);
  n_care = care->len;
  if (n_care < 14)
    return;
  /* last-7 mean ≥ 4 and > 0.7 × first-7 mean (in tenths) */
  if (mean_last < 4.0 - PJ_EPSILON || mean_last * 10.0 <= mean_first * 7.0 + PJ_EPSILON)
    return;
  first_text = pj_analysis_format_number (mean_first);
  last_text = pj_analysis_format_number (mean_last);
  add_flag (context, "not-improving",
            /* Translators: the count is of the last 28 days (never fewer than 14) */
            g_strdup_printf (ngettext ("Your average pain was %s over the last 7 days against "
                                       "%s four weeks ago, although you logged self-care or "
                                       "activity on %u of the last 28 days.",
                                       "Your average pain was %s over the last 7 days against "
                                       "%s four weeks ago, although you logged self-care or "
                                       "activity on %u of the last 28 days.", n_care),
                             last_text, first_text, n_care),
            pj_series_logged_dates (context->series, PJ_WINDOW_FIRST (as_of, 7), as_of));
}

static gboolean
interferes_much (const PjDay  *day,
                 gconstpointer data)
{
  return pj_is_set_int (day->activity_interference) && day->activity_interference >= 7;
}

static void
evaluate_function_loss (Context *context)
{
  g_autoptr (GArray) dates = window_dates (context, 7, interferes_much, NULL);
  g_autofree char *list = NULL;

  if (dates->len < 3)
    return;
  list = pj_analysis_format_dates (dates, context->as_of);
  add_flag (context, "function-loss",
            g_strdup_printf (_("You rated how much pain interfered with your general activity "
                               "at 7 or more out of 10 on %s."), list),
            g_steal_pointer (&dates));
}

static void
evaluate_episode (Context *context,
                  PjDate   start)
{
  g_autoptr (GArray) dates = NULL;
  g_autofree char *since = NULL;
  guint age;

  if (start == PJ_DATE_NONE || start > context->as_of)
    return;
  age = context->as_of - start;
  if (age < 42)
    return;
  dates = new_dates ();
  g_array_append_val (dates, start);
  since = pj_analysis_format_date (start, context->as_of);
  /* The episode allows gaps of up to 14 days and days below 4 between its days: the sentence
   * says that pain of 4 or more came back, never that every day's pain was 4 or more. */
  add_flag (context, age <= 84 ? "subacute" : "chronic",
            /* Translators: %s is the episode's first day ("12 Jun"), %u its age in days */
            g_strdup_printf (ngettext ("Pain of 4 or more has kept coming back, with no "
                                       "two-week break, since %s: %u day.",
                                       "Pain of 4 or more has kept coming back, with no "
                                       "two-week break, since %s: %u days.", age),
                             since, age),
            g_steal_pointer (&dates));
}

static int
compare_level (gconstpointer a,
               gconstpointer b)
{
  const PjFlag *fa = *(const PjFlag **) a;
  const PjFlag *fb = *(const PjFlag **) b;

  if (fa->info->level != fb->info->level)
    return fa->info->level < fb->info->level ? -1 : 1;
  /* within a level, the order of the catalogue */
  return fa->info < fb->info ? -1 : fa->info > fb->info;
}

GPtrArray *
pj_flags_evaluate (const PjSeries *series,
                   PjDate          as_of,
                   PjDate          episode_start)
{
  Context context = { series, as_of, NULL };

  g_return_val_if_fail (series != NULL, NULL);

  context.flags = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_flag_free);
  for (guint i = 0; i < G_N_ELEMENTS (symptom_rules); i++)
    evaluate_symptom_rule (&context, &symptom_rules[i]);
  evaluate_injury_severe (&context);
  evaluate_severe_persistent (&context);
  evaluate_worsening (&context);
  evaluate_persistent (&context);
  evaluate_not_improving (&context);
  evaluate_function_loss (&context);
  evaluate_episode (&context, episode_start);
  g_ptr_array_sort (context.flags, compare_level);
  return context.flags;
}

GPtrArray *
pj_flags_urgent_for_checkin (const PjCheckin *checkin)
{
  GPtrArray *flags = g_ptr_array_new ();

  g_return_val_if_fail (checkin != NULL, flags);

  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    {
      const PjFlagInfo *info = &catalogue[i];

      if (info->level != PJ_FLAG_LEVEL_URGENT)
        continue;
      if (g_str_equal (info->id, "injury-severe"))
        {
          if ((checkin->symptoms & PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY)) && checkin->pain >= 7)
            g_ptr_array_add (flags, (gpointer) info);
          continue;
        }
      for (guint k = 0; k < G_N_ELEMENTS (symptom_rules); k++)
        if (g_str_equal (symptom_rules[k].id, info->id) &&
            (checkin->symptoms & PJ_CODE_BIT (symptom_rules[k].symptom)))
          g_ptr_array_add (flags, (gpointer) info);
    }
  return flags;
}
