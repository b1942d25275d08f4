/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-error.h"
#include "pj-insights-widgets.h"
#include "pj-today-page-private.h"
#include "pj-toast-overlay.h"

/* A new check-in starts at the current time. When the day already has one at that minute (two
 * quick check-ins), it starts at the next free minute instead, so saving never trips over a
 * taken time; the person can still change it. Reads the rows shown, so call it after the list
 * is up to date. */
static int
free_minute_from_now (PjTodayPage *self)
{
  int minutes = pj_clock_get_minutes (self->clock);

  for (int tries = 0; tries < 24 * 60; tries++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < self->rows->len && !taken; i++)
        taken = pj_checkin_row_get_checkin (g_ptr_array_index (self->rows, i))->minutes == minutes;
      if (!taken)
        break;
      minutes = (minutes + 1) % (24 * 60);
    }
  return minutes;
}

void
pj_today_page_start_new_checkin (PjTodayPage *self)
{
  pj_checkin_editor_start_new (self->editor, self->date, free_minute_from_now (self));
  pj_today_page_sync_checkin_bar (self);
}

void
pj_today_page_follow_clock (PjTodayPage *self)
{
  /* An evening check-in in a window opened in the morning gets the evening's time. */
  pj_checkin_editor_follow_clock (self->editor, free_minute_from_now (self));
}

void
pj_today_page_sync_checkin_bar (PjTodayPage *self)
{
  gboolean editing = pj_checkin_editor_get_editing_id (self->editor) != 0;

  /* The editor's notifications can come while the page's template is still being built. */
  if (self->cancel_button == NULL)
    return;
  /* GTK 4.8 would read a mnemonic label as "C_lear Clear": the buttons are named explicitly. */
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), editing ? _("_Cancel") : _("C_lear"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cancel_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  editing ? _("Cancel") : _("Clear"), -1);
  gtk_widget_set_tooltip_text (self->cancel_button, editing ? _("Keep the check-in as it was")
                                                            : _("Empty the form"));
  /* Once something is entered it can also be let go of. */
  gtk_widget_set_visible (self->cancel_button,
                          editing || pj_checkin_editor_is_dirty (self->editor));
}

static void
update_summary (PjTodayPage *self,
                const PjDay *day)
{
  g_autofree char *text = NULL;
  guint n;

  if (day->checkins->len == 0)
    {
      adw_preferences_group_set_description (self->checkins_group, NULL);
      return;
    }
  n = day->checkins->len;
  /* One check-in has one value: its mean, worst and least would only repeat it. */
  if (n == 1)
    /* Translators: the day's pain when it has a single check-in. The space between the word
     * and the number is a no-break space. */
    text = g_strdup_printf (_("Pain\u00a0%d, from one check-in"), pj_day_pain_worst (day));
  else
    /* Translators: the day's pain from its check-ins: how many, their mean, highest and
     * lowest. The spaces between each word and its number are no-break spaces, so a narrow
     * window wraps between the pairs only. */
    text = g_strdup_printf (ngettext ("%u check-in: average\u00a0%.1f · worst\u00a0%d · "
                                      "least\u00a0%d",
                                      "%u check-ins: average\u00a0%.1f · worst\u00a0%d · "
                                      "least\u00a0%d", n),
                            n, pj_day_pain_mean (day), pj_day_pain_worst (day),
                            pj_day_pain_least (day));
  adw_preferences_group_set_description (self->checkins_group, text);
}

static void on_row_edit (PjTodayPage *self, PjCheckinRow *row);
static void on_row_delete (PjTodayPage *self, PjCheckinRow *row);

void
pj_today_page_update_checkins (PjTodayPage *self,
                               const PjDay *day)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->checkins_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  gtk_widget_set_visible (self->empty_row, day->checkins->len == 0);
  for (guint i = 0; i < day->checkins->len; i++)
    {
      GtkWidget *row = pj_checkin_row_new (g_ptr_array_index (day->checkins, i));

      g_signal_connect_swapped (row, "edit", G_CALLBACK (on_row_edit), self);
      g_signal_connect_swapped (row, "delete", G_CALLBACK (on_row_delete), self);
      adw_preferences_group_add (self->checkins_group, row);
      g_ptr_array_add (self->rows, row);
    }
  update_summary (self, day);
}

static PjInsights *
evaluate_insights (PjTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  PjInsights *insights = pj_insights_evaluate (self->database,
                                               pj_database_get_today (self->database), &error);

  if (insights == NULL)
    g_warning ("Could not evaluate the insights around a save: %s", error->message);
  return insights;
}

/* Stores @checkin. On success *@out_before holds the insights as they were just before the
 * write (NULL if they could not be read), so the caller can tell which flags the save raised.
 * They are evaluated only here, once the check-in is known to be valid: the page pays for
 * them around a save, never while the person types. */
static gboolean
store_checkin (PjTodayPage *self,
               PjCheckin   *checkin,
               PjInsights **out_before,
               GError     **error)
{
  g_autoptr(PjInsights) before = NULL;
  gboolean ok;

  if (self->database == NULL)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_IO, _("No journal is open."));
      return FALSE;
    }
  if (!pj_checkin_validate (checkin, pj_today_page_today (self), error))
    return FALSE;
  before = evaluate_insights (self);
  if (checkin->id == 0)
    ok = pj_database_add_checkin (self->database, checkin, error);
  else
    ok = pj_database_update_checkin (self->database, checkin, error);
  if (ok)
    *out_before = g_steal_pointer (&before);
  return ok;
}

/* A see-soon flag that this save made fire is said at once, with a way to Insights. Returns
 * TRUE when that toast was shown. */
static gboolean
toast_new_flags (PjTodayPage *self,
                 PjInsights  *before)
{
  g_autoptr(PjInsights) after = NULL;

  if (before == NULL || self->database == NULL)
    return FALSE;
  after = evaluate_insights (self);
  return after != NULL && pj_insights_toast_new_flags (GTK_WIDGET (self), before, after);
}

/* Saves the form. @quiet skips the toast (flush on day switch or close). */
gboolean
pj_today_page_save_editor (PjTodayPage *self,
                           gboolean     quiet,
                           GError     **error)
{
  g_autoptr(PjCheckin) checkin = NULL;
  g_autoptr(PjInsights) before = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *field = NULL;
  gboolean is_new;

  checkin = pj_checkin_editor_build (self->editor, &field, &local_error);
  if (checkin != NULL && !store_checkin (self, checkin, &before, &local_error))
    {
      if (g_error_matches (local_error, PJ_ERROR, PJ_ERROR_CONFLICT))
        {
          char time_text[PJ_TIME_TEXT_LEN];

          pj_time_format (checkin->minutes, time_text);
          g_clear_error (&local_error);
          g_set_error (&local_error, PJ_ERROR, PJ_ERROR_CONFLICT,
                       _("Time: this day already has a check-in at %s. Change the time, or "
                         "edit that check-in in the list above."), time_text);
          field = "time";
        }
      g_clear_pointer (&checkin, pj_checkin_free);
    }
  if (checkin == NULL)
    {
      /* Everything entered stays in the form; only the message is added. */
      pj_checkin_editor_show_error (self->editor, field, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  is_new = pj_checkin_editor_get_editing_id (self->editor) == 0;
  pj_today_page_reload (self);
  pj_today_page_start_new_checkin (self);
  /* The focus goes to the start of the next check-in rather than staying on a control of the
   * one just saved (a body map region would still look chosen). A quiet save is a flush on
   * leaving the day, where the focus is the person's. */
  if (!quiet)
    pj_checkin_editor_focus_pain (self->editor);
  /* Even a quiet save (on leaving the day) says when it raised a flag: that matters more than
   * the plain confirmation, which it replaces, since toasts queue one after the other. */
  if (!toast_new_flags (self, before) && !quiet)
    pj_toast_overlay_show_message_for (GTK_WIDGET (self),
                                       is_new ? _("Check-in saved") : _("Check-in updated"));
  return TRUE;
}

void
pj_today_page_on_editor_save (PjTodayPage *self)
{
  pj_today_page_save_editor (self, FALSE, NULL);
}

void
pj_today_page_on_editor_cancel (PjTodayPage *self)
{
  /* Cancel means it: the changes to the check-in are dropped. */
  pj_today_page_start_new_checkin (self);
}

static void
on_row_edit (PjTodayPage  *self,
             PjCheckinRow *row)
{
  pj_checkin_editor_start_edit (self->editor, pj_checkin_row_get_checkin (row));
  pj_checkin_editor_focus_pain (self->editor);
}

typedef struct
{
  PjDatabase *database;
  PjCheckin  *checkin;
} DeletedCheckin;

static void
deleted_checkin_free (gpointer data)
{
  DeletedCheckin *deleted = data;

  g_clear_object (&deleted->database);
  g_clear_pointer (&deleted->checkin, pj_checkin_free);
  g_free (deleted);
}

static void
undo_delete (gpointer data)
{
  DeletedCheckin *deleted = data;
  g_autoptr(GError) error = NULL;

  /* Added back as a new row; the page refreshes from the database's "changed" signal. */
  deleted->checkin->id = 0;
  if (!pj_database_add_checkin (deleted->database, deleted->checkin, &error))
    g_warning ("Could not restore the deleted check-in: %s", error->message);
}

static void
on_row_delete (PjTodayPage  *self,
               PjCheckinRow *row)
{
  const PjCheckin *checkin = pj_checkin_row_get_checkin (row);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DeletedCheckin *deleted;
  char time_text[PJ_TIME_TEXT_LEN];

  if (self->database == NULL)
    return;

  deleted = g_new0 (DeletedCheckin, 1);
  deleted->database = g_object_ref (self->database);
  deleted->checkin = pj_checkin_copy (checkin);
  if (pj_checkin_editor_get_editing_id (self->editor) == checkin->id)
    pj_today_page_start_new_checkin (self);

  if (!pj_database_delete_checkin (self->database, deleted->checkin->id, &error))
    {
      deleted_checkin_free (deleted);
      pj_toast_overlay_show_message_for (GTK_WIDGET (self), error->message);
      return;
    }
  pj_time_format (deleted->checkin->minutes, time_text);
  /* Translators: toast after deleting; %s is the check-in's time */
  message = g_strdup_printf (_("Check-in of %s deleted"), time_text);
  pj_today_page_reload (self);
  pj_toast_overlay_offer_undo_for (GTK_WIDGET (self), message, undo_delete, deleted,
                                   deleted_checkin_free);
}
