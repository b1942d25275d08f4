/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-journal-properties.h"

#define JOURNAL_PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

GParamSpec *
pj_journal_param_database (void)
{
  return g_param_spec_object ("database", NULL, NULL, PJ_TYPE_DATABASE, JOURNAL_PARAM_FLAGS);
}

GParamSpec *
pj_journal_param_as_of (void)
{
  return g_param_spec_uint ("as-of", NULL, NULL, 0, G_MAXUINT, PJ_DATE_NONE,
                            JOURNAL_PARAM_FLAGS);
}

GSignalGroup *
pj_journal_signal_group_new (gpointer  instance,
                             GCallback on_changed)
{
  GSignalGroup *group = g_signal_group_new (PJ_TYPE_DATABASE);

  g_signal_group_connect_swapped (group, "changed", on_changed, instance);
  return group;
}

gboolean
pj_journal_follow_database (PjDatabase  **slot,
                            GSignalGroup *signals,
                            PjDatabase   *database)
{
  if (!g_set_object (slot, database))
    return FALSE;
  g_signal_group_set_target (signals, database);
  return TRUE;
}

void
pj_journal_unfollow_database (PjDatabase   **slot,
                              GSignalGroup **signals)
{
  /* The target first: a handler must not run on a half-disposed owner while something else
   * still holds the group. */
  if (*signals != NULL)
    g_signal_group_set_target (*signals, NULL);
  g_clear_object (signals);
  g_clear_object (slot);
}

PjDate
pj_journal_resolve_as_of (PjDatabase *database,
                          PjDate      as_of)
{
  if (as_of != PJ_DATE_NONE)
    return as_of;
  return database != NULL ? pj_database_get_today (database) : pj_date_today ();
}
