/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-date.h"
#include "pj-error.h"

static void
test_date_round_trip (void)
{
  PjDate date = PJ_DATE_NONE;
  g_autoptr (GError) error = NULL;
  char text[PJ_DATE_ISO_LEN];

  g_assert_true (pj_date_parse_iso ("2024-02-29", &date, &error));
  g_assert_no_error (error);
  pj_date_format_iso (date, text);
  g_assert_cmpstr (text, ==, "2024-02-29");
  g_assert_cmpuint (date + 1, ==, pj_date_from_ymd (2024, 3, 1));
}

static void
test_date_rejects_malformed (void)
{
  const char *bad[] = { "2023-02-29", "2026-13-01", "2026-3-1", "01/03/2026", "", "2026-03-01x",
                        "abcd-ef-gh", "0000-01-01" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      PjDate date = 42;
      g_autoptr (GError) error = NULL;

      g_assert_false (pj_date_parse_iso (bad[i], &date, &error));
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      g_assert_cmpuint (date, ==, 42);
      if (*bad[i] != '\0')
        g_assert_nonnull (strstr (error->message, bad[i]));
    }
}

static void
test_time_parse_and_format (void)
{
  int minutes = -1;
  char text[PJ_TIME_TEXT_LEN];
  const char *bad[] = { "24:00", "12:60", "7:30", "07-30", "", "07:3" };

  g_assert_true (pj_time_parse ("23:59", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 23 * 60 + 59);
  g_assert_true (pj_time_parse ("00:00", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 0);
  pj_time_format (8 * 60 + 5, text);
  g_assert_cmpstr (text, ==, "08:05");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_false (pj_time_parse (bad[i], &minutes, &error));
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/round-trip", test_date_round_trip);
  g_test_add_func ("/date/rejects-malformed", test_date_rejects_malformed);
  g_test_add_func ("/time/parse-and-format", test_time_parse_and_format);
  return g_test_run ();
}
