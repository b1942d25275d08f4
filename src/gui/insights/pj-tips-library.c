/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-a11y-names.h"
#include "pj-insights-widgets.h"
#include "pj-tips-library.h"
#include "pj-tips-search.h"

struct _PjTipsLibrary
{
  AdwBin          parent_instance;

  GtkSearchEntry *search;
  GtkDropDown    *category;
  GtkListBox     *list;
  GtkLabel       *empty_label;
  char           *needle;     /* the search text */
};

G_DEFINE_FINAL_TYPE (PjTipsLibrary, pj_tips_library, ADW_TYPE_BIN)

static const PjTipInfo *
row_tip (GtkListBoxRow *row)
{
  return pj_tip_row_get_info (PJ_TIP_ROW (row));
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  PjTipsLibrary *self = user_data;
  const PjTipInfo *info = row_tip (row);
  guint selected = gtk_drop_down_get_selected (self->category);

  /* item 0 is "All categories", then the categories in order */
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 &&
      info->category != (PjTipCategory) (selected - 1))
    return FALSE;
  return pj_tips_search_match (info, self->needle) != PJ_TIP_MATCH_NONE;
}

/* Title matches first, then body matches (the ranking is the core's). */
static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  PjTipsLibrary *self = user_data;

  return pj_tips_search_compare (row_tip (a), row_tip (b), self->needle);
}

guint
pj_tips_library_get_n_visible (PjTipsLibrary *self)
{
  guint n = 0;

  g_return_val_if_fail (PJ_IS_TIPS_LIBRARY (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && filter_row (GTK_LIST_BOX_ROW (row), self))
      n++;
  return n;
}

const char *
pj_tips_library_get_visible_id (PjTipsLibrary *self,
                                guint          index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PJ_IS_TIPS_LIBRARY (self), NULL);
  /* the list's own order, which its sort function keeps */
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (filter_row (row, self) && index-- == 0)
      return row_tip (row)->id;
  return NULL;
}

static void
update_filter (PjTipsLibrary *self)
{
  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_invalidate_sort (self->list);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label),
                          pj_tips_library_get_n_visible (self) == 0);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   PjTipsLibrary  *self)
{
  g_free (self->needle);
  self->needle = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_filter (self);
}

static void
on_category_selected (GtkDropDown   *dropdown,
                      GParamSpec    *pspec,
                      PjTipsLibrary *self)
{
  update_filter (self);
}

void
pj_tips_library_set_search_text (PjTipsLibrary *self,
                                 const char    *text)
{
  g_return_if_fail (PJ_IS_TIPS_LIBRARY (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search), text ? text : "");
  /* the entry reports changes after a delay; filter now */
  on_search_changed (self->search, self);
}

void
pj_tips_library_set_category (PjTipsLibrary *self,
                              int            category)
{
  g_return_if_fail (PJ_IS_TIPS_LIBRARY (self));
  g_return_if_fail (category >= -1 && category < PJ_N_TIP_CATEGORIES);
  gtk_drop_down_set_selected (self->category, category + 1);
}

void
pj_tips_library_set_insights (PjTipsLibrary    *self,
                              const PjInsights *insights)
{
  g_return_if_fail (PJ_IS_TIPS_LIBRARY (self));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const PjTipInfo *info;
      const char *why = NULL;

      if (!ADW_IS_EXPANDER_ROW (row))
        continue;
      info = row_tip (GTK_LIST_BOX_ROW (row));
      for (guint i = 0; insights != NULL && i < insights->tips->len; i++)
        {
          const PjTip *tip = g_ptr_array_index (insights->tips, i);

          if (tip->info == info)
            why = tip->why;
        }
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), why ? why : "");
    }
}

static void
pj_tips_library_dispose (GObject *object)
{
  PjTipsLibrary *self = PJ_TIPS_LIBRARY (object);

  g_clear_pointer (&self->needle, g_free);
  G_OBJECT_CLASS (pj_tips_library_parent_class)->dispose (object);
}

static void
pj_tips_library_class_init (PjTipsLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pj_tips_library_dispose;
}

static GtkWidget *
build_header (PjTipsLibrary *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("Tips library"));
  GtkWidget *description = gtk_label_new (_("Every tip, whether or not it fits your days "
                                            "right now."));
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr (GtkStringList) categories = gtk_string_list_new (NULL);

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), description);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->search), TRUE);
  g_object_set (self->search, "placeholder-text", _("Search tips"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search tips"), -1);
  g_signal_connect (self->search, "search-changed", G_CALLBACK (on_search_changed), self);

  gtk_string_list_append (categories, _("All categories"));
  for (int i = 0; i < PJ_N_TIP_CATEGORIES; i++)
    gtk_string_list_append (categories, pj_tip_category_label (i));
  self->category = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&categories)),
                                                     NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->category),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Category"), -1);
  g_signal_connect (self->category, "notify::selected", G_CALLBACK (on_category_selected), self);
  pj_a11y_names_follow_drop_down (self->category, _("Category"));
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (self->category));
  gtk_box_append (GTK_BOX (box), controls);
  return box;
}

static void
pj_tips_library_init (PjTipsLibrary *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  guint n_tips;
  const PjTipInfo *tips = pj_tips_catalogue (&n_tips);

  gtk_box_append (GTK_BOX (box), build_header (self));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Tips library"), -1);
  for (guint i = 0; i < n_tips; i++)
    gtk_list_box_append (self->list, pj_tip_row_new (&tips[i], NULL));
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_list_box_set_sort_func (self->list, sort_rows, self, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  self->empty_label = GTK_LABEL (gtk_label_new (_("No tip matches your search.")));
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->empty_label));
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
pj_tips_library_new (void)
{
  return g_object_new (PJ_TYPE_TIPS_LIBRARY, NULL);
}
