/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pj-decimal-input.h"
#include "pj-medicine-editor.h"

struct _PjMedicineEditor
{
  GtkBox      parent_instance;

  PjDatabase *database;
  PjMedicine *editing;     /* NULL for a new one */
  GtkWidget  *name;
  GtkWidget  *kind;
  GtkWidget  *form;
  GtkWidget  *amount;
  GtkWidget  *unit;
  GtkWidget  *schedule;
  GtkWidget  *times;
  GtkWidget  *message;
};

G_DEFINE_FINAL_TYPE (PjMedicineEditor, pj_medicine_editor, GTK_TYPE_BOX)

enum
{
  SIGNAL_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkStringList *
kind_labels (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < PJ_N_MEDICINE_KINDS; i++)
    gtk_string_list_append (list, pj_medicine_kind_label (i));
  return list;
}

static GtkStringList *
form_labels (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("Not specified"));
  for (int i = 0; i < PJ_N_MEDICINE_FORMS; i++)
    gtk_string_list_append (list, pj_medicine_form_label (i));
  return list;
}

static GtkStringList *
unit_names (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < PJ_N_DOSE_UNITS; i++)
    gtk_string_list_append (list, pj_dose_unit_name (i));
  return list;
}

static void
label_widget (GtkWidget  *widget,
              const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
}

static void
on_schedule_changed (PjMedicineEditor *self)
{
  gtk_widget_set_visible (self->times,
                          adw_combo_row_get_selected (ADW_COMBO_ROW (self->schedule)) == 1);
}

/* A treatment is timed in minutes: choosing the kind picks the unit a person would expect. */
static void
on_kind_changed (PjMedicineEditor *self)
{
  gboolean treatment = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind)) ==
                       PJ_MEDICINE_KIND_TREATMENT;

  if (treatment)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->unit), PJ_DOSE_UNIT_MINUTES);
  else if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->unit)) == PJ_DOSE_UNIT_MINUTES)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->unit), PJ_DOSE_UNIT_MG);
}

PjMedicine *
pj_medicine_editor_read (PjMedicineEditor *self,
                       GError        **error)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name))));
  g_autofree char *times = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->times)));
  g_autoptr (PjMedicine) medicine = pj_medicine_new (name);
  g_auto (GStrv) parts = NULL;
  guint form = adw_combo_row_get_selected (ADW_COMBO_ROW (self->form));

  g_return_val_if_fail (PJ_IS_MEDICINE_EDITOR (self), NULL);

  if (self->editing != NULL)
    {
      medicine->id = self->editing->id;
      medicine->archived = self->editing->archived;
    }
  medicine->kind = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind));
  medicine->form = form == 0 ? PJ_MEDICINE_FORM_NONE : (PjMedicineForm) (form - 1);
  medicine->amount = gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->amount));
  medicine->unit = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->unit));
  medicine->regular = adw_combo_row_get_selected (ADW_COMBO_ROW (self->schedule)) == 1;
  if (medicine->regular)
    {
      g_autoptr (GString) joined = g_string_new (NULL);

      /* people write "8:00, 20:00" or "08:00 20:00": any of these separate times */
      parts = g_strsplit_set (times, ",; ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          g_string_append_printf (joined, "%s%s", joined->len > 0 ? ";" : "", parts[i]);
      if (!pj_medicine_parse_times (medicine, joined->str, error))
        return NULL;
    }
  if (!pj_medicine_validate (medicine, error))
    return NULL;
  return g_steal_pointer (&medicine);
}

gboolean
pj_medicine_editor_save (PjMedicineEditor *self,
                       GError        **error)
{
  g_autoptr (PjMedicine) medicine = pj_medicine_editor_read (self, error);

  if (medicine == NULL)
    return FALSE;
  if (medicine->id == 0)
    return pj_database_add_medicine (self->database, medicine, error);
  return pj_database_update_medicine (self->database, medicine, error);
}

static void
on_save (PjMedicineEditor *self)
{
  g_autoptr (GError) error = NULL;

  if (!pj_medicine_editor_save (self, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->message), error->message);
      gtk_widget_set_visible (self->message, TRUE);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_DONE], 0);
}

static void
on_archive (PjMedicineEditor *self)
{
  g_autoptr (GError) error = NULL;

  if (!pj_database_set_medicine_archived (self->database, self->editing->id,
                                          !self->editing->archived, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->message), error->message);
      gtk_widget_set_visible (self->message, TRUE);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_DONE], 0);
}

static GtkWidget *
new_dose_row (PjMedicineEditor *self)
{
  GtkWidget *row = adw_action_row_new ();

  self->amount = gtk_spin_button_new_with_range (0.001, 100000, 1);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (self->amount), 2);
  pj_decimal_input_attach (GTK_SPIN_BUTTON (self->amount));
  gtk_widget_set_valign (self->amount, GTK_ALIGN_CENTER);
  label_widget (self->amount, _("Usual dose"));
  self->unit = gtk_drop_down_new (G_LIST_MODEL (unit_names ()), NULL);
  gtk_widget_set_valign (self->unit, GTK_ALIGN_CENTER);
  label_widget (self->unit, _("Unit"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Usual dose"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("A treatment: its usual minutes"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->amount);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->unit);
  return row;
}

static GtkWidget *
new_combo_row (const char    *title,
               GtkStringList *model)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  g_object_unref (model);
  return row;
}

static void
build (PjMedicineEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkStringList *schedules = gtk_string_list_new (NULL);

  gtk_string_list_append (schedules, _("As needed"));
  gtk_string_list_append (schedules, _("Regular, at set times"));
  self->name = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name), _("Name"));
  self->kind = new_combo_row (_("Kind"), kind_labels ());
  self->form = new_combo_row (_("Form"), form_labels ());
  self->schedule = new_combo_row (_("When"), schedules);
  self->times = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->times),
                                 _("Times of day, such as 08:00 20:00"));
  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_set_visible (self->message, FALSE);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("Log what you take as your label or prescriber says. Ask a pharmacist or doctor before "
      "changing how you take a medicine."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->name);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->kind);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->form);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_dose_row (self));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->schedule);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->times);
  gtk_box_append (GTK_BOX (self), group);
  gtk_box_append (GTK_BOX (self), self->message);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  if (self->editing != NULL)
    {
      GtkWidget *archive = gtk_button_new_with_mnemonic (self->editing->archived
                                                         ? _("_Use Again") : _("_Archive"));

      gtk_widget_set_tooltip_text (archive, self->editing->archived
                                   ? _("Show it on Today again")
                                   : _("Take it off Today; its doses stay in the journal"));
      g_signal_connect_swapped (archive, "clicked", G_CALLBACK (on_archive), self);
      gtk_box_append (GTK_BOX (buttons), archive);
    }
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_save), self);
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (self), buttons);

  g_signal_connect_swapped (self->schedule, "notify::selected",
                            G_CALLBACK (on_schedule_changed), self);
  g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (on_kind_changed), self);
}

static void
fill (PjMedicineEditor *self,
      const PjMedicine *medicine)
{
  g_autofree char *times = pj_medicine_format_times (medicine);

  g_strdelimit (times, ";", ' ');
  gtk_editable_set_text (GTK_EDITABLE (self->name), medicine->name);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind), medicine->kind);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->form), medicine->form + 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->unit), medicine->unit);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->amount), medicine->amount);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->schedule), medicine->regular ? 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->times), times);
}

static void
pj_medicine_editor_finalize (GObject *object)
{
  PjMedicineEditor *self = PJ_MEDICINE_EDITOR (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->editing, pj_medicine_free);
  G_OBJECT_CLASS (pj_medicine_editor_parent_class)->finalize (object);
}

static void
pj_medicine_editor_class_init (PjMedicineEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pj_medicine_editor_finalize;
  signals[SIGNAL_DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pj_medicine_editor_init (PjMedicineEditor *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
}

GtkWidget *
pj_medicine_editor_new (PjDatabase       *database,
                      const PjMedicine *medicine)
{
  PjMedicineEditor *self = g_object_new (PJ_TYPE_MEDICINE_EDITOR, NULL);

  self->database = g_object_ref (database);
  self->editing = medicine != NULL ? pj_medicine_copy (medicine) : NULL;
  build (self);
  if (medicine != NULL)
    fill (self, medicine);
  else
    {
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->amount), 400);
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind), PJ_MEDICINE_KIND_PAIN_RELIEVER);
    }
  on_schedule_changed (self);
  return GTK_WIDGET (self);
}

GtkEditable *
pj_medicine_editor_get_name_row (PjMedicineEditor *self)
{
  return GTK_EDITABLE (self->name);
}

GtkSpinButton *
pj_medicine_editor_get_amount (PjMedicineEditor *self)
{
  return GTK_SPIN_BUTTON (self->amount);
}

AdwComboRow *
pj_medicine_editor_get_schedule_row (PjMedicineEditor *self)
{
  return ADW_COMBO_ROW (self->schedule);
}

GtkEditable *
pj_medicine_editor_get_times_row (PjMedicineEditor *self)
{
  return GTK_EDITABLE (self->times);
}

AdwComboRow *
pj_medicine_editor_get_kind_row (PjMedicineEditor *self)
{
  return ADW_COMBO_ROW (self->kind);
}

GtkDropDown *
pj_medicine_editor_get_unit (PjMedicineEditor *self)
{
  return GTK_DROP_DOWN (self->unit);
}
