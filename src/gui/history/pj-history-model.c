/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-day-search.h"
#include "pj-history-model.h"
#include "pj-journal-properties.h"

/* A row of the list is a heading when this bit is set in its entry of "rows" (and "keys"). */
#define HEADING_BIT 0x80000000u

typedef struct
{
  guint      index;  /* page number: covers days index * PAGE_SIZE … */
  GPtrArray *items;  /* PjHistoryItem* */
} Page;

struct _PjHistoryModel
{
  GObject       parent_instance;

  PjDatabase   *database;
  GSignalGroup *database_signals;

  char         *search_text;
  gboolean      warning_signs_only;
  PjDaySearch  *search;    /* NULL while nothing is left out */
  /* Every day's folded notes and warning signs while a search is on; NULL when not read yet
   * or out of date. */
  GPtrArray    *digests;

  GArray       *dates;     /* PjDate: the days shown, newest first */
  /* Per position: the index in "dates" of its day, or for a heading HEADING_BIT | the index
   * of the first day under it. */
  GArray       *rows;
  /* Per position, what the row stands for: its date, or HEADING_BIT | the month (year * 12 +
   * month - 1). Two lists with the same keys at a position show the same thing there. */
  GArray       *keys;

  GQueue        pages;     /* Page*, most recently used first */
  guint         pages_read;
  GError       *error;
};

static void pj_history_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PjHistoryModel, pj_history_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      pj_history_model_list_model_init))

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_SEARCH_TEXT,
  PROP_WARNING_SIGNS_ONLY,
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

static guint32
month_key (PjDate date)
{
  int year, month, day;

  pj_date_to_ymd (date, &year, &month, &day);
  return HEADING_BIT | (guint32) (year * 12 + month - 1);
}

/* The journal's digests with their notes folded once, so each keystroke only compares. */
static gboolean
ensure_digests (PjHistoryModel *self)
{
  g_autoptr (GError) error = NULL;

  if (self->digests != NULL)
    return TRUE;
  self->digests = pj_database_list_day_digests (self->database, &error);
  if (self->digests == NULL)
    {
      g_warning ("Could not search the journal's notes: %s", error->message);
      set_error (self, g_steal_pointer (&error));
      return FALSE;
    }
  for (guint i = 0; i < self->digests->len; i++)
    {
      PjDayDigest *digest = g_ptr_array_index (self->digests, i);
      char *folded = pj_day_search_fold (digest->notes);

      g_free (digest->notes);
      digest->notes = folded;
    }
  return TRUE;
}

/* The dates to show, newest first: every stored day, or those the search lets through. */
static GArray *
read_dates (PjHistoryModel *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) stored = NULL;
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (PjDate));

  if (self->database == NULL)
    return dates;
  if (self->search != NULL)
    {
      if (ensure_digests (self))
        for (guint i = 0; i < self->digests->len; i++)
          {
            PjDayDigest *digest = g_ptr_array_index (self->digests, i);

            if (pj_day_search_matches (self->search, digest->notes, digest->symptoms))
              g_array_append_val (dates, digest->date);
          }
      return dates;
    }

  stored = pj_database_list_dates_in_range (self->database, PJ_DATE_NONE, PJ_DATE_NONE, &error);
  if (stored == NULL)
    {
      g_warning ("Could not count the journal's days: %s", error->message);
      set_error (self, g_steal_pointer (&error));
      return dates;
    }
  for (guint i = stored->len; i > 0; i--)
    g_array_append_val (dates, g_array_index (stored, PjDate, i - 1));
  return dates;
}

/* Reads the dates again and lays out the rows: a heading before each month's first day. */
static void
rebuild (PjHistoryModel *self)
{
  guint32 last_month = 0;

  drop_pages (self);
  g_clear_error (&self->error);
  g_clear_pointer (&self->dates, g_array_unref);
  self->dates = read_dates (self);
  g_array_set_size (self->rows, 0);
  g_array_set_size (self->keys, 0);
  for (guint i = 0; i < self->dates->len; i++)
    {
      PjDate date = g_array_index (self->dates, PjDate, i);
      guint32 month = month_key (date);
      guint32 row = i;

      if (month != last_month)
        {
          guint32 heading = HEADING_BIT | i;

          g_array_append_val (self->rows, heading);
          g_array_append_val (self->keys, month);
          last_month = month;
        }
      g_array_append_val (self->rows, row);
      g_array_append_val (self->keys, date);
    }
}

static Page *
read_page (PjHistoryModel *self,
           guint           index)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GHashTable) by_date = NULL;
  guint first = index * PJ_HISTORY_MODEL_PAGE_SIZE;
  guint wanted = MIN (PJ_HISTORY_MODEL_PAGE_SIZE, self->dates->len - first);
  PjDate newest = g_array_index (self->dates, PjDate, first);
  PjDate oldest = g_array_index (self->dates, PjDate, first + wanted - 1);
  Page *page = g_new0 (Page, 1);

  page->index = index;
  page->items = g_ptr_array_new_full (wanted, g_object_unref);
  self->pages_read++;

  /* The page's days by their date range: the same two reads for the first page and the last,
   * and while searching the days in between that do not match are simply not taken. */
  days = pj_database_list_days_in_range (self->database, oldest, newest, PJ_ORDER_NEWEST_FIRST,
                                         0, 0, &error);
  by_date = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) pj_day_free);
  if (days == NULL)
    {
      g_warning ("Could not read days %u to %u of the journal: %s",
                 first + 1, first + wanted, error->message);
      set_error (self, g_steal_pointer (&error));
    }
  else
    {
      /* The array owns its days: steal them into the table, then into the items. */
      g_ptr_array_set_free_func (days, NULL);
      for (guint i = 0; i < days->len; i++)
        {
          PjDay *day = g_ptr_array_index (days, i);

          g_hash_table_insert (by_date, GUINT_TO_POINTER (day->date), day);
        }
    }

  /* The dates and the days come from two reads: a day missing in between (an error, or a
   * write from another process) still needs an item at its position. */
  for (guint i = first; i < first + wanted; i++)
    {
      gpointer date = GUINT_TO_POINTER (g_array_index (self->dates, PjDate, i));
      PjDay *day = g_hash_table_lookup (by_date, date);

      if (day != NULL)
        g_hash_table_steal (by_date, date);
      g_ptr_array_add (page->items, pj_history_item_new (day));
    }
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
  return PJ_HISTORY_MODEL (model)->rows->len;
}

static gpointer
pj_history_model_get_item (GListModel *model,
                           guint       position)
{
  PjHistoryModel *self = PJ_HISTORY_MODEL (model);
  guint32 row;
  Page *page;

  if (position >= self->rows->len)
    return NULL;

  row = g_array_index (self->rows, guint32, position);
  if (row & HEADING_BIT)
    return pj_history_item_new_heading (g_array_index (self->dates, PjDate,
                                                       row & ~HEADING_BIT));
  page = lookup_page (self, row / PJ_HISTORY_MODEL_PAGE_SIZE);
  return g_object_ref (g_ptr_array_index (page->items, row % PJ_HISTORY_MODEL_PAGE_SIZE));
}

static void
pj_history_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pj_history_model_get_item_type;
  iface->get_n_items = pj_history_model_get_n_items;
  iface->get_item = pj_history_model_get_item;
}

static gboolean
find_key (GArray  *keys,
          guint32  key,
          guint   *out_position)
{
  for (guint i = 0; i < keys->len; i++)
    if (g_array_index (keys, guint32, i) == key)
      {
        *out_position = i;
        return TRUE;
      }
  return FALSE;
}

/* Tells the list what changed between @old_keys and the current rows: the one stretch between
 * what stayed the same at the start and at the end, which for a day added or removed is its
 * row (and its month's heading), so GtkListView keeps its scroll position and focus. A day
 * edited in place (@changed_date) is replaced where it is. */
static void
report_changes (PjHistoryModel *self,
                GArray         *old_keys,
                PjDate          changed_date)
{
  GArray *new_keys = self->keys;
  guint shorter = MIN (old_keys->len, new_keys->len);
  guint prefix = 0, suffix = 0, removed, added, position;

  while (prefix < shorter && g_array_index (old_keys, guint32, prefix)
                             == g_array_index (new_keys, guint32, prefix))
    prefix++;
  while (suffix < shorter - prefix
         && g_array_index (old_keys, guint32, old_keys->len - 1 - suffix)
            == g_array_index (new_keys, guint32, new_keys->len - 1 - suffix))
    suffix++;
  removed = old_keys->len - prefix - suffix;
  added = new_keys->len - prefix - suffix;
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);

  if (changed_date != PJ_DATE_NONE && find_key (new_keys, changed_date, &position)
      && (position < prefix || position >= prefix + added))
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

/* Lays the list out again and reports the change: as small as it can be when the same days
 * keep their content (@same_days: a filter change, or one day changed, @changed_date), the
 * whole list otherwise (another journal, an import). */
static void
refresh (PjHistoryModel *self,
         gboolean        same_days,
         PjDate          changed_date)
{
  g_autoptr (GArray) old_keys = g_array_copy (self->keys);

  rebuild (self);
  if (same_days)
    report_changes (self, old_keys, changed_date);
  else if (old_keys->len != 0 || self->keys->len != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_keys->len, self->keys->len);
}

static void
on_database_changed (PjHistoryModel *self,
                     guint           date)
{
  /* Notes may have changed: the search reads them again. */
  g_clear_pointer (&self->digests, g_ptr_array_unref);
  refresh (self, date != PJ_DATE_NONE, date);
}

static void
set_database (PjHistoryModel *self,
              PjDatabase     *database)
{
  if (!pj_journal_follow_database (&self->database, self->database_signals, database))
    return;
  g_clear_pointer (&self->digests, g_ptr_array_unref);
  refresh (self, FALSE, PJ_DATE_NONE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

static void
update_search (PjHistoryModel *self)
{
  g_autoptr (PjDaySearch) search = pj_day_search_new (self->search_text,
                                                      self->warning_signs_only);

  g_clear_pointer (&self->search, pj_day_search_free);
  if (pj_day_search_is_empty (search))
    g_clear_pointer (&self->digests, g_ptr_array_unref);
  else
    self->search = g_steal_pointer (&search);
  refresh (self, TRUE, PJ_DATE_NONE);
}

void
pj_history_model_set_search_text (PjHistoryModel *self,
                                  const char     *text)
{
  g_return_if_fail (PJ_IS_HISTORY_MODEL (self));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (self->search_text, text) == 0)
    return;
  g_free (self->search_text);
  self->search_text = g_strdup (text);
  update_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

const char *
pj_history_model_get_search_text (PjHistoryModel *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_MODEL (self), NULL);
  return self->search_text;
}

void
pj_history_model_set_warning_signs_only (PjHistoryModel *self,
                                         gboolean        only)
{
  g_return_if_fail (PJ_IS_HISTORY_MODEL (self));

  only = !!only;
  if (self->warning_signs_only == only)
    return;
  self->warning_signs_only = only;
  update_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_SIGNS_ONLY]);
}

gboolean
pj_history_model_get_warning_signs_only (PjHistoryModel *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_MODEL (self), FALSE);
  return self->warning_signs_only;
}

const PjDaySearch *
pj_history_model_get_search (PjHistoryModel *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_MODEL (self), NULL);
  return self->search;
}

gboolean
pj_history_model_is_filtered (PjHistoryModel *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_MODEL (self), FALSE);
  return self->search != NULL;
}

guint
pj_history_model_get_n_days (PjHistoryModel *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_MODEL (self), 0);
  return self->dates->len;
}

gboolean
pj_history_model_find_date (PjHistoryModel *self,
                            PjDate          date,
                            guint          *out_position)
{
  guint position;

  g_return_val_if_fail (PJ_IS_HISTORY_MODEL (self), FALSE);

  if (date == PJ_DATE_NONE || !find_key (self->keys, date, &position))
    return FALSE;
  if (out_position != NULL)
    *out_position = position;
  return TRUE;
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
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_WARNING_SIGNS_ONLY:
      g_value_set_boolean (value, self->warning_signs_only);
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
    case PROP_SEARCH_TEXT:
      pj_history_model_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_WARNING_SIGNS_ONLY:
      pj_history_model_set_warning_signs_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_history_model_dispose (GObject *object)
{
  PjHistoryModel *self = PJ_HISTORY_MODEL (object);

  pj_journal_unfollow_database (&self->database, &self->database_signals);
  drop_pages (self);

  G_OBJECT_CLASS (pj_history_model_parent_class)->dispose (object);
}

static void
pj_history_model_finalize (GObject *object)
{
  PjHistoryModel *self = PJ_HISTORY_MODEL (object);

  g_clear_error (&self->error);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search, pj_day_search_free);
  g_clear_pointer (&self->digests, g_ptr_array_unref);
  g_clear_pointer (&self->dates, g_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->keys, g_array_unref);

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
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WARNING_SIGNS_ONLY] =
    g_param_spec_boolean ("warning-signs-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_history_model_init (PjHistoryModel *self)
{
  g_queue_init (&self->pages);
  self->dates = g_array_new (FALSE, FALSE, sizeof (PjDate));
  self->rows = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->keys = g_array_new (FALSE, FALSE, sizeof (guint32));
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
