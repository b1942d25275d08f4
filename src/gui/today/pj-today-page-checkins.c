/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-error.h"
#include "pj-insights-widgets.h"
#include "pj-today-page-private.h"
#include "pj-toast-overlay.h"

int
pj_today_page_now_minutes (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
}

/* A new check-in starts at the current time. When the day already has one at that minute (two
 * quick check-ins), it starts at the next free minute instead, so saving never trips over a
 * taken time; the person can still change it. Reads the rows shown, so call it after the list
 * is up to date. */
void
pj_today_page_start_new_checkin (PjTodayPage *self)
{
  int minutes = pj_today_page_now_minutes ();

  for (int tries = 0; tries < 24 * 60; tries++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < self->rows->len && !taken; i++)
        taken = pj_checkin_row_get_checkin (g_ptr_array_index (self->rows, i))->minutes == minutes;
      if (!taken)
        break;
      minutes = (minutes + 1) % (24 * 60);
    }
  pj_checkin_editor_start_new (self->editor, self->date, minutes);
}

static void
update_summary (PjTodayPage *self,
                const PjDay *day)
{
  g_autofree char *text = NULL;

  if (day->checkins->len == 0)
    {
      adw_preferences_group_set_description (self->checkins_group, NULL);
      return;
    }
  /* Translators: the day's pain from its check-ins: mean, highest and lowest. The spaces
   * between each word and its number are no-break spaces, so a narrow window wraps
   * between the pairs only. */
  text = g_strdup_printf (_("Average\u00a0%.1f · worst\u00a0%d · least\u00a0%d"),
                          pj_day_pain_mean (day), pj_day_pain_worst (day),
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
