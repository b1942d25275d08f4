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

static guint
lost (guint known,
      guint recovered)
{
  return known > recovered ? known - recovered : 0;
}

/* Writes what @salvage holds into the new journal @database and counts it. */
static gboolean
write_salvage (PjDatabase      *database,
               const PjSalvage *salvage,
               PjRecoveryStats *stats,
               GError         **error)
{
  pj_database_set_today (database, pj_date_from_ymd (RECOVERY_TODAY_YEAR, 12, 31));
  write_days (database, salvage->days, stats);
  if (!pj_database_restore_salvaged (database, salvage, &stats->medicines_recovered,
                                     &stats->medicines_stood_in, &stats->doses_recovered,
                                     &stats->acknowledgements_recovered, error))
    return FALSE;

  stats->days_lost = lost (salvage->known_days, stats->days_recovered);
  stats->checkins_lost = lost (salvage->known_checkins, stats->checkins_recovered);
  stats->medicines_lost = lost (salvage->known_medicines, stats->medicines_recovered);
  stats->doses_lost = lost (salvage->known_doses, stats->doses_recovered);
  stats->acknowledgements_lost = lost (salvage->known_acknowledgements,
                                       stats->acknowledgements_recovered);
  return TRUE;
}

/* Puts the damaged file back where it was, as if recovery had not begun. */
static void
put_back (const char *journal_path,
          const char *aside)
{
  g_autofree char *wal = g_strconcat (journal_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (journal_path, "-shm", NULL);

  g_unlink (journal_path);
  g_unlink (wal);
  g_unlink (shm);
  pj_backups_move_aside (aside, journal_path, NULL);
}

gboolean
pj_recovery_run (const char      *journal_path,
                 GDateTime       *now,
                 PjRecoveryStats *out_stats,
                 char           **out_damaged_path,
                 GError         **error)
{
  g_autofree char *aside = NULL;
  g_autoptr (PjSalvage) salvage = NULL;
  PjRecoveryStats stats = { 0 };
  gboolean written = FALSE;

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

  salvage = pj_database_salvage (aside, error);
  if (salvage != NULL)
    {
      g_autoptr (PjDatabase) database = pj_database_open (journal_path, error);

      written = database != NULL && write_salvage (database, salvage, &stats, error);
    }
  if (!written)
    {
      put_back (journal_path, aside);
      return FALSE;
    }

  *out_stats = stats;
  if (out_damaged_path != NULL)
    *out_damaged_path = g_steal_pointer (&aside);
  return TRUE;
}

/* "3 medicines", "1 dose": @format comes from ngettext(), so each count has its own plural
 * form. */
static char *count_text (const char *format,
                         ...) G_GNUC_PRINTF (1, 2);

static char *
count_text (const char *format,
            ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return text;
}

/* Each count is its own sentence part with its own plural form; the parts are freed here. */
static void
append_recovered (GString *text,
                  char    *first,
                  char    *second)
{
  g_autofree char *first_owned = first;
  g_autofree char *second_owned = second;

  if (text->len > 0)
    g_string_append_c (text, ' ');
  /* TRANSLATORS: "Recovered 300 days and 912 check-ins." or "Recovered 2 medicines and 700
   * doses."; each %s is a count with its noun, translated on its own. */
  g_string_append_printf (text, _("Recovered %s and %s."), first_owned, second_owned);
}

static void
append_lost (GString *text,
             char    *first,
             char    *second)
{
  g_autofree char *first_owned = first;
  g_autofree char *second_owned = second;

  /* TRANSLATORS: "12 days and 40 check-ins could not be read." or "1 medicine and 20 doses
   * could not be read."; each %s is a count with its noun. */
  g_string_append_c (text, ' ');
  g_string_append_printf (text, _("%s and %s could not be read."), first_owned, second_owned);
}

char *
pj_recovery_describe (const PjRecoveryStats *stats)
{
  const PjRecoveryStats *s = stats;
  GString *text = g_string_new (NULL);
  gboolean had_medicines = s->medicines_recovered + s->medicines_lost +
                           s->doses_recovered + s->doses_lost > 0;

  append_recovered (text,
                    count_text (ngettext ("%u day", "%u days", s->days_recovered),
                                s->days_recovered),
                    count_text (ngettext ("%u check-in", "%u check-ins", s->checkins_recovered),
                                s->checkins_recovered));
  if (had_medicines)
    append_recovered (text,
                      count_text (ngettext ("%u medicine", "%u medicines",
                                            s->medicines_recovered), s->medicines_recovered),
                      count_text (ngettext ("%u dose", "%u doses", s->doses_recovered),
                                  s->doses_recovered));
  if (s->days_lost + s->checkins_lost + s->medicines_lost + s->doses_lost +
      s->acknowledgements_lost == 0)
    {
      g_string_append_printf (text, " %s", _("Nothing was lost."));
      return g_string_free (text, FALSE);
    }
  if (s->days_lost + s->checkins_lost > 0)
    append_lost (text,
                 count_text (ngettext ("%u day", "%u days", s->days_lost), s->days_lost),
                 count_text (ngettext ("%u check-in", "%u check-ins", s->checkins_lost),
                             s->checkins_lost));
  if (s->medicines_lost + s->doses_lost > 0)
    append_lost (text,
                 count_text (ngettext ("%u medicine", "%u medicines", s->medicines_lost),
                             s->medicines_lost),
                 count_text (ngettext ("%u dose", "%u doses", s->doses_lost), s->doses_lost));
  if (s->medicines_stood_in > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, ngettext (
        "The doses of %u medicine that could not be read are kept under “Recovered "
        "medicine” and a number; rename it under Manage.",
        "The doses of %u medicines that could not be read are kept under “Recovered "
        "medicine” and a number; rename them under Manage.",
        s->medicines_stood_in), s->medicines_stood_in);
    }
  if (s->acknowledgements_lost > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, ngettext (
        "%u acknowledged warning could not be read and will show again until acknowledged.",
        "%u acknowledged warnings could not be read and will show again until acknowledged.",
        s->acknowledgements_lost), s->acknowledgements_lost);
    }
  return g_string_free (text, FALSE);
}
