/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-journal-properties.h"
#include "pj-medicine-editor.h"
#include "pj-medicines-window.h"

struct _PjMedicinesWindow
{
  AdwPreferencesWindow parent_instance;

  PjDatabase   *database;
  GSignalGroup *database_signals;
  GtkWidget    *page;     /* AdwPreferencesPage, rebuilt on every refresh */
};

G_DEFINE_FINAL_TYPE (PjMedicinesWindow, pj_medicines_window, ADW_TYPE_PREFERENCES_WINDOW)

enum
{
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  PjMedicinesWindow *self;
  PjMedicine        *medicine;
} RowTarget;

static void
row_target_free (gpointer  data,
                 GClosure *closure)
{
  RowTarget *target = data;

  pj_medicine_free (target->medicine);
  g_free (target);
}

static void
close_form (PjMedicineEditor  *form,
            PjMedicinesWindow *self)
{
  adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (self));
}

/* The form sits on a subpage with a back button, as GNOME Settings does for one item. */
static void
open_form (PjMedicinesWindow *self,
           const PjMedicine  *medicine)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *title = adw_window_title_new (medicine != NULL ? medicine->name
                                                            : _("New Medicine or Treatment"),
                                           NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *form = pj_medicine_editor_new (self->database, medicine);

  gtk_widget_set_tooltip_text (back, _("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Back"), -1);
  g_signal_connect_swapped (back, "clicked",
                            G_CALLBACK (adw_preferences_window_close_subpage), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), back);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  adw_clamp_set_child (ADW_CLAMP (clamp), form);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scroller);
  g_signal_connect_object (form, "done", G_CALLBACK (close_form), self, 0);
  adw_preferences_window_present_subpage (ADW_PREFERENCES_WINDOW (self), box);
  gtk_widget_grab_focus (GTK_WIDGET (pj_medicine_editor_get_name_row (PJ_MEDICINE_EDITOR (form))));
}

void
pj_medicines_window_add (PjMedicinesWindow *self)
{
  g_return_if_fail (PJ_IS_MEDICINES_WINDOW (self));
  open_form (self, NULL);
}

static void
on_row_activated (AdwActionRow *row,
                  RowTarget    *target)
{
  open_form (target->self, target->medicine);
}

static char *
describe (const PjMedicine *medicine)
{
  g_autofree char *amount = pj_medicine_format_amount (medicine->amount, medicine->unit);
  g_autofree char *times = pj_medicine_format_times (medicine);

  g_strdelimit (times, ";", ' ');
  if (medicine->regular)
    /* Translators: kind, usual dose such as "400 mg", times such as "08:00 20:00" */
    return g_strdup_printf (_("%s, %s at %s"), pj_medicine_kind_label (medicine->kind), amount,
                            times);
  /* Translators: kind, usual dose such as "400 mg" */
  return g_strdup_printf (_("%s, %s as needed"), pj_medicine_kind_label (medicine->kind),
                          amount);
}

static GtkWidget *
new_row (PjMedicinesWindow *self,
         const PjMedicine  *medicine)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe (medicine);
  RowTarget *target = g_new0 (RowTarget, 1);

  target->self = self;
  target->medicine = pj_medicine_copy (medicine);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), medicine->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_data (row, "activated", G_CALLBACK (on_row_activated), target,
                         row_target_free, 0);
  return row;
}

static void
refresh (PjMedicinesWindow *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *active = adw_preferences_group_new ();
  GtkWidget *archived = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));
  g_autoptr (GPtrArray) medicines = NULL;
  g_autoptr (GError) error = NULL;
  guint n_active = 0, n_archived = 0;

  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add, _("Add a medicine or treatment"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add a medicine or treatment"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "medicines.add");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (active), _("In Use"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (active),
    _("Each shows on Today, where one click logs the usual dose. Follow the label or your "
      "prescriber; ask a pharmacist or doctor about any change."));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (active), add);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (archived), _("Archived"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (archived),
                                         _("Not on Today; their doses stay in the journal"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (active));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (archived));

  if (self->database != NULL)
    medicines = pj_database_list_medicines (self->database, TRUE, &error);
  if (error != NULL)
    g_warning ("Could not read the medicines: %s", error->message);
  for (guint i = 0; medicines != NULL && i < medicines->len; i++)
    {
      const PjMedicine *medicine = g_ptr_array_index (medicines, i);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (medicine->archived ? archived : active),
                                 new_row (self, medicine));
      n_active += !medicine->archived;
      n_archived += medicine->archived;
    }
  if (n_active == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Nothing yet: add what you take, such as “Ibuprofen "
                                       "400 mg, as needed”, or a treatment such as a heat pad"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (active), row);
    }
  gtk_widget_set_visible (archived, n_archived > 0);

  if (self->page != NULL)
    adw_preferences_window_remove (ADW_PREFERENCES_WINDOW (self),
                                   ADW_PREFERENCES_PAGE (self->page));
  self->page = page;
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
}

static void
on_database_changed (PjMedicinesWindow *self,
                     guint              date)
{
  if (date == PJ_DATE_NONE)
    refresh (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  pj_medicines_window_add (PJ_MEDICINES_WINDOW (widget));
}

static void
pj_medicines_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, PJ_MEDICINES_WINDOW (object)->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_medicines_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DATABASE:
      pj_medicines_window_set_database (PJ_MEDICINES_WINDOW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_medicines_window_dispose (GObject *object)
{
  PjMedicinesWindow *self = PJ_MEDICINES_WINDOW (object);

  pj_journal_unfollow_database (&self->database, &self->database_signals);
  G_OBJECT_CLASS (pj_medicines_window_parent_class)->dispose (object);
}

static void
pj_medicines_window_class_init (PjMedicinesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pj_medicines_window_get_property;
  object_class->set_property = pj_medicines_window_set_property;
  object_class->dispose = pj_medicines_window_dispose;
  properties[PROP_DATABASE] = pj_journal_param_database ();
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "medicines.add", NULL, add_action);
}

static void
pj_medicines_window_init (PjMedicinesWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Medicines and Treatments"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 620);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
}

GtkWidget *
pj_medicines_window_new (PjDatabase *database)
{
  return g_object_new (PJ_TYPE_MEDICINES_WINDOW, "database", database, NULL);
}

PjDatabase *
pj_medicines_window_get_database (PjMedicinesWindow *self)
{
  g_return_val_if_fail (PJ_IS_MEDICINES_WINDOW (self), NULL);
  return self->database;
}

void
pj_medicines_window_set_database (PjMedicinesWindow *self,
                                  PjDatabase        *database)
{
  g_return_if_fail (PJ_IS_MEDICINES_WINDOW (self));

  if (!pj_journal_follow_database (&self->database, self->database_signals, database))
    return;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}
