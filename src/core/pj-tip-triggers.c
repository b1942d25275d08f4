/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-analysis-text.h"
#include "pj-flags.h"
#include "pj-tip-triggers.h"

/* Marks a singular and a plural sentence of the table for xgettext (po/meson.build knows the
 * keyword); they fill two fields, sentence and plural, and are translated with ngettext(). */
#define PJ_NN_(singular, plural) singular, plural

/* ----- questions about one day, for the counting measures ----- */

static gboolean
few_breaks (const PjDay  *day,
            gconstpointer data)
{
  return pj_is_set_decimal (day->sitting_hours) && day->sitting_hours >= 4 &&
         pj_is_set_int (day->breaks) && day->breaks < 3;
}

static gboolean
has_self_care (const PjDay  *day,
               gconstpointer data)
{
  const PjSelfCare *self_care = data;

  return (day->self_care & PJ_CODE_BIT (*self_care)) != 0;
}

static const PjSelfCare ergonomics = PJ_SELF_CARE_ERGONOMICS;
static const PjSelfCare rest = PJ_SELF_CARE_REST;

static gboolean
has_neck (const PjDay  *day,
          gconstpointer data)
{
  return (pj_day_locations (day) & PJ_CODE_BIT (PJ_LOCATION_NECK)) != 0;
}

static gboolean
has_stiffness (const PjDay  *day,
               gconstpointer data)
{
  return (pj_day_qualities (day) & PJ_CODE_BIT (PJ_QUALITY_STIFFNESS)) != 0;
}

static gboolean
stiff_or_aching (const PjDay  *day,
                 gconstpointer data)
{
  PjCodeSet set = PJ_CODE_BIT (PJ_QUALITY_STIFFNESS) | PJ_CODE_BIT (PJ_QUALITY_ACHING);

  return (pj_day_qualities (day) & set) != 0;
}

static gboolean
has_injury (const PjDay  *day,
            gconstpointer data)
{
  return (pj_day_symptoms (day) & PJ_CODE_BIT (PJ_SYMPTOM_AFTER_INJURY)) != 0;
}

static gboolean
is_active (const PjDay  *day,
           gconstpointer data)
{
  return day->activities != 0 ||
         (pj_is_set_int (day->exercise_minutes) && day->exercise_minutes > 0);
}

/* Exercise written down as 0 minutes with no activity: a day known to be without exercise, not
 * one where exercise was left blank. */
static gboolean
no_exercise_logged (const PjDay  *day,
                    gconstpointer data)
{
  return day->activities == 0 && pj_is_set_int (day->exercise_minutes) &&
         day->exercise_minutes == 0;
}

/* A day with a check-in whose exercise was left blank: nothing is known about its exercise. */
static gboolean
exercise_unknown (const PjDay  *day,
                  gconstpointer data)
{
  return day->checkins->len > 0 && day->activities == 0 &&
         !pj_is_set_int (day->exercise_minutes);
}

static gboolean
has_activity (const PjDay  *day,
              gconstpointer data)
{
  return day->activities != 0;
}

static gboolean
has_core_work (const PjDay  *day,
               gconstpointer data)
{
  PjCodeSet core = PJ_CODE_BIT (PJ_ACTIVITY_STRENGTH) | PJ_CODE_BIT (PJ_ACTIVITY_CORE) |
                   PJ_CODE_BIT (PJ_ACTIVITY_PILATES) | PJ_CODE_BIT (PJ_ACTIVITY_YOGA);

  return (day->activities & core) != 0;
}

static gboolean
high_stress (const PjDay  *day,
             gconstpointer data)
{
  return pj_is_set_int (day->stress) && day->stress >= 7;
}

/* Medication counts when ticked as self-care or when a medicine was written down. */
static gboolean
has_medication (const PjDay  *day,
                gconstpointer data)
{
  return (day->self_care & PJ_CODE_BIT (PJ_SELF_CARE_MEDICATION)) != 0 ||
         (day->medication != NULL && day->medication[0] != '\0');
}

/* The worst pain of @day's sharp or throbbing check-ins at @at_least or more; -1 when none. */
static int
acute_worst (const PjDay *day,
             double       at_least)
{
  PjCodeSet acute = PJ_CODE_BIT (PJ_QUALITY_SHARP) | PJ_CODE_BIT (PJ_QUALITY_THROBBING);
  int worst = -1;

  for (guint i = 0; i < day->checkins->len; i++)
    {
      const PjCheckin *checkin = g_ptr_array_index (day->checkins, i);

      if ((checkin->qualities & acute) && checkin->pain >= at_least)
        worst = MAX (worst, checkin->pain);
    }
  return worst;
}

static gboolean
is_acute (const PjDay  *day,
          gconstpointer data)
{
  return acute_worst (day, *(const double *) data) >= 0;
}

/* ----- the table ----- */

typedef enum
{
  MEASURE_NONE,           /* an unused slot */
  MEASURE_MEAN_FACTOR,    /* mean of the factor over the days that have it; NAN without */
  MEASURE_SUM_FACTOR,     /* total of the factor; NAN when no day has it (not a fake 0) */
  MEASURE_MEAN_PAIN,      /* mean daily pain; NAN without check-ins */
  MEASURE_LOGGED_DAYS,    /* how many days have a check-in */
  MEASURE_DAYS,           /* how many days pass the test */
  MEASURE_RUN_DAYS,       /* how many days lie in runs of 3 or more days that pass the test */
  MEASURE_ACUTE_PAIN,     /* the worst pain of the sharp or throbbing check-ins at *data or
                           * more; their days are the dates */
  MEASURE_SEE_SOON_FLAGS, /* how many see-soon flags are active */
} Measure;

typedef enum
{
  AT_LEAST,
  AT_MOST,
  BELOW,
} Compare;

/* What the sentence quotes, in the order of its conversions. */
typedef enum
{
  QUOTE_NOTHING,
  QUOTE_NUMBER,          /* %s: the measured value ("6.5") */
  QUOTE_MEAN,            /* %s: the mean; %u: the days it is taken over; singular and plural */
  QUOTE_COUNT_AND_PAIN,  /* %u: the measured count; %s: the mean pain of the last 7 days;
                          * singular and plural */
  QUOTE_DATES,           /* %s: the dates ("3 Jun and 5 Jun") */
  QUOTE_COUNT,           /* %u: the count; singular and plural */
  QUOTE_WORST_AND_DATES, /* %d: the measured value; %s: the dates */
  QUOTE_DATES_AND_PAIN,  /* %s: the dates; %s: the mean pain of the last 7 days */
  QUOTE_FLAG_TITLES,     /* %s: the titles of the see-soon flags */
} Quote;

typedef struct
{
  Measure       measure;
  guint         window;     /* days ending on the evaluation date */
  PjFactor      factor;     /* the factor measures */
  PjDayTest     test;       /* the counting measures */
  gconstpointer data;       /* for @test */
  Compare       compare;
  double        threshold;
  /* The strength: @fixed when not 0, else 0.5 at @threshold rising to 1 at @full. */
  double        full;
  double        fixed;
  Quote         quote;
  const char   *sentence;   /* N_() */
  const char   *plural;     /* with QUOTE_COUNT */
} Condition;

struct _PjTipTrigger
{
  const char *id;
  Condition   gates[3];    /* must all hold; they add no sentence */
  Condition   reasons[2];  /* at least one must hold */
  const char *closing;     /* N_(), appended after the reasons; may be NULL */
  PjTipTracks tracks[3];
};

#define MEAN(f, cmp, t, to) MEASURE_MEAN_FACTOR, 7, f, NULL, NULL, cmp, t, to, 0, QUOTE_MEAN
#define DAYS(n, test, data, cmp, t, to) MEASURE_DAYS, n, 0, test, data, cmp, t, to, 0
#define PAIN(cmp, t, to) MEASURE_MEAN_PAIN, 7, 0, NULL, NULL, cmp, t, to, 0
#define GATE_DAYS(n, test, data, cmp, t) { DAYS (n, test, data, cmp, t, 0) }
#define GATE_PAIN(cmp, t) { PAIN (cmp, t, 0) }

/* Sharp or throbbing check-ins count for "ice" from this pain on; the reason then asks for
 * a worst pain of at least the same. */
static const double acute_pain = 6;

/* Each "why" says what was logged and why that is a reason for the tip: the link the rule
 * itself rests on (clinical-rules.md §2). A mean says how many days it was taken over, because
 * a day without the factor is unknown, not zero. */
static const PjTipTrigger triggers[] = {
  { "breaks", { { 0 } },
    { { MEAN (PJ_FACTOR_SITTING_HOURS, AT_LEAST, 6, 12),
        PJ_NN_ ("You sat %s hours on the %u day you logged sitting in the last 7; long spells "
                "of sitting load the neck and upper back.",
                "You sat %s hours a day on average on the %u days you logged sitting in the "
                "last 7; long spells of sitting load the neck and upper back.") },
      { DAYS (7, few_breaks, NULL, AT_LEAST, 1, 7), QUOTE_DATES,
        N_("On %s you sat 4 hours or more and took fewer than 3 breaks; getting up every so "
           "often eases the load of sitting.") } },
    NULL, { { PJ_FACTOR_SITTING_HOURS, 1 } } },
  { "posture", { { 0 } },
    { { MEAN (PJ_FACTOR_POSTURE, AT_MOST, 2.5, 1),
        PJ_NN_ ("You rated your posture %s out of 5 on the %u day you rated it in the last 7; "
                "slouching and hunching strain the neck and upper back.",
                "You rated your posture %s out of 5 on average on the %u days you rated it in "
                "the last 7; slouching and hunching strain the neck and upper back.") } },
    NULL, { { PJ_FACTOR_POSTURE, -1 } } },
  { "ergonomics", { GATE_DAYS (14, has_self_care, &ergonomics, AT_MOST, 0) },
    { { MEAN (PJ_FACTOR_SITTING_HOURS, AT_LEAST, 6, 12),
        PJ_NN_ ("You sat %s hours on the %u day you logged sitting in the last 7.",
                "You sat %s hours a day on average on the %u days you logged sitting in the "
                "last 7.") },
      { MEAN (PJ_FACTOR_SCREEN_HOURS, AT_LEAST, 6, 12),
        PJ_NN_ ("You spent %s hours at screens on the %u day you logged screen time in the "
                "last 7.",
                "You spent %s hours a day at screens on average on the %u days you logged "
                "screen time in the last 7.") } },
    N_("No change to your workstation is logged in the last 14 days, and long hours at a "
       "desk are easier on the back when it is set up well."),
    { { PJ_FACTOR_SITTING_HOURS, 1 }, { PJ_FACTOR_SCREEN_HOURS, 1 }, { PJ_FACTOR_POSTURE, -1 } } },
  { "tech-neck", { { 0 } },
    { { MEAN (PJ_FACTOR_SCREEN_HOURS, AT_LEAST, 6, 12),
        PJ_NN_ ("You spent %s hours at screens on the %u day you logged screen time in the "
                "last 7; looking down at a screen for long strains the neck.",
                "You spent %s hours a day at screens on average on the %u days you logged "
                "screen time in the last 7; looking down at a screen for long strains the "
                "neck.") },
      { DAYS (7, has_neck, NULL, AT_LEAST, 3, 7), QUOTE_DATES,
        N_("You noted neck pain on %s; the way a phone or laptop is held often plays a "
           "part.") } },
    NULL, { { PJ_FACTOR_SCREEN_HOURS, 1 } } },
  /* heat is for stiffness; a fresh injury calls for cold instead */
  { "heat", { GATE_DAYS (3, has_injury, NULL, AT_MOST, 0) },
    { { DAYS (7, has_stiffness, NULL, AT_LEAST, 2, 7), QUOTE_DATES,
        N_("You noted stiffness on %s and no injury in the last 3 days: warmth relaxes stiff "
           "muscles, while a fresh injury would call for cold.") } },
    NULL, { { 0 } } },
  { "ice", { { 0 } },
    { { MEASURE_DAYS, 3, 0, has_injury, NULL, AT_LEAST, 1, 0, 1.0, QUOTE_DATES,
        N_("On %s you noted that the pain started after a fall, accident or injury; cold "
           "suits the first days after an injury.") },
      { MEASURE_ACUTE_PAIN, 3, 0, NULL, &acute_pain, AT_LEAST, 6, 10, 0,
        QUOTE_WORST_AND_DATES,
        N_("You noted sharp or throbbing pain of up to %d out of 10 on %s; cold can ease "
           "sharp, fresh pain.") } },
    NULL, { { 0 } } },
  /* Exercise written down as 0 on a day of the last 3, none of them active, none with a
   * check-in whose exercise was left blank; mean pain of the week ≤ 7. */
  { "gentle-stretches",
    { GATE_DAYS (3, is_active, NULL, AT_MOST, 0), GATE_PAIN (AT_MOST, 7),
      GATE_DAYS (3, exercise_unknown, NULL, AT_MOST, 0) },
    { { MEASURE_DAYS, 3, 0, no_exercise_logged, NULL, AT_LEAST, 1, 0, 0.75,
        QUOTE_DATES_AND_PAIN,
        N_("You logged no exercise (0 minutes) and no activity on %s, and your pain, "
           "averaging %s over the last 7 days, is not too high for gentle movement.") } },
    NULL, { { PJ_FACTOR_EXERCISE_MINUTES, -1 } } },
  /* activities must have been logged: an empty set is not "no core work" */
  { "core",
    { GATE_DAYS (7, has_core_work, NULL, AT_MOST, 0),
      GATE_DAYS (7, has_activity, NULL, AT_LEAST, 1) },
    { { MEASURE_MEAN_PAIN, 7, 0, NULL, NULL, AT_MOST, 5, 0, 0.5, QUOTE_NUMBER,
        N_("None of the activities you logged in the last 7 days was strength, core, "
           "pilates or yoga work, and your pain, averaging %s, is low enough to start "
           "building strength.") } },
    NULL, { { PJ_FACTOR_EXERCISE_MINUTES, -1 }, { PJ_FACTOR_POSTURE, -1 } } },
  /* an unknown total is not a total of zero: some exercise must have been recorded */
  { "low-impact", { GATE_PAIN (AT_MOST, 6) },
    { { MEASURE_SUM_FACTOR, 7, PJ_FACTOR_EXERCISE_MINUTES, NULL, NULL, BELOW, 150, 0, 0,
        QUOTE_COUNT_AND_PAIN,
        PJ_NN_ ("You logged %u minute of exercise in the last 7 days, less than the 150 a "
                "week generally advised, and your pain, averaging %s, leaves room to build up "
                "gently.",
                "You logged %u minutes of exercise in the last 7 days, less than the 150 a "
                "week generally advised, and your pain, averaging %s, leaves room to build up "
                "gently.") } },
    NULL, { { PJ_FACTOR_EXERCISE_MINUTES, -1 } } },
  { "breathing", { { 0 } },
    { { MEAN (PJ_FACTOR_STRESS, AT_LEAST, 6, 10),
        PJ_NN_ ("Your stress was %s out of 10 on the %u day you rated it in the last 7; "
                "stress tightens the muscles of the neck and upper back.",
                "Your stress averaged %s out of 10 on the %u days you rated it in the last 7; "
                "stress tightens the muscles of the neck and upper back.") } },
    NULL, { { PJ_FACTOR_STRESS, 1 } } },
  { "relaxation", { { 0 } },
    { { DAYS (7, high_stress, NULL, AT_LEAST, 2, 7), QUOTE_DATES,
        N_("Your stress was 7 or more out of 10 on %s; high stress keeps the neck and "
           "shoulders tense.") } },
    NULL, { { PJ_FACTOR_STRESS, 1 } } },
  { "sleep", { { 0 } },
    { { MEAN (PJ_FACTOR_SLEEP_HOURS, BELOW, 6.5, 4),
        PJ_NN_ ("You slept %s hours on the %u night you logged sleep in the last 7; short "
                "sleep makes pain harder to bear and slower to settle.",
                "You slept %s hours a night on average on the %u nights you logged sleep in "
                "the last 7; short sleep makes pain harder to bear and slower to settle.") },
      { MEAN (PJ_FACTOR_SLEEP_QUALITY, AT_MOST, 4, 0),
        PJ_NN_ ("You rated your sleep %s out of 10 on the %u day you rated it in the last 7; "
                "poor sleep makes pain harder to bear and slower to settle.",
                "You rated your sleep %s out of 10 on average on the %u days you rated it in "
                "the last 7; poor sleep makes pain harder to bear and slower to settle.") } },
    NULL, { { PJ_FACTOR_SLEEP_HOURS, -1 }, { PJ_FACTOR_SLEEP_QUALITY, -1 } } },
  { "stay-active", { { 0 } },
    { { MEASURE_RUN_DAYS, 7, 0, has_self_care, &rest, AT_LEAST, 3, 7, 0, QUOTE_DATES,
        N_("You logged rest on several days in a row: %s. Resting for more than a few days "
           "can make back pain worse.") } },
    NULL, { { PJ_FACTOR_EXERCISE_MINUTES, -1 } } },
  { "pain-relief", { GATE_DAYS (7, has_medication, NULL, AT_MOST, 0) },
    { { PAIN (AT_LEAST, 5, 10), QUOTE_MEAN,
        PJ_NN_ ("Your pain was %s on the %u day you logged in the last 7 and no pain "
                "medicine is recorded for it; at that level, pain relief can help you keep "
                "moving.",
                "Your pain averaged %s over the %u days you logged in the last 7 and no pain "
                "medicine is recorded for any of them; at that level, pain relief can help you "
                "keep moving.") } },
    NULL, { { 0 } } },
  { "medication-review", { { 0 } },
    { { DAYS (7, has_medication, NULL, AT_LEAST, 5, 7), QUOTE_COUNT,
        PJ_NN_ ("You logged medication on %u of the last 7 days; regular use is worth "
                "talking over with a doctor or pharmacist.",
                "You logged medication on %u of the last 7 days; regular use is worth "
                "talking over with a doctor or pharmacist.") } },
    NULL, { { 0 } } },
  { "massage", { GATE_PAIN (AT_LEAST, 4) },
    { { DAYS (7, stiff_or_aching, NULL, AT_LEAST, 3, 7), QUOTE_DATES_AND_PAIN,
        N_("You noted stiff or aching pain on %s, with pain averaging %s; massage loosens "
           "tight, aching muscles.") } },
    NULL, { { 0 } } },
  /* any see-soon flag; not-improving is one of them */
  { "physio", { { 0 } },
    { { MEASURE_SEE_SOON_FLAGS, 0, 0, NULL, NULL, AT_LEAST, 1, 0, 1.0, QUOTE_FLAG_TITLES,
        N_("Your journal shows a pattern worth having checked: %s.") } },
    NULL, { { 0 } } },
};

#undef MEAN
#undef DAYS
#undef PAIN
#undef GATE_DAYS
#undef GATE_PAIN

const PjTipTrigger *
pj_tip_trigger_get (guint index)
{
  return index < G_N_ELEMENTS (triggers) ? &triggers[index] : NULL;
}

const char *
pj_tip_trigger_get_id (const PjTipTrigger *trigger)
{
  return trigger->id;
}

const PjTipTracks *
pj_tip_trigger_get_tracks (const PjTipTrigger *trigger,
                           guint              *n_tracks)
{
  guint n = 0;

  while (n < G_N_ELEMENTS (trigger->tracks) && trigger->tracks[n].sign != 0)
    n++;
  if (n_tracks)
    *n_tracks = n;
  return trigger->tracks;
}

/* ----- the evaluator ----- */

/* What one condition found: a value, and the dates it rests on (when it counts days). */
typedef struct
{
  double  value;
  guint   n;       /* the days a mean or sum was taken over */
  GArray *dates;
  char   *titles;
} Finding;

static void
finding_clear (Finding *finding)
{
  g_clear_pointer (&finding->dates, g_array_unref);
  g_clear_pointer (&finding->titles, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Finding, finding_clear)

/* The titles of the see-soon flags, "; " between them; NULL when there is none. */
static char *
see_soon_titles (GPtrArray *flags,
                 guint     *out_n)
{
  g_autoptr (GString) titles = g_string_new (NULL);

  *out_n = 0;
  for (guint i = 0; flags != NULL && i < flags->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (flags, i);

      if (flag->info->level != PJ_FLAG_LEVEL_SEE_SOON)
        continue;
      if (titles->len > 0)
        g_string_append (titles, _("; "));
      g_string_append (titles, flag->title);
      (*out_n)++;
    }
  return *out_n > 0 ? g_string_free (g_steal_pointer (&titles), FALSE) : NULL;
}

/* The worst pain of the acute check-ins on @dates; 0 when there is none. */
static int
worst_acute_pain (const PjSeries *series,
                  GArray         *dates,
                  const double   *at_least)
{
  int worst = 0;

  for (guint i = 0; i < dates->len; i++)
    {
      const PjDay *day = pj_series_get_day (series, g_array_index (dates, PjDate, i));

      worst = MAX (worst, acute_worst (day, *at_least));
    }
  return worst;
}

static void
measure (const Condition    *condition,
         const PjTipContext *c,
         Finding            *finding)
{
  PjDate from = PJ_WINDOW_FIRST (c->as_of, condition->window);
  guint n;

  switch (condition->measure)
    {
    case MEASURE_MEAN_FACTOR:
      finding->value = pj_series_mean_factor (c->series, condition->factor, from, c->as_of,
                                              &finding->n);
      return;
    case MEASURE_SUM_FACTOR:
      finding->value = pj_series_sum_factor (c->series, condition->factor, from, c->as_of,
                                             &finding->n);
      if (finding->n == 0)
        finding->value = NAN;
      return;
    case MEASURE_MEAN_PAIN:
      finding->value = pj_series_mean_pain (c->series, from, c->as_of, &finding->n);
      return;
    case MEASURE_LOGGED_DAYS:
      finding->value = pj_series_count_logged (c->series, from, c->as_of);
      return;
    case MEASURE_DAYS:
      finding->dates = pj_series_dates_where (c->series, from, c->as_of, condition->test,
                                              condition->data);
      finding->value = finding->dates->len;
      return;
    case MEASURE_RUN_DAYS:
      finding->dates = pj_series_run_dates (c->series, from, c->as_of, 3, condition->test,
                                            condition->data);
      finding->value = finding->dates->len;
      return;
    case MEASURE_ACUTE_PAIN:
      finding->dates = pj_series_dates_where (c->series, from, c->as_of, is_acute,
                                              condition->data);
      finding->value = worst_acute_pain (c->series, finding->dates, condition->data);
      return;
    case MEASURE_SEE_SOON_FLAGS:
      finding->titles = see_soon_titles (c->flags, &n);
      finding->value = n;
      return;
    case MEASURE_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* NAN (nothing recorded) never holds. */
static gboolean
holds (const Condition *condition,
       double           value)
{
  switch (condition->compare)
    {
    case AT_LEAST:
      return value >= condition->threshold - PJ_EPSILON;
    case AT_MOST:
      return value <= condition->threshold + PJ_EPSILON;
    case BELOW:
      return value < condition->threshold - PJ_EPSILON;
    default:
      g_return_val_if_reached (FALSE);
    }
}

static double
strength_of (const Condition *condition,
             double           value)
{
  double span = condition->full - condition->threshold;

  if (condition->fixed > 0)
    return condition->fixed;
  return 0.5 + 0.5 * CLAMP ((value - condition->threshold) / span, 0.0, 1.0);
}

static char *
sentence (const Condition    *condition,
          const PjTipContext *c,
          const Finding      *finding)
{
  const char *format = _(condition->sentence);
  g_autofree char *number = NULL, *dates = NULL;

  if (finding->dates != NULL)
    dates = pj_analysis_format_dates (finding->dates, c->as_of);
  switch (condition->quote)
    {
    case QUOTE_NOTHING:
      return g_strdup (format);
    case QUOTE_NUMBER:
      number = pj_analysis_format_number (finding->value);
      return pj_analysis_printf_table (format, number);
    case QUOTE_DATES:
      return pj_analysis_printf_table (format, dates);
    case QUOTE_MEAN:
      number = pj_analysis_format_number (finding->value);
      return pj_analysis_printf_table (ngettext (condition->sentence, condition->plural,
                                                 finding->n),
                                       number, finding->n);
    case QUOTE_COUNT:
      return pj_analysis_printf_table (ngettext (condition->sentence, condition->plural,
                                                 (gulong) finding->value),
                                       (guint) finding->value);
    case QUOTE_COUNT_AND_PAIN:
      number = pj_analysis_format_number (pj_series_mean_pain (c->series,
                                                               PJ_WINDOW_FIRST (c->as_of, 7),
                                                               c->as_of, NULL));
      return pj_analysis_printf_table (ngettext (condition->sentence, condition->plural,
                                                 (gulong) finding->value),
                                       (guint) finding->value, number);
    case QUOTE_WORST_AND_DATES:
      return pj_analysis_printf_table (format, (int) finding->value, dates);
    case QUOTE_DATES_AND_PAIN:
      number = pj_analysis_format_number (pj_series_mean_pain (c->series,
                                                               PJ_WINDOW_FIRST (c->as_of, 7),
                                                               c->as_of, NULL));
      return pj_analysis_printf_table (format, dates, number);
    case QUOTE_FLAG_TITLES:
      return pj_analysis_printf_table (format, finding->titles);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Appends one sentence to the "why" line. */
static void
add_reason (GString    *why,
            const char *text)
{
  if (why->len > 0)
    g_string_append_c (why, ' ');
  g_string_append (why, text);
}

double
pj_tip_trigger_evaluate (const PjTipTrigger *trigger,
                         const PjTipContext *c,
                         GString            *why)
{
  g_autoptr (GString) reasons = g_string_new (NULL);
  double strength = 0;

  g_return_val_if_fail (trigger != NULL && c != NULL && why != NULL, 0);

  for (guint i = 0; i < G_N_ELEMENTS (trigger->gates); i++)
    {
      const Condition *gate = &trigger->gates[i];
      g_auto (Finding) finding = { 0 };

      if (gate->measure == MEASURE_NONE)
        break;
      measure (gate, c, &finding);
      if (!holds (gate, finding.value))
        return 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (trigger->reasons); i++)
    {
      const Condition *reason = &trigger->reasons[i];
      g_auto (Finding) finding = { 0 };
      g_autofree char *text = NULL;

      if (reason->measure == MEASURE_NONE)
        break;
      measure (reason, c, &finding);
      if (!holds (reason, finding.value))
        continue;
      text = sentence (reason, c, &finding);
      add_reason (reasons, text);
      strength = MAX (strength, strength_of (reason, finding.value));
    }
  if (strength == 0)
    return 0;
  add_reason (why, reasons->str);
  if (trigger->closing != NULL)
    add_reason (why, _(trigger->closing));
  return strength;
}
