/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-history-item.h"

struct _PjHistoryItem
{
  GObject  parent_instance;

  PjDay   *day;
  PjDate   month;  /* a heading: the first day of its month; PJ_DATE_NONE for a day */
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
  self->month = PJ_DATE_NONE;
}

PjHistoryItem *
pj_history_item_new (PjDay *day)
{
  PjHistoryItem *self = g_object_new (PJ_TYPE_HISTORY_ITEM, NULL);

  self->day = day;
  return self;
}

PjHistoryItem *
pj_history_item_new_heading (PjDate date)
{
  PjHistoryItem *self = g_object_new (PJ_TYPE_HISTORY_ITEM, NULL);
  int year, month, day;

  g_return_val_if_fail (date != PJ_DATE_NONE, self);

  pj_date_to_ymd (date, &year, &month, &day);
  self->month = pj_date_from_ymd (year, month, 1);
  return self;
}

gboolean
pj_history_item_is_heading (PjHistoryItem *self)
{
  g_return_val_if_fail (PJ_IS_HISTORY_ITEM (self), FALSE);
  return self->month != PJ_DATE_NONE;
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

char *
pj_history_item_dup_heading (PjHistoryItem *self)
{
  g_autoptr (GDateTime) datetime = NULL;

  g_return_val_if_fail (PJ_IS_HISTORY_ITEM (self), NULL);

  if (self->month == PJ_DATE_NONE)
    return NULL;
  datetime = pj_date_to_local_datetime (self->month);
  /* Translators: the heading above one month's days in History, such as "December 2026".
   * A g_date_time_format() format: %B is the month's full name, %Y the year. Where the month
   * standing alone takes another form than in a date, use %OB. */
  return g_date_time_format (datetime, _("%B %Y"));
}
