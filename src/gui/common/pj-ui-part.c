/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-ui-part.h"

/* The resource is the program's own: failing to read it is a build error, not a user's, so
 * it stops the program with the builder's message. */
GtkBuilder *
pj_ui_part_load (const char *resource_path)
{
  GtkBuilder *builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;

  if (!gtk_builder_add_from_resource (builder, resource_path, &error))
    g_error ("%s: %s", resource_path, error->message);
  return builder;
}

/* The object @id of the part; like a template child, it must be there. */
gpointer
pj_ui_part_object (GtkBuilder *builder,
                   const char *id)
{
  GObject *object = gtk_builder_get_object (builder, id);

  if (object == NULL)
    g_error ("The form part has no object “%s”", id);
  return object;
}
