/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-dose-target.h"
#include "pj-journal-properties.h"
#include "pj-relief-question.h"
#include "pj-relief-row.h"

struct _PjReliefQuestion
{
  AdwBin        parent_instance;

  PjDatabase   *database;
  PjDate        as_of;    /* the day taken as today; PJ_DATE_NONE: the database's */
  PjDate        date;     /* the day shown */
  GSignalGroup *database_signals;
};

G_DEFINE_FINAL_TYPE (PjReliefQuestion, pj_relief_question, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_AS_OF,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The question's row in a boxed list, or NULL when there is nothing to ask: only on today,
 * about today's doses. */
static GtkWidget *
new_question (PjReliefQuestion *self)
{
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (GPtrArray) doses = NULL;
  g_autoptr (GError) error = NULL;
  const PjMedicine *medicine = NULL;
  const PjDose *dose;
  GtkWidget *list;

  if (self->database == NULL || self->date == PJ_DATE_NONE ||
      self->date != pj_journal_resolve_as_of (self->database, self->as_of))
    return NULL;
  medicines = pj_database_list_medicines (self->database, FALSE, &error);
  if (medicines != NULL)
    doses = pj_database_list_doses_in_range (self->database, self->date, self->date, &error);
  if (doses == NULL)
    {
      g_warning ("Could not read the doses: %s", error->message);
      return NULL;
    }
  dose = pj_relief_row_find_dose (medicines, doses, pj_dose_target_now_minutes (), &medicine);
  if (dose == NULL)
    return NULL;
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list),
                       pj_relief_row_new (GTK_WIDGET (self), self->database, medicine, dose));
  return list;
}

static void
refresh (PjReliefQuestion *self)
{
  GtkWidget *question = new_question (self);

  adw_bin_set_child (ADW_BIN (self), question);
  gtk_widget_set_visible (GTK_WIDGET (self), question != NULL);
}

static void
on_database_changed (PjReliefQuestion *self,
                     guint             date)
{
  if (date == PJ_DATE_NONE || date == self->date)
    refresh (self);
}

static void
pj_relief_question_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PjReliefQuestion *self = PJ_RELIEF_QUESTION (object);

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
pj_relief_question_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PjReliefQuestion *self = PJ_RELIEF_QUESTION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      pj_relief_question_set_database (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      pj_relief_question_set_as_of (self, g_value_get_uint (value));
      break;
    case PROP_DATE:
      pj_relief_question_set_date (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_relief_question_dispose (GObject *object)
{
  PjReliefQuestion *self = PJ_RELIEF_QUESTION (object);

  pj_journal_unfollow_database (&self->database, &self->database_signals);
  G_OBJECT_CLASS (pj_relief_question_parent_class)->dispose (object);
}

static void
pj_relief_question_class_init (PjReliefQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pj_relief_question_get_property;
  object_class->set_property = pj_relief_question_set_property;
  object_class->dispose = pj_relief_question_dispose;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  properties[PROP_AS_OF] = pj_journal_param_as_of ();
  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_relief_question_init (PjReliefQuestion *self)
{
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
  refresh (self);
}

GtkWidget *
pj_relief_question_new (void)
{
  return g_object_new (PJ_TYPE_RELIEF_QUESTION, NULL);
}

void
pj_relief_question_set_database (PjReliefQuestion *self,
                                 PjDatabase       *database)
{
  g_return_if_fail (PJ_IS_RELIEF_QUESTION (self));
  g_return_if_fail (database == NULL || PJ_IS_DATABASE (database));

  if (!pj_journal_follow_database (&self->database, self->database_signals, database))
    return;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

void
pj_relief_question_set_as_of (PjReliefQuestion *self,
                              PjDate            as_of)
{
  g_return_if_fail (PJ_IS_RELIEF_QUESTION (self));

  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

void
pj_relief_question_set_date (PjReliefQuestion *self,
                             PjDate            date)
{
  g_return_if_fail (PJ_IS_RELIEF_QUESTION (self));

  if (self->date == date)
    return;
  self->date = date;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
