/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pj-day.h"

G_BEGIN_DECLS

/* The form for one check-in: pain, where, what it feels like, time, note and the warning-sign
 * checklist. It never touches the database: it emits "save" (Enter in the time or the note) and
 * the page, which also holds the Save and Clear buttons, writes. A failed save keeps everything
 * the person entered and shows the message beside the control it is about, which takes the
 * focus. */
#define PJ_TYPE_CHECKIN_EDITOR (pj_checkin_editor_get_type ())
G_DECLARE_FINAL_TYPE (PjCheckinEditor, pj_checkin_editor, PJ, CHECKIN_EDITOR, GtkWidget)

GtkWidget *pj_checkin_editor_new (void);
/* An empty form for a new check-in of @date at @minutes. */
void       pj_checkin_editor_start_new (PjCheckinEditor *self,
                                        PjDate           date,
                                        int              minutes);
/* A new check-in's time follows the clock: @minutes, unless the person has set the time
 * themselves (or the form holds a stored check-in). */
void       pj_checkin_editor_follow_clock (PjCheckinEditor *self,
                                           int              minutes);
/* The form filled with @checkin, to change it (its id is kept). */
void       pj_checkin_editor_start_edit (PjCheckinEditor *self,
                                         const PjCheckin *checkin);
/* 0 for a new check-in. */
gint64     pj_checkin_editor_get_editing_id (PjCheckinEditor *self);
PjDate     pj_checkin_editor_get_date (PjCheckinEditor *self);
/* TRUE once the person changed anything since start_new/start_edit. */
gboolean   pj_checkin_editor_is_dirty (PjCheckinEditor *self);
/* The check-in as entered, or NULL with an error whose message names the field; @out_field
 * then holds its model name ("time", "pain"). Ranges are left to pj_checkin_validate(). */
PjCheckin *pj_checkin_editor_build (PjCheckinEditor *self,
                                    const char     **out_field,
                                    GError         **error);
/* Shows @message next to the control of @field (a model name, or NULL for the top of the
 * form), marks that control and moves the focus to it. */
void       pj_checkin_editor_show_error (PjCheckinEditor *self,
                                         const char      *field,
                                         const char      *message);
void       pj_checkin_editor_clear_error (PjCheckinEditor *self);
void       pj_checkin_editor_set_symptoms_expanded (PjCheckinEditor *self,
                                                    gboolean         expanded);
void       pj_checkin_editor_focus_pain (PjCheckinEditor *self);

/* The form below the body map is built just after the editor's first frame; these build
 * it at once (for a caller that needs it before) and tell whether it is there. */
void       pj_checkin_editor_complete (PjCheckinEditor *self);
gboolean   pj_checkin_editor_get_complete (PjCheckinEditor *self);

G_END_DECLS
