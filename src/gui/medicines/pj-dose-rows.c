/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pj-decimal-input.h"
#include "pj-dose-rows.h"
#include "pj-error.h"
#include "pj-medicines-window.h"
#include "pj-journal-properties.h"
#include "pj-toast-overlay.h"

struct _PjDoseRows
{
  AdwBin        parent_instance;

  PjDatabase   *database;
  PjDate        as_of;    /* the day taken as today; PJ_DATE_NONE: the database's */
  PjDate        date;     /* the day shown */
  GSignalGroup *database_signals;
  GtkWidget    *group;    /* AdwPreferencesGroup, rebuilt on every refresh */
};

G_DEFINE_FINAL_TYPE (PjDoseRows, pj_dose_rows, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_AS_OF,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void pj_dose_rows_refresh (PjDoseRows *self);

/* What one button or field acts on: copies, so a refresh that rebuilds the rows while a
 * handler runs never leaves it holding freed data. */
typedef struct
{
  PjDoseRows *self;
  PjMedicine *medicine;
  PjDose     *dose;      /* NULL for the medicine's own buttons */
  int         relief;
} Target;

static Target *
target_new (PjDoseRows       *self,
            const PjMedicine *medicine,
            const PjDose     *dose,
            int               relief)
{
  Target *target = g_new0 (Target, 1);

  target->self = self;
  target->medicine = pj_medicine_copy (medicine);
  target->dose = dose != NULL ? pj_dose_copy (dose) : NULL;
  target->relief = relief;
  return target;
}

static void
target_free (gpointer data,
             GClosure *closure)
{
  Target *target = data;

  pj_medicine_free (target->medicine);
  g_clear_pointer (&target->dose, pj_dose_free);
  g_free (target);
}

static void
show_error (PjDoseRows   *self,
            const GError *error)
{
  if (pj_toast_overlay_find (GTK_WIDGET (self)) != NULL)
    pj_toast_overlay_show_message_for (GTK_WIDGET (self), error->message);
  else
    g_warning ("%s", error->message);
}

static gboolean
is_today (PjDoseRows *self)
{
  return self->database != NULL &&
         self->date == pj_journal_resolve_as_of (self->database, self->as_of);
}

static int
now_minutes (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
}

static gboolean
has_dose_at (GPtrArray *doses,
             gint64     medicine_id,
             int        minutes)
{
  for (guint i = 0; doses != NULL && i < doses->len; i++)
    {
      const PjDose *dose = g_ptr_array_index (doses, i);

      if (dose->medicine_id == medicine_id && dose->minutes == minutes)
        return TRUE;
    }
  return FALSE;
}

int
pj_dose_rows_time_for (PjDoseRows       *self,
                       const PjMedicine *medicine,
                       GPtrArray        *doses_of_day)
{
  g_return_val_if_fail (PJ_IS_DOSE_ROWS (self), 12 * 60);

  if (is_today (self))
    return now_minutes ();
  for (guint i = 0; i < medicine->n_times; i++)
    if (!has_dose_at (doses_of_day, medicine->id, medicine->times[i]))
      return medicine->times[i];
  return 12 * 60;
}

/* ----- Actions ----- */

typedef struct
{
  PjDatabase *database;
  gint64      dose_id;
} LoggedDose;

static void
logged_dose_free (gpointer data)
{
  LoggedDose *logged = data;

  g_object_unref (logged->database);
  g_free (logged);
}

static void
undo_log (gpointer data)
{
  LoggedDose *logged = data;
  g_autoptr (GError) error = NULL;

  if (!pj_database_delete_dose (logged->database, logged->dose_id, NULL, &error))
    g_warning ("Could not undo the dose: %s", error->message);
}

static GPtrArray *
doses_of_day (PjDoseRows *self)
{
  return pj_database_list_doses_in_range (self->database, self->date, self->date, NULL);
}

/* Logs @dose, moving it a minute on when that medicine already has a dose at its time
 * (two clicks in one minute are two doses). */
static gboolean
add_dose (PjDoseRows *self,
          PjDose     *dose,
          GError    **error)
{
  for (guint attempt = 0; attempt < 10; attempt++)
    {
      g_autoptr (GError) local_error = NULL;

      if (pj_database_add_dose (self->database, dose, &local_error))
        return TRUE;
      if (!g_error_matches (local_error, PJ_ERROR, PJ_ERROR_CONFLICT) ||
          dose->minutes >= 24 * 60 - 1)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      dose->minutes++;
    }
  return pj_database_add_dose (self->database, dose, error);
}

static void
log_dose (Target  *target,
          gboolean taken)
{
  PjDoseRows *self = target->self;
  g_autoptr (PjDatabase) database = g_object_ref (self->database);
  g_autoptr (GPtrArray) doses = doses_of_day (self);
  g_autoptr (PjDose) dose = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *amount = NULL;
  char time[PJ_TIME_TEXT_LEN];
  LoggedDose *logged;
  GtkWidget *anchor = GTK_WIDGET (self);

  dose = pj_medicine_new_usual_dose (target->medicine, self->date,
                                     pj_dose_rows_time_for (self, target->medicine, doses));
  if (!taken)
    {
      dose->taken = FALSE;
      dose->amount = NAN;
    }
  if (!add_dose (self, dose, &error))
    {
      show_error (self, error);
      return;
    }
  pj_time_format (dose->minutes, time);
  amount = pj_medicine_format_amount (dose->amount, dose->unit);
  message = taken
            /* Translators: medicine, amount such as "400 mg", time */
            ? g_strdup_printf (_("%s %s logged at %s"), target->medicine->name, amount, time)
            /* Translators: medicine, time */
            : g_strdup_printf (_("%s at %s marked as skipped"), target->medicine->name, time);
  logged = g_new0 (LoggedDose, 1);
  logged->database = g_steal_pointer (&database);
  logged->dose_id = dose->id;
  pj_toast_overlay_offer_undo_for (anchor, message, undo_log, logged, logged_dose_free);
}

static void
on_taken (GtkButton *button,
          Target    *target)
{
  log_dose (target, TRUE);
}

static void
on_skipped (GtkButton *button,
            Target    *target)
{
  log_dose (target, FALSE);
}

static void
update_dose (Target *target,
             PjDose *changed)
{
  g_autoptr (GError) error = NULL;

  if (pj_dose_equal (changed, target->dose))
    return;
  if (!pj_database_update_dose (target->self->database, changed, &error))
    show_error (target->self, error);
}

static void
apply_time (GtkEditable *entry,
            Target      *target)
{
  g_autoptr (PjDose) changed = pj_dose_copy (target->dose);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (!pj_time_parse (text, &changed->minutes, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      show_error (target->self, error);
      return;
    }
  update_dose (target, changed);
}

static void
on_time_focus_leave (GtkEventControllerFocus *controller,
                     Target                  *target)
{
  apply_time (GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))),
              target);
}

static void
on_time_activate (GtkEntry *entry,
                  Target   *target)
{
  apply_time (GTK_EDITABLE (entry), target);
}

static void
on_amount_changed (GtkSpinButton *spin,
                   Target        *target)
{
  g_autoptr (PjDose) changed = pj_dose_copy (target->dose);

  changed->amount = gtk_spin_button_get_value (spin);
  update_dose (target, changed);
}

typedef struct
{
  PjDatabase *database;
  PjDose     *dose;
} DeletedDose;

static void
deleted_dose_free (gpointer data)
{
  DeletedDose *deleted = data;

  g_object_unref (deleted->database);
  pj_dose_free (deleted->dose);
  g_free (deleted);
}

static void
undo_delete_dose (gpointer data)
{
  DeletedDose *deleted = data;
  g_autoptr (GError) error = NULL;

  if (!pj_database_restore_dose (deleted->database, deleted->dose, &error))
    g_warning ("Could not bring the dose back: %s", error->message);
}

static void
on_delete (GtkButton *button,
           Target    *target)
{
  PjDoseRows *self = target->self;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  DeletedDose *deleted = g_new0 (DeletedDose, 1);
  char time[PJ_TIME_TEXT_LEN];

  if (!pj_database_delete_dose (self->database, target->dose->id, &deleted->dose, &error))
    {
      g_free (deleted);
      show_error (self, error);
      return;
    }
  deleted->database = g_object_ref (self->database);
  pj_time_format (deleted->dose->minutes, time);
  /* Translators: medicine, time */
  message = g_strdup_printf (_("Dose of %s at %s deleted"), target->medicine->name, time);
  pj_toast_overlay_offer_undo_for (GTK_WIDGET (self), message, undo_delete_dose, deleted, deleted_dose_free);
}

static void
on_relief (GtkButton *button,
           Target    *target)
{
  g_autoptr (PjDose) changed = pj_dose_copy (target->dose);

  changed->relief = target->relief;
  update_dose (target, changed);
}

/* ----- Building the rows ----- */

static void
connect_target (gpointer    instance,
                const char *signal,
                GCallback   callback,
                Target     *target)
{
  g_signal_connect_data (instance, signal, callback, target, target_free, 0);
}

static GtkWidget *
new_button (const char *label,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static char *
medicine_summary (const PjMedicine *medicine,
                  guint             n_taken)
{
  g_autofree char *amount = pj_medicine_format_amount (medicine->amount, medicine->unit);
  g_autofree char *times = NULL;
  g_autofree char *usual = NULL;

  if (medicine->regular)
    {
      times = pj_medicine_format_times (medicine);
      g_strdelimit (times, ";", ' ');
      /* Translators: the usual dose such as "400 mg", then times such as "08:00 20:00" */
      usual = g_strdup_printf (_("%s at %s"), amount, times);
    }
  else
    /* Translators: the usual dose such as "400 mg" */
    usual = g_strdup_printf (_("%s as needed"), amount);
  if (n_taken == 0)
    return g_steal_pointer (&usual);
  /* Translators: the usual dose, then how many doses were taken that day */
  return g_strdup_printf (ngettext ("%s. Taken once this day.", "%s. Taken %u times this day.",
                                    n_taken), usual, n_taken);
}

static GtkWidget *
new_dose_row (PjDoseRows       *self,
              const PjMedicine *medicine,
              const PjDose     *dose)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *time = gtk_entry_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *focus = gtk_event_controller_focus_new ();
  char time_text[PJ_TIME_TEXT_LEN];

  pj_time_format (dose->minutes, time_text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 dose->taken ? _("Taken") : _("Skipped"));
  gtk_editable_set_text (GTK_EDITABLE (time), time_text);
  gtk_editable_set_width_chars (GTK_EDITABLE (time), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (time), 5);
  gtk_entry_set_max_length (GTK_ENTRY (time), 5);
  gtk_widget_set_valign (time, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (time, _("Time of the dose (HH:MM); press Enter to save"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (time), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Time of the dose"), -1);
  connect_target (time, "activate", G_CALLBACK (on_time_activate),
                  target_new (self, medicine, dose, 0));
  connect_target (focus, "leave", G_CALLBACK (on_time_focus_leave),
                  target_new (self, medicine, dose, 0));
  gtk_widget_add_controller (time, focus);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), time);

  if (dose->taken)
    {
      double min, max;
      GtkWidget *amount;
      g_autofree char *label = NULL;

      pj_dose_unit_range (dose->unit, &min, &max);
      amount = gtk_spin_button_new_with_range (min, max, min < 1 ? 0.25 : 1);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (amount), 2);
      pj_decimal_input_attach (GTK_SPIN_BUTTON (amount));
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (amount), dose->amount);
      gtk_widget_set_valign (amount, GTK_ALIGN_CENTER);
      /* Translators: %s is a unit such as "mg" */
      label = g_strdup_printf (_("Amount in %s"), pj_dose_unit_name (dose->unit));
      gtk_widget_set_tooltip_text (amount, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (amount), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      connect_target (amount, "value-changed", G_CALLBACK (on_amount_changed),
                      target_new (self, medicine, dose, 0));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_label_new (pj_dose_unit_name (dose->unit)));
    }

  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete this dose"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete this dose"), -1);
  connect_target (delete, "clicked", G_CALLBACK (on_delete),
                  target_new (self, medicine, dose, 0));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  return row;
}

/* libadwaita 1.2 names neither the expander row nor the list row that holds its visible
 * header: a screen reader would say only "list item". Both get the title and subtitle. */
static void
name_expander_header (GtkWidget  *widget,
                      const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && !ADW_IS_PREFERENCES_ROW (child))
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          name, -1);
          return;
        }
      if (!ADW_IS_PREFERENCES_ROW (child))
        name_expander_header (child, name);
    }
}

static GtkWidget *
new_medicine_row (PjDoseRows       *self,
                  const PjMedicine *medicine,
                  GPtrArray        *doses)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *taken = new_button (_("Taken"), _("Log the usual dose now"));
  g_autofree char *taken_label = NULL;
  g_autofree char *summary = NULL;
  guint n_taken = 0, n_doses = 0;

  for (guint i = 0; i < doses->len; i++)
    {
      const PjDose *dose = g_ptr_array_index (doses, i);

      if (dose->medicine_id != medicine->id)
        continue;
      n_doses++;
      n_taken += dose->taken;
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), new_dose_row (self, medicine, dose));
    }
  summary = medicine_summary (medicine, n_taken);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), medicine->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), summary);
  {
    /* Translators: medicine name, then its summary such as "400 mg as needed" */
    g_autofree char *name = g_strdup_printf (_("%s: %s"), medicine->name, summary);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
    name_expander_header (row, name);
  }
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), n_doses > 0);

  /* Translators: %s is the medicine's name */
  taken_label = g_strdup_printf (_("Log a dose of %s now"), medicine->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (taken), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  taken_label, -1);
  gtk_widget_add_css_class (taken, "suggested-action");
  connect_target (taken, "clicked", G_CALLBACK (on_taken),
                  target_new (self, medicine, NULL, 0));
  if (medicine->regular)
    {
      GtkWidget *skipped = new_button (_("Skipped"), _("Note that this dose was not taken"));
      g_autofree char *skipped_label = g_strdup_printf (_("Mark a dose of %s as skipped"),
                                                        medicine->name);

      gtk_accessible_update_property (GTK_ACCESSIBLE (skipped), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      skipped_label, -1);
      connect_target (skipped, "clicked", G_CALLBACK (on_skipped),
                      target_new (self, medicine, NULL, 0));
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), skipped);
    }
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), taken);
  return row;
}

/* The latest taken dose of an as-needed medicine within the last few hours that has no relief
 * yet, or NULL. Only asked on today, about doses of today. */
static const PjDose *
dose_to_follow_up (PjDoseRows *self,
                   GPtrArray  *medicines,
                   GPtrArray  *doses,
                   const PjMedicine **out_medicine)
{
  int now = now_minutes ();

  if (!is_today (self))
    return NULL;
  for (guint i = doses->len; i-- > 0;)
    {
      const PjDose *dose = g_ptr_array_index (doses, i);

      if (!dose->taken || dose->minutes > now ||
          now - dose->minutes > PJ_DOSE_RELIEF_WINDOW_MINUTES)
        continue;
      for (guint j = 0; j < medicines->len; j++)
        {
          const PjMedicine *medicine = g_ptr_array_index (medicines, j);

          if (medicine->id == dose->medicine_id && !medicine->regular)
            {
              *out_medicine = medicine;
              return dose->relief == PJ_UNSET ? dose : NULL;
            }
        }
    }
  return NULL;
}

static GtkWidget *
new_relief_row (PjDoseRows       *self,
                const PjMedicine *medicine,
                const PjDose     *dose)
{
  static const struct { const char *label; int relief; } answers[] = {
    { N_("None"), 0 }, { N_("Some"), 3 }, { N_("A lot"), 7 }, { N_("Complete"), 10 },
  };
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *question;
  g_autofree char *text = NULL;
  char time[PJ_TIME_TEXT_LEN];

  pj_time_format (dose->minutes, time);
  /* Translators: medicine, time it was taken */
  text = g_strdup_printf (_("How much did %s at %s help?"), medicine->name, time);
  question = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (question), TRUE);
  gtk_label_set_xalign (GTK_LABEL (question), 0);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_widget_add_css_class (buttons, "linked");
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      GtkWidget *button = gtk_button_new_with_label (_(answers[i].label));
      g_autofree char *tooltip = g_strdup_printf (_("Relief %d of 10"), answers[i].relief);

      gtk_widget_set_tooltip_text (button, tooltip);
      connect_target (button, "clicked", G_CALLBACK (on_relief),
                      target_new (self, medicine, dose, answers[i].relief));
      gtk_box_append (GTK_BOX (buttons), button);
    }
  gtk_box_append (GTK_BOX (box), question);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return row;
}

static GtkWidget *
new_empty_row (void)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *add = new_button (_("_Add…"), _("Add the medicines and treatments you use"));

  gtk_button_set_use_underline (GTK_BUTTON (add), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "doses.manage");
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add medicines and treatments"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No medicines or treatments yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Add the ones you use to log a dose with one click"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
  return row;
}

static void
pj_dose_rows_refresh (PjDoseRows *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *manage = new_button (_("_Manage"), _("Add, change or archive medicines"));
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (GPtrArray) doses = NULL;
  g_autoptr (GError) error = NULL;
  const PjMedicine *followed = NULL;
  const PjDose *follow_up;

  gtk_button_set_use_underline (GTK_BUTTON (manage), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (manage), "doses.manage");
  gtk_accessible_update_property (GTK_ACCESSIBLE (manage), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Manage medicines and treatments"), -1);
  adw_preferences_group_set_title (group, _("Medicines and Treatments"));
  adw_preferences_group_set_header_suffix (group, manage);
  self->group = GTK_WIDGET (group);
  adw_bin_set_child (ADW_BIN (self), self->group);
  gtk_widget_set_visible (GTK_WIDGET (self), self->database != NULL &&
                                             self->date != PJ_DATE_NONE);
  if (self->database == NULL || self->date == PJ_DATE_NONE)
    return;

  medicines = pj_database_list_medicines (self->database, FALSE, &error);
  if (medicines != NULL)
    doses = pj_database_list_doses_in_range (self->database, self->date, self->date, &error);
  if (doses == NULL)
    {
      g_warning ("Could not read the medicines: %s", error->message);
      return;
    }
  if (medicines->len == 0)
    adw_preferences_group_add (group, new_empty_row ());
  follow_up = dose_to_follow_up (self, medicines, doses, &followed);
  if (follow_up != NULL)
    adw_preferences_group_add (group, new_relief_row (self, followed, follow_up));
  for (guint i = 0; i < medicines->len; i++)
    adw_preferences_group_add (group, new_medicine_row (self, g_ptr_array_index (medicines, i),
                                                        doses));
}

/* ----- Object ----- */

static void
on_database_changed (PjDoseRows *self,
                     guint       date)
{
  if (date == PJ_DATE_NONE || date == self->date)
    pj_dose_rows_refresh (self);
}

static void
manage_medicines (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PjDoseRows *self = PJ_DOSE_ROWS (widget);
  GtkWidget *window = pj_medicines_window_new (self->database);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (window));
}

static void
pj_dose_rows_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PjDoseRows *self = PJ_DOSE_ROWS (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    case PROP_DATE:
      g_value_set_uint (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_dose_rows_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PjDoseRows *self = PJ_DOSE_ROWS (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      pj_dose_rows_set_database (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      pj_dose_rows_set_as_of (self, g_value_get_uint (value));
      break;
    case PROP_DATE:
      pj_dose_rows_set_date (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_dose_rows_dispose (GObject *object)
{
  PjDoseRows *self = PJ_DOSE_ROWS (object);

  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  g_clear_object (&self->database_signals);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (pj_dose_rows_parent_class)->dispose (object);
}

static void
pj_dose_rows_class_init (PjDoseRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pj_dose_rows_get_property;
  object_class->set_property = pj_dose_rows_set_property;
  object_class->dispose = pj_dose_rows_dispose;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  properties[PROP_AS_OF] = pj_journal_param_as_of ();
  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "doses.manage", NULL, manage_medicines);
}

static void
pj_dose_rows_init (PjDoseRows *self)
{
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
  pj_dose_rows_refresh (self);
}

GtkWidget *
pj_dose_rows_new (void)
{
  return g_object_new (PJ_TYPE_DOSE_ROWS, NULL);
}

PjDatabase *
pj_dose_rows_get_database (PjDoseRows *self)
{
  g_return_val_if_fail (PJ_IS_DOSE_ROWS (self), NULL);
  return self->database;
}

void
pj_dose_rows_set_database (PjDoseRows *self,
                           PjDatabase *database)
{
  g_return_if_fail (PJ_IS_DOSE_ROWS (self));
  g_return_if_fail (database == NULL || PJ_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;
  g_signal_group_set_target (self->database_signals, database);
  pj_dose_rows_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

PjDate
pj_dose_rows_get_as_of (PjDoseRows *self)
{
  g_return_val_if_fail (PJ_IS_DOSE_ROWS (self), PJ_DATE_NONE);
  return self->as_of;
}

void
pj_dose_rows_set_as_of (PjDoseRows *self,
                        PjDate      as_of)
{
  g_return_if_fail (PJ_IS_DOSE_ROWS (self));

  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  pj_dose_rows_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

PjDate
pj_dose_rows_get_date (PjDoseRows *self)
{
  g_return_val_if_fail (PJ_IS_DOSE_ROWS (self), PJ_DATE_NONE);
  return self->date;
}

void
pj_dose_rows_set_date (PjDoseRows *self,
                       PjDate      date)
{
  g_return_if_fail (PJ_IS_DOSE_ROWS (self));

  if (self->date == date)
    return;
  self->date = date;
  pj_dose_rows_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
