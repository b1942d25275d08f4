/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pj-toolkit-version.h"

/* The build floor, the versions every workaround was written for and tried on. */
static const PjToolkitVersion floor_version = { 4, 8, 1, 2 };

static void
test_all_apply_at_the_floor (void)
{
  for (PjWorkaround w = 0; w < PJ_N_WORKAROUNDS; w++)
    {
      g_test_message ("%s", pj_workaround_get_name (w));
      g_assert_true (pj_workaround_needed_for (w, &floor_version));
    }
}

static void
test_applied_on_this_machine (void)
{
  PjToolkitVersion running;

  pj_toolkit_version_get_running (&running);
  g_assert_cmpuint (running.gtk_major, ==, gtk_get_major_version ());
  g_assert_cmpuint (running.gtk_minor, ==, gtk_get_minor_version ());
  g_assert_cmpuint (running.adw_major, ==, adw_get_major_version ());
  g_assert_cmpuint (running.adw_minor, ==, adw_get_minor_version ());

  /* What the app does is what the table says for the libraries it runs with. */
  for (PjWorkaround w = 0; w < PJ_N_WORKAROUNDS; w++)
    g_assert_cmpint (pj_workaround_needed (w), ==, pj_workaround_needed_for (w, &running));

  if (running.gtk_major != floor_version.gtk_major || running.gtk_minor != floor_version.gtk_minor
      || running.adw_major != floor_version.adw_major
      || running.adw_minor != floor_version.adw_minor)
    {
      g_test_skip_printf ("running GTK %u.%u and libadwaita %u.%u, not the build floor",
                          running.gtk_major, running.gtk_minor, running.adw_major,
                          running.adw_minor);
      return;
    }
  for (PjWorkaround w = 0; w < PJ_N_WORKAROUNDS; w++)
    {
      g_test_message ("%s", pj_workaround_get_name (w));
      g_assert_true (pj_workaround_needed (w));
    }
}

static void
test_newer_gtk_skips_gtk_workarounds (void)
{
  static const PjWorkaround gtk_workarounds[] = {
    PJ_WORKAROUND_SKIP_DEFAULT_THEME, PJ_WORKAROUND_PRELOAD_ICON_THEME,
    PJ_WORKAROUND_WORD_WRAP, PJ_WORKAROUND_MNEMONIC_NAMES, PJ_WORKAROUND_DROP_DOWN_NAMES,
  };
  const PjToolkitVersion gtk_4_9 = { 4, 9, 1, 2 };
  const PjToolkitVersion gtk_4_10 = { 4, 10, 1, 2 };
  const PjToolkitVersion gtk_5_0 = { 5, 0, 1, 2 };
  const PjToolkitVersion gtk_3_24 = { 3, 24, 1, 2 };

  for (guint i = 0; i < G_N_ELEMENTS (gtk_workarounds); i++)
    {
      PjWorkaround w = gtk_workarounds[i];

      g_test_message ("%s", pj_workaround_get_name (w));
      /* Up to the first version not tried on, and no further... */
      g_assert_true (pj_workaround_needed_for (w, &gtk_4_9));
      g_assert_false (pj_workaround_needed_for (w, &gtk_4_10));
      g_assert_false (pj_workaround_needed_for (w, &gtk_5_0));
      /* ...compared as major then minor, not minor alone. */
      g_assert_true (pj_workaround_needed_for (w, &gtk_3_24));
    }
}

static void
test_newer_libadwaita_does_not_skip_gtk_workarounds (void)
{
  const PjToolkitVersion adw_1_8 = { 4, 8, 1, 8 };

  /* The GTK measures follow GTK's version only. */
  g_assert_true (pj_workaround_needed_for (PJ_WORKAROUND_WORD_WRAP, &adw_1_8));
  g_assert_true (pj_workaround_needed_for (PJ_WORKAROUND_SKIP_DEFAULT_THEME, &adw_1_8));
}

static void
test_switcher_title_until_the_floor_moves (void)
{
  const PjToolkitVersion newest = { 4, 20, 1, 8 };

  /* No libadwaita drops the second switcher; only a build floor with AdwBreakpoint (1.4)
   * retires this one, so a newer library alone keeps it. */
  g_assert_true (pj_workaround_needed_for (PJ_WORKAROUND_SWITCHER_TITLE, &newest));
}

static void
test_names_are_distinct (void)
{
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  for (PjWorkaround w = 0; w < PJ_N_WORKAROUNDS; w++)
    {
      const char *name = pj_workaround_get_name (w);

      g_assert_nonnull (name);
      g_assert_true (g_hash_table_add (names, (gpointer) name));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/toolkit-version/all-apply-at-the-floor", test_all_apply_at_the_floor);
  g_test_add_func ("/toolkit-version/applied-on-this-machine", test_applied_on_this_machine);
  g_test_add_func ("/toolkit-version/newer-gtk-skips-gtk-workarounds",
                   test_newer_gtk_skips_gtk_workarounds);
  g_test_add_func ("/toolkit-version/newer-libadwaita-does-not-skip-gtk-workarounds",
                   test_newer_libadwaita_does_not_skip_gtk_workarounds);
  g_test_add_func ("/toolkit-version/switcher-title-until-the-floor-moves",
                   test_switcher_title_until_the_floor_moves);
  g_test_add_func ("/toolkit-version/names-are-distinct", test_names_are_distinct);
  return g_test_run ();
}
