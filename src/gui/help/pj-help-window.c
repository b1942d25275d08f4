/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-help-window.h"

struct _PjHelpWindow
{
  AdwPreferencesWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (PjHelpWindow, pj_help_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
pj_help_window_class_init (PjHelpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pj-help-window.ui");
  /* AdwPreferencesWindow closes on Escape only while searching: here Escape always does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pj_help_window_init (PjHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pj_help_window_new (GtkWindow *parent)
{
  return g_object_new (PJ_TYPE_HELP_WINDOW, "transient-for", parent, NULL);
}

void
pj_help_window_present (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (PJ_IS_HELP_WINDOW (window) && gtk_window_get_transient_for (window) == parent)
        {
          gtk_window_present (window);
          return;
        }
    }
  gtk_window_present (GTK_WINDOW (pj_help_window_new (parent)));
}
