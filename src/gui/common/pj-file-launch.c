/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-file-launch.h"

void
pj_file_launch_open (GtkWindow *parent,
                     GFile     *file)
{
  g_autofree char *uri = NULL;

  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

typedef struct
{
  GtkWindow *parent;  /* weak: the window may close before the bus answers */
  GFile     *file;
} ShowRequest;

static void
show_request_free (ShowRequest *request)
{
  g_clear_weak_pointer (&request->parent);
  g_clear_object (&request->file);
  g_free (request);
}

static void
open_folder (GtkWindow *parent,
             GFile     *file)
{
  g_autoptr (GFile) folder = g_file_get_parent (file);

  if (folder != NULL)
    pj_file_launch_open (parent, folder);
}

static void
on_show_items_done (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ShowRequest *request = user_data;
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    open_folder (request->parent, request->file);
  show_request_free (request);
}

void
pj_file_launch_show_in_folder (GtkWindow *parent,
                               GFile     *file)
{
  GApplication *application = g_application_get_default ();
  GDBusConnection *bus = application ? g_application_get_dbus_connection (application) : NULL;
  g_autofree char *uri = NULL;
  const char *uris[2] = { NULL, NULL };
  ShowRequest *request;

  g_return_if_fail (G_IS_FILE (file));

  if (bus == NULL)
    {
      open_folder (parent, file);
      return;
    }
  uri = g_file_get_uri (file);
  uris[0] = uri;
  request = g_new0 (ShowRequest, 1);
  g_set_weak_pointer (&request->parent, parent);
  request->file = g_object_ref (file);
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, on_show_items_done, request);
}
