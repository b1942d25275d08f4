/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-history-model.h"
#include "pj-journal-properties.h"

typedef struct
{
  guint      index;  /* page number: covers positions index * PAGE_SIZE … */
  GPtrArray *items;  /* PjHistoryItem* */
} Page;

struct _PjHistoryModel
{
  GObject     parent_instance;

  PjDatabase   *database;
  GSignalGroup *database_signals;

  guint       n_items;
  GQueue      pages;   /* Page*, most recently used first */
  guint       pages_read;
  GError     *error;
};

static void pj_history_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PjHistoryModel, pj_history_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      pj_history_model_list_model_init))

enum
{
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->items);
  g_free (page);
}

static void
drop_pages (PjHistoryModel *self)
{
  g_queue_clear_full (&self->pages, (GDestroyNotify) page_free);
}

static void
set_error (PjHistoryModel *self,
           GError         *error)
{
  g_clear_error (&self->error);
  self->error = error;
}

static guint
count_days (PjHistoryModel *self)
{
  g_autoptr (GError) error = NULL;
  guint count = 0;

  if (self->database == NULL)
    return 0;
  if (!pj_database_count_days (self->database, &count, &error))
    {
      g_warning ("Could not count the journal's days: %s", error->message);
      set_error (self, g_steal_pointer (&error));
      return 0;
    }
  return count;
}

static Page *
read_page (PjHistoryModel *self,
           guint           index)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = NULL;
  guint first = index * PJ_HISTORY_MODEL_PAGE_SIZE;
  guint wanted = MIN (PJ_HISTORY_MODEL_PAGE_SIZE, self->n_items - first);
  Page *page = g_new0 (Page, 1);

  page->index = index;
  page->items = g_ptr_array_new_full (wanted, g_object_unref);
  self->pages_read++;

  days = pj_database_list_days_in_range (self->database, PJ_DATE_NONE, PJ_DATE_NONE,
                                         PJ_ORDER_NEWEST_FIRST, first, wanted, &error);
  if (days == NULL)
    {
      g_warning ("Could not read days %u to %u of the journal: %s",
                 first + 1, first + wanted, error->message);
      set_error (self, g_steal_pointer (&error));
    }
  else
    {
      /* The array owns its days: steal them into the items. */
      g_ptr_array_set_free_func (days, NULL);
      for (guint i = 0; i < days->len; i++)
        g_ptr_array_add (page->items, pj_history_item_new (g_ptr_array_index (days, i)));
    }

  /* The count and the pages come from two reads: if a row is missing (an error, or a write
   * from another process in between) the list still needs an item at every position. */
  while (page->items->len < wanted)
    g_ptr_array_add (page->items, pj_history_item_new (NULL));

  return page;
}

static Page *
lookup_page (PjHistoryModel *self,
             guint           index)
{
  Page *page;

  for (GList *link = self->pages.head; link != NULL; link = link->next)
    {
      page = link->data;
      if (page->index == index)
        {
          /* Most recently used first, so eviction drops what was seen longest ago. */
          g_queue_unlink (&self->pages, link);
          g_queue_push_head_link (&self->pages, link);
          return page;
        }
    }

  page = read_page (self, index);
  g_queue_push_head (&self->pages, page);
  while (g_queue_get_length (&self->pages) > PJ_HISTORY_MODEL_MAX_PAGES)
    page_free (g_queue_pop_tail (&self->pages));
  return page;
}

static GType
pj_history_model_get_item_type (GListModel *model)
{
  return PJ_TYPE_HISTORY_ITEM;
}

static guint
pj_history_model_get_n_items (GListModel *model)
{
  return PJ_HISTORY_MODEL (model)->n_items;
}

static gpointer
pj_history_model_get_item (GListModel *model,
                           guint       position)
{
  PjHistoryModel *self = PJ_HISTORY_MODEL (model);
  Page *page;

  if (position >= self->n_items)
    return NULL;

  page = lookup_page (self, position / PJ_HISTORY_MODEL_PAGE_SIZE);
  return g_object_ref (g_ptr_array_index (page->items, position % PJ_HISTORY_MODEL_PAGE_SIZE));
}

static void
pj_history_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pj_history_model_get_item_type;
  iface->get_n_items = pj_history_model_get_n_items;
  iface->get_item = pj_history_model_get_item;
}

/* The position of @date in the newest-first list: the number of stored days after it. */
static gboolean
position_of_date (PjHistoryModel *self,
                  PjDate          date,
                  guint          *out_position)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) newer = NULL;

  newer = pj_database_list_dates_in_range (self->database, date + 1, PJ_DATE_NONE, &error);
  if (newer == NULL)
    {
      g_warning ("Could not locate a changed day in the journal: %s", error->message);
      return FALSE;
    }
  *out_position = newer->len;
  return TRUE;
}

static void
on_database_changed (PjHistoryModel *self,
                     guint           date)
{
  guint old_n = self->n_items;
  guint new_n, position;

  drop_pages (self);
  g_clear_error (&self->error);
  new_n = self->n_items = count_days (self);

  /* One day added, removed or edited: say exactly which row, so GtkListView keeps its scroll
   * position and focus. Anything else (an import) replaces the whole list. */
  if (date != PJ_DATE_NONE && new_n + 1 >= old_n && new_n <= old_n + 1
      && position_of_date (self, date, &position) && position <= MIN (old_n, new_n))
    {
      if (new_n == old_n + 1)
        g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
      else if (new_n + 1 == old_n)
        g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
      else if (position < new_n)
        g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
      return;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);
}

static void
set_database (PjHistoryModel *self,
              PjDatabase     *database)
{
  guint old_n;

  if (!g_set_object (&self->database, database))
    return;
  g_signal_group_set_target (self->database_signals, database);

  old_n = self->n_items;
  drop_pages (self);
  g_clear_error (&self->error);
  self->n_items = count_days (self);
  if (old_n != 0 || self->n_items != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

static void
pj_history_model_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PjHistoryModel *self = PJ_HISTORY_MODEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_history_model_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PjHistoryModel *self = PJ_HISTORY_MODEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      set_database (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_history_model_dispose (GObject *object)
{
  PjHistoryModel *self = PJ_HISTORY_MODEL (object);

  g_clear_object (&self->database_signals);
  g_clear_object (&self->database);
  drop_pages (self);

  G_OBJECT_CLASS (pj_history_model_parent_class)->dispose (object);
}

static void
pj_history_model_finalize (GObject *object)
{
  PjHistoryModel *self = PJ_HISTORY_MODEL (object);

  g_clear_error (&self->error);

  G_OBJECT_CLASS (pj_history_model_parent_class)->finalize (object);
}

static void
pj_history_model_class_init (PjHistoryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pj_history_model_dispose;
  object_class->finalize = pj_history_model_finalize;
  object_class->get_property = pj_history_model_get_property;
  object_class->set_property = pj_history_model_set_property;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_history_model_init (PjHistoryModel *self)
{
  g_queue_init (&self->pages);
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
}

PjHistoryModel *
pj_history_model_new (PjDatabase *database)
{
  g_return_val_if_fail (database == NULL || PJ_IS_DATABASE (database), NULL);

  return g_object_new (PJ_TYPE_HISTORY_MODEL, "database", database, NULL);
}

PjDatabase *
pj_history_model_get_database (PjHistoryModel *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_MODEL (self), NULL);
  return self->database;
}

guint
pj_history_model_get_pages_read (PjHistoryModel *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_MODEL (self), 0);
  return self->pages_read;
}

const GError *
pj_history_model_get_error (PjHistoryModel *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_MODEL (self), NULL);
  return self->error;
}
