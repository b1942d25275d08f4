/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <poppler.h>

#include "pj-database.h"
#include "pj-period-flags.h"
#include "pj-report-pdf.h"
#include "pj-report-voice.h"
#include "pj-test-utils.h"

/* The report is read back with poppler, as a clinician's viewer would: the text must be
 * there, selectable, inside the margins, and each diary day exactly once. */

#define NOTE_MARKER "PRIVATE-NOTE"

/* poppler-glib 22.12 (Debian 12) has no autoptr support of its own. */
#ifndef POPPLER_CHECK_VERSION
#define POPPLER_CHECK_VERSION(a, b, c) 0
#endif
#if !POPPLER_CHECK_VERSION(23, 0, 0)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerAction, poppler_action_free)
#endif

typedef struct
{
  char       *dir;
  PjDatabase *db;
  GPtrArray  *days;   /* what was imported, for computing the expected figures */
} Fixture;

/* A synthetic journal of @n_days ending on @last: pain falls from about 7 to about 3, every
 * fifth day is missed, warning symptoms on a few days, notes with a marker. Deterministic. */
static GPtrArray *
make_journal (PjDate last,
              guint  n_days)
{
  GPtrArray *days = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_day_free);
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < n_days; i++)
    {
      PjDate date = last - (n_days - 1) + i;
      PjDay *day;
      guint n_checkins = 1 + g_rand_int_range (rand, 0, 3);
      double progress = n_days > 1 ? (double) i / (n_days - 1) : 0;

      if (i % 5 == 3)
        continue;
      day = pj_day_new (date);
      day->sitting_hours = 4 + g_rand_int_range (rand, 0, 16) * 0.5;
      day->screen_hours = 3 + g_rand_int_range (rand, 0, 14) * 0.5;
      day->exercise_minutes = g_rand_int_range (rand, 0, 4) * 15;
      day->sleep_hours = 5.5 + g_rand_int_range (rand, 0, 6) * 0.5;
      day->stress = g_rand_int_range (rand, 2, 9);
      day->enjoyment_interference = g_rand_int_range (rand, 2, 8);
      day->activity_interference = g_rand_int_range (rand, 2, 8);
      day->self_care = PJ_CODE_BIT (g_rand_int_range (rand, 0, PJ_N_SELF_CARE));
      if (day->self_care & PJ_CODE_BIT (PJ_SELF_CARE_MEDICATION))
        day->medication = g_strdup (i % 2 ? "Ibuprofen 400 mg" : "Paracetamol 1 g");
      day->activities = PJ_CODE_BIT (g_rand_int_range (rand, 0, PJ_N_ACTIVITIES));
      day->note = g_strdup_printf ("%s day %u", NOTE_MARKER, i);
      for (guint j = 0; j < n_checkins; j++)
        {
          int pain = (int) lround (7 - 4 * progress) + g_rand_int_range (rand, -1, 2);
          PjCheckin *checkin = pj_checkin_new (date, 8 * 60 + j * 300, CLAMP (pain, 0, 10));

          checkin->locations = PJ_CODE_BIT (PJ_LOCATION_NECK) |
                               PJ_CODE_BIT (g_rand_int_range (rand, 0, PJ_N_LOCATIONS));
          checkin->qualities = PJ_CODE_BIT (g_rand_int_range (rand, 0, PJ_N_QUALITIES));
          if (i % 17 == 5)
            checkin->symptoms = PJ_CODE_BIT (PJ_SYMPTOM_NUMBNESS_TINGLING);
          if (j == 1)
            checkin->note = g_strdup (NOTE_MARKER " check-in");
          pj_day_add_checkin (day, checkin);
        }
      g_ptr_array_add (days, day);
    }
  return days;
}

static void
fixture_setup (Fixture *fixture,
               guint    n_days)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = pj_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->db = pj_database_open (path, &error);
  g_assert_no_error (error);
  pj_database_set_today (fixture->db, pj_test_today ());
  fixture->days = make_journal (pj_test_today (), n_days);
  pj_database_import_days (fixture->db, fixture->days, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *fixture)
{
  g_clear_object (&fixture->db);
  g_clear_pointer (&fixture->days, g_ptr_array_unref);
  pj_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
options_init (PjReportOptions *options,
              PjDate           from,
              PjDate           to)
{
  static GDateTime *generated;

  if (generated == NULL)
    generated = g_date_time_new_utc (2026, 6, 30, 12, 0, 0);
  pj_report_options_init (options, to);
  options->from = from;
  options->paper = PJ_PAPER_A4;
  options->name = "Alex Example";
  options->birth_year = 1985;
  options->app_version = "9.9.9";
  options->generated = generated;
}

static PopplerDocument *
write_and_open (Fixture               *fixture,
                const PjReportOptions *options,
                const char            *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *uri = NULL;
  PopplerDocument *document;

  pj_report_pdf_write (fixture->db, options, path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  uri = g_filename_to_uri (path, NULL, &error);
  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return document;
}

static char *
page_text (PopplerDocument *document,
           int              index)
{
  g_autoptr (PopplerPage) page = poppler_document_get_page (document, index);

  return poppler_page_get_text (page);
}

static char *
all_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *page = page_text (document, i);

      g_string_append (text, page);
      g_string_append_c (text, '\f');
    }
  return g_string_free (text, FALSE);
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* What the summary should say, computed here from the generated days, not by the report. */
static double
expected_mean_pain (GPtrArray *days,
                    PjDate     from,
                    PjDate     to,
                    guint     *out_logged)
{
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < days->len; i++)
    {
      const PjDay *day = g_ptr_array_index (days, i);
      double day_sum = 0;

      if (day->date < from || day->date > to || day->checkins->len == 0)
        continue;
      for (guint j = 0; j < day->checkins->len; j++)
        day_sum += ((PjCheckin *) g_ptr_array_index (day->checkins, j))->pain;
      sum += day_sum / day->checkins->len;
      n++;
    }
  *out_logged = n;
  return n > 0 ? sum / n : NAN;
}

static void
test_summary_on_first_page (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (PopplerPage) page = NULL;
  g_autofree char *text = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_two = NULL;
  g_autofree char *logged = NULL;
  g_autofree char *mean = NULL;
  GList *hits;
  double width, height;
  guint n_logged;
  double expected;

  fixture_setup (&fixture, 120);
  options_init (&options, pj_test_today () - 89, pj_test_today ());
  document = write_and_open (&fixture, &options, "report.pdf");

  expected = expected_mean_pain (fixture.days, options.from, options.to, &n_logged);
  logged = g_strdup_printf ("%u of 90", n_logged);
  mean = g_strdup_printf ("%.1f", expected);
  text = page_text (document, 0);
  second = poppler_document_get_n_pages (document) > 1 ? page_text (document, 1) : NULL;
  first_two = g_strconcat (text, "\f", second, NULL);

  g_assert_nonnull (strstr (text, "Alex Example"));
  g_assert_nonnull (strstr (text, "born 1985"));
  g_assert_nonnull (strstr (text, "9.9.9"));
  g_assert_nonnull (strstr (text, "Period: 2 Apr 2026 – 30 Jun 2026 (90 days)"));
  g_assert_nonnull (strstr (first_two, logged));
  g_assert_nonnull (strstr (first_two, mean));
  /* The journal was built to fall from about 7 to about 3: a meaningful improvement. */
  g_assert_nonnull (strstr (first_two, "Better:"));
  g_assert_nonnull (strstr (first_two, "Numbness or tingling"));
  g_assert_nonnull (strstr (first_two, "Neck"));

  /* Each flag raised in the period, with its reason, on page 1 or 2 (lines joined, since a
   * reason may wrap). */
  {
    g_autoptr (GPtrArray) flags = pj_period_flags_evaluate (fixture.days, options.from,
                                                            options.to);
    g_autofree char *joined = g_strdup (first_two);

    g_strdelimit (joined, "\n", ' ');
    g_assert_cmpuint (flags->len, >, 0);
    for (guint i = 0; i < flags->len; i++)
      {
        const PjFlag *flag = g_ptr_array_index (flags, i);

        /* In the report's voice: "Patient noted…", not the window's "You noted…". */
        g_assert_nonnull (flag->report_reason);
        g_assert_nonnull (strstr (joined, pj_flag_report_title (flag->info)));
        g_assert_nonnull (strstr (joined, flag->report_reason));
      }
  }

  /* The summary starts in the first third of the first page. */
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  hits = poppler_page_find_text (page, "Average daily pain");
  g_assert_nonnull (hits);
  {
    PopplerRectangle *rect = hits->data;
    /* find_text answers in PDF coordinates: y grows upwards from the bottom. */
    double top = height - MAX (rect->y1, rect->y2);

    g_assert_cmpfloat (top, <, height / 3);
  }
  g_list_free_full (hits, (GDestroyNotify) poppler_rectangle_free);
  fixture_teardown (&fixture);
}

static char *
diary_date (PjDate date)
{
  g_autoptr (GDateTime) datetime = pj_date_to_local_datetime (date);

  /* The diary's own style: the weekday before the report's one date style. */
  return g_date_time_format (datetime, "%a %-d %b %Y");
}

static void
test_diary_dates_once (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (PopplerDocument) without_notes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_without = NULL;
  PjDate from = pj_test_today () - 59;
  guint rows = 0;

  fixture_setup (&fixture, 120);
  options_init (&options, from, pj_test_today ());
  without_notes = write_and_open (&fixture, &options, "without.pdf");
  options.include_notes = TRUE;
  document = write_and_open (&fixture, &options, "report.pdf");
  text = all_text (document);
  text_without = all_text (without_notes);

  /* The daily diary only with notes; the weekly table stands for it otherwise. */
  g_assert_null (strstr (text_without, "Daily diary"));
  g_assert_nonnull (strstr (text, "Daily diary"));
  for (PjDate date = from - 30; date <= pj_test_today (); date++)
    {
      g_autofree char *label = diary_date (date);
      gboolean logged = FALSE;

      for (guint i = 0; i < fixture.days->len; i++)
        logged |= ((PjDay *) g_ptr_array_index (fixture.days, i))->date == date;
      /* Each logged day of the period exactly once; days not logged, or before it, never. */
      g_assert_cmpuint (count_occurrences (text, label), ==, logged && date >= from ? 1 : 0);
      g_assert_cmpuint (count_occurrences (text_without, label), ==, 0);
      rows += logged && date >= from;
    }
  g_assert_cmpuint (rows, >, 40);
  fixture_teardown (&fixture);
}

static void
assert_text_inside_margins (PopplerDocument *document)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (document, i);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      g_assert_cmpuint (n_rects, >, 0);
      for (guint j = 0; j < n_rects; j++)
        {
          /* Text layout boxes are in page coordinates with y growing downwards. */
          g_assert_cmpfloat (rects[j].x1, >=, PJ_REPORT_MARGIN - 0.5);
          g_assert_cmpfloat (rects[j].y1, >=, PJ_REPORT_MARGIN - 0.5);
          g_assert_cmpfloat (rects[j].x2, <=, width - PJ_REPORT_MARGIN + 0.5);
          g_assert_cmpfloat (rects[j].y2, <=, height - PJ_REPORT_MARGIN + 0.5);
        }
      g_free (rects);
    }
}

static void
test_text_inside_margins (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) a4 = NULL;
  g_autoptr (PopplerDocument) letter = NULL;
  g_autoptr (PopplerPage) page = NULL;
  double width, height;

  fixture_setup (&fixture, 120);
  options_init (&options, pj_test_today () - 89, pj_test_today ());
  options.include_notes = TRUE;
  a4 = write_and_open (&fixture, &options, "a4.pdf");
  assert_text_inside_margins (a4);
  page = poppler_document_get_page (a4, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat (fabs (width - 595.3), <, 0.5);
  g_assert_cmpfloat (fabs (height - 841.9), <, 0.5);
  g_clear_object (&page);

  options.paper = PJ_PAPER_LETTER;
  letter = write_and_open (&fixture, &options, "letter.pdf");
  assert_text_inside_margins (letter);
  page = poppler_document_get_page (letter, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
  fixture_teardown (&fixture);
}

static void
collect_outline (PopplerIndexIter *iter,
                 GPtrArray        *titles)
{
  do
    {
      g_autoptr (PopplerAction) action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child;

      if (action->type == POPPLER_ACTION_GOTO_DEST)
        g_ptr_array_add (titles, g_strdup (action->goto_dest.title));
      child = poppler_index_iter_get_child (iter);
      if (child != NULL)
        {
          collect_outline (child, titles);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

static void
test_outline_and_metadata (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  const char *expected[] = {
    "Summary", "Pain over the period", "Warning signs raised in this period",
    "Day factors beside the pain", "Personal patterns", "Self-care and medication",
    "Week by week", "Clinician's notes",
  };
  PopplerIndexIter *iter;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;

  fixture_setup (&fixture, 100);
  options_init (&options, pj_test_today () - 89, pj_test_today ());
  document = write_and_open (&fixture, &options, "report.pdf");

  iter = poppler_index_iter_new (document);
  g_assert_nonnull (iter);
  collect_outline (iter, titles);
  poppler_index_iter_free (iter);
  g_assert_cmpuint (titles->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (titles, i), ==, expected[i]);

  title = poppler_document_get_title (document);
  author = poppler_document_get_author (document);
  subject = poppler_document_get_subject (document);
  g_assert_cmpstr (title, ==, "Pain diary report");
  g_assert_cmpstr (author, ==, "Alex Example");
  g_assert_nonnull (strstr (subject, "2 Apr 2026"));
  g_assert_cmpint (poppler_document_get_creation_date (document), ==,
                   g_date_time_to_unix (options.generated));
  fixture_teardown (&fixture);
}

/* Each outline entry as "title page top", for comparing two renderings. */
static void
collect_destinations (PopplerDocument  *document,
                      PopplerIndexIter *iter,
                      GPtrArray        *out)
{
  do
    {
      g_autoptr (PopplerAction) action = poppler_index_iter_get_action (iter);
      PopplerDest *dest;

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      dest = action->goto_dest.dest;
      g_assert_nonnull (dest);
      if (dest->type == POPPLER_DEST_NAMED)
        dest = poppler_document_find_dest (document, dest->named_dest);
      g_assert_nonnull (dest);
      g_ptr_array_add (out, g_strdup_printf ("%s p%d %.0f", action->goto_dest.title,
                                             dest->page_num, dest->top));
      if (dest != action->goto_dest.dest)
        poppler_dest_free (dest);
    }
  while (poppler_index_iter_next (iter));
}

static GPtrArray *
outline_destinations (PopplerDocument *document)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  PopplerIndexIter *iter = poppler_index_iter_new (document);

  g_assert_nonnull (iter);
  collect_destinations (document, iter, out);
  poppler_index_iter_free (iter);
  return out;
}

/* Under a German LC_NUMERIC the figures a clinician reads use the decimal comma ("4,3"),
 * and the outline still works: its links are cairo attribute strings that cairo 1.16 reads
 * with the locale's strtod(), so a "%.1f" position would break in one locale or the other.
 * The outline must lead to the same places as under C. */
static void
test_local_numbers (gconstpointer data)
{
  const char *locale = data;
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) english = NULL;
  g_autoptr (PopplerDocument) local = NULL;
  g_autoptr (GPtrArray) english_outline = NULL;
  g_autoptr (GPtrArray) local_outline = NULL;
  g_autoptr (GRegex) comma = g_regex_new ("\\d,\\d", 0, 0, NULL);
  g_autoptr (GRegex) point = g_regex_new ("(?<![\\d.])\\d+\\.\\d+(?![\\d.])", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *english_text = NULL;
  g_autofree char *text = NULL;
  char *saved;

  fixture_setup (&fixture, 100);
  options_init (&options, pj_test_today () - 89, pj_test_today ());
  english = write_and_open (&fixture, &options, "english.pdf");
  english_text = all_text (english);
  saved = pj_test_use_locale (LC_NUMERIC, locale);
  if (saved == NULL)
    {
      fixture_teardown (&fixture);
      return;
    }
  local = write_and_open (&fixture, &options, "local.pdf");
  pj_test_restore_locale (LC_NUMERIC, saved);
  text = all_text (local);

  /* The C rendering is the control: it has decimal points, so the journal has decimals. */
  g_assert_true (g_regex_match (point, english_text, 0, NULL));
  g_assert_false (g_regex_match (comma, english_text, 0, NULL));
  g_assert_true (g_regex_match (comma, text, 0, NULL));
  if (g_regex_match (point, text, 0, &match))
    {
      int start = 0;

      g_match_info_fetch_pos (match, 0, &start, NULL);
      g_error ("a decimal point under %s: “%.60s”", locale, text + MAX (start - 30, 0));
    }

  english_outline = outline_destinations (english);
  local_outline = outline_destinations (local);
  g_assert_cmpuint (local_outline->len, ==, 8);
  g_assert_cmpuint (local_outline->len, ==, english_outline->len);
  for (guint i = 0; i < local_outline->len; i++)
    g_assert_cmpstr (g_ptr_array_index (local_outline, i), ==,
                     g_ptr_array_index (english_outline, i));
  fixture_teardown (&fixture);
}

static void
test_notes_only_when_chosen (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) without = NULL;
  g_autoptr (PopplerDocument) with = NULL;
  g_autofree char *text_without = NULL;
  g_autofree char *text_with = NULL;

  fixture_setup (&fixture, 40);
  options_init (&options, pj_test_today () - 29, pj_test_today ());
  without = write_and_open (&fixture, &options, "without.pdf");
  options.include_notes = TRUE;
  with = write_and_open (&fixture, &options, "with.pdf");

  text_without = all_text (without);
  text_with = all_text (with);
  g_assert_null (strstr (text_without, NOTE_MARKER));
  g_assert_nonnull (strstr (text_with, NOTE_MARKER " day"));
  g_assert_nonnull (strstr (text_with, NOTE_MARKER " check-in"));
  fixture_teardown (&fixture);
}

static void
assert_page_footers (PopplerDocument *document)
{
  int n_pages = poppler_document_get_n_pages (document);

  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *text = page_text (document, i);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", i + 1, n_pages);

      g_assert_nonnull (strstr (text, footer));
      g_assert_nonnull (strstr (text, "does not diagnose"));
    }
}

static void
test_page_count (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) summary_only = NULL;
  g_autoptr (PopplerDocument) full = NULL;
  g_autoptr (PopplerDocument) diary = NULL;

  fixture_setup (&fixture, 100);
  options_init (&options, pj_test_today () - 89, pj_test_today ());

  /* The known fixture: header and summary alone fit on one page. */
  options.sections = PJ_REPORT_SECTION_SUMMARY;
  summary_only = write_and_open (&fixture, &options, "summary.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (summary_only), ==, 1);
  assert_page_footers (summary_only);

  /* The weekly table and 72 diary rows with notes: more than one page, and "of N" always
   * matches. */
  options.sections = PJ_REPORT_SECTION_DIARY;
  options.include_notes = TRUE;
  diary = write_and_open (&fixture, &options, "diary.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (diary), >=, 2);
  assert_page_footers (diary);

  options.sections = PJ_REPORT_SECTION_ALL;
  full = write_and_open (&fixture, &options, "full.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (full), >,
                   poppler_document_get_n_pages (diary));
  assert_page_footers (full);
  fixture_teardown (&fixture);
}

/* Each chart block (a title and one or two charts) lands whole on one page: the left axis
 * titles of its charts are on the page of its title. */
static void
test_charts_on_one_page (void)
{
  static const struct { const char *title; guint charts; } blocks[] = {
    { "Weekly average pain, least to worst", 1 },
    { "Sitting and screen time, weekly", 2 },
    { "Exercise, weekly, with pain", 1 },
    { "Sleep and stress, weekly, with pain", 2 },
  };
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) document = NULL;
  guint titles = 0;

  fixture_setup (&fixture, 120);
  options_init (&options, pj_test_today () - 119, pj_test_today ());
  document = write_and_open (&fixture, &options, "report.pdf");

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *text = page_text (document, i);
      guint expected = 0;

      for (guint b = 0; b < G_N_ELEMENTS (blocks); b++)
        if (strstr (text, blocks[b].title) != NULL)
          {
            expected += blocks[b].charts;
            titles++;
          }
      g_assert_cmpuint (count_occurrences (text, "Pain 0–10"), ==, expected);
      /* One shared legend: on the pain chart, nowhere else. */
      g_assert_cmpuint (count_occurrences (text, "Least to worst in the week"), ==,
                        strstr (text, blocks[0].title) != NULL ? 1 : 0);
    }
  g_assert_cmpuint (titles, ==, G_N_ELEMENTS (blocks));
  fixture_teardown (&fixture);
}

/* A medicine taken every @every days of the last @n_days, for the Medication section. */
static void
add_medicine_with_doses (Fixture    *fixture,
                         const char *name,
                         guint       every,
                         guint       n_days)
{
  g_autoptr (PjMedicine) medicine = pj_medicine_new (name);
  g_autoptr (GError) error = NULL;

  medicine->kind = PJ_MEDICINE_KIND_ANTI_INFLAMMATORY;
  medicine->amount = 400;
  medicine->unit = PJ_DOSE_UNIT_MG;
  g_assert_true (pj_database_add_medicine (fixture->db, medicine, &error));
  for (guint day = 0; day < n_days; day += every)
    {
      g_autoptr (PjDose) dose = pj_medicine_new_usual_dose (medicine, pj_test_today () - day,
                                                            9 * 60);

      g_assert_true (pj_database_add_dose (fixture->db, dose, &error));
    }
  g_assert_no_error (error);
}

/* A section's heading and its lead-in line never end a page without the chart they
 * introduce. Periods of different lengths and more medicines above move the page breaks
 * around the pain chart. */
static void
test_heading_stays_with_chart (void)
{
  static const struct { const char *heading; const char *chart; } sections[] = {
    { "Pain over the period", "Weekly average pain, least to worst" },
    { "Day factors beside the pain", "Sitting and screen time, weekly" },
  };
  static const char *const medicines[] = { NULL, "Ibuprofen", "Naproxen", "Paracetamol",
                                           "Diclofenac gel" };
  Fixture fixture = { 0 };

  fixture_setup (&fixture, 130);
  for (guint step = 0; step < G_N_ELEMENTS (medicines) * 8; step++)
    {
      guint length = 61 + (step % 8) * 9;
      PjReportOptions options;
      g_autoptr (PopplerDocument) document = NULL;

      if (step % 8 == 0 && medicines[step / 8] != NULL)
        add_medicine_with_doses (&fixture, medicines[step / 8], step / 8 + 1, 130);

      options_init (&options, pj_test_today () - (length - 1), pj_test_today ());
      document = write_and_open (&fixture, &options, "report.pdf");
      for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
        {
          int heading_page = -1, chart_page = -1;

          for (int i = 0; i < poppler_document_get_n_pages (document); i++)
            {
              g_autofree char *text = page_text (document, i);

              if (heading_page < 0 && strstr (text, sections[s].heading) != NULL)
                heading_page = i;
              if (chart_page < 0 && strstr (text, sections[s].chart) != NULL)
                chart_page = i;
            }
          if (heading_page != chart_page)
            g_error ("%u days: \"%s\" is on page %d, its chart on page %d", length,
                     sections[s].heading, heading_page + 1, chart_page + 1);
        }
    }
  fixture_teardown (&fixture);
}

static void
test_table_header_repeats (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) document = NULL;

  fixture_setup (&fixture, 200);
  options_init (&options, pj_test_today () - 199, pj_test_today ());
  options.sections = PJ_REPORT_SECTION_DIARY;
  options.include_notes = TRUE;
  document = write_and_open (&fixture, &options, "diary.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 3);
  /* Every page of a table carries its header: the weekly table's, then the diary's. */
  for (int i = 0; i < poppler_document_get_n_pages (document) - 1; i++)
    {
      g_autofree char *text = page_text (document, i);

      g_assert_true (strstr (text, "Key factors") != NULL ||
                     strstr (text, "Main factors") != NULL);
    }
  fixture_teardown (&fixture);
}

static void
test_ten_years_linear (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) quarter = NULL;
  g_autoptr (PopplerDocument) year = NULL;
  g_autoptr (PopplerDocument) decade = NULL;
  double small_slope, big_slope;
  int pages[3];

  fixture_setup (&fixture, 3650);
  options_init (&options, pj_test_today () - 89, pj_test_today ());
  /* With the daily diary: pages in the hundreds, so whole-page rounding does not blur the
   * slopes (the weekly table alone fills a few pages a year). */
  options.include_notes = TRUE;
  quarter = write_and_open (&fixture, &options, "quarter.pdf");
  options.from = pj_test_today () - 364;
  year = write_and_open (&fixture, &options, "year.pdf");
  options.from = pj_test_today () - 3649;
  decade = write_and_open (&fixture, &options, "decade.pdf");

  pages[0] = poppler_document_get_n_pages (quarter);
  pages[1] = poppler_document_get_n_pages (year);
  pages[2] = poppler_document_get_n_pages (decade);
  g_test_message ("pages: 90 days %d, 1 year %d, 10 years %d", pages[0], pages[1], pages[2]);

  /* Pages per day from 90 days to a year, and from a year to ten years: a straight line has
   * the same slope (within the rounding of whole pages). */
  small_slope = (double) (pages[1] - pages[0]) / (365 - 90);
  big_slope = (double) (pages[2] - pages[1]) / (3650 - 365);
  g_assert_cmpfloat (small_slope, >, 0);
  g_assert_cmpfloat (big_slope, >, 0.75 * small_slope);
  g_assert_cmpfloat (big_slope, <, 1.25 * small_slope);
  assert_page_footers (decade);
  fixture_teardown (&fixture);
}

static void
cancel_on_progress (double   fraction,
                    gpointer user_data)
{
  if (fraction > 0.3)
    g_cancellable_cancel (user_data);
}

static void
test_no_half_written_file (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GDir) dir = NULL;
  guint n_files = 0;

  fixture_setup (&fixture, 200);
  options_init (&options, pj_test_today () - 199, pj_test_today ());
  path = g_build_filename (fixture.dir, "report.pdf", NULL);
  g_assert_true (g_file_set_contents (path, "previous", -1, NULL));

  /* Cancelled half-way: the previous file stays as it was and no temporary file is left. */
  g_assert_false (pj_report_pdf_write (fixture.db, &options, path, cancellable,
                                       cancel_on_progress, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "previous");
  dir = g_dir_open (fixture.dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    if (!g_str_has_prefix (name, "journal.db"))  /* the journal and its WAL files */
      {
        g_assert_cmpstr (name, ==, "report.pdf");
        n_files++;
      }
  g_assert_cmpuint (n_files, ==, 1);

  /* A folder that does not exist: an error that names it. */
  missing = g_build_filename (fixture.dir, "no-such-folder", "report.pdf", NULL);
  g_assert_false (pj_report_pdf_write (fixture.db, &options, missing, NULL, NULL, NULL,
                                       &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  fixture_teardown (&fixture);
}

static void
test_paper (void)
{
  double width, height;

  g_assert_cmpint (pj_paper_from_string ("letter"), ==, PJ_PAPER_LETTER);
  g_assert_cmpint (pj_paper_from_string ("a4"), ==, PJ_PAPER_A4);
  g_assert_cmpint (pj_paper_from_string (""), ==, PJ_PAPER_DEFAULT);
  g_assert_cmpint (pj_paper_from_string (NULL), ==, PJ_PAPER_DEFAULT);
  pj_paper_get_size (PJ_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 8.5 * 72);
  g_assert_cmpfloat (height, ==, 11 * 72);
  pj_paper_get_size (PJ_PAPER_A4, &width, &height);
  g_assert_cmpfloat (fabs (width - 210 / 25.4 * 72), <, 0.01);
  g_assert_cmpfloat (fabs (height - 297 / 25.4 * 72), <, 0.01);
  /* The C locale of the tests uses ISO paper; the default follows it. */
  g_assert_cmpint (pj_paper_from_locale (), ==, PJ_PAPER_A4);
  pj_paper_get_size (PJ_PAPER_DEFAULT, &width, &height);
  g_assert_cmpfloat (fabs (height - 297 / 25.4 * 72), <, 0.01);
}

static void
test_options_defaults (void)
{
  PjReportOptions options;

  pj_report_options_init (&options, pj_test_today ());
  g_assert_cmpuint (options.to, ==, pj_test_today ());
  g_assert_cmpuint (options.to - options.from + 1, ==, 90);
  g_assert_false (options.include_notes);
  g_assert_cmpint (options.sections, ==, PJ_REPORT_SECTION_ALL);
  g_assert_cmpint (options.paper, ==, PJ_PAPER_DEFAULT);
}

/* The report speaks of the patient to the clinician: none of the window's "you". */
static void
test_report_voice (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (GRegex) more = g_regex_new ("and [0-9]+ more", 0, 0, NULL);
  g_autoptr (GRegex) iso = g_regex_new ("[0-9]{4}-[0-9]{2}-[0-9]{2}", 0, 0, NULL);
  g_autoptr (GRegex) second_person = g_regex_new ("\\b[Yy]ou(r|rs|rself)?\\b", 0, 0, NULL);
  g_autofree char *text = NULL;
  g_autofree char *joined = NULL;

  fixture_setup (&fixture, 200);
  options_init (&options, pj_test_today () - 179, pj_test_today ());
  document = write_and_open (&fixture, &options, "report.pdf");
  text = all_text (document);
  joined = g_strdup (text);
  g_strdelimit (joined, "\n", ' ');

  if (g_regex_match (second_person, joined, 0, NULL))
    {
      g_autoptr (GMatchInfo) info = NULL;

      g_regex_match (second_person, joined, 0, &info);
      g_test_message ("second person at: %.60s", strstr (joined, g_match_info_fetch (info, 0)));
    }
  g_assert_false (g_regex_match (second_person, joined, 0, NULL));
  g_assert_nonnull (strstr (joined, "Patient noted"));
  /* Long date lists are summed up, never cut short. */
  g_assert_false (g_regex_match (more, joined, 0, NULL));
  /* One date style throughout. */
  g_assert_false (g_regex_match (iso, joined, 0, NULL));
  /* The levels are explained once. */
  g_assert_cmpuint (count_occurrences (joined, "Watch: worth mentioning"), ==, 1);
  /* Which figure is a single check-in and which a daily average. */
  g_assert_nonnull (strstr (joined, "Worst day (daily average)"));
  g_assert_nonnull (strstr (joined, "Highest single check-in"));
  fixture_teardown (&fixture);
}

/* A flag's report sentence quotes the numbers of the window's sentence. */
static void
test_flag_report_numbers (void)
{
  Fixture fixture = { 0 };
  g_autoptr (GPtrArray) flags = NULL;
  g_autoptr (GRegex) numbers = g_regex_new ("[0-9]+(\\.[0-9])?", 0, 0, NULL);
  g_autoptr (GRegex) dates = g_regex_new ("[0-9]{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                                          "Nov|Dec)( [0-9]{4})?", 0, 0, NULL);
  guint checked = 0;

  fixture_setup (&fixture, 200);
  flags = pj_period_flags_evaluate (fixture.days, pj_test_today () - 179, pj_test_today ());
  for (guint i = 0; i < flags->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (flags, i);
      g_autoptr (GMatchInfo) info = NULL;
      g_autofree char *numbers_only = NULL;

      g_assert_nonnull (flag->report_reason);
      g_test_message ("%s: %s | %s", flag->info->id, flag->reason, flag->report_reason);
      /* severe-persistent lists each day's pain in the window; the report, the highest. */
      if (g_str_equal (flag->info->id, "severe-persistent"))
        continue;
      /* The dates are checked apart: a period's flag quotes every date it was raised on. */
      if (pj_flag_report_reason_lists_dates (flag->info))
        {
          g_autofree char *first = pj_report_voice_format_date (g_array_index (flag->dates,
                                                                               PjDate, 0));
          g_autofree char *latest = pj_report_voice_format_date (pj_flag_get_latest_date (flag));

          g_assert_nonnull (strstr (flag->report_reason, first));
          g_assert_nonnull (strstr (flag->report_reason, latest));
        }
      numbers_only = g_regex_replace_literal (dates, flag->reason, -1, 0, "", 0, NULL);
      g_regex_match (numbers, numbers_only, 0, &info);
      while (g_match_info_matches (info))
        {
          g_autofree char *number = g_match_info_fetch (info, 0);

          g_assert_nonnull (strstr (flag->report_reason, number));
          checked++;
          g_match_info_next (info, NULL);
        }
    }
  g_assert_cmpuint (checked, >, 0);
  fixture_teardown (&fixture);
}

static guint
count_weeks (PjDate from,
             PjDate to)
{
  guint n = 1;

  for (PjDate date = from + 1; date <= to; date++)
    n += pj_date_weekday (date) == G_DATE_MONDAY;
  return n;
}

/* The weekly table (one row per calendar week), the pain chart and its units on page 1, the
 * units on every axis, and the notes box on the last page. */
static void
test_weekly_table_and_notes_box (void)
{
  Fixture fixture = { 0 };
  PjReportOptions options;
  g_autoptr (PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  const char *units[] = {
    "Sitting, hours", "Screen time, hours", "Exercise, minutes", "Sleep, hours",
    "Stress 0–10, higher is worse",
  };
  guint rows = 0;

  fixture_setup (&fixture, 120);
  options_init (&options, pj_test_today () - 89, pj_test_today ());
  document = write_and_open (&fixture, &options, "report.pdf");
  text = all_text (document);
  first = page_text (document, 0);
  last = page_text (document, poppler_document_get_n_pages (document) - 1);

  g_assert_nonnull (strstr (first, "Pain over the period"));
  g_assert_nonnull (strstr (first, "Pain 0–10"));
  g_assert_nonnull (strstr (first, "Weekly average pain"));
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    g_assert_nonnull (strstr (text, units[i]));

  g_assert_nonnull (strstr (text, "Week by week"));
  g_assert_nonnull (strstr (text, "Main factors"));
  /* Each week's row names its last day in full: "… – 5 Apr 2026". */
  for (PjDate date = options.from; date <= options.to; date++)
    if (pj_date_weekday (date) == G_DATE_SUNDAY || date == options.to)
      {
        g_autofree char *day = pj_report_voice_format_date (date);
        g_autofree char *end = g_strdup_printf ("– %s", day);

        rows += strstr (text, end) != NULL;
      }
  g_assert_cmpuint (rows, ==, count_weeks (options.from, options.to));
  g_assert_null (strstr (text, "Daily diary"));

  g_assert_nonnull (strstr (last, "Clinician's notes"));
  fixture_teardown (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-pdf/paper", test_paper);
  g_test_add_func ("/report-pdf/options-defaults", test_options_defaults);
  g_test_add_func ("/report-pdf/summary-on-first-page", test_summary_on_first_page);
  g_test_add_func ("/report-pdf/diary-dates-once", test_diary_dates_once);
  g_test_add_func ("/report-pdf/text-inside-margins", test_text_inside_margins);
  g_test_add_func ("/report-pdf/outline-and-metadata", test_outline_and_metadata);
  g_test_add_func ("/report-pdf/notes-only-when-chosen", test_notes_only_when_chosen);
  g_test_add_data_func ("/report-pdf/local-numbers/de", "de_DE.UTF-8", test_local_numbers);
  g_test_add_data_func ("/report-pdf/local-numbers/es", "es_ES.UTF-8", test_local_numbers);
  g_test_add_func ("/report-pdf/page-count", test_page_count);
  g_test_add_func ("/report-pdf/charts-on-one-page", test_charts_on_one_page);
  g_test_add_func ("/report-pdf/heading-stays-with-chart", test_heading_stays_with_chart);
  g_test_add_func ("/report-pdf/table-header-repeats", test_table_header_repeats);
  g_test_add_func ("/report-pdf/ten-years-linear", test_ten_years_linear);
  g_test_add_func ("/report-pdf/no-half-written-file", test_no_half_written_file);
  g_test_add_func ("/report-pdf/report-voice", test_report_voice);
  g_test_add_func ("/report-pdf/flag-report-numbers", test_flag_report_numbers);
  g_test_add_func ("/report-pdf/weekly-table-and-notes-box", test_weekly_table_and_notes_box);

  return g_test_run ();
}
