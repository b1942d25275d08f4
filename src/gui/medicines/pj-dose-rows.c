/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-dose-rows.h"
#include "pj-dose-target.h"
#include "pj-journal-properties.h"
#include "pj-medicine-today-row.h"
#include "pj-medicines-window.h"
#include "pj-relief-row.h"

/* The group of Today's medicines; each row is built by its own file: the medicine
 * (pj-medicine-today-row.c), its doses (pj-dose-row.c), the relief question
 * (pj-relief-row.c). */

struct _PjDoseRows
{
  AdwBin        parent_instance;

  PjDatabase   *database;
  PjDate        as_of;    /* the day taken as today; PJ_DATE_NONE: the database's */
  PjDate        date;     /* the day shown */
  GSignalGroup *database_signals;
  GtkWidget    *group;    /* AdwPreferencesGroup, rebuilt on every refresh */
  gboolean      asks_relief;
};

G_DEFINE_FINAL_TYPE (PjDoseRows, pj_dose_rows, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_AS_OF,
  PROP_DATE,
  PROP_ASKS_RELIEF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void pj_dose_rows_refresh (PjDoseRows *self);

static gboolean
is_today (PjDoseRows *self)
{
  return self->database != NULL &&
         self->date == pj_journal_resolve_as_of (self->database, self->as_of);
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
    return pj_dose_target_now_minutes ();
  for (guint i = 0; i < medicine->n_times; i++)
    if (!has_dose_at (doses_of_day, medicine->id, medicine->times[i]))
      return medicine->times[i];
  return 12 * 60;
}

/* ----- Building the rows ----- */

static GtkWidget *
new_empty_row (void)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *add = pj_dose_target_button (_("_Add…"),
                                          _("Add the medicines and treatments you use"));

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
  GtkWidget *manage = pj_dose_target_button (_("_Manage"),
                                             _("Add, change or archive medicines"));
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
  /* only asked on today, about doses of today */
  follow_up = self->asks_relief && is_today (self) ? pj_relief_row_find_dose (medicines, doses,
                                                         pj_dose_target_now_minutes (),
                                                         &followed)
                              : NULL;
  if (follow_up != NULL)
    adw_preferences_group_add (group, pj_relief_row_new (GTK_WIDGET (self), self->database,
                                                         followed, follow_up));
  for (guint i = 0; i < medicines->len; i++)
    adw_preferences_group_add (group,
                               pj_medicine_today_row_new (self, self->database,
                                                          g_ptr_array_index (medicines, i),
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
    case PROP_ASKS_RELIEF:
      g_value_set_boolean (value, self->asks_relief);
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
    case PROP_ASKS_RELIEF:
      pj_dose_rows_set_asks_relief (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_dose_rows_dispose (GObject *object)
{
  PjDoseRows *self = PJ_DOSE_ROWS (object);

  pj_journal_unfollow_database (&self->database, &self->database_signals);
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
  properties[PROP_ASKS_RELIEF] =
    g_param_spec_boolean ("asks-relief", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "doses.manage", NULL, manage_medicines);
}

static void
pj_dose_rows_init (PjDoseRows *self)
{
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
  self->asks_relief = TRUE;
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

  if (!pj_journal_follow_database (&self->database, self->database_signals, database))
    return;
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

void
pj_dose_rows_set_asks_relief (PjDoseRows *self,
                              gboolean    asks_relief)
{
  g_return_if_fail (PJ_IS_DOSE_ROWS (self));

  asks_relief = !!asks_relief;
  if (self->asks_relief == asks_relief)
    return;
  self->asks_relief = asks_relief;
  pj_dose_rows_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASKS_RELIEF]);
}
