/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "pj-date-text.h"
#include "pj-history-row.h"
#include "pj-pain-dot.h"

struct _PjHistoryRow
{
  GtkWidget  parent_instance;

  PjDate     date;

  GtkWidget *dot;
  GtkWidget *date_label;
  GtkWidget *pain_label;
  GtkWidget *note_label;
  GtkWidget *symptoms_label;
  GtkWidget *factors_label;
  GtkWidget *delete_button;

  char      *summary;
  char      *day_summary;  /* the summary without the note */
};

G_DEFINE_FINAL_TYPE (PjHistoryRow, pj_history_row, GTK_TYPE_WIDGET)

/* "4.5", or "4" for a whole number: a mean of one check-in should read like the check-in. */
static char *
format_pain (double pain)
{
  if (pain == round (pain))
    return g_strdup_printf ("%.0f", pain);
  return g_strdup_printf ("%.1f", pain);
}

static char *
format_hours (double hours)
{
  if (hours == round (hours))
    return g_strdup_printf ("%.0f", hours);
  return g_strdup_printf ("%.1f", hours);
}

/* The day's pain and how many check-ins it rests on, as separate parts. */
static GPtrArray *
describe_pain (const PjDay *day)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n_checkins = day->checkins != NULL ? day->checkins->len : 0;
  g_autofree char *mean = NULL;

  if (n_checkins == 0)
    {
      g_ptr_array_add (parts, g_strdup (_("No check-ins")));
      return g_steal_pointer (&parts);
    }

  mean = format_pain (pj_day_pain_mean (day));
  if (n_checkins == 1)
    /* Translators: the pain of a day with a single check-in */
    g_ptr_array_add (parts, g_strdup_printf (_("Pain %s"), mean));
  else
    /* Translators: the day's average pain, then its worst pain */
    g_ptr_array_add (parts, g_strdup_printf (_("Average pain %s, worst %d"),
                                             mean, pj_day_pain_worst (day)));
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u check-in", "%u check-ins", n_checkins),
                                           n_checkins));
  return g_steal_pointer (&parts);
}

/* The factors that matter most for neck and upper back pain, only those that are known:
 * an unknown factor is left out rather than shown as zero. */
static GPtrArray *
describe_factors (const PjDay *day)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (pj_is_set_decimal (day->sitting_hours))
    {
      g_autofree char *hours = format_hours (day->sitting_hours);
      /* Translators: hours spent sitting */
      g_ptr_array_add (parts, g_strdup_printf (_("Sitting %s h"), hours));
    }
  if (pj_is_set_int (day->exercise_minutes))
    /* Translators: minutes of exercise */
    g_ptr_array_add (parts, g_strdup_printf (_("Exercise %d min"), day->exercise_minutes));
  if (pj_is_set_decimal (day->sleep_hours))
    {
      g_autofree char *hours = format_hours (day->sleep_hours);
      /* Translators: hours of sleep */
      g_ptr_array_add (parts, g_strdup_printf (_("Sleep %s h"), hours));
    }
  if (pj_is_set_int (day->stress))
    /* Translators: stress on the 0 … 10 scale */
    g_ptr_array_add (parts, g_strdup_printf (_("Stress %d/10"), day->stress));
  return g_steal_pointer (&parts);
}

/* Parts joined by " · " as Pango markup in which a narrow window breaks lines only between
 * parts, never inside "Sleep 6.5 h" or "2 check-ins", and the dot ends a line. */
static char *
join_unbroken (GPtrArray *parts)
{
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (parts, i), -1);

      g_string_append_printf (markup, "%s<span allow_breaks=\"false\">%s%s</span>",
                              i > 0 ? " " : "", escaped, i + 1 < parts->len ? " ·" : "");
    }
  return g_string_free (markup, FALSE);
}

/* Warning symptoms stand out in the list: they are what a person should not scroll past. */
static char *
describe_symptoms (const PjDay *day)
{
  PjCodeSet symptoms = pj_day_symptoms (day);
  g_autofree char *labels = NULL;

  if (symptoms == 0)
    return NULL;
  labels = pj_code_set_format_labels (PJ_CODE_KIND_SYMPTOM, symptoms);
  /* Translators: %s lists warning symptoms ticked that day */
  return g_strdup_printf (_("Warning signs: %s"), labels);
}

void
pj_history_row_set_day (PjHistoryRow *self,
                        const PjDay  *day,
                        PjDate        today)
{
  g_autofree char *date_text = NULL;
  g_autoptr (GPtrArray) pain_parts = NULL;
  g_autoptr (GPtrArray) factor_parts = NULL;
  g_autofree char *pain_markup = NULL;
  g_autofree char *factors_markup = NULL;
  g_autofree char *symptoms_text = NULL;
  g_autoptr (GString) accessible = NULL;
  g_autofree char *delete_label = NULL;
  gboolean has_pain;

  g_return_if_fail (PJ_IS_HISTORY_ROW (self));

  gtk_widget_set_visible (self->note_label, FALSE);
  g_clear_pointer (&self->day_summary, g_free);
  if (day == NULL)
    {
      self->date = PJ_DATE_NONE;
      g_free (self->summary);
      self->summary = g_strdup (_("This day could not be read"));
      gtk_label_set_text (GTK_LABEL (self->date_label), self->summary);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      self->summary, -1);
      gtk_label_set_text (GTK_LABEL (self->pain_label), "");
      gtk_widget_set_visible (self->symptoms_label, FALSE);
      gtk_widget_set_visible (self->factors_label, FALSE);
      gtk_widget_set_visible (self->delete_button, FALSE);
      pj_pain_dot_set_pain (PJ_PAIN_DOT (self->dot), NAN);
      return;
    }

  self->date = day->date;
  has_pain = day->checkins != NULL && day->checkins->len > 0;
  date_text = pj_date_text_long (day->date, today);
  pain_parts = describe_pain (day);
  factor_parts = describe_factors (day);
  symptoms_text = describe_symptoms (day);
  pain_markup = join_unbroken (pain_parts);
  factors_markup = join_unbroken (factor_parts);

  gtk_label_set_text (GTK_LABEL (self->date_label), date_text);
  gtk_label_set_markup (GTK_LABEL (self->pain_label), pain_markup);
  gtk_label_set_markup (GTK_LABEL (self->factors_label), factors_markup);
  gtk_widget_set_visible (self->factors_label, factor_parts->len > 0);
  gtk_label_set_text (GTK_LABEL (self->symptoms_label), symptoms_text ? symptoms_text : "");
  gtk_widget_set_visible (self->symptoms_label, symptoms_text != NULL);
  pj_pain_dot_set_pain (PJ_PAIN_DOT (self->dot), has_pain ? pj_day_pain_mean (day) : NAN);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "u", day->date);
  /* Translators: tooltip and accessible name of a History row's delete button */
  delete_label = g_strdup_printf (_("Delete the entry for %s"), date_text);
  gtk_widget_set_tooltip_text (self->delete_button, delete_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);

  /* Screen readers get one sentence per line instead of three labels and a colour. */
  accessible = g_string_new (date_text);
  g_string_append_printf (accessible, ". %s.", gtk_label_get_text (GTK_LABEL (self->pain_label)));
  if (symptoms_text != NULL)
    g_string_append_printf (accessible, " %s.", symptoms_text);
  if (factor_parts->len > 0)
    g_string_append_printf (accessible, " %s.",
                            gtk_label_get_text (GTK_LABEL (self->factors_label)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible->str, -1);
  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&accessible), FALSE);
  self->day_summary = g_strdup (self->summary);
}

void
pj_history_row_set_note (PjHistoryRow *self,
                         const char   *note)
{
  g_return_if_fail (PJ_IS_HISTORY_ROW (self));

  gtk_widget_set_visible (self->note_label, note != NULL && self->day_summary != NULL);
  if (self->day_summary == NULL)
    return;
  gtk_label_set_text (GTK_LABEL (self->note_label), note != NULL ? note : "");
  g_free (self->summary);
  /* Translators: a History row's sentence for screen readers while a search shows why the
   * day was found; the first %s is the day's own sentence, the second the note's text */
  self->summary = note != NULL ? g_strdup_printf (_("%s Note: %s"), self->day_summary, note)
                               : g_strdup (self->day_summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->summary, -1);
}

const char *
pj_history_row_get_summary (PjHistoryRow *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_ROW (self), NULL);

  return self->summary;
}

static GtkWidget *
make_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
pj_history_row_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pj_history_row_parent_class)->dispose (object);
}

static void
pj_history_row_finalize (GObject *object)
{
  g_free (PJ_HISTORY_ROW (object)->summary);
  g_free (PJ_HISTORY_ROW (object)->day_summary);

  G_OBJECT_CLASS (pj_history_row_parent_class)->finalize (object);
}

static void
pj_history_row_class_init (PjHistoryRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pj_history_row_dispose;
  G_OBJECT_CLASS (klass)->finalize = pj_history_row_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pj-history-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pj_history_row_init (PjHistoryRow *self)
{
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));

  gtk_box_layout_set_spacing (layout, 12);

  self->dot = pj_pain_dot_new ();
  gtk_widget_set_parent (self->dot, GTK_WIDGET (self));

  self->date_label = make_label ("heading");
  self->pain_label = make_label (NULL);
  /* The note a search found, in the person's own words: two lines at most. */
  self->note_label = make_label ("dim-label");
  gtk_label_set_lines (GTK_LABEL (self->note_label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (self->note_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_visible (self->note_label, FALSE);
  self->symptoms_label = make_label ("warning");
  gtk_widget_add_css_class (self->symptoms_label, "caption-heading");
  self->factors_label = make_label ("dim-label");
  gtk_widget_add_css_class (self->factors_label, "caption");
  gtk_box_append (GTK_BOX (text_box), self->date_label);
  gtk_box_append (GTK_BOX (text_box), self->pain_label);
  gtk_box_append (GTK_BOX (text_box), self->note_label);
  gtk_box_append (GTK_BOX (text_box), self->symptoms_label);
  gtk_box_append (GTK_BOX (text_box), self->factors_label);
  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_widget_set_valign (text_box, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (text_box, GTK_WIDGET (self));

  self->delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (self->delete_button, "flat");
  gtk_widget_add_css_class (self->delete_button, "circular");
  gtk_widget_set_valign (self->delete_button, GTK_ALIGN_CENTER);
  /* The target first: an action with a parameter and a button without one do not match. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "u", PJ_DATE_NONE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "history.delete-day");
  gtk_widget_set_parent (self->delete_button, GTK_WIDGET (self));
}

GtkWidget *
pj_history_row_new (void)
{
  return g_object_new (PJ_TYPE_HISTORY_ROW, NULL);
}

PjDate
pj_history_row_get_date (PjHistoryRow *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_ROW (self), PJ_DATE_NONE);
  return self->date;
}

GtkWidget *
pj_history_row_get_delete_button (PjHistoryRow *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_ROW (self), NULL);
  return self->delete_button;
}
