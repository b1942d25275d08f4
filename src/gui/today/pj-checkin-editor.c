/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-adaptive-box.h"
#include "pj-after-first-frame.h"
#include "pj-body-map.h"
#include "pj-checkin-editor.h"
#include "pj-chip-group.h"
#include "pj-error.h"
#include "pj-pain-scale.h"
#include "pj-symptom-guidance.h"
#include "pj-time-button.h"
#include "pj-ui-part.h"
#include "pj-word-wrap.h"

struct _PjCheckinEditor
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  GtkLabel          *title_label;
  PjPainScale       *pain_scale;
  PjBodyMap         *body_map;
  PjChipGroup       *locations;
  GtkLabel          *error_label;
  /* Built when the checklist is first opened (NULL until then); `symptoms` is the
   * form's set either way, so a check-in keeps its signs while they are out of sight. */
  GtkCheckButton    *symptom_checks[PJ_N_SYMPTOMS];
  PjCodeSet          symptoms;

  /* Below the body map (qualities, time, note, checklist, guidance) the form is built from
   * pj-checkin-editor-lower.ui just after the first frame; until then (lower == NULL) what
   * it would show is kept here. */
  GtkWidget         *lower;
  PjChipGroup       *qualities;
  AdwEntryRow       *time_row;
  GtkLabel          *time_error_label;
  AdwEntryRow       *note_row;
  AdwExpanderRow    *symptoms_row;
  PjSymptomGuidance *guidance;
  PjCodeSet          kept_qualities;
  char              *kept_time;
  char              *kept_note;
  gboolean           kept_expanded;
  PjAfterFirstFrame *pending;

  PjDate             date;
  gint64             editing_id;
  gboolean           dirty;
  /* The person set the time themselves: a new check-in's time stops following the clock. */
  gboolean           time_chosen;
  gboolean           loading;
};

G_DEFINE_FINAL_TYPE (PjCheckinEditor, pj_checkin_editor, GTK_TYPE_WIDGET)

enum {
  SIGNAL_SAVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_DIRTY,
  PROP_EDITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_dirty (PjCheckinEditor *self,
           gboolean         dirty)
{
  if (self->dirty == dirty)
    return;
  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
mark_dirty (PjCheckinEditor *self)
{
  if (self->loading)
    return;
  set_dirty (self, TRUE);
}

static void
on_time_changed (PjCheckinEditor *self)
{
  if (self->loading)
    return;
  self->time_chosen = TRUE;
  mark_dirty (self);
}

static PjCodeSet
selected_symptoms (PjCheckinEditor *self)
{
  return self->symptoms;
}

/* The urgent guidance follows the form as it is filled in, not the stored check-in: the
 * person should read it before deciding to save (or to call for help instead). */
static void
sync_guidance (PjCheckinEditor *self)
{
  gboolean was_active;

  /* Not built yet: it is brought up to date when it is. */
  if (self->guidance == NULL)
    return;
  was_active = pj_symptom_guidance_get_active (self->guidance);

  pj_symptom_guidance_update (self->guidance, selected_symptoms (self),
                              pj_pain_scale_get_value (self->pain_scale));
  /* Newly shown by the person's own tick: make sure they see it. Loading a check-in to edit
   * leaves the scroll position alone. */
  if (!self->loading && !was_active)
    pj_symptom_guidance_present (self->guidance);
}

static void
sync_map_pain (PjCheckinEditor *self)
{
  /* Selected regions take the colour of the pain being logged. */
  pj_body_map_set_pain (self->body_map, pj_pain_scale_get_value (self->pain_scale));
}

static void
on_save_clicked (PjCheckinEditor *self)
{
  g_signal_emit (self, signals[SIGNAL_SAVE], 0);
}


static void
load (PjCheckinEditor *self,
      const PjCheckin *checkin)
{
  char time_text[PJ_TIME_TEXT_LEN];

  self->loading = TRUE;
  self->date = checkin->date;
  if (self->editing_id != checkin->id)
    {
      self->editing_id = checkin->id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
    }
  self->time_chosen = FALSE;
  pj_pain_scale_set_value (self->pain_scale, checkin->pain);
  pj_chip_group_set_selection (self->locations, checkin->locations);
  self->symptoms = checkin->symptoms;
  if (self->symptom_checks[0] != NULL)
    for (guint i = 0; i < PJ_N_SYMPTOMS; i++)
      gtk_check_button_set_active (self->symptom_checks[i],
                                   (checkin->symptoms & PJ_CODE_BIT (i)) != 0);
  pj_time_format (checkin->minutes, time_text);
  if (self->lower != NULL)
    {
      pj_chip_group_set_selection (self->qualities, checkin->qualities);
      gtk_editable_set_text (GTK_EDITABLE (self->time_row), time_text);
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), checkin->note ? checkin->note : "");
    }
  else
    {
      self->kept_qualities = checkin->qualities;
      g_free (self->kept_time);
      self->kept_time = g_strdup (time_text);
      g_free (self->kept_note);
      self->kept_note = g_strdup (checkin->note ? checkin->note : "");
    }
  pj_checkin_editor_clear_error (self);
  sync_guidance (self);
  set_dirty (self, FALSE);
  self->loading = FALSE;
}

void
pj_checkin_editor_start_new (PjCheckinEditor *self,
                             PjDate           date,
                             int              minutes)
{
  g_autoptr(PjCheckin) empty = NULL;

  g_return_if_fail (PJ_IS_CHECKIN_EDITOR (self));

  /* No pain by default: a check-in's pain is chosen, never assumed. */
  empty = pj_checkin_new (date, minutes, PJ_UNSET);
  load (self, empty);
  gtk_label_set_text (self->title_label, _("New check-in"));
}

void
pj_checkin_editor_follow_clock (PjCheckinEditor *self,
                                int              minutes)
{
  char time_text[PJ_TIME_TEXT_LEN];
  gboolean loading = self->loading;

  g_return_if_fail (PJ_IS_CHECKIN_EDITOR (self));

  if (self->editing_id != 0 || self->time_chosen)
    return;
  pj_time_format (minutes, time_text);
  /* Not the person's edit: the form stays as clean (or as dirty) as it was. */
  self->loading = TRUE;
  if (self->lower != NULL)
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), time_text) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->time_row), time_text);
    }
  else
    {
      g_free (self->kept_time);
      self->kept_time = g_strdup (time_text);
    }
  self->loading = loading;
}

void
pj_checkin_editor_start_edit (PjCheckinEditor *self,
                              const PjCheckin *checkin)
{
  char time_text[PJ_TIME_TEXT_LEN];
  g_autofree char *title = NULL;

  g_return_if_fail (PJ_IS_CHECKIN_EDITOR (self));
  g_return_if_fail (checkin != NULL);

  load (self, checkin);
  pj_time_format (checkin->minutes, time_text);
  /* Translators: heading of the form when changing an existing check-in; %s is its time */
  title = g_strdup_printf (_("Edit the check-in of %s"), time_text);
  gtk_label_set_text (self->title_label, title);
}

gint64
pj_checkin_editor_get_editing_id (PjCheckinEditor *self)
{
  g_return_val_if_fail (PJ_IS_CHECKIN_EDITOR (self), 0);
  return self->editing_id;
}

PjDate
pj_checkin_editor_get_date (PjCheckinEditor *self)
{
  g_return_val_if_fail (PJ_IS_CHECKIN_EDITOR (self), PJ_DATE_NONE);
  return self->date;
}

gboolean
pj_checkin_editor_is_dirty (PjCheckinEditor *self)
{
  g_return_val_if_fail (PJ_IS_CHECKIN_EDITOR (self), FALSE);
  return self->dirty;
}

PjCheckin *
pj_checkin_editor_build (PjCheckinEditor *self,
                         const char     **out_field,
                         GError         **error)
{
  g_autoptr(PjCheckin) checkin = NULL;
  g_autoptr(GError) time_error = NULL;
  g_autofree char *time_text = NULL;
  const char *note;
  int minutes;

  g_return_val_if_fail (PJ_IS_CHECKIN_EDITOR (self), NULL);

  if (out_field != NULL)
    *out_field = NULL;
  time_text = g_strstrip (g_strdup (self->lower != NULL
                                    ? gtk_editable_get_text (GTK_EDITABLE (self->time_row))
                                    : self->kept_time));
  if (!pj_time_parse (time_text, &minutes, &time_error))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Time: “%s” is not a time of day; write it as HH:MM, for example 08:30."),
                   time_text);
      if (out_field != NULL)
        *out_field = "time";
      return NULL;
    }
  if (pj_pain_scale_get_value (self->pain_scale) == PJ_UNSET)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID,
                           _("Pain: choose how bad the pain is, from 0 (no pain) to 10."));
      if (out_field != NULL)
        *out_field = "pain";
      return NULL;
    }

  checkin = pj_checkin_new (self->date, minutes, pj_pain_scale_get_value (self->pain_scale));
  checkin->id = self->editing_id;
  checkin->locations = pj_chip_group_get_selection (self->locations);
  checkin->qualities = self->lower != NULL ? pj_chip_group_get_selection (self->qualities)
                                           : self->kept_qualities;
  checkin->symptoms = selected_symptoms (self);
  note = self->lower != NULL ? gtk_editable_get_text (GTK_EDITABLE (self->note_row))
                             : self->kept_note;
  checkin->note = *note != '\0' ? g_strdup (note) : NULL;
  return g_steal_pointer (&checkin);
}

/* The control a message is about: marked, described by the message, and given the focus, which
 * scrolls it into view (the person may have pressed Ctrl+S far below it). */
static void
mark_problem (GtkWidget  *widget,
              const char *message)
{
  gtk_widget_add_css_class (widget, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  gtk_widget_grab_focus (widget);
}

void
pj_checkin_editor_show_error (PjCheckinEditor *self,
                              const char      *field,
                              const char      *message)
{
  g_return_if_fail (PJ_IS_CHECKIN_EDITOR (self));

  pj_checkin_editor_clear_error (self);
  if (g_strcmp0 (field, "time") == 0)
    {
      /* Said under the time itself, which must be there to take the focus. */
      pj_checkin_editor_complete (self);
      gtk_label_set_text (self->time_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->time_error_label), TRUE);
      mark_problem (GTK_WIDGET (self->time_row), message);
      return;
    }
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  /* The pain, or a problem with no one control: the top of the form, right under it. */
  mark_problem (GTK_WIDGET (self->pain_scale), message);
  if (g_strcmp0 (field, "pain") != 0)
    gtk_widget_remove_css_class (GTK_WIDGET (self->pain_scale), "error");
}

void
pj_checkin_editor_clear_error (PjCheckinEditor *self)
{
  g_return_if_fail (PJ_IS_CHECKIN_EDITOR (self));

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (self->lower != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->time_error_label), FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (self->time_row), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->time_row),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->pain_scale), "error");
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->pain_scale),
                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

void
pj_checkin_editor_set_symptoms_expanded (PjCheckinEditor *self,
                                         gboolean         expanded)
{
  g_return_if_fail (PJ_IS_CHECKIN_EDITOR (self));
  if (self->lower != NULL)
    adw_expander_row_set_expanded (self->symptoms_row, expanded);
  else
    self->kept_expanded = expanded;
}

void
pj_checkin_editor_focus_pain (PjCheckinEditor *self)
{
  g_return_if_fail (PJ_IS_CHECKIN_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->pain_scale));
}

static void
on_symptom_toggled (GtkCheckButton  *check,
                    PjCheckinEditor *self)
{
  for (guint i = 0; i < PJ_N_SYMPTOMS; i++)
    if (self->symptom_checks[i] == check)
      {
        if (gtk_check_button_get_active (check))
          self->symptoms |= PJ_CODE_BIT (i);
        else
          self->symptoms &= ~PJ_CODE_BIT (i);
      }
  mark_dirty (self);
  sync_guidance (self);
}

/* The ten questions are a hundred widgets that are folded away on most days: they are
 * made when the checklist is first opened (by the person, or because a sign was ticked in
 * the last week), not before the first frame. */
static void
build_symptom_rows (PjCheckinEditor *self)
{
  if (self->symptom_checks[0] != NULL)
    return;
  for (guint i = 0; i < PJ_N_SYMPTOMS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     pj_code_question (PJ_CODE_KIND_SYMPTOM, i));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      /* The row names its activatable widget for assistive technology. */
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   (self->symptoms & PJ_CODE_BIT (i)) != 0);
      self->symptom_checks[i] = GTK_CHECK_BUTTON (check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_symptom_toggled), self);
      adw_expander_row_add_row (self->symptoms_row, row);
    }
}

static void
on_symptoms_expanded (PjCheckinEditor *self)
{
  if (adw_expander_row_get_expanded (self->symptoms_row))
    build_symptom_rows (self);
}

static void
pj_checkin_editor_dispose (GObject *object)
{
  PjCheckinEditor *self = PJ_CHECKIN_EDITOR (object);

  pj_after_first_frame_cancel (&self->pending);
  g_clear_pointer (&self->kept_time, g_free);
  g_clear_pointer (&self->kept_note, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_CHECKIN_EDITOR);

  G_OBJECT_CLASS (pj_checkin_editor_parent_class)->dispose (object);
}

static void
pj_checkin_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PjCheckinEditor *self = PJ_CHECKIN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    case PROP_EDITING:
      g_value_set_boolean (value, self->editing_id != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_checkin_editor_class_init (PjCheckinEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_checkin_editor_dispose;
  object_class->get_property = pj_checkin_editor_get_property;

  /* Something was entered since the form was last filled (what "Clear" would throw away). */
  properties[PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  /* The form holds a stored check-in (changed, or cancelled), not a new one. */
  properties[PROP_EDITING] = g_param_spec_boolean ("editing", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (PJ_TYPE_ADAPTIVE_BOX);
  g_type_ensure (PJ_TYPE_BODY_MAP);
  g_type_ensure (PJ_TYPE_PAIN_SCALE);
  g_type_ensure (PJ_TYPE_CHIP_GROUP);
  g_type_ensure (PJ_TYPE_SYMPTOM_GUIDANCE);
  g_type_ensure (PJ_TYPE_TIME_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/pj-checkin-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PjCheckinEditor, box);
  gtk_widget_class_bind_template_child (widget_class, PjCheckinEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, PjCheckinEditor, pain_scale);
  gtk_widget_class_bind_template_child (widget_class, PjCheckinEditor, body_map);
  gtk_widget_class_bind_template_child (widget_class, PjCheckinEditor, locations);
  gtk_widget_class_bind_template_child (widget_class, PjCheckinEditor, error_label);
}

static void
build_lower (gpointer user_data)
{
  PjCheckinEditor *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  gboolean loading = self->loading;

  if (self->lower != NULL)
    return;
  builder = pj_ui_part_load (RESOURCE_BASE "/pj-checkin-editor-lower.ui");
  self->lower = pj_ui_part_object (builder, "lower");
  self->qualities = pj_ui_part_object (builder, "qualities");
  self->time_row = pj_ui_part_object (builder, "time_row");
  self->time_error_label = pj_ui_part_object (builder, "time_error_label");
  self->note_row = pj_ui_part_object (builder, "note_row");
  self->symptoms_row = pj_ui_part_object (builder, "symptoms_row");
  self->guidance = pj_ui_part_object (builder, "guidance");
  pj_word_wrap_labels (self->lower);

  /* Showing what was kept is not an edit: the rows' change handlers are connected only
   * below, and the guidance, brought up to date here, must not scroll itself into view. */
  self->loading = TRUE;
  pj_chip_group_set_selection (self->qualities, self->kept_qualities);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), self->kept_time);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), self->kept_note);
  g_clear_pointer (&self->kept_time, g_free);
  g_clear_pointer (&self->kept_note, g_free);
  gtk_box_append (GTK_BOX (self->box), self->lower);
  sync_guidance (self);
  self->loading = loading;

  g_signal_connect_swapped (self->symptoms_row, "notify::expanded",
                            G_CALLBACK (on_symptoms_expanded), self);
  adw_expander_row_set_expanded (self->symptoms_row, self->kept_expanded);
  g_signal_connect_swapped (self->qualities, "notify::selection", G_CALLBACK (mark_dirty),
                            self);
  g_signal_connect_swapped (self->time_row, "changed", G_CALLBACK (on_time_changed), self);
  g_signal_connect_swapped (self->note_row, "changed", G_CALLBACK (mark_dirty), self);
  /* Enter in the time or the note saves, as in any short form. */
  g_signal_connect_swapped (self->time_row, "entry-activated", G_CALLBACK (on_save_clicked),
                            self);
  g_signal_connect_swapped (self->note_row, "entry-activated", G_CALLBACK (on_save_clicked),
                            self);
}

void
pj_checkin_editor_complete (PjCheckinEditor *self)
{
  g_return_if_fail (PJ_IS_CHECKIN_EDITOR (self));

  pj_after_first_frame_cancel (&self->pending);
  build_lower (self);
}

gboolean
pj_checkin_editor_get_complete (PjCheckinEditor *self)
{
  g_return_val_if_fail (PJ_IS_CHECKIN_EDITOR (self), FALSE);
  return self->lower != NULL;
}

static void
pj_checkin_editor_init (PjCheckinEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Map and chips are two views of the same set of locations. */
  g_object_bind_property (self->locations, "selection", self->body_map, "selection",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->pain_scale, "notify::value", G_CALLBACK (sync_map_pain),
                            self);
  g_signal_connect_swapped (self->pain_scale, "notify::value", G_CALLBACK (mark_dirty), self);
  g_signal_connect_swapped (self->pain_scale, "notify::value", G_CALLBACK (sync_guidance),
                            self);
  g_signal_connect_swapped (self->locations, "notify::selection", G_CALLBACK (mark_dirty),
                            self);

  pj_checkin_editor_start_new (self, pj_date_today (), 0);
  self->pending = pj_after_first_frame (GTK_WIDGET (self), build_lower, self);
}

GtkWidget *
pj_checkin_editor_new (void)
{
  return g_object_new (PJ_TYPE_CHECKIN_EDITOR, NULL);
}
