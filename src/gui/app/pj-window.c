/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-a11y-names.h"
#include "pj-error.h"
#include "pj-journal-guard.h"
#include "pj-after-first-frame.h"
#include "pj-adaptive-box.h"
#include "pj-export-dialog.h"
#include "pj-help-window.h"
#include "pj-history-page.h"
#include "pj-journal-properties.h"
#include "pj-switcher-title.h"
#include "pj-today-page.h"
#include "pj-insights-page.h"
#include "pj-trends-page.h"
#include "pj-toast-overlay.h"
#include "pj-urgent-banner.h"
#include "pj-window.h"
#include "pj-window-private.h"
#include "pj-word-wrap.h"

G_DEFINE_FINAL_TYPE (PjWindow, pj_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What needs a journal; without one (it could not be opened) they are off. */
static const char * const journal_actions[] = {
  "win.undo", "win.log-today", "win.demo-data", "win.export",
};

void
pj_window_enable_journal_actions (PjWindow *self,
                                  gboolean  enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (journal_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), journal_actions[i], enabled);
}

void
pj_window_toast (PjWindow   *self,
                 const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  pj_toast_overlay_show (self->toast_overlay, adw_toast_new (escaped));
}

static gboolean
showing_history (PjWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "journal") == 0
         && g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "history") == 0;
}

/* History's search button is in the header, shown only above History. */
static void
update_search_button (PjWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), showing_history (self));
}

void
pj_window_update_switcher (PjWindow *self)
{
  gboolean journal = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack),
                                "journal") == 0;
  gboolean narrow = pj_switcher_title_get_title_visible (self->switcher_title);

  /* The switcher only makes sense over the journal, not over the welcome or error page. On a
   * narrow window the title shows instead of the switcher, and the bottom bar takes over. */
  pj_switcher_title_set_switcher_enabled (self->switcher_title, journal);
  if (self->switcher_bar == NULL && journal && narrow)
    {
      self->switcher_bar = ADW_VIEW_SWITCHER_BAR (adw_view_switcher_bar_new ());
      adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
      gtk_box_append (self->content_box, GTK_WIDGET (self->switcher_bar));
    }
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_reveal (self->switcher_bar, journal && narrow);
  update_search_button (self);
}

static gboolean
journal_is_empty (PjWindow *self)
{
  g_autoptr (GError) error = NULL;
  guint count = 0;

  if (!pj_database_count_days (self->database, &count, &error))
    {
      g_warning ("Could not count the journal's days: %s", error->message);
      return FALSE;
    }
  return count == 0;
}

void
pj_window_update_main_page (PjWindow *self)
{
  if (self->damaged_page != NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "damaged");
  else if (self->database == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "error");
  else if (!self->first_run_dismissed && journal_is_empty (self))
    gtk_stack_set_visible_child_name (self->main_stack, "first-run");
  else
    gtk_stack_set_visible_child_name (self->main_stack, "journal");
}

static void
on_database_changed (PjWindow *self,
                     guint     date)
{
  /* Anything logged, by any page or an import, ends the first run. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "first-run") == 0)
    pj_window_update_main_page (self);
}

static void
show_today_page (PjWindow *self)
{
  if (self->database == NULL)
    return;
  self->first_run_dismissed = TRUE;
  gtk_stack_set_visible_child_name (self->main_stack, "journal");
  adw_view_stack_set_visible_child_name (self->stack, "today");
}

void
pj_window_show_date (PjWindow *self,
                     PjDate    date)
{
  g_return_if_fail (PJ_IS_WINDOW (self));

  show_today_page (self);
  pj_today_page_show_date (self->today_page, date);
}

static void
on_day_activated (GtkWidget *page,
                  guint      date,
                  PjWindow  *self)
{
  pj_window_show_date (self, date);
}

/* The pages built later read the same journal as of the same day as the Today page and the
 * banner, which pj-window.ui binds. */
static void
bind_journal (PjWindow  *self,
              GtkWidget *page)
{
  g_object_bind_property (self, "database", page, "database", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "as-of", page, "as-of", G_BINDING_SYNC_CREATE);
}

PjHistoryPage *
pj_window_get_history_page (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  if (self->history_page == NULL)
    {
      self->history_page = PJ_HISTORY_PAGE (pj_history_page_new ());
      bind_journal (self, GTK_WIDGET (self->history_page));
      g_signal_connect (self->history_page, "day-activated", G_CALLBACK (on_day_activated),
                        self);
      adw_bin_set_child (self->history_bin, GTK_WIDGET (self->history_page));
      g_object_bind_property (self->history_page, "search-mode", self->search_button, "active",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      pj_a11y_names_tidy_mnemonics (GTK_WIDGET (self->history_page));
    }
  return self->history_page;
}

PjTrendsPage *
pj_window_get_trends_page (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  if (self->trends_page == NULL)
    {
      self->trends_page = PJ_TRENDS_PAGE (pj_trends_page_new ());
      bind_journal (self, GTK_WIDGET (self->trends_page));
      g_signal_connect (self->trends_page, "open-day", G_CALLBACK (on_day_activated), self);
      adw_bin_set_child (self->trends_bin, GTK_WIDGET (self->trends_page));
      pj_a11y_names_tidy_mnemonics (GTK_WIDGET (self->trends_page));
    }
  return self->trends_page;
}

PjInsightsPage *
pj_window_get_insights_page (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  if (self->insights_page == NULL)
    {
      self->insights_page = PJ_INSIGHTS_PAGE (pj_insights_page_new ());
      bind_journal (self, GTK_WIDGET (self->insights_page));
      g_signal_connect (self->insights_page, "day-activated", G_CALLBACK (on_day_activated),
                        self);
      adw_bin_set_child (self->insights_bin, GTK_WIDGET (self->insights_page));
      pj_a11y_names_tidy_mnemonics (GTK_WIDGET (self->insights_page));
    }
  return self->insights_page;
}

/* Builds a lazily built page as it comes forward, before it is drawn. */
static void
on_visible_page_changed (PjWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, "history") == 0)
    pj_window_get_history_page (self);
  else if (g_strcmp0 (name, "trends") == 0)
    pj_window_get_trends_page (self);
  else if (g_strcmp0 (name, "insights") == 0)
    pj_window_get_insights_page (self);
  update_search_button (self);
}

static void
show_insights_page (PjWindow *self)
{
  if (self->database == NULL)
    return;
  self->first_run_dismissed = TRUE;
  gtk_stack_set_visible_child_name (self->main_stack, "journal");
  adw_view_stack_set_visible_child_name (self->stack, "insights");
}

/* ----- Actions ----- */

static void
show_insights_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  show_insights_page (PJ_WINDOW (widget));
}

/* The day's commands are the Today page's actions; their keys work from every page of the
 * window, which only brings the Today page forward first, so the person sees what the
 * shortcut did. */
static gboolean
today_shortcut (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  PjWindow *self = PJ_WINDOW (widget);

  if (self->database == NULL)
    return FALSE;
  show_today_page (self);
  return gtk_widget_activate_action (GTK_WIDGET (self->today_page),
                                     g_variant_get_string (args, NULL), NULL);
}

/* "Log Today" on the welcome page. */
static void
log_today_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PjWindow *self = PJ_WINDOW (widget);

  show_today_page (self);
  gtk_widget_activate_action (GTK_WIDGET (self->today_page), "today.go-today", NULL);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  if (!pj_toast_overlay_undo (PJ_WINDOW (widget)->toast_overlay))
    gtk_widget_error_bell (widget);
}

PjDatabase *
pj_window_get_database (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);
  return self->database;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PjWindow *self = PJ_WINDOW (widget);

  if (self->database != NULL)
    pj_export_dialog_present (GTK_WINDOW (self), self->database);
}

/* The shortcuts window is built on first use rather than with every window (which
 * GtkApplication does for a gtk/help-overlay.ui resource): few people open it, and start-up
 * would pay for it. The action is the window's own, so the menu item is live from the start;
 * GtkApplicationWindow's win.show-help-overlay only exists once an overlay is set. */
static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE
                                                                      "/pj-help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* Ctrl+F searches History while it is shown; elsewhere the key goes on to the focused widget. */
static gboolean
find_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  PjWindow *self = PJ_WINDOW (widget);

  if (!showing_history (self))
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (pj_window_get_history_page (self)),
                                     "history.find", NULL);
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pj_help_window_present (GTK_WINDOW (widget));
}

/* ----- Life cycle ----- */

static void
save_window_state (PjWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  /* A maximised window's default size is still its size from before: keep that one. */
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
pj_window_close_request (GtkWindow *window)
{
  PjWindow *self = PJ_WINDOW (window);
  g_autoptr (GError) error = NULL;

  /* Nothing typed may be lost: write the Today page's pending edits before going. */
  if (self->database != NULL && !pj_today_page_flush (self->today_page, &error)
      && !self->close_despite_error)
    {
      g_autofree char *message = NULL;

      self->close_despite_error = TRUE;
      /* Translators: %s is the reason the save failed */
      message = g_strdup_printf (_("Your last changes could not be saved: %s. Close again to "
                                   "discard them."), error->message);
      pj_window_toast (self, message);
      return TRUE;
    }

  save_window_state (self);
  return GTK_WINDOW_CLASS (pj_window_parent_class)->close_request (window);
}

static void
pj_window_dispose (GObject *object)
{
  PjWindow *self = PJ_WINDOW (object);

  g_clear_object (&self->database_signals);
  pj_after_first_frame_cancel (&self->check_pending);
  g_clear_object (&self->guard);
  g_clear_object (&self->database);
  g_clear_object (&self->own_database);
  g_clear_object (&self->settings);
  pj_after_first_frame_cancel (&self->tidy_pending);

  G_OBJECT_CLASS (pj_window_parent_class)->dispose (object);
}

void
pj_window_set_journal (PjWindow   *self,
                       PjDatabase *database)
{
  if (!pj_journal_follow_database (&self->database, self->database_signals, database))
    return;
  pj_window_enable_journal_actions (self, database != NULL);
  /* The pages follow through their bindings (pj-window.ui, bind_journal()). */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
  pj_window_update_main_page (self);
  pj_window_update_switcher (self);
}

static void
set_as_of (PjWindow *self,
           PjDate    as_of)
{
  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

static void
pj_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PjWindow *self = PJ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PjWindow *self = PJ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      pj_window_set_journal (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      set_as_of (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  static const struct
  {
    guint           keyval;
    GdkModifierType modifiers;
    const char     *action_name;
  } today_keys[] = {
    { GDK_KEY_n, GDK_CONTROL_MASK, "today.new-checkin" },
    { GDK_KEY_s, GDK_CONTROL_MASK, "today.save" },
    { GDK_KEY_Left, GDK_ALT_MASK, "today.previous-day" },
    { GDK_KEY_Right, GDK_ALT_MASK, "today.next-day" },
    { GDK_KEY_Home, GDK_ALT_MASK, "today.go-today" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (today_keys); i++)
    gtk_widget_class_add_binding (widget_class, today_keys[i].keyval, today_keys[i].modifiers,
                                  today_shortcut, "s", today_keys[i].action_name);
  gtk_widget_class_install_action (widget_class, "win.log-today", NULL, log_today_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.show-insights", NULL,
                                   show_insights_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.shortcuts", NULL, shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  pj_window_install_journal_actions (widget_class);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, find_shortcut, NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
pj_window_class_init (PjWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pj_window_dispose;
  object_class->get_property = pj_window_get_property;
  object_class->set_property = pj_window_set_property;
  window_class->close_request = pj_window_close_request;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  properties[PROP_AS_OF] = pj_journal_param_as_of ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PJ_TYPE_ADAPTIVE_BOX);
  g_type_ensure (PJ_TYPE_TOAST_OVERLAY);
  g_type_ensure (PJ_TYPE_SWITCHER_TITLE);
  g_type_ensure (PJ_TYPE_TODAY_PAGE);
  g_type_ensure (PJ_TYPE_URGENT_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pj-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PjWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, today_page);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, history_bin);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, trends_bin);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, insights_bin);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, urgent_banner);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, error_bin);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, demo_revealer);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, disclaimer_label);

  install_actions (widget_class);
}

/* A menu pop-over is some thirty widgets: made when the menu is first opened (by pointer or
 * F10), not with the window. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  PjWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
tidy_names (gpointer user_data)
{
  pj_a11y_names_tidy_mnemonics (GTK_WIDGET (user_data));
}

static void
pj_window_init (PjWindow *self)
{
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
  gtk_widget_init_template (GTK_WIDGET (self));
  self->tidy_pending = pj_after_first_frame (GTK_WIDGET (self), tidy_names, self);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);
  pj_window_enable_journal_actions (self, FALSE);
  /* Only while the demo journal is shown. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-demo", FALSE);

  self->settings = g_settings_new (APPLICATION_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* What the journal is not is said on the welcome page (and in About), not over every page:
   * a bar there took a fifth of a phone's height from someone who came to log their pain. */
  gtk_label_set_text (self->disclaimer_label, pj_application_get_disclaimer ());

  g_signal_connect_swapped (self->switcher_title, "notify::title-visible",
                            G_CALLBACK (pj_window_update_switcher), self);
  g_signal_connect_swapped (self->main_stack, "notify::visible-child-name",
                            G_CALLBACK (pj_window_update_switcher), self);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name",
                            G_CALLBACK (on_visible_page_changed), self);
  g_signal_connect_swapped (self->urgent_banner, "details-requested",
                            G_CALLBACK (show_insights_page), self);
}

PjWindow *
pj_window_new (PjApplication *application,
               PjDatabase    *database,
               const GError  *open_error)
{
  PjWindow *self = g_object_new (PJ_TYPE_WINDOW, "application", application,
                                 "database", database, NULL);

  g_return_val_if_fail (database != NULL || open_error != NULL, self);

  pj_window_watch_journal (self, database, open_error);

  /* The welcome and error pages' labels, once their texts are in (an error names a file,
   * whose path keeps wrapping anywhere); the Today page does its own. */
  pj_word_wrap_labels (gtk_stack_get_child_by_name (self->main_stack, "first-run"));
  pj_word_wrap_labels (gtk_stack_get_child_by_name (self->main_stack, "error"));
  pj_window_update_main_page (self);
  pj_window_update_switcher (self);
  return self;
}
