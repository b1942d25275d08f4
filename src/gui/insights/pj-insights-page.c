/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-insights-page.h"
#include "pj-insights-widgets.h"
#include "pj-journal-properties.h"
#include "pj-tips-library.h"

struct _PjInsightsPage
{
  AdwBin         parent_instance;

  PjDatabase    *database;
  GSignalGroup  *database_signals;
  PjDate         as_of;      /* PJ_DATE_NONE: the database's today */
  PjInsights    *insights;

  GtkLabel      *error_label;
  GtkBox        *content;
  PjTipsLibrary *library;
  GtkLabel      *disclaimer_label;
};

G_DEFINE_FINAL_TYPE (PjInsightsPage, pj_insights_page, ADW_TYPE_BIN)

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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_content (PjInsightsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
}

static GtkWidget *
new_group (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static GtkWidget *
note_card (const char *title,
           const char *text,
           const char *css_class)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *body = gtk_label_new (text);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "pj-note-card");
  if (css_class != NULL)
    gtk_widget_add_css_class (card, css_class);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_box_append (GTK_BOX (card), heading);
  gtk_box_append (GTK_BOX (card), body);
  return card;
}

static const char *
level_heading (PjFlagLevel level)
{
  switch (level)
    {
    case PJ_FLAG_LEVEL_URGENT:
      return _("Get medical help today");
    case PJ_FLAG_LEVEL_SEE_SOON:
      return _("See a physiotherapist or doctor soon");
    case PJ_FLAG_LEVEL_WATCH:
    default:
      return _("Worth watching");
    }
}

static void
add_flags (PjInsightsPage *self)
{
  PjDate as_of = self->insights->as_of;

  if (self->insights->flags->len == 0)
    {
      gtk_box_append (self->content,
                      note_card (_("No warning signs"),
                                 _("Nothing in your recent entries calls for a visit. If "
                                   "something new or worrying happens, log it: the journal "
                                   "checks again every time."), NULL));
      return;
    }
  for (PjFlagLevel level = PJ_FLAG_LEVEL_URGENT; level <= PJ_FLAG_LEVEL_WATCH; level++)
    {
      GtkWidget *group = NULL;

      for (guint i = 0; i < self->insights->flags->len; i++)
        {
          const PjFlag *flag = g_ptr_array_index (self->insights->flags, i);

          if (flag->info->level != level)
            continue;
          if (group == NULL)
            group = new_group (level_heading (level), NULL);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     pj_flag_card_new (flag, as_of));
        }
      if (group != NULL)
        gtk_box_append (self->content, group);
    }
}

static void
add_tips (PjInsightsPage *self)
{
  GtkWidget *group = new_group (_("Tips for you"),
                                _("Chosen from your last 7 days, the best fit first."));

  if (pj_insights_has_urgent (self->insights))
    adw_preferences_group_set_description (
      ADW_PREFERENCES_GROUP (group),
      _("First get the warning above checked. These self-care tips fit your last 7 days."));
  for (guint i = 0; i < self->insights->tips->len; i++)
    {
      const PjTip *tip = g_ptr_array_index (self->insights->tips, i);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 pj_tip_row_new (tip->info, tip->why));
    }
  gtk_box_append (self->content, group);
}

static void
add_patterns (PjInsightsPage *self)
{
  GtkWidget *group = new_group (_("Your patterns"),
                                _("What went together with your pain over the last 90 days. "
                                  "Things that go together do not always cause each other."));

  if (self->insights->correlations->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No clear pattern yet: keep logging your day to see one "
                                       "(at least 14 days are needed)."));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  for (guint i = 0; i < self->insights->correlations->len; i++)
    {
      const PjCorrelation *c = g_ptr_array_index (self->insights->correlations, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *seen = pj_correlation_format_seen (c);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c->text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), seen);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->content, group);
}

static void
refresh (PjInsightsPage *self)
{
  g_autoptr (GError) error = NULL;

  clear_content (self);
  g_clear_pointer (&self->insights, pj_insights_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (self->database == NULL)
    return;
  /* The database's today, so --as-of and tests see the same day everywhere. */
  self->insights = pj_insights_evaluate (self->database,
                                         pj_journal_resolve_as_of (self->database, self->as_of),
                                         &error);
  if (self->insights == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  if (self->insights->improving)
    gtk_box_append (self->content, note_card (_("Your pain is easing"),
                                              self->insights->improving_reason,
                                              "pj-improving"));
  add_flags (self);
  add_tips (self);
  add_patterns (self);
  pj_tips_library_set_insights (self->library, self->insights);
}

static void
on_database_changed (PjInsightsPage *self,
                     guint           date)
{
  refresh (self);
}

static void
set_database (PjInsightsPage *self,
              PjDatabase     *database)
{
  if (!pj_journal_follow_database (&self->database, self->database_signals, database))
    return;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

static void
set_as_of (PjInsightsPage *self,
           PjDate          as_of)
{
  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

PjInsights *
pj_insights_page_get_insights (PjInsightsPage *self)
{
  g_return_val_if_fail (PJ_IS_INSIGHTS_PAGE (self), NULL);
  return self->insights;
}

static void
open_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_DAY_ACTIVATED], 0, g_variant_get_uint32 (parameter));
}

static void
pj_insights_page_dispose (GObject *object)
{
  PjInsightsPage *self = PJ_INSIGHTS_PAGE (object);

  pj_journal_unfollow_database (&self->database, &self->database_signals);
  g_clear_pointer (&self->insights, pj_insights_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_INSIGHTS_PAGE);

  G_OBJECT_CLASS (pj_insights_page_parent_class)->dispose (object);
}

static void
pj_insights_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PjInsightsPage *self = PJ_INSIGHTS_PAGE (object);

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
pj_insights_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PjInsightsPage *self = PJ_INSIGHTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      set_database (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      set_as_of (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_insights_page_class_init (PjInsightsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_insights_page_dispose;
  object_class->get_property = pj_insights_page_get_property;
  object_class->set_property = pj_insights_page_set_property;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  properties[PROP_AS_OF] = pj_journal_param_as_of ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  g_type_ensure (PJ_TYPE_TIPS_LIBRARY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/pj-insights-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PjInsightsPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, PjInsightsPage, content);
  gtk_widget_class_bind_template_child (widget_class, PjInsightsPage, library);
  gtk_widget_class_bind_template_child (widget_class, PjInsightsPage, disclaimer_label);
  gtk_widget_class_install_action (widget_class, "insights.open-day", "u", open_day_action);
}

const char *
pj_insights_page_get_reminder (void)
{
  return _("Not a diagnosis: for severe or sudden symptoms, get medical help straight away.");
}

static void
pj_insights_page_init (PjInsightsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
  /* The whole disclaimer is on the welcome page and in About; where advice is given, one line
   * is enough to keep it in mind. */
  gtk_label_set_text (self->disclaimer_label, pj_insights_page_get_reminder ());
}

GtkWidget *
pj_insights_page_new (void)
{
  return g_object_new (PJ_TYPE_INSIGHTS_PAGE, NULL);
}
