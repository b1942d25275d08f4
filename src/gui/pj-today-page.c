/* SPDX-License-Identifier: GPL-3.0-or-later */
/* TEMPORARY PLACEHOLDER (gui-shell branch only), so the window runs and its tests can check
 * which day it opened before the real Today page is merged from the gui-today branch. It
 * only shows the date; it logs nothing. Replace it with that branch's file when merging. */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-date-text.h"
#include "pj-today-page.h"

struct _PjTodayPage
{
  AdwBin         parent_instance;

  PjDatabase    *database;
  PjDate         date;
  AdwStatusPage *status;
};

G_DEFINE_FINAL_TYPE (PjTodayPage, pj_today_page, ADW_TYPE_BIN)

static PjDate
today_of (PjTodayPage *self)
{
  return self->database != NULL ? pj_database_get_today (self->database) : pj_date_today ();
}

static void
update (PjTodayPage *self)
{
  g_autofree char *text = pj_date_text_long (self->date, today_of (self));

  adw_status_page_set_title (self->status, text);
}

static void
pj_today_page_dispose (GObject *object)
{
  g_clear_object (&PJ_TODAY_PAGE (object)->database);
  G_OBJECT_CLASS (pj_today_page_parent_class)->dispose (object);
}

static void
pj_today_page_class_init (PjTodayPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pj_today_page_dispose;
}

static void
pj_today_page_init (PjTodayPage *self)
{
  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->status, "document-edit-symbolic");
  adw_status_page_set_description (self->status, _("Placeholder: the Today page is being "
                                                   "built on its own branch."));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->status));
  self->date = pj_date_today ();
  update (self);
}

GtkWidget *
pj_today_page_new (void)
{
  return g_object_new (PJ_TYPE_TODAY_PAGE, NULL);
}

void
pj_today_page_set_database (PjTodayPage *self,
                            PjDatabase  *database)
{
  g_set_object (&self->database, database);
  self->date = today_of (self);
  update (self);
}

void
pj_today_page_show_date (PjTodayPage *self,
                         PjDate       date)
{
  if (date == PJ_DATE_NONE || date > today_of (self))
    return;
  self->date = date;
  update (self);
}

PjDate
pj_today_page_get_date (PjTodayPage *self)
{
  return self->date;
}

gboolean
pj_today_page_flush (PjTodayPage *self,
                     GError     **error)
{
  return TRUE;
}

void
pj_today_page_new_checkin (PjTodayPage *self)
{
}

void
pj_today_page_save (PjTodayPage *self)
{
}

void
pj_today_page_go_previous_day (PjTodayPage *self)
{
  pj_today_page_show_date (self, self->date - 1);
}

void
pj_today_page_go_next_day (PjTodayPage *self)
{
  pj_today_page_show_date (self, self->date + 1);
}

void
pj_today_page_go_today (PjTodayPage *self)
{
  pj_today_page_show_date (self, today_of (self));
}
