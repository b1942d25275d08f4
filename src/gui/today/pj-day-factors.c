/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pj-after-first-frame.h"
#include "pj-chip-group.h"
#include "pj-day-factors.h"
#include "pj-optional-spin.h"
#include "pj-ui-part.h"
#include "pj-word-wrap.h"

struct _PjDayFactors
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  PjOptionalSpin *sitting_hours;
  PjOptionalSpin *screen_hours;
  AdwComboRow    *posture;
  PjOptionalSpin *breaks;
  PjOptionalSpin *exercise_minutes;
  PjChipGroup    *activities;

  /* Self-care and medication, sleep and stress, the interference ratings and the diary sit
   * below the fold: they are built from pj-day-factors-lower.ui just after the first frame,
   * which keeps some 300 widgets out of start-up. Until then (lower == NULL) their values
   * live in `kept`. */
  GtkWidget      *lower;
  AdwEntryRow    *medication;
  PjChipGroup    *self_care;
  PjOptionalSpin *sleep_hours;
  AdwComboRow    *sleep_quality;
  AdwComboRow    *stress;
  AdwComboRow    *enjoyment_interference;
  AdwComboRow    *activity_interference;
  GtkTextView    *note;
  PjDay          *kept;
  PjAfterFirstFrame *pending;

  gboolean        loading;
};

G_DEFINE_FINAL_TYPE (PjDayFactors, pj_day_factors, GTK_TYPE_WIDGET)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ----- Scale combos: item 0 is "not answered", item k is the value min + k - 1 ----- */

/* The lowest value of each scale (data-format.md): posture is rated 1 to 5, the others 0 to
 * 10. */
#define POSTURE_MIN 1
#define RATING_MIN  0

static void
setup_scale_combo (AdwComboRow *row,
                   int          min,
                   int          max,
                   const char  *low_word,
                   const char  *high_word,
                   const char  *const *middle_words)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);

  gtk_string_list_append (items, _("Not answered"));
  for (int value = min; value <= max; value++)
    {
      g_autofree char *text = NULL;
      const char *word = NULL;

      if (value == min)
        word = low_word;
      else if (value == max)
        word = high_word;
      else if (middle_words != NULL)
        word = middle_words[value - min - 1];

      /* Translators: a value of a rating with its meaning, e.g. "0 – very poor" */
      text = word ? g_strdup_printf (_("%d – %s"), value, word) : g_strdup_printf ("%d", value);
      gtk_string_list_append (items, text);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (items));
}

static int
combo_get (AdwComboRow *row,
           int          min)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return PJ_UNSET;
  return min + (int) selected - 1;
}

static void
combo_set (AdwComboRow *row,
           int          min,
           int          value)
{
  adw_combo_row_set_selected (row, value == PJ_UNSET ? 0 : (guint) (value - min + 1));
}

/* ----- Load and apply ----- */

static double
int_to_decimal (int value)
{
  return value == PJ_UNSET ? NAN : (double) value;
}

static int
decimal_to_int (double value)
{
  return isnan (value) ? PJ_UNSET : (int) lround (value);
}

/* The factors of the lower groups, from @from into @to. */
static void
copy_lower (PjDay       *to,
            const PjDay *from)
{
  to->self_care = from->self_care;
  g_free (to->medication);
  to->medication = g_strdup (from->medication);
  to->sleep_hours = from->sleep_hours;
  to->sleep_quality = from->sleep_quality;
  to->stress = from->stress;
  to->enjoyment_interference = from->enjoyment_interference;
  to->activity_interference = from->activity_interference;
  g_free (to->note);
  to->note = g_strdup (from->note);
}

static void
show_lower (PjDayFactors *self,
            const PjDay  *day)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note);

  pj_chip_group_set_selection (self->self_care, day->self_care);
  gtk_editable_set_text (GTK_EDITABLE (self->medication),
                         day->medication ? day->medication : "");
  pj_optional_spin_set_value (self->sleep_hours, day->sleep_hours);
  combo_set (self->sleep_quality, RATING_MIN, day->sleep_quality);
  combo_set (self->stress, RATING_MIN, day->stress);
  combo_set (self->enjoyment_interference, RATING_MIN, day->enjoyment_interference);
  combo_set (self->activity_interference, RATING_MIN, day->activity_interference);
  gtk_text_buffer_set_text (buffer, day->note ? day->note : "", -1);
}

void
pj_day_factors_set_day (PjDayFactors *self,
                        const PjDay  *day)
{
  g_return_if_fail (PJ_IS_DAY_FACTORS (self));
  g_return_if_fail (day != NULL);

  self->loading = TRUE;
  pj_optional_spin_set_value (self->sitting_hours, day->sitting_hours);
  pj_optional_spin_set_value (self->screen_hours, day->screen_hours);
  combo_set (self->posture, POSTURE_MIN, day->posture);
  pj_optional_spin_set_value (self->breaks, int_to_decimal (day->breaks));
  pj_optional_spin_set_value (self->exercise_minutes, int_to_decimal (day->exercise_minutes));
  pj_chip_group_set_selection (self->activities, day->activities);
  if (self->lower != NULL)
    show_lower (self, day);
  else
    copy_lower (self->kept, day);
  self->loading = FALSE;
}

static char *
text_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

void
pj_day_factors_apply (PjDayFactors *self,
                      PjDay        *day)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *note = NULL;

  g_return_if_fail (PJ_IS_DAY_FACTORS (self));
  g_return_if_fail (day != NULL);

  day->sitting_hours = pj_optional_spin_get_value (self->sitting_hours);
  day->screen_hours = pj_optional_spin_get_value (self->screen_hours);
  day->posture = combo_get (self->posture, POSTURE_MIN);
  day->breaks = decimal_to_int (pj_optional_spin_get_value (self->breaks));
  day->exercise_minutes = decimal_to_int (pj_optional_spin_get_value (self->exercise_minutes));
  day->activities = pj_chip_group_get_selection (self->activities);
  if (self->lower == NULL)
    {
      copy_lower (day, self->kept);
      return;
    }
  day->self_care = pj_chip_group_get_selection (self->self_care);
  g_free (day->medication);
  day->medication = text_or_null (gtk_editable_get_text (GTK_EDITABLE (self->medication)));
  day->sleep_hours = pj_optional_spin_get_value (self->sleep_hours);
  day->sleep_quality = combo_get (self->sleep_quality, RATING_MIN);
  day->stress = combo_get (self->stress, RATING_MIN);
  day->enjoyment_interference = combo_get (self->enjoyment_interference, RATING_MIN);
  day->activity_interference = combo_get (self->activity_interference, RATING_MIN);

  buffer = gtk_text_view_get_buffer (self->note);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_free (day->note);
  day->note = text_or_null (note);
}

/* ----- Setup ----- */

static void
emit_changed (PjDayFactors *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
connect_change (gpointer      widget,
                const char   *signal,
                PjDayFactors *self)
{
  g_signal_connect_swapped (widget, signal, G_CALLBACK (emit_changed), self);
}

static void
setup_upper (PjDayFactors *self)
{
  const char *const posture_middle[] = {
    C_("posture", "often slouched"),
    C_("posture", "mixed"),
    C_("posture", "mostly upright"),
  };

  setup_scale_combo (self->posture, POSTURE_MIN, 5,
                     C_("posture", "slouched or hunched most of the day"),
                     C_("posture", "upright and supported"), posture_middle);
  connect_change (self->sitting_hours, "changed", self);
  connect_change (self->screen_hours, "changed", self);
  connect_change (self->breaks, "changed", self);
  connect_change (self->exercise_minutes, "changed", self);
  connect_change (self->posture, "notify::selected", self);
  connect_change (self->activities, "notify::selection", self);
}

static void
build_lower (gpointer user_data)
{
  PjDayFactors *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  gboolean loading = self->loading;

  if (self->lower != NULL)
    return;
  builder = pj_ui_part_load (RESOURCE_BASE "/pj-day-factors-lower.ui");
  self->lower = pj_ui_part_object (builder, "lower");
  self->medication = pj_ui_part_object (builder, "medication");
  self->self_care = pj_ui_part_object (builder, "self_care");
  self->sleep_hours = pj_ui_part_object (builder, "sleep_hours");
  self->sleep_quality = pj_ui_part_object (builder, "sleep_quality");
  self->stress = pj_ui_part_object (builder, "stress");
  self->enjoyment_interference = pj_ui_part_object (builder, "enjoyment_interference");
  self->activity_interference = pj_ui_part_object (builder, "activity_interference");
  self->note = pj_ui_part_object (builder, "note");
  /* data-format.md allows 500 characters; stopping the typing beats refusing the save. */
  gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->medication))),
                           500);

  setup_scale_combo (self->sleep_quality, RATING_MIN, 10, C_("sleep", "very poor"),
                     C_("sleep", "excellent"), NULL);
  setup_scale_combo (self->stress, RATING_MIN, 10, C_("stress", "none"), C_("stress", "extreme"),
                     NULL);
  setup_scale_combo (self->enjoyment_interference, RATING_MIN, 10,
                     C_("interference", "does not interfere"),
                     C_("interference", "completely interferes"), NULL);
  setup_scale_combo (self->activity_interference, RATING_MIN, 10,
                     C_("interference", "does not interfere"),
                     C_("interference", "completely interferes"), NULL);
  /* Showing the kept values is not an edit. */
  self->loading = TRUE;
  show_lower (self, self->kept);
  self->loading = loading;
  g_clear_pointer (&self->kept, pj_day_free);

  connect_change (self->self_care, "notify::selection", self);
  connect_change (self->medication, "changed", self);
  connect_change (self->sleep_hours, "changed", self);
  connect_change (self->sleep_quality, "notify::selected", self);
  connect_change (self->stress, "notify::selected", self);
  connect_change (self->enjoyment_interference, "notify::selected", self);
  connect_change (self->activity_interference, "notify::selected", self);
  connect_change (gtk_text_view_get_buffer (self->note), "changed", self);
  pj_word_wrap_labels (self->lower);
  gtk_box_append (GTK_BOX (self->box), self->lower);
}

void
pj_day_factors_complete (PjDayFactors *self)
{
  g_return_if_fail (PJ_IS_DAY_FACTORS (self));

  pj_after_first_frame_cancel (&self->pending);
  build_lower (self);
}

gboolean
pj_day_factors_get_complete (PjDayFactors *self)
{
  g_return_val_if_fail (PJ_IS_DAY_FACTORS (self), FALSE);
  return self->lower != NULL;
}

static void
pj_day_factors_dispose (GObject *object)
{
  PjDayFactors *self = PJ_DAY_FACTORS (object);

  pj_after_first_frame_cancel (&self->pending);
  g_clear_pointer (&self->kept, pj_day_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), PJ_TYPE_DAY_FACTORS);

  G_OBJECT_CLASS (pj_day_factors_parent_class)->dispose (object);
}

static void
pj_day_factors_class_init (PjDayFactorsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_day_factors_dispose;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  g_type_ensure (PJ_TYPE_OPTIONAL_SPIN);
  g_type_ensure (PJ_TYPE_CHIP_GROUP);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/pj-day-factors.ui");
  gtk_widget_class_bind_template_child (widget_class, PjDayFactors, box);
  gtk_widget_class_bind_template_child (widget_class, PjDayFactors, sitting_hours);
  gtk_widget_class_bind_template_child (widget_class, PjDayFactors, screen_hours);
  gtk_widget_class_bind_template_child (widget_class, PjDayFactors, posture);
  gtk_widget_class_bind_template_child (widget_class, PjDayFactors, breaks);
  gtk_widget_class_bind_template_child (widget_class, PjDayFactors, exercise_minutes);
  gtk_widget_class_bind_template_child (widget_class, PjDayFactors, activities);
}

static void
pj_day_factors_init (PjDayFactors *self)
{
  g_autoptr(PjDay) empty = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->kept = pj_day_new (pj_date_today ());
  setup_upper (self);
  self->pending = pj_after_first_frame (GTK_WIDGET (self), build_lower, self);

  empty = pj_day_new (pj_date_today ());
  pj_day_factors_set_day (self, empty);
}

GtkWidget *
pj_day_factors_new (void)
{
  return g_object_new (PJ_TYPE_DAY_FACTORS, NULL);
}
