/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Trends page's summary cards and location heat map, filled from a PjPeriodSummary. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "pj-trends-page-private.h"

char *
pj_trends_format_date (PjDate      date,
             const char *format)
{
  g_autoptr (GDateTime) datetime = pj_date_to_local_datetime (date);

  return g_date_time_format (datetime, format);
}

/* Each card sits in a flow box cell, which is a Tab stop: without a name a screen reader would
 * say only "cell". The cell is named with what the card shows, its title first. */
static void
name_card (GtkLabel   *value,
           const char *value_text,
           const char *caption_text)
{
  GtkWidget *card = gtk_widget_get_parent (GTK_WIDGET (value));
  GtkWidget *cell = card != NULL ? gtk_widget_get_parent (card) : NULL;
  GtkWidget *title = card != NULL ? gtk_widget_get_first_child (card) : NULL;
  g_autofree char *name = NULL;

  if (!GTK_IS_FLOW_BOX_CHILD (cell) || !GTK_IS_LABEL (title))
    return;
  if (caption_text != NULL && *caption_text != '\0')
    /* Translators: a Trends card read aloud: title, value, caption,
     * "Average Pain: 4.2. Down from 5.1: better" */
    name = g_strdup_printf (_("%s: %s. %s"), gtk_label_get_text (GTK_LABEL (title)), value_text,
                            caption_text);
  else
    /* Translators: a Trends card read aloud without a caption: "Best Day: 2" */
    name = g_strdup_printf (_("%s: %s"), gtk_label_get_text (GTK_LABEL (title)), value_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
set_card (GtkLabel   *value,
          GtkLabel   *caption,
          const char *value_text,
          const char *caption_text)
{
  gtk_label_set_text (value, value_text);
  gtk_label_set_text (caption, caption_text);
  name_card (value, value_text, caption_text);
}

static void
update_average_card (PjTrendsPage          *self,
                     const PjPeriodSummary *current,
                     const PjPeriodSummary *previous)
{
  g_autofree char *mean = pj_period_format_pain (current->mean_pain);
  g_autofree char *caption = NULL;

  if (previous != NULL && previous->n_pain_days > 0 && current->n_pain_days > 0)
    {
      g_autofree char *before = pj_period_format_pain (previous->mean_pain);
      PjChange change = pj_period_compare (previous->mean_pain, current->mean_pain);

      double now = round (current->mean_pain * 10), then = round (previous->mean_pain * 10);

      /* The direction in numbers, then what it means on the 0–10 scale. */
      if (now < then)
        /* Translators: "Down from 5.1: better" */
        caption = g_strdup_printf (_("Down from %s: %s"), before, pj_change_label (change));
      else if (now > then)
        /* Translators: "Up from 3.2: about the same" */
        caption = g_strdup_printf (_("Up from %s: %s"), before, pj_change_label (change));
      else
        caption = g_strdup_printf (_("The same as before (%s)"), before);
    }
  else if (previous != NULL)
    caption = g_strdup (_("Nothing logged before to compare with"));
  else
    caption = g_strdup (_("Out of 10, over every day logged"));
  set_card (self->average_value, self->average_caption, mean, caption);
}

void
pj_trends_page_update_cards (PjTrendsPage          *self,
              const PjPeriodSummary *current,
              const PjPeriodSummary *previous)
{
  g_autofree char *best = pj_period_format_pain (current->best_pain);
  g_autofree char *worst = pj_period_format_pain (current->worst_pain);
  g_autofree char *best_day = NULL;
  g_autofree char *worst_day = NULL;
  g_autofree char *logged = NULL;
  g_autofree char *logged_caption = NULL;
  g_autofree char *peg = pj_period_format_pain (current->mean_peg);

  update_average_card (self, current, previous);

  /* Translators: the day of the best or worst pain, "Sat 14 Mar"; see strftime(3) */
  best_day = current->best_date ? pj_trends_format_date (current->best_date, _("%a %-d %b"))
                                : g_strdup ("");
  worst_day = current->worst_date ? pj_trends_format_date (current->worst_date, _("%a %-d %b"))
                                  : g_strdup ("");
  set_card (self->best_value, self->best_caption, best, best_day);
  set_card (self->worst_value, self->worst_caption, worst, worst_day);

  /* Translators: days logged out of the days in the period, "23 of 30" */
  logged = g_strdup_printf (_("%u of %u"), current->n_logged, current->n_days);
  logged_caption = g_strdup_printf (ngettext ("%u day with pain scores", "%u days with pain scores",
                                              current->n_pain_days), current->n_pain_days);
  set_card (self->logged_value, self->logged_caption, logged, logged_caption);

  set_card (self->peg_value, self->peg_caption, peg,
            current->n_peg_days > 0 ? _("Pain, enjoyment and activity, out of 10")
                                    : _("Answer the two interference questions to see it"));
}

void
pj_trends_page_update_warnings_card (PjTrendsPage *self,
                                     guint         n_marked_days)
{
  g_autofree char *value = NULL;

  if (n_marked_days == 0)
    {
      set_card (self->warnings_value, self->warnings_caption, _("None"),
                _("No warning sign in this period"));
      return;
    }
  /* Translators: how many days of the period raised a warning sign, "3 days" */
  value = g_strdup_printf (ngettext ("%u day", "%u days", n_marked_days), n_marked_days);
  set_card (self->warnings_value, self->warnings_caption, value,
            _("Marked under the chart; see Insights"));
}

typedef struct
{
  PjLocation location;
  guint      days;
} RegionCount;

static int
compare_region_counts (gconstpointer a,
                       gconstpointer b)
{
  const RegionCount *x = a, *y = b;

  /* Most days first; equal counts keep the order of the body map's codes. */
  if (x->days != y->days)
    return x->days > y->days ? -1 : 1;
  return (int) x->location - (int) y->location;
}

/* The heat map: each region coloured by the share of days with pain on which it hurt, and the
 * same counts in words for the regions that hurt most (and for screen readers). */
void
pj_trends_page_update_heat_map (PjTrendsPage          *self,
                 const PjPeriodSummary *current)
{
  RegionCount counts[PJ_N_LOCATIONS];
  double heat[PJ_N_LOCATIONS];
  GString *text = g_string_new (NULL);

  for (guint loc = 0; loc < PJ_N_LOCATIONS; loc++)
    {
      counts[loc] = (RegionCount) { loc, current->location_days[loc] };
      heat[loc] = current->n_pain_days > 0
                  ? (double) current->location_days[loc] / current->n_pain_days : 0;
    }
  pj_body_map_set_heat (self->heat_map, heat);

  qsort (counts, PJ_N_LOCATIONS, sizeof counts[0], compare_region_counts);
  /* Every region the map shades is in the list: a shaded place missing from it would read as
   * a mistake. */
  for (guint i = 0; i < PJ_N_LOCATIONS && counts[i].days > 0; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: a body region and on how many days it hurt, "Neck: 12 days" */
      g_string_append_printf (text, ngettext ("%s: %u day", "%s: %u days", counts[i].days),
                              pj_code_label (PJ_CODE_KIND_LOCATION, counts[i].location),
                              counts[i].days);
    }
  if (text->len == 0)
    g_string_append (text, _("No places marked in this period"));
  gtk_label_set_text (self->heat_caption, text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heat_map),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Where it hurt"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
  g_string_free (text, TRUE);
}
