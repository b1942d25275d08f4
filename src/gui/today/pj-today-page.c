/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pj-error.h"
#include "pj-journal-properties.h"
#include "pj-today-page-private.h"
#include "pj-word-wrap.h"

#define AUTOSAVE_DELAY_MS 1000
/* Warning signs ticked in this many days up to the shown one open the checklist by itself. */
#define SYMPTOM_LOOKBACK_DAYS 7

G_DEFINE_FINAL_TYPE (PjTodayPage, pj_today_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_AS_OF,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

PjDate
pj_today_page_today (PjTodayPage *self)
{
  return pj_journal_resolve_as_of (self->database, self->as_of);
}

/* ----- Save state ----- */

static void
set_status (PjTodayPage *self,
            const char  *text,
            gboolean     is_error)
{
  gtk_label_set_text (self->save_status, text);
  if (is_error)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->save_status), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->save_status), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->save_status), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->save_status), "dim-label");
    }
}

static gboolean
save_factors (PjTodayPage *self,
              GError     **error)
{
  g_autoptr(PjDay) day = NULL;
  g_autoptr(GError) local_error = NULL;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (!self->factors_dirty)
    return TRUE;

  day = pj_day_new (self->date);
  pj_day_factors_apply (self->factors, day);
  /* Touching a field and putting it back on a day that was never stored leaves nothing to
   * keep: do not create an empty day. */
  if (!self->day_stored && pj_day_factors_empty (day))
    {
      self->factors_dirty = FALSE;
      set_status (self, "", FALSE);
      return TRUE;
    }

  if (self->database == NULL)
    {
      g_set_error_literal (&local_error, PJ_ERROR, PJ_ERROR_IO, _("No journal is open."));
    }
  else if (pj_day_validate (day, pj_today_page_today (self), &local_error))
    {
      /* Cleared first: the "changed" signal of this write must find the form clean. */
      self->factors_dirty = FALSE;
      if (pj_database_save_day (self->database, day, &local_error))
        {
          self->day_stored = TRUE;
          set_status (self, _("Saved"), FALSE);
          return TRUE;
        }
      self->factors_dirty = TRUE;
    }

  {
    /* Translators: shown beside the day details when autosave failed; %s says why */
    g_autofree char *text = g_strdup_printf (_("Not saved: %s"), local_error->message);
    set_status (self, text, TRUE);
  }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
autosave_timeout (gpointer user_data)
{
  PjTodayPage *self = user_data;

  self->autosave_id = 0;
  save_factors (self, NULL);
  return G_SOURCE_REMOVE;
}

static void
on_factors_changed (PjTodayPage *self)
{
  self->factors_dirty = TRUE;
  set_status (self, _("Saving…"), FALSE);
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_timeout, self);
}

/* ----- Loading the day ----- */

static PjDay *
fetch_day (PjTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  PjDay *day = NULL;

  if (self->database != NULL)
    day = pj_database_get_day (self->database, self->date, &error);
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not read this day: %s"),
                                               error->message);
      set_status (self, text, TRUE);
    }
  self->day_stored = day != NULL;
  return day != NULL ? day : pj_day_new (self->date);
}

static gboolean
recent_symptoms (PjTodayPage *self)
{
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GError) error = NULL;
  PjDate from;

  if (self->database == NULL)
    return FALSE;
  from = self->date > SYMPTOM_LOOKBACK_DAYS ? self->date - (SYMPTOM_LOOKBACK_DAYS - 1) : 1;
  days = pj_database_list_days_in_range (self->database, from, self->date,
                                         PJ_ORDER_OLDEST_FIRST, 0, 0, &error);
  if (days == NULL)
    return FALSE;
  for (guint i = 0; i < days->len; i++)
    if (pj_day_symptoms (g_ptr_array_index (days, i)) != 0)
      return TRUE;
  return FALSE;
}

/* Rereads the shown day. Factors the person is editing are left alone; others are replaced
 * only when the stored ones differ, so a write of our own does not move the cursor. */
void
pj_today_page_reload (PjTodayPage *self)
{
  g_autoptr(PjDay) day = fetch_day (self);

  pj_today_page_update_checkins (self, day);
  if (!self->factors_dirty)
    {
      g_autoptr(PjDay) shown = pj_day_new (self->date);

      pj_day_factors_apply (self->factors, shown);
      if (!pj_day_equal (shown, day, FALSE))
        pj_day_factors_set_day (self->factors, day);
    }
}

static void
on_database_changed (PjTodayPage *self,
                     guint        date)
{
  if (date == self->date || date == PJ_DATE_NONE)
    pj_today_page_reload (self);
}

/* ----- Layout ----- */

/* The tips follow everything to log: at the end of the page when the columns stack, under the
 * check-in form when they stand side by side (the form's column is the shorter one, and the
 * tips then sit beside the day's details instead of far below them). */
/* The box tells once its allocation is over (see pj-adaptive-box.h), so the tips can move at
 * once; the frame is laid out again before it is drawn. */
static void
on_narrow_changed (PjTodayPage *self)
{
  GtkWidget *tips = GTK_WIDGET (self->tips);
  GtkWidget *parent = gtk_widget_get_parent (tips);
  GtkWidget *target = pj_adaptive_box_get_narrow (self->columns) ? self->factors_column
                                                                 : self->checkin_column;

  if (parent != target)
    {
      g_object_ref (tips);
      gtk_box_remove (GTK_BOX (parent), tips);
      gtk_box_append (GTK_BOX (target), tips);
      g_object_unref (tips);
    }
}

/* ----- Public API ----- */

gboolean
pj_today_page_flush (PjTodayPage *self,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_TODAY_PAGE (self), FALSE);

  ok = save_factors (self, &local_error);
  /* A form with a pain value is a check-in in progress: keep it. Without pain there is
   * nothing the journal could store. */
  if (pj_checkin_editor_is_dirty (self->editor))
    {
      g_autoptr(GError) checkin_error = NULL;
      g_autoptr(PjCheckin) draft = pj_checkin_editor_build (self->editor, NULL, NULL);

      if (draft != NULL && !pj_today_page_save_editor (self, TRUE, &checkin_error) && ok)
        {
          ok = FALSE;
          g_propagate_error (&local_error, g_steal_pointer (&checkin_error));
        }
    }
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

void
pj_today_page_show_date (PjTodayPage *self,
                         PjDate       date)
{
  g_autoptr(GError) error = NULL;
  PjDate today;

  g_return_if_fail (PJ_IS_TODAY_PAGE (self));
  g_return_if_fail (date != PJ_DATE_NONE);

  today = pj_today_page_today (self);
  self->today_seen = today;
  /* Never leave a day with an edit that could not be stored: stay, with the message shown
   * (beside the day details, or under the check-in form), until it is fixed or cleared. */
  if (!pj_today_page_flush (self, &error))
    {
      pj_day_navigator_set_date (self->navigator, self->date, today);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  self->date = MIN (date, today);
  pj_day_navigator_set_date (self->navigator, self->date, today);
  pj_dose_rows_set_date (self->doses, self->date);
  pj_checkin_editor_set_symptoms_expanded (self->editor, FALSE);
  set_status (self, "", FALSE);
  {
    g_autoptr(PjDay) day = fetch_day (self);

    pj_today_page_update_checkins (self, day);
    pj_day_factors_set_day (self->factors, day);
  }
  pj_today_page_start_new_checkin (self);
  if (recent_symptoms (self))
    pj_checkin_editor_set_symptoms_expanded (self->editor, TRUE);
}

PjClock *
pj_today_page_get_clock (PjTodayPage *self)
{
  g_return_val_if_fail (PJ_IS_TODAY_PAGE (self), NULL);
  return self->clock;
}

void
pj_today_page_set_clock (PjTodayPage *self,
                         PjClock     *clock)
{
  g_return_if_fail (PJ_IS_TODAY_PAGE (self));
  g_return_if_fail (clock == NULL || PJ_IS_CLOCK (clock));

  if (clock != NULL && self->clock == clock)
    return;
  g_clear_object (&self->clock);
  /* NULL is the wall clock. */
  self->clock = clock != NULL ? g_object_ref (clock) : pj_clock_new_system ();
  g_signal_group_set_target (self->clock_signals, self->clock);
  pj_today_page_follow_clock (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK]);
}

PjDate
pj_today_page_get_date (PjTodayPage *self)
{
  g_return_val_if_fail (PJ_IS_TODAY_PAGE (self), PJ_DATE_NONE);
  return self->date;
}

/* Another journal: what is pending goes to the old one, then the new one's today shows. The
 * navigator and the tips follow through their bindings (pj-today-page.ui). */
static void
set_database (PjTodayPage *self,
              PjDatabase  *database)
{
  if (self->database == database)
    return;
  if (self->database != NULL)
    pj_today_page_flush (self, NULL);
  g_set_object (&self->database, database);
  g_signal_group_set_target (self->database_signals, database);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
  pj_today_page_show_date (self, pj_today_page_today (self));
}

/* Another today: the page shows it, as it does when the date turns over. */
static void
set_as_of (PjTodayPage *self,
           PjDate       as_of)
{
  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
  pj_today_page_show_date (self, pj_today_page_today (self));
}

void
pj_today_page_new_checkin (PjTodayPage *self)
{
  g_return_if_fail (PJ_IS_TODAY_PAGE (self));

  /* A check-in being entered is not thrown away: with a pain value it is saved first; without
   * one the form stays, with the message saying what is missing. */
  if (pj_checkin_editor_is_dirty (self->editor) &&
      !pj_today_page_save_editor (self, FALSE, NULL))
    return;
  pj_today_page_start_new_checkin (self);
  pj_checkin_editor_focus_pain (self->editor);
}

void
pj_today_page_save (PjTodayPage *self)
{
  g_return_if_fail (PJ_IS_TODAY_PAGE (self));

  save_factors (self, NULL);
  /* An untouched new form is not a mistake to complain about: Ctrl+S then just saves the day. */
  if (pj_checkin_editor_is_dirty (self->editor) ||
      pj_checkin_editor_get_editing_id (self->editor) != 0)
    pj_today_page_save_editor (self, FALSE, NULL);
}

void
pj_today_page_go_previous_day (PjTodayPage *self)
{
  g_return_if_fail (PJ_IS_TODAY_PAGE (self));
  if (self->date > 1)
    pj_today_page_show_date (self, self->date - 1);
}

void
pj_today_page_go_next_day (PjTodayPage *self)
{
  g_return_if_fail (PJ_IS_TODAY_PAGE (self));
  if (self->date < pj_today_page_today (self))
    pj_today_page_show_date (self, self->date + 1);
}

void
pj_today_page_go_today (PjTodayPage *self)
{
  g_return_if_fail (PJ_IS_TODAY_PAGE (self));
  pj_today_page_show_date (self, pj_today_page_today (self));
}

gboolean
pj_today_page_get_narrow (PjTodayPage *self)
{
  g_return_val_if_fail (PJ_IS_TODAY_PAGE (self), FALSE);
  return pj_adaptive_box_get_narrow (self->columns);
}

static void
on_date_requested (PjTodayPage *self,
                   guint        date)
{
  pj_today_page_show_date (self, date);
}

/* ----- GObject ----- */

static void
pj_today_page_dispose (GObject *object)
{
  PjTodayPage *self = PJ_TODAY_PAGE (object);

  if (self->database != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* Last chance for factors edited less than a second ago. The check-in form is the
       * window's to flush on close: saving it here would rebuild widgets being disposed. */
      if (!save_factors (self, &error))
        g_warning ("Unsaved edits were lost: %s", error->message);
    }
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  pj_journal_unfollow_database (&self->database, &self->database_signals);
  if (self->clock_signals != NULL)
    g_signal_group_set_target (self->clock_signals, NULL);
  g_clear_object (&self->clock_signals);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  /* The bin's child is not a bound template child: AdwBin unparents it itself. */
  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (pj_today_page_parent_class)->dispose (object);
}

static void
action_new_checkin (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  pj_today_page_new_checkin (PJ_TODAY_PAGE (widget));
}

static void
action_save (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pj_today_page_save (PJ_TODAY_PAGE (widget));
}

static void
action_previous_day (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  pj_today_page_go_previous_day (PJ_TODAY_PAGE (widget));
}

static void
action_next_day (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  pj_today_page_go_next_day (PJ_TODAY_PAGE (widget));
}

static void
action_go_today (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  pj_today_page_go_today (PJ_TODAY_PAGE (widget));
}

static void
pj_today_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PjTodayPage *self = PJ_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_today_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PjTodayPage *self = PJ_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      set_database (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      set_as_of (self, g_value_get_uint (value));
      break;
    case PROP_CLOCK:
      pj_today_page_set_clock (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_today_page_class_init (PjTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_today_page_dispose;
  object_class->get_property = pj_today_page_get_property;
  object_class->set_property = pj_today_page_set_property;

  properties[PROP_DATABASE] = pj_journal_param_database ();
  properties[PROP_AS_OF] = pj_journal_param_as_of ();
  /* What time it is, for a new check-in's time (a manual clock in tests; NULL: the wall
   * clock). */
  properties[PROP_CLOCK] = g_param_spec_object ("clock", NULL, NULL, PJ_TYPE_CLOCK,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PJ_TYPE_ADAPTIVE_BOX);
  g_type_ensure (PJ_TYPE_DAY_NAVIGATOR);
  g_type_ensure (PJ_TYPE_CHECKIN_EDITOR);
  g_type_ensure (PJ_TYPE_DAY_FACTORS);
  g_type_ensure (PJ_TYPE_DOSE_ROWS);
  g_type_ensure (PJ_TYPE_RELIEF_QUESTION);
  g_type_ensure (PJ_TYPE_TODAY_TIPS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pj-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, content);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, navigator);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, columns);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, checkin_column);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, factors_column);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, checkins_group);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, empty_row);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, editor);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, factors);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, save_status);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, tips);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, doses);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PjTodayPage, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_date_requested);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_editor_save",
                                                G_CALLBACK (pj_today_page_on_editor_save));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_editor_cancel",
                                                G_CALLBACK (pj_today_page_on_editor_cancel));
  gtk_widget_class_bind_template_callback (widget_class, on_factors_changed);
  gtk_widget_class_bind_template_callback (widget_class, pj_today_page_sync_checkin_bar);

  /* The day's commands, each once. Their keys are the window's (pj-window.c): they work from
   * every page, and bring this one forward before running the command here. */
  gtk_widget_class_install_action (widget_class, "today.new-checkin", NULL, action_new_checkin);
  gtk_widget_class_install_action (widget_class, "today.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "today.previous-day", NULL,
                                   action_previous_day);
  gtk_widget_class_install_action (widget_class, "today.next-day", NULL, action_next_day);
  gtk_widget_class_install_action (widget_class, "today.go-today", NULL, action_go_today);
}

static gboolean
focus_pain_when_shown (gpointer user_data)
{
  g_autoptr(PjTodayPage) self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* Opening the app lands on the pain scale so a digit is the first step of a check-in,
   * unless the person already went somewhere else. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      (focus == NULL || !GTK_IS_EDITABLE (focus)))
    pj_checkin_editor_focus_pain (self->editor);
  return G_SOURCE_REMOVE;
}

/* A journal left open overnight: when the window comes back, "Today" means the new day. The
 * page follows only if it showed the old today with nothing pending. */
static void
on_window_active (PjTodayPage *self)
{
  PjDate today = pj_today_page_today (self);
  PjDate previous = self->today_seen;

  if (today == previous)
    return;
  self->today_seen = today;
  if (self->date == previous && !self->factors_dirty &&
      !pj_checkin_editor_is_dirty (self->editor))
    pj_today_page_show_date (self, today);
  else
    pj_day_navigator_set_date (self->navigator, self->date, today);
}

static void
on_first_map (PjTodayPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_signal_handlers_disconnect_by_func (self, on_first_map, NULL);
  if (GTK_IS_WINDOW (root))
    g_signal_connect_object (root, "notify::is-active", G_CALLBACK (on_window_active), self,
                             G_CONNECT_SWAPPED);
  /* After the window has placed its own initial focus. */
  g_idle_add (focus_pain_when_shown, g_object_ref (self));
}

static void
pj_today_page_init (PjTodayPage *self)
{
  self->database_signals = pj_journal_signal_group_new (self, G_CALLBACK (on_database_changed));
  /* Before the template, whose bindings may already start a check-in. */
  self->clock = pj_clock_new_system ();
  self->clock_signals = g_signal_group_new (PJ_TYPE_CLOCK);
  g_signal_group_connect_swapped (self->clock_signals, "minute-changed",
                                  G_CALLBACK (pj_today_page_follow_clock), self);
  g_signal_group_set_target (self->clock_signals, self->clock);
  gtk_widget_init_template (GTK_WIDGET (self));
  pj_word_wrap_labels (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  g_signal_connect (self, "map", G_CALLBACK (on_first_map), NULL);
  g_signal_connect_swapped (self->columns, "notify::narrow", G_CALLBACK (on_narrow_changed),
                            self);
  pj_today_page_show_date (self, pj_date_today ());
}

GtkWidget *
pj_today_page_new (void)
{
  return g_object_new (PJ_TYPE_TODAY_PAGE, NULL);
}
