/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-date-text.h"
#include "pj-day-search.h"
#include "pj-error.h"
#include "pj-history-model.h"
#include "pj-history-page.h"
#include "pj-history-row.h"
#include "pj-journal-properties.h"
#include "pj-toast-overlay.h"

struct _PjHistoryPage
{
  AdwBin          parent_instance;

  PjDatabase     *database;
  PjDate          as_of;     /* the day the rows' dates are written against */
  PjHistoryModel *model;     /* follows "database" through a binding */

  gboolean        search_mode;

  GtkSearchBar   *search_bar;
  GtkSearchEntry *search_entry;
  GtkToggleButton *warning_toggle;
  GtkStack       *stack;
  GtkListView    *list_view;
  AdwStatusPage  *no_match_page;
  AdwStatusPage  *error_page;
};

G_DEFINE_FINAL_TYPE (PjHistoryPage, pj_history_page, ADW_TYPE_BIN)

enum
{
  SIGNAL_DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_AS_OF,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an Undo needs to bring a deleted day back, even after the page is gone. */
typedef struct
{
  PjDatabase *database;
  PjDay      *day;
  GPtrArray  *doses;   /* PjDose*: the doses logged on that day, deleted with it */
  GWeakRef    page;
} DeletedDay;

static void
deleted_day_free (DeletedDay *deleted)
{
  g_object_unref (deleted->database);
  pj_day_free (deleted->day);
  g_ptr_array_unref (deleted->doses);
  g_weak_ref_clear (&deleted->page);
  g_free (deleted);
}

static PjDate
today_of (PjHistoryPage *self)
{
  return pj_journal_resolve_as_of (self->database, self->as_of);
}

static void
undo_delete (gpointer user_data)
{
  DeletedDay *deleted = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (PjHistoryPage) page = g_weak_ref_get (&deleted->page);

  if (pj_database_restore_day_with_doses (deleted->database, deleted->day, deleted->doses,
                                          &error))
    return;

  g_warning ("Could not restore a deleted day: %s", error->message);
  if (page != NULL)
    {
      /* Translators: %s is the reason, written by the database */
      g_autofree char *message = g_strdup_printf (_("The day could not be restored: %s"),
                                                  error->message);
      pj_toast_overlay_show_message_for (GTK_WIDGET (page), message);
    }
}

gboolean
pj_history_page_delete_day (PjHistoryPage *self,
                            PjDate         date,
                            GError       **error)
{
  g_autoptr (PjDay) snapshot = NULL;
  g_autoptr (GPtrArray) doses = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *message = NULL;
  DeletedDay *deleted;

  g_return_val_if_fail (PJ_IS_HISTORY_PAGE (self), FALSE);
  g_return_val_if_fail (self->database != NULL, FALSE);

  /* The snapshot is taken before the delete: it is what Undo writes back, check-in and dose
   * ids and all, so an undone delete is indistinguishable from no delete. */
  snapshot = pj_database_get_day (self->database, date, &local_error);
  if (snapshot == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND, _("There is no entry for this day."));
      return FALSE;
    }
  doses = pj_database_list_doses_in_range (self->database, date, date, error);
  if (doses == NULL || !pj_database_delete_day (self->database, date, error))
    return FALSE;

  deleted = g_new0 (DeletedDay, 1);
  deleted->database = g_object_ref (self->database);
  deleted->day = g_steal_pointer (&snapshot);
  deleted->doses = g_steal_pointer (&doses);
  g_weak_ref_init (&deleted->page, self);

  date_text = pj_date_text_short (date, today_of (self));
  /* Translators: %s is a date such as "20 November" */
  message = g_strdup_printf (_("Entry for %s deleted"), date_text);
  pj_toast_overlay_offer_undo_for (GTK_WIDGET (self), message, undo_delete, deleted,
                                   (GDestroyNotify) deleted_day_free);
  return TRUE;
}

static void
delete_day_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PjHistoryPage *self = PJ_HISTORY_PAGE (widget);
  g_autoptr (GError) error = NULL;
  PjDate date = g_variant_get_uint32 (parameter);

  if (date == PJ_DATE_NONE || self->database == NULL)
    return;
  if (!pj_history_page_delete_day (self, date, &error))
    pj_toast_overlay_show_message_for (widget, error->message);
}

/* The row under keyboard focus: the list item itself, or a button inside a row. */
static PjHistoryRow *
focused_row (PjHistoryPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return NULL;
  row = gtk_widget_get_first_child (focus);
  if (row != NULL && PJ_IS_HISTORY_ROW (row))
    return PJ_HISTORY_ROW (row);
  row = gtk_widget_get_ancestor (focus, PJ_TYPE_HISTORY_ROW);
  return row != NULL ? PJ_HISTORY_ROW (row) : NULL;
}

static gboolean
delete_focused_day (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  PjHistoryRow *row = focused_row (PJ_HISTORY_PAGE (widget));
  PjDate date = row != NULL ? pj_history_row_get_date (row) : PJ_DATE_NONE;

  if (date == PJ_DATE_NONE)
    return FALSE;
  gtk_widget_activate_action (widget, "history.delete-day", "u", date);
  return TRUE;
}

static void
on_row_activated (GtkListView   *list_view,
                  guint          position,
                  PjHistoryPage *self)
{
  g_autoptr (PjHistoryItem) item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  PjDate date = item != NULL ? pj_history_item_get_date (item) : PJ_DATE_NONE;

  if (date != PJ_DATE_NONE)
    g_signal_emit (self, signals[SIGNAL_DAY_ACTIVATED], 0, (guint) date);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           PjHistoryPage            *self)
{
  gtk_list_item_set_child (list_item, pj_history_row_new ());
}

static GtkWidget *
make_heading (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "pj-history-heading");
  return label;
}

/* A list item recycled between a day and a heading swaps its child for the other kind. */
static void
bind_heading (GtkListItem   *list_item,
              PjHistoryItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  GtkWidget *row_widget;
  g_autofree char *text = pj_history_item_dup_heading (item);

  if (!GTK_IS_LABEL (child))
    {
      child = make_heading ();
      gtk_list_item_set_child (list_item, child);
    }
  gtk_label_set_text (GTK_LABEL (child), text);
  /* Passed over by activation and by the Delete key; a screen reader reads the month. */
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  row_widget = gtk_widget_get_parent (child);
  if (row_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row_widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    text, -1);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          PjHistoryPage            *self)
{
  PjHistoryItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  GtkWidget *row_widget;
  PjHistoryRow *row;
  const PjDaySearch *search;

  if (pj_history_item_is_heading (item))
    {
      bind_heading (list_item, item);
      return;
    }
  if (!PJ_IS_HISTORY_ROW (child))
    {
      child = pj_history_row_new ();
      gtk_list_item_set_child (list_item, child);
    }
  row = PJ_HISTORY_ROW (child);
  row_widget = gtk_widget_get_parent (child);
  pj_history_row_set_day (row, pj_history_item_get_day (item), today_of (self));
  /* While searching, the note that matched says why the day is there. */
  search = pj_history_model_get_search (self->model);
  if (search != NULL && pj_history_item_get_day (item) != NULL)
    pj_history_row_set_note (row, pj_day_search_find_note (search,
                                                           pj_history_item_get_day (item)));
  /* The Tab stop is the list view's own row widget around ours, and GTK 4.8 gives it no name
   * (GtkListItem has no accessible properties before 4.12): a screen reader would say only
   * "list item" for every day. Name it with the row's sentence. */
  if (row_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row_widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    pj_history_row_get_summary (row), -1);
  gtk_list_item_set_activatable (list_item, pj_history_item_get_date (item) != PJ_DATE_NONE);
}

/* What the empty result of a search says, as one whole sentence for each kind of search. */
static char *
describe_no_match (PjHistoryPage *self)
{
  const char *text = pj_history_model_get_search_text (self->model);

  if (text != NULL && pj_history_model_get_warning_signs_only (self->model))
    /* Translators: %s is what the person searched for */
    return g_strdup_printf (_("No day with warning signs has a note containing “%s”."), text);
  if (text != NULL)
    /* Translators: %s is what the person searched for */
    return g_strdup_printf (_("No day has a note containing “%s”."), text);
  return g_strdup (_("No day has warning signs logged."));
}

static void
update_state (PjHistoryPage *self)
{
  const GError *error = pj_history_model_get_error (self->model);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  if (n_items == 0 && error != NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else if (n_items == 0 && pj_history_model_is_filtered (self->model))
    {
      g_autofree char *description = describe_no_match (self);

      adw_status_page_set_description (self->no_match_page, description);
      gtk_stack_set_visible_child_name (self->stack, "no-match");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, n_items == 0 ? "empty" : "list");
}

static void
on_items_changed (GListModel    *model,
                  guint          position,
                  guint          removed,
                  guint          added,
                  PjHistoryPage *self)
{
  update_state (self);
}

static void
set_database (PjHistoryPage *self,
              PjDatabase    *database)
{
  if (!g_set_object (&self->database, database))
    return;
  /* The binding hands it to the model, which reports its new rows (update_state). */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
  update_state (self);
}

static void
rebind_rows (PjHistoryPage *self)
{
  g_autoptr (GtkListItemFactory) factory = g_object_ref (gtk_list_view_get_factory (
                                                           self->list_view));

  gtk_list_view_set_factory (self->list_view, NULL);
  gtk_list_view_set_factory (self->list_view, factory);
}

static void
set_as_of (PjHistoryPage *self,
           PjDate         as_of)
{

  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  /* "Today", "Yesterday" and the like are written when a row is bound: bind them again. */
  rebind_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

static void
set_search_mode (PjHistoryPage *self,
                 gboolean       search_mode)
{
  search_mode = !!search_mode;
  if (self->search_mode == search_mode)
    return;
  self->search_mode = search_mode;
  /* A closed search bar hides nothing: every day comes back at once. */
  if (!search_mode)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_toggle_button_set_active (self->warning_toggle, FALSE);
      pj_history_model_set_search_text (self->model, NULL);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

void
pj_history_page_start_search (PjHistoryPage *self)
{
  g_return_if_fail (PJ_IS_HISTORY_PAGE (self));

  set_search_mode (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pj_history_page_start_search (PJ_HISTORY_PAGE (widget));
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PjHistoryPage *self = PJ_HISTORY_PAGE (widget);

  set_search_mode (self, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* The entry reports a pause in typing, so a long journal is not searched at every key. */
static void
on_search_changed (GtkSearchEntry *entry,
                   PjHistoryPage  *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  pj_history_model_set_search_text (self->model, text);
}

static void
pj_history_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PjHistoryPage *self = PJ_HISTORY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, self->search_mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_history_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PjHistoryPage *self = PJ_HISTORY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      set_database (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      set_as_of (self, g_value_get_uint (value));
      break;
    case PROP_SEARCH_MODE:
      set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_history_page_dispose (GObject *object)
{
  PjHistoryPage *self = PJ_HISTORY_PAGE (object);

  /* The template's widgets go with AdwBin's child: the model must not report to them after. */
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pj_history_page_parent_class)->dispose (object);
}

static void
pj_history_page_class_init (PjHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_history_page_dispose;
  object_class->get_property = pj_history_page_get_property;
  object_class->set_property = pj_history_page_set_property;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  properties[PROP_AS_OF] = pj_journal_param_as_of ();
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/pj-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PjHistoryPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PjHistoryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PjHistoryPage, warning_toggle);
  gtk_widget_class_bind_template_child (widget_class, PjHistoryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PjHistoryPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PjHistoryPage, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, PjHistoryPage, error_page);

  gtk_widget_class_install_action (widget_class, "history.delete-day", "u", delete_day_action);
  gtk_widget_class_install_action (widget_class, "history.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "history.show-all", NULL, show_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "history.find", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_focused_day, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, delete_focused_day, NULL);
}

static void
pj_history_page_init (PjHistoryPage *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->model = pj_history_model_new (NULL);
  g_object_bind_property (self, "database", self->model, "database", G_BINDING_DEFAULT);
  g_signal_connect (self->model, "items-changed", G_CALLBACK (on_items_changed), self);
  g_object_bind_property (self->warning_toggle, "active", self->model, "warning-signs-only",
                          G_BINDING_DEFAULT);
  /* A search that still finds nothing changes no row, yet the page must name the new words. */
  g_signal_connect_swapped (self->model, "notify::search-text", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (self->model, "notify::warning-signs-only", G_CALLBACK (update_state),
                            self);
  /* The rows that stay show another matching note for other words: bind them all again. */
  g_signal_connect_swapped (self->model, "notify::search-text", G_CALLBACK (rebind_rows), self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  /* Typing anywhere on the page starts a search, as in GNOME's other lists. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  /* No selection: a row is opened by activating it, and Delete acts on the focused row. */
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  gtk_list_view_set_factory (self->list_view, factory);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_row_activated), self);

  update_state (self);
}

GtkWidget *
pj_history_page_new (void)
{
  return g_object_new (PJ_TYPE_HISTORY_PAGE, NULL);
}
