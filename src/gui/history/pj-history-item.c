/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-history-item.h"

struct _PjHistoryItem
{
  GObject parent_instance;

  PjDay  *day;
};

G_DEFINE_FINAL_TYPE (PjHistoryItem, pj_history_item, G_TYPE_OBJECT)

static void
pj_history_item_finalize (GObject *object)
{
  PjHistoryItem *self = PJ_HISTORY_ITEM (object);

  g_clear_pointer (&self->day, pj_day_free);

  G_OBJECT_CLASS (pj_history_item_parent_class)->finalize (object);
}

static void
pj_history_item_class_init (PjHistoryItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pj_history_item_finalize;
}

static void
pj_history_item_init (PjHistoryItem *self)
{
}

PjHistoryItem *
pj_history_item_new (PjDay *day)
{
  PjHistoryItem *self = g_object_new (PJ_TYPE_HISTORY_ITEM, NULL);

  self->day = day;
  return self;
}

const PjDay *
pj_history_item_get_day (PjHistoryItem *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_ITEM (self), NULL);
  return self->day;
}

PjDate
pj_history_item_get_date (PjHistoryItem *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_ITEM (self), PJ_DATE_NONE);
  return self->day != NULL ? self->day->date : PJ_DATE_NONE;
}
