/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pj-backups.h"
#include "pj-database-files.h"
#include "pj-database.h"
#include "pj-error.h"
#include "pj-recovery.h"

/* Whatever dates a damaged file holds, the copy must accept them: "today" for validation is
 * put past any of them. */
#define RECOVERY_TODAY_YEAR 9999

static void
write_days (PjDatabase      *database,
            GPtrArray       *days,
            PjRecoveryStats *stats)
{
  for (guint i = 0; i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);
      g_autoptr (GError) local_error = NULL;

      /* One day at a time: a row garbled past its checks costs that day, not the rest. */
      if (pj_database_restore_day (database, day, &local_error))
        {
          stats->days_recovered++;
          stats->checkins_recovered += day->checkins->len;
        }
      else
        g_debug ("Recovery skipped a day: %s", local_error->message);
    }
}

gboolean
pj_recovery_run (const char      *journal_path,
                 GDateTime       *now,
                 PjRecoveryStats *out_stats,
                 char           **out_damaged_path,
                 GError         **error)
{
  g_autofree char *aside = NULL;
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (PjDatabase) database = NULL;
  PjRecoveryStats stats = { 0 };
  guint known_days = 0, known_checkins = 0;

  g_return_val_if_fail (journal_path != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (out_stats != NULL, FALSE);

  if (!g_file_test (journal_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = g_filename_display_name (journal_path);

      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND, _("There is no journal %s to recover"),
                   name);
      return FALSE;
    }

  /* A rename keeps the damaged file byte-identical and frees the path for the new one. */
  aside = pj_backups_aside_path (journal_path, ".damaged", now);
  if (!pj_backups_move_aside (journal_path, aside, error))
    return FALSE;

  days = pj_database_salvage (aside, &known_days, &known_checkins, error);
  if (days != NULL)
    database = pj_database_open (journal_path, error);
  if (database == NULL)
    {
      g_unlink (journal_path);
      pj_backups_move_aside (aside, journal_path, NULL);
      return FALSE;
    }
  pj_database_set_today (database, pj_date_from_ymd (RECOVERY_TODAY_YEAR, 12, 31));
  write_days (database, days, &stats);

  stats.days_lost = known_days > stats.days_recovered ? known_days - stats.days_recovered : 0;
  stats.checkins_lost = known_checkins > stats.checkins_recovered
                        ? known_checkins - stats.checkins_recovered : 0;
  *out_stats = stats;
  if (out_damaged_path != NULL)
    *out_damaged_path = g_steal_pointer (&aside);
  return TRUE;
}

char *
pj_recovery_describe (const PjRecoveryStats *stats)
{
  g_autofree char *recovered = NULL;
  g_autofree char *days = NULL;
  g_autofree char *checkins = NULL;

  /* Each count is its own sentence part with its own plural form. */
  days = g_strdup_printf (ngettext ("%u day", "%u days", stats->days_recovered),
                          stats->days_recovered);
  checkins = g_strdup_printf (ngettext ("%u check-in", "%u check-ins",
                                        stats->checkins_recovered),
                              stats->checkins_recovered);
  /* Translators: "Recovered 300 days and 912 check-ins." */
  recovered = g_strdup_printf (_("Recovered %s and %s."), days, checkins);
  if (stats->days_lost == 0 && stats->checkins_lost == 0)
    return g_strdup_printf ("%s %s", recovered, _("Nothing was lost."));

  {
    g_autofree char *lost_days = g_strdup_printf (
      ngettext ("%u day", "%u days", stats->days_lost), stats->days_lost);
    g_autofree char *lost_checkins = g_strdup_printf (
      ngettext ("%u check-in", "%u check-ins", stats->checkins_lost), stats->checkins_lost);
    /* Translators: "12 days and 40 check-ins could not be read." */
    g_autofree char *lost = g_strdup_printf (_("%s and %s could not be read."), lost_days,
                                             lost_checkins);

    return g_strdup_printf ("%s %s", recovered, lost);
  }
}
