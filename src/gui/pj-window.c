/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-trends-page.h"
#include "pj-window.h"

struct _PjWindow
{
  AdwApplicationWindow parent_instance;

  PjDatabase    *database;

  AdwViewStack  *stack;
  AdwStatusPage *status_page;
  PjTrendsPage  *trends_page;
};

G_DEFINE_FINAL_TYPE (PjWindow, pj_window, ADW_TYPE_APPLICATION_WINDOW)

static void
pj_window_dispose (GObject *object)
{
  PjWindow *self = PJ_WINDOW (object);

  g_clear_object (&self->database);
  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_WINDOW);

  G_OBJECT_CLASS (pj_window_parent_class)->dispose (object);
}

static void
pj_window_class_init (PjWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_window_dispose;

  g_type_ensure (PJ_TYPE_TRENDS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pj-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PjWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, trends_page);
}

static void
pj_window_init (PjWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PjWindow *
pj_window_new (PjApplication *application,
               PjDatabase    *database,
               const GError  *open_error)
{
  PjWindow *self = g_object_new (PJ_TYPE_WINDOW, "application", application, NULL);

  g_set_object (&self->database, database);
  pj_trends_page_set_database (self->trends_page, database);
  if (open_error != NULL)
    {
      adw_status_page_set_title (self->status_page, _("The journal could not be opened"));
      adw_status_page_set_description (self->status_page, open_error->message);
    }
  return self;
}
