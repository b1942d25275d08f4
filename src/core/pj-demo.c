/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "pj-demo.h"
#include "pj-error.h"

/* The person: an office worker with neck and upper back pain. Sitting and stress push the next
 * day's pain up, exercise and good sleep pull it down, and once in a while a flare-up lasts a
 * week or two (with some arm tingling, the mild warning sign that often comes with it). */

typedef struct
{
  GRand  *rand;
  double  baseline;       /* slowly drifting background pain */
  double  last_sitting;   /* yesterday's factors, NAN when unknown */
  int     last_stress;
  int     last_exercise;
  int     last_sleep_quality;
  guint   flare_start;    /* day index of the current or next flare-up */
  guint   flare_length;
} Person;

static const char * const day_notes[] = {
  N_("Long day at the desk to finish the quarterly report."),
  N_("Physio: new chin tucks and doorway stretches to do twice a day."),
  N_("Raised the monitor to eye level and moved the keyboard closer."),
  N_("Slept badly; neck stiff all morning."),
  N_("Lovely walk by the river with Sam, barely noticed my back."),
  N_("Carried the shopping up the stairs, upper back tight afterwards."),
};

static const char * const checkin_notes[] = {
  N_("Stiff when I woke up, eased after a shower."),
  N_("Better after the heat pack."),
  N_("Aching after the afternoon meetings."),
  N_("Worse after driving for two hours."),
};

/* Written in the language of the session that makes the demo journal, like the notes. */
static const char * const medications[] = {
  N_("Ibuprofen 400 mg"),
  N_("Paracetamol 1 g"),
  N_("Ibuprofen gel"),
};

static double
gaussian (GRand *rand)
{
  /* Box–Muller: GRand has no normal distribution of its own. */
  double u = g_rand_double_range (rand, 1e-9, 1.0);
  double v = g_rand_double (rand);

  return sqrt (-2.0 * log (u)) * cos (2.0 * G_PI * v);
}

static gboolean
chance (GRand  *rand,
        double  probability)
{
  return g_rand_double (rand) < probability;
}

/* Hours are logged to the half hour, like people do; it also keeps them exact in binary. */
static double
half_hours (double value,
            double min,
            double max)
{
  return CLAMP (round (value * 2.0) / 2.0, min, max);
}

static int
clamp_int (double value,
           int    min,
           int    max)
{
  return CLAMP ((int) lround (value), min, max);
}

static double
flare_boost (Person *person,
             guint   index)
{
  double progress;

  if (index < person->flare_start || index >= person->flare_start + person->flare_length)
    return 0.0;
  /* Rises fast, then eases off over the following days. */
  progress = (double) (index - person->flare_start) / person->flare_length;
  return progress < 0.2 ? 3.5 * progress / 0.2 : 3.5 * (1.0 - progress) / 0.8 + 0.5;
}

static gboolean
in_flare (Person *person,
          guint   index)
{
  return index >= person->flare_start && index < person->flare_start + person->flare_length;
}

static void
schedule_next_flare (Person *person,
                     guint   index,
                     guint   n_days)
{
  /* The first one sits past the middle of the journal so even 180 days show one well away
   * from today; later ones come every four to eight months. */
  if (person->flare_length == 0)
    person->flare_start = MIN (n_days * 55 / 100, n_days > 14 ? n_days - 14 : 0);
  else
    person->flare_start = index + g_rand_int_range (person->rand, 120, 240);
  person->flare_length = g_rand_int_range (person->rand, 8, 14);
}

static void
fill_factors (Person *person,
              PjDay  *day,
              guint   index,
              double  pain)
{
  GRand *rand = person->rand;
  int weekday = pj_date_weekday (day->date);
  gboolean workday = weekday <= G_DATE_FRIDAY;
  gboolean flare = in_flare (person, index);

  day->sitting_hours = workday ? half_hours (8.0 + 1.2 * gaussian (rand), 4, 12)
                               : half_hours (3.5 + 1.2 * gaussian (rand), 0.5, 8);
  if (chance (rand, 0.9))
    day->screen_hours = half_hours (day->sitting_hours + g_rand_double_range (rand, -1, 2),
                                    0.5, 14);
  day->breaks = clamp_int ((workday ? 4 : 2) + 2 * gaussian (rand), 0, 12);
  if (chance (rand, 0.85))
    day->posture = clamp_int (2.0 + day->breaks * 0.3 + gaussian (rand) * 0.8, 1, 5);

  if (chance (rand, flare ? 0.2 : workday ? 0.4 : 0.65))
    {
      static const PjActivity choices[] = {
        PJ_ACTIVITY_WALKING, PJ_ACTIVITY_WALKING, PJ_ACTIVITY_STRETCHING, PJ_ACTIVITY_YOGA,
        PJ_ACTIVITY_SWIMMING, PJ_ACTIVITY_STRENGTH, PJ_ACTIVITY_CYCLING,
      };

      day->exercise_minutes = 5 * g_rand_int_range (rand, 4, 15);
      day->activities = PJ_CODE_BIT (choices[g_rand_int_range (rand, 0, G_N_ELEMENTS (choices))]);
      if (chance (rand, 0.3))
        day->activities |= PJ_CODE_BIT (PJ_ACTIVITY_STRETCHING);
    }
  else if (chance (rand, 0.6))
    day->exercise_minutes = 0;

  day->sleep_hours = half_hours (7.0 + 0.9 * gaussian (rand) - (pain > 6 ? 0.7 : 0), 4, 10);
  day->sleep_quality = clamp_int (4.0 + (day->sleep_hours - 6.0) * 1.3 - (pain - 4) * 0.3 +
                                  gaussian (rand), 0, 10);
  day->stress = clamp_int ((workday ? 5.0 : 2.5) + 1.6 * gaussian (rand), 0, 10);

  if (chance (rand, 0.7))
    {
      day->enjoyment_interference = clamp_int (pain * 0.8 + gaussian (rand), 0, 10);
      day->activity_interference = clamp_int (pain * 0.7 + gaussian (rand), 0, 10);
    }

  if (pain >= 6 ? chance (rand, 0.8) : pain >= 4.5 && chance (rand, 0.3))
    {
      day->self_care |= PJ_CODE_BIT (PJ_SELF_CARE_MEDICATION);
      day->medication = g_strdup (_(medications[g_rand_int_range (rand, 0,
                                                                  G_N_ELEMENTS (medications))]));
    }
  if (pain >= 4 && chance (rand, 0.4))
    day->self_care |= PJ_CODE_BIT (PJ_SELF_CARE_HEAT);
  if (chance (rand, 0.15))
    day->self_care |= PJ_CODE_BIT (PJ_SELF_CARE_BREATHING);
  if (flare && chance (rand, 0.3))
    day->self_care |= PJ_CODE_BIT (PJ_SELF_CARE_PHYSIO) | PJ_CODE_BIT (PJ_SELF_CARE_REST);
  if (workday && chance (rand, 0.1))
    day->self_care |= PJ_CODE_BIT (PJ_SELF_CARE_ERGONOMICS);

  if (chance (rand, 0.03))
    day->note = g_strdup (_(day_notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (day_notes))]));
}

static PjCheckin *
make_checkin (Person  *person,
              PjDate   date,
              int      minutes,
              double   pain,
              gboolean flare)
{
  GRand *rand = person->rand;
  PjCheckin *checkin = pj_checkin_new (date, minutes, clamp_int (pain, 0, 10));
  gboolean morning = minutes < 11 * 60;

  if (chance (rand, 0.8))
    checkin->locations |= PJ_CODE_BIT (PJ_LOCATION_NECK);
  if (chance (rand, 0.45))
    checkin->locations |= PJ_CODE_BIT (PJ_LOCATION_BETWEEN_SHOULDER_BLADES);
  if (chance (rand, 0.35))
    checkin->locations |= PJ_CODE_BIT (PJ_LOCATION_SHOULDER_RIGHT);
  if (chance (rand, 0.25))
    checkin->locations |= PJ_CODE_BIT (PJ_LOCATION_UPPER_BACK_RIGHT);
  if (chance (rand, 0.1))
    checkin->locations |= PJ_CODE_BIT (PJ_LOCATION_SHOULDER_LEFT);
  if (flare && chance (rand, 0.4))
    checkin->locations |= PJ_CODE_BIT (PJ_LOCATION_ARM_RIGHT);
  if (checkin->locations == 0)
    checkin->locations = PJ_CODE_BIT (PJ_LOCATION_NECK);

  if (chance (rand, 0.7))
    checkin->qualities |= PJ_CODE_BIT (PJ_QUALITY_ACHING);
  if (morning && chance (rand, 0.65))
    checkin->qualities |= PJ_CODE_BIT (PJ_QUALITY_STIFFNESS);
  if (checkin->pain >= 7 && chance (rand, 0.5))
    checkin->qualities |= PJ_CODE_BIT (PJ_QUALITY_SHARP);
  if (chance (rand, 0.05))
    checkin->qualities |= PJ_CODE_BIT (PJ_QUALITY_BURNING);
  if (checkin->qualities == 0)
    checkin->qualities = PJ_CODE_BIT (PJ_QUALITY_ACHING);

  /* Only the mild warning signs, and only in a flare-up: the urgent ones would put a red
   * banner on every page of a demo. */
  if (flare && chance (rand, 0.2))
    checkin->symptoms |= PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING);
  if (flare && chance (rand, 0.08))
    checkin->symptoms |= PJ_CODE_BIT (PJ_SYMPTOM_RADIATING);

  if (chance (rand, 0.04))
    checkin->note = g_strdup (_(checkin_notes[g_rand_int_range (rand, 0,
                                                                G_N_ELEMENTS (checkin_notes))]));
  return checkin;
}

static void
add_checkins (Person *person,
              PjDay  *day,
              guint   index,
              double  pain)
{
  GRand *rand = person->rand;
  gboolean flare = in_flare (person, index);
  double roll = g_rand_double (rand);
  int morning = g_rand_int_range (rand, 7 * 60, 9 * 60 + 30);
  int midday = g_rand_int_range (rand, 12 * 60 + 30, 14 * 60 + 30);
  int evening = g_rand_int_range (rand, 19 * 60, 22 * 60);
  guint count;

  if (roll < 0.04)
    count = 0; /* only the day's factors were filled in */
  else if (roll < (flare ? 0.3 : 0.74))
    count = 1;
  else if (roll < (flare ? 0.7 : 0.93))
    count = 2;
  else
    count = 3;

  if (count == 1)
    {
      int minutes = chance (rand, 0.6) ? morning : evening;

      pj_day_add_checkin (day, make_checkin (person, day->date, minutes,
                                             pain + 0.5 * gaussian (rand), flare));
      return;
    }
  if (count >= 2)
    {
      pj_day_add_checkin (day, make_checkin (person, day->date, morning,
                                             pain + 0.3 + 0.6 * gaussian (rand), flare));
      pj_day_add_checkin (day, make_checkin (person, day->date, evening,
                                             pain + 0.2 + 0.6 * gaussian (rand), flare));
    }
  if (count == 3)
    pj_day_add_checkin (day, make_checkin (person, day->date, midday,
                                           pain - 0.5 + 0.6 * gaussian (rand), flare));
}

static double
todays_pain (Person *person,
             guint   index)
{
  double pain = person->baseline;

  /* Yesterday's day shapes today's pain (unknown factors count as typical). */
  if (!isnan (person->last_sitting))
    pain += 0.3 * (person->last_sitting - 6.0);
  if (person->last_stress != PJ_UNSET)
    pain += 0.25 * (person->last_stress - 4);
  if (person->last_exercise != PJ_UNSET && person->last_exercise >= 20)
    pain -= 0.9;
  if (person->last_sleep_quality != PJ_UNSET)
    pain -= 0.15 * (person->last_sleep_quality - 6);
  return pain + flare_boost (person, index) + 0.6 * gaussian (person->rand);
}

GPtrArray *
pj_demo_generate (PjDate  last_day,
                  guint   n_days,
                  guint32 seed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *days = g_ptr_array_new_full (n_days, (GDestroyNotify) pj_day_free);
  Person person = {
    .rand = rand,
    .baseline = 3.5,
    .last_sitting = NAN,
    .last_stress = PJ_UNSET,
    .last_exercise = PJ_UNSET,
    .last_sleep_quality = PJ_UNSET,
  };

  g_return_val_if_fail (n_days <= PJ_DEMO_MAX_DAYS, days);
  g_return_val_if_fail (last_day > n_days, days);

  schedule_next_flare (&person, 0, n_days);
  for (guint index = 0; index < n_days; index++)
    {
      g_autoptr (PjDay) day = pj_day_new (last_day - (n_days - 1) + index);
      double pain;

      if (index >= person.flare_start + person.flare_length)
        schedule_next_flare (&person, index, n_days);
      person.baseline = CLAMP (person.baseline + 0.05 * gaussian (rand) +
                               0.02 * (3.5 - person.baseline), 2.0, 5.0);
      pain = todays_pain (&person, index);
      fill_factors (&person, day, index, pain);
      add_checkins (&person, day, index, pain);

      person.last_sitting = day->sitting_hours;
      person.last_stress = day->stress;
      person.last_exercise = day->exercise_minutes;
      person.last_sleep_quality = day->sleep_quality;

      /* Some days are simply not logged; today always is, so the demo opens on data. */
      if (index + 1 < n_days && chance (rand, 0.06))
        continue;
      g_ptr_array_add (days, g_steal_pointer (&day));
    }
  return days;
}

/* A journal filled today must not show an evening check-in at breakfast time: on the real
 * today, check-ins later than the current time are left out. (The generator itself stays
 * independent of the clock, so the same inputs always give the same journal.) */
static int
minutes_now_on (PjDate date)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  if (date != pj_date_from_gdatetime (now))
    return 24 * 60 - 1;
  return g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
}

static void
drop_checkins_after_now (GPtrArray *days)
{
  int now_minutes;
  PjDay *last;

  if (days->len == 0)
    return;
  last = g_ptr_array_index (days, days->len - 1);
  now_minutes = minutes_now_on (last->date);
  for (guint i = last->checkins->len; i > 0; i--)
    {
      PjCheckin *checkin = g_ptr_array_index (last->checkins, i - 1);

      if (checkin->minutes > now_minutes)
        g_ptr_array_remove_index (last->checkins, i - 1);
    }
}

gboolean
pj_demo_fill (PjDatabase    *database,
              guint          n_days,
              PjImportStats *out_stats,
              GError       **error)
{
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GPtrArray) medicines = NULL;

  g_return_val_if_fail (PJ_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (n_days >= 1 && n_days <= PJ_DEMO_MAX_DAYS, FALSE);

  days = pj_demo_generate (pj_database_get_today (database), n_days, PJ_DEMO_SEED);
  drop_checkins_after_now (days);
  medicines = pj_demo_generate_medicines (days, minutes_now_on (pj_database_get_today (database)),
                                          PJ_DEMO_SEED);
  return pj_database_import (database, days, medicines, out_stats, error);
}

char *
pj_demo_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "pain-journal", "demo.db", NULL);
}

/* The last demo journal goes first, with SQLite's side files, so every visit starts from the
 * same invented half year ending today. */
static gboolean
remove_journal_file (const char *path,
                     GError    **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, PJ_ERROR, PJ_ERROR_IO,
                       _("Could not remove the old demo journal %s: %s"), file,
                       g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

PjDatabase *
pj_demo_open_journal (const char *path,
                      GError    **error)
{
  g_autoptr (PjDatabase) database = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!remove_journal_file (path, error))
    return NULL;
  database = pj_database_open (path, error);
  if (database == NULL || !pj_demo_fill (database, PJ_DEMO_DEFAULT_DAYS, NULL, error))
    return NULL;
  return g_steal_pointer (&database);
}
