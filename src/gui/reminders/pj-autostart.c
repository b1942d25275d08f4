/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#ifdef HAVE_LIBPORTAL
#include <libportal-gtk4/portal-gtk4.h>
#endif

#include <errno.h>
#include <glib/gstdio.h>

#include "pj-autostart.h"

gboolean
pj_autostart_in_flatpak (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

char *
pj_autostart_get_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart",
                           APPLICATION_ID ".desktop", NULL);
}

/* The running binary, so that a build run from its tree starts that same build; the name on
 * PATH when it cannot be told. */
static char *
current_binary (void)
{
  char *path = g_file_read_link ("/proc/self/exe", NULL);

  return path != NULL ? path : g_strdup ("pain-journal");
}

char *
pj_autostart_build_entry (const char *binary,
                          const char *database_path)
{
  g_autoptr (GString) exec = g_string_new (NULL);
  g_autoptr (GKeyFile) entry = g_key_file_new ();
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  g_return_val_if_fail (binary != NULL, NULL);

  g_string_append (exec, binary);
  if (database_path != NULL)
    {
      g_autofree char *quoted = g_shell_quote (database_path);

      g_string_append_printf (exec, " --db %s", quoted);
    }
  g_string_append (exec, " --gapplication-service");

  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_TYPE, "Application");
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_NAME, _("Pain Journal"));
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Reminds you to log your pain"));
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_EXEC, exec->str);
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_ICON, APPLICATION_ID);
  g_key_file_set_boolean (entry, group, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (entry, group, "X-GNOME-Autostart-enabled", TRUE);
  return g_key_file_to_data (entry, NULL, NULL);
}

static void
set_host_entry (gboolean    enabled,
                const char *database_path)
{
  g_autofree char *path = pj_autostart_get_path ();
  g_autoptr (GError) error = NULL;

  if (enabled)
    {
      g_autofree char *folder = g_path_get_dirname (path);
      g_autofree char *binary = current_binary ();
      g_autofree char *text = pj_autostart_build_entry (binary, database_path);

      if (g_mkdir_with_parents (folder, 0700) != 0
          || !g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644,
                                        &error))
        g_warning ("Could not write the autostart entry %s, so reminders will not come after "
                   "the next login: %s", path, error ? error->message : g_strerror (errno));
    }
  else if (g_unlink (path) != 0 && errno != ENOENT)
    g_warning ("Could not remove the autostart entry %s: %s", path, g_strerror (errno));
}

#ifdef HAVE_LIBPORTAL
static void
on_background_requested (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!xdp_portal_request_background_finish (XDP_PORTAL (source), result, &error))
    g_warning ("The Background portal did not let reminders start at login: %s",
               error->message);
}

static void
set_portal_autostart (gboolean   enabled,
                      GtkWindow *parent)
{
  g_autoptr (XdpPortal) portal = xdp_portal_new ();
  g_autoptr (GPtrArray) commandline = g_ptr_array_new ();
  XdpParent *xdp_parent = parent != NULL ? xdp_parent_new_gtk (parent) : NULL;

  g_ptr_array_add (commandline, (gpointer) "pain-journal");
  g_ptr_array_add (commandline, (gpointer) "--gapplication-service");
  /* The portal keeps its own reference to the portal object for the call. */
  xdp_portal_request_background (portal, xdp_parent,
                                 _("Pain Journal reminds you to log your pain at the time you "
                                   "chose, also when its window is closed."),
                                 commandline,
                                 enabled ? XDP_BACKGROUND_FLAG_AUTOSTART
                                         : XDP_BACKGROUND_FLAG_NONE,
                                 NULL, on_background_requested, NULL);
  g_clear_pointer (&xdp_parent, xdp_parent_free);
}
#endif

/* @parent (may be NULL) is the window a portal dialog belongs to. */
void
pj_autostart_set_enabled (gboolean    enabled,
                          GtkWindow  *parent,
                          const char *database_path)
{
  if (!pj_autostart_in_flatpak ())
    {
      set_host_entry (enabled, database_path);
      return;
    }
#ifdef HAVE_LIBPORTAL
  set_portal_autostart (enabled, parent);
#else
  g_warning ("Built without libportal: inside Flatpak reminders cannot start at login");
#endif
}
