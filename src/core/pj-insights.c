/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-episode.h"
#include "pj-insights.h"
#include "pj-json-writer.h"

/* The widest window of any rule: the 90 days of the correlations (flags need 30 at most,
 * tips 14). */
#define READ_WINDOW PJ_CORRELATION_WINDOW
/* Older days are read in chunks of this many days while the episode walk needs them. A chunk
 * of at least 15 days always settles whether the walk goes on. */
#define EPISODE_CHUNK 90

typedef struct
{
  PjInsights public;
  gatomicrefcount ref_count;
} PjInsightsReal;

G_DEFINE_BOXED_TYPE (PjInsights, pj_insights, pj_insights_ref, pj_insights_unref)

PjInsights *
pj_insights_ref (PjInsights *insights)
{
  g_return_val_if_fail (insights != NULL, NULL);
  g_atomic_ref_count_inc (&((PjInsightsReal *) insights)->ref_count);
  return insights;
}

void
pj_insights_unref (PjInsights *insights)
{
  if (insights == NULL)
    return;
  if (!g_atomic_ref_count_dec (&((PjInsightsReal *) insights)->ref_count))
    return;
  g_ptr_array_unref (insights->flags);
  g_free (insights->improving_reason);
  g_ptr_array_unref (insights->tips);
  g_ptr_array_unref (insights->correlations);
  g_ptr_array_unref (insights->dose_patterns);
  g_free (insights);
}

static PjDate
window_first (PjDate as_of)
{
  return as_of > READ_WINDOW ? PJ_WINDOW_FIRST (as_of, READ_WINDOW) : 1;
}

/* Runs every rule on a series covering as_of-89 … as_of. */
static PjInsights *
evaluate_series (const PjSeries *series,
                 PjDate          as_of,
                 PjDate          episode_start)
{
  PjInsightsReal *real = g_new0 (PjInsightsReal, 1);
  PjInsights *insights = &real->public;

  g_atomic_ref_count_init (&real->ref_count);
  insights->as_of = as_of;
  insights->episode_start = episode_start;
  insights->flags = pj_flags_evaluate (series, as_of, episode_start);
  insights->improving = pj_flags_improving (series, as_of, &insights->improving_reason);
  insights->correlations = pj_correlations_evaluate (series, as_of);
  insights->tips = pj_tips_evaluate (series, as_of, insights->flags, insights->correlations);
  insights->dose_patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_dose_pattern_free);
  return insights;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const PjDay *da = *(const PjDay **) a;
  const PjDay *db = *(const PjDay **) b;

  return da->date > db->date ? -1 : da->date < db->date;
}

/* Feeds @days (newest first) to the walk. */
static void
feed_walk (PjEpisodeWalk *walk,
           GPtrArray     *days)
{
  for (guint i = 0; i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);

      if (day->date > walk->as_of)
        continue;
      if (!pj_episode_walk_feed (walk, day->date, pj_day_pain_mean (day)))
        return;
    }
}

PjInsights *
pj_insights_evaluate_days (GPtrArray *days,
                           PjDate     as_of)
{
  g_autoptr (PjSeries) series = NULL;
  g_autoptr (GPtrArray) sorted = NULL;
  PjEpisodeWalk walk;

  g_return_val_if_fail (days != NULL, NULL);
  g_return_val_if_fail (as_of != PJ_DATE_NONE, NULL);

  series = pj_series_new (days, window_first (as_of), as_of);
  /* a view on the caller's days: no free function */
  sorted = g_ptr_array_sized_new (days->len);
  for (guint i = 0; i < days->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (days, i));
  g_ptr_array_sort (sorted, compare_newest_first);
  pj_episode_walk_init (&walk, as_of);
  feed_walk (&walk, sorted);
  return evaluate_series (series, as_of, pj_episode_walk_finish (&walk));
}

/* Continues the episode walk into the days before @from, one chunk at a time, reading only
 * while the walk can still go on. */
static gboolean
walk_older_days (PjDatabase    *db,
                 PjEpisodeWalk *walk,
                 PjDate         from,
                 GError       **error)
{
  while (from > 1 && pj_episode_walk_needs_before (walk, from))
    {
      PjDate chunk_first = from > EPISODE_CHUNK ? from - EPISODE_CHUNK : 1;
      /* the walk needs only the daily pain: a light read of the check-ins */
      g_autoptr (GPtrArray) chunk = pj_database_list_pain_days_in_range (db, chunk_first,
                                                                         from - 1,
                                                                         PJ_ORDER_NEWEST_FIRST,
                                                                         error);

      if (chunk == NULL)
        return FALSE;
      feed_walk (walk, chunk);
      from = chunk_first;
    }
  return TRUE;
}

PjDate
pj_insights_find_episode_start (PjDatabase *db,
                                PjDate      as_of,
                                GError    **error)
{
  PjEpisodeWalk walk;

  g_return_val_if_fail (PJ_IS_DATABASE (db), PJ_DATE_NONE);

  if (as_of == PJ_DATE_NONE)
    return PJ_DATE_NONE;
  pj_episode_walk_init (&walk, as_of);
  if (!walk_older_days (db, &walk, as_of + 1, error))
    return PJ_DATE_NONE;
  return pj_episode_walk_finish (&walk);
}

/* A taken dose of a medicine (not a treatment) is medication used that day, as the
 * "medication" self-care chip says: the analysis's own copy of the days gets that chip, and a
 * date with doses but nothing else stored gets a day holding only it. So every rule that asks
 * about medication (docs/clinical-rules.md §5) sees structured doses and older days alike.
 * Nothing is written back. */
static void
add_medicine_doses (GPtrArray *days,
                    GPtrArray *medicines)
{
  g_autoptr (GHashTable) by_date = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < days->len; i++)
    {
      PjDay *day = g_ptr_array_index (days, i);

      g_hash_table_insert (by_date, GUINT_TO_POINTER (day->date), day);
    }
  for (guint i = 0; i < medicines->len; i++)
    {
      const PjMedicine *medicine = g_ptr_array_index (medicines, i);

      if (medicine->kind == PJ_MEDICINE_KIND_TREATMENT)
        continue;
      for (guint j = 0; j < medicine->doses->len; j++)
        {
          const PjDose *dose = g_ptr_array_index (medicine->doses, j);
          PjDay *day;

          if (!dose->taken)
            continue;
          day = g_hash_table_lookup (by_date, GUINT_TO_POINTER (dose->date));
          if (day == NULL)
            {
              day = pj_day_new (dose->date);
              g_ptr_array_add (days, day);
              g_hash_table_insert (by_date, GUINT_TO_POINTER (day->date), day);
            }
          day->self_care |= PJ_CODE_BIT (PJ_SELF_CARE_MEDICATION);
        }
    }
}

PjInsights *
pj_insights_evaluate (PjDatabase *db,
                      PjDate      as_of,
                      GError    **error)
{
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (PjSeries) series = NULL;
  PjDate first = window_first (as_of);
  PjInsights *insights;
  PjEpisodeWalk walk;

  g_return_val_if_fail (PJ_IS_DATABASE (db), NULL);
  g_return_val_if_fail (as_of != PJ_DATE_NONE, NULL);

  days = pj_database_list_days_in_range (db, first, as_of, PJ_ORDER_NEWEST_FIRST, 0, 0, error);
  if (days == NULL)
    return NULL;
  medicines = pj_database_list_medicines_with_doses (db, first, as_of, error);
  if (medicines == NULL)
    return NULL;
  add_medicine_doses (days, medicines);
  series = pj_series_new (days, first, as_of);
  pj_episode_walk_init (&walk, as_of);
  /* the window is fed from the series so its gaps are walked over too */
  for (PjDate date = as_of; date >= first; date--)
    if (!pj_episode_walk_feed (&walk, date, pj_series_get_pain (series, date)))
      break;
  if (!walk_older_days (db, &walk, first, error))
    return NULL;
  insights = evaluate_series (series, as_of, pj_episode_walk_finish (&walk));
  g_ptr_array_unref (insights->dose_patterns);
  insights->dose_patterns = pj_dose_patterns_evaluate (days, medicines, as_of);
  return insights;
}

gboolean
pj_insights_has_urgent (const PjInsights *insights)
{
  for (guint i = 0; i < insights->flags->len; i++)
    if (((PjFlag *) g_ptr_array_index (insights->flags, i))->info->level == PJ_FLAG_LEVEL_URGENT)
      return TRUE;
  return FALSE;
}

GPtrArray *
pj_insights_new_flags (const PjInsights *before,
                       const PjInsights *after,
                       PjFlagLevel       level)
{
  GPtrArray *result = g_ptr_array_new ();

  g_return_val_if_fail (after != NULL, result);

  for (guint i = 0; i < after->flags->len; i++)
    {
      PjFlag *flag = g_ptr_array_index (after->flags, i);
      gboolean known = FALSE;

      if (flag->info->level != level)
        continue;
      for (guint k = 0; before != NULL && k < before->flags->len; k++)
        if (((PjFlag *) g_ptr_array_index (before->flags, k))->info == flag->info)
          known = TRUE;
      if (!known)
        g_ptr_array_add (result, flag);
    }
  return result;
}

GPtrArray *
pj_insights_get_today_tips (const PjInsights *insights,
                            guint             max_tips)
{
  GPtrArray *tips = g_ptr_array_new ();

  g_return_val_if_fail (insights != NULL, tips);

  if (pj_insights_has_urgent (insights))
    return tips;
  for (guint i = 0; i < insights->tips->len && i < max_tips; i++)
    g_ptr_array_add (tips, g_ptr_array_index (insights->tips, i));
  return tips;
}

const char *
pj_insights_get_disclaimer (void)
{
  return _("The journal helps you notice patterns and prepare for a visit; it does not diagnose "
           "or replace professional care. If you have severe or sudden symptoms, seek medical "
           "help straight away.");
}

static void
add_flags (JsonBuilder      *builder,
           const PjInsights *insights)
{
  json_builder_set_member_name (builder, "flags");
  json_builder_begin_array (builder);
  for (guint i = 0; i < insights->flags->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (insights->flags, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, flag->info->id);
      json_builder_set_member_name (builder, "level");
      json_builder_add_string_value (builder, pj_flag_level_to_string (flag->info->level));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, flag->title);
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, flag->reason);
      json_builder_set_member_name (builder, "dates");
      json_builder_begin_array (builder);
      for (guint k = 0; k < flag->dates->len; k++)
        {
          char iso[PJ_DATE_ISO_LEN];

          pj_date_format_iso (g_array_index (flag->dates, PjDate, k), iso);
          json_builder_add_string_value (builder, iso);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_tips (JsonBuilder      *builder,
          const PjInsights *insights)
{
  json_builder_set_member_name (builder, "tips");
  json_builder_begin_array (builder);
  for (guint i = 0; i < insights->tips->len; i++)
    {
      const PjTip *tip = g_ptr_array_index (insights->tips, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, tip->info->id);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, g_dgettext (GETTEXT_PACKAGE, tip->info->title));
      json_builder_set_member_name (builder, "why");
      json_builder_add_string_value (builder, tip->why);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_dose_patterns (JsonBuilder      *builder,
                   const PjInsights *insights)
{
  json_builder_set_member_name (builder, "dose_patterns");
  json_builder_begin_array (builder);
  for (guint i = 0; i < insights->dose_patterns->len; i++)
    {
      const PjDosePattern *pattern = g_ptr_array_index (insights->dose_patterns, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "medicine");
      json_builder_add_string_value (builder, pattern->medicine);
      json_builder_set_member_name (builder, "n");
      json_builder_add_int_value (builder, pattern->n);
      json_builder_set_member_name (builder, "mean_before");
      json_builder_add_double_value (builder, round (pattern->mean_before * 100) / 100);
      json_builder_set_member_name (builder, "mean_after");
      json_builder_add_double_value (builder, round (pattern->mean_after * 100) / 100);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, pattern->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_correlations (JsonBuilder      *builder,
                  const PjInsights *insights)
{
  json_builder_set_member_name (builder, "correlations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < insights->correlations->len; i++)
    {
      const PjCorrelation *c = g_ptr_array_index (insights->correlations, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "factor");
      json_builder_add_string_value (builder, pj_factor_name (c->factor));
      json_builder_set_member_name (builder, "lag");
      json_builder_add_int_value (builder, c->lag);
      json_builder_set_member_name (builder, "rho");
      /* three decimals: enough to read, stable to compare */
      json_builder_add_double_value (builder, round (c->rho * 1000.0) / 1000.0);
      json_builder_set_member_name (builder, "n");
      json_builder_add_int_value (builder, c->n);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, c->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
pj_insights_to_json (const PjInsights *insights)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  char iso[PJ_DATE_ISO_LEN];

  g_return_val_if_fail (insights != NULL, NULL);

  pj_date_format_iso (insights->as_of, iso);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "as_of");
  json_builder_add_string_value (builder, iso);
  add_flags (builder, insights);
  json_builder_set_member_name (builder, "improving");
  json_builder_add_boolean_value (builder, insights->improving);
  add_tips (builder, insights);
  add_correlations (builder, insights);
  add_dose_patterns (builder, insights);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
pj_insights_to_json_string (const PjInsights *insights,
                            gboolean          pretty)
{
  g_autoptr (JsonNode) root = pj_insights_to_json (insights);
  g_autoptr (JsonGenerator) generator = NULL;

  /* The exporters' writer prints rho as 0.641, where JsonGenerator would print
   * 0.64100000000000001. */
  if (pretty)
    return pj_json_to_string (root);
  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
