/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <sys/wait.h>

#include "pj-test-journal.h"
#include "pj-test-scenarios.h"

/* Runs the real binary (PJ_BINARY) with @args and returns its exit status. */
static int
run (const char * const *args,
     char              **out_stdout,
     char              **out_stderr)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  const char *binary = g_getenv ("PJ_BINARY");
  int status = -1;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out_stdout,
                out_stderr, &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : MAX (WEXITSTATUS (status), 1);
}

/* Imports the fixture through the real importer (--import). */
static void
fill_journal (const char *db_path,
              const char *fixture)
{
  g_autofree char *csv = pj_test_data_path (fixture);
  const char *args[] = { "--db", db_path, "--as-of", "2026-06-30", "--import", csv, NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
}

static JsonObject *
insights_json (const char *db_path,
               JsonParser *parser)
{
  const char *args[] = { "--db", db_path, "--insights", "--as-of", "2026-06-30", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* "id id id" of the objects of @array, in order */
static char *
ids (JsonArray *array)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_string_append_printf (text, "%s%s", i ? " " : "",
                            json_object_get_string_member (
                              json_array_get_object_element (array, i), "id"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_scenario (gconstpointer data)
{
  const Scenario *scenario = data;
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db_path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *flags;
  g_autofree char *flag_ids = NULL, *tip_ids = NULL, *tips = NULL, *expected_tips = NULL;

  fill_journal (db_path, scenario->fixture);
  root = insights_json (db_path, parser);
  g_assert_cmpstr (json_object_get_string_member (root, "as_of"), ==, "2026-06-30");
  flags = json_object_get_array_member (root, "flags");
  flag_ids = ids (flags);
  tip_ids = ids (json_object_get_array_member (root, "tips"));
  tips = sorted_ids (tip_ids);
  expected_tips = sorted_ids (scenario->tips);
  g_assert_cmpstr (flag_ids, ==, scenario->flags);
  g_assert_cmpstr (tips, ==, expected_tips);
  g_assert_cmpint (json_object_get_boolean_member (root, "improving"), ==, scenario->improving);
  /* urgent first, then see-soon, then watch */
  for (guint i = 1; i < json_array_get_length (flags); i++)
    {
      const char *levels[] = { "urgent", "see-soon", "watch" };
      const char *previous = json_object_get_string_member (
        json_array_get_object_element (flags, i - 1), "level");
      const char *level = json_object_get_string_member (
        json_array_get_object_element (flags, i), "level");
      guint p = 0, l = 0;

      while (!g_str_equal (levels[p], previous))
        p++;
      while (!g_str_equal (levels[l], level))
        l++;
      g_assert_cmpuint (p, <=, l);
    }
  pj_test_remove_tree (dir);
}

static void
test_worsening_says_why (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db_path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *flag;

  fill_journal (db_path, "scenario-worsening.csv");
  flag = json_array_get_object_element (
    json_object_get_array_member (insights_json (db_path, parser), "flags"), 0);
  g_assert_cmpstr (json_object_get_string_member (flag, "id"), ==, "worsening");
  g_assert_cmpstr (json_object_get_string_member (flag, "level"), ==, "see-soon");
  g_assert_nonnull (strstr (json_object_get_string_member (flag, "reason"),
                            "6.4 over the last 7 days, up from 3.9"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (flag, "dates")), ==, 7);
  pj_test_remove_tree (dir);
}

static void
test_bad_as_of (void)
{
  g_autofree char *dir = pj_test_make_tmpdir ();
  g_autofree char *db_path = g_build_filename (dir, "journal.db", NULL);
  const char *args[] = { "--db", db_path, "--insights", "--as-of", "2026-02-30", NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (args, &out, &err), !=, 0);
  g_assert_cmpstr (out, ==, "");
  /* one line that names the option and the value */
  g_assert_nonnull (strstr (err, "--as-of"));
  g_assert_nonnull (strstr (err, "2026-02-30"));
  g_assert_true (g_str_has_suffix (err, "\n"));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
  pj_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autofree char *path = g_strdup_printf ("/insights-cli/scenario/%s",
                                               scenarios[i].fixture);

      g_test_add_data_func (path, &scenarios[i], test_scenario);
    }
  g_test_add_func ("/insights-cli/worsening-says-why", test_worsening_says_why);
  g_test_add_func ("/insights-cli/bad-as-of", test_bad_as_of);
  return g_test_run ();
}
