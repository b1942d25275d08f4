/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pj-application.h"
#include "pj-cli.h"
#include "pj-window.h"

struct _PjApplication
{
  AdwApplication parent_instance;

  char       *database_path;
  PjDatabase *database;
};

G_DEFINE_FINAL_TYPE (PjApplication, pj_application, ADW_TYPE_APPLICATION)

static int
pj_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  PjApplication *self = PJ_APPLICATION (application);
  int exit_status = 0;

  g_variant_dict_lookup (options, "db", "^ay", &self->database_path);

  /* Headless actions run here, before the application registers or touches a display. */
  if (pj_cli_handle_options (options, &exit_status))
    return exit_status;

  return -1;
}

static void
pj_application_activate (GApplication *application)
{
  PjApplication *self = PJ_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = self->database_path ? g_strdup (self->database_path)
                                                  : pj_database_default_path ();

      /* Minimal opening so the Today page can be used before the shell's version lands. */
      if (self->database == NULL)
        self->database = pj_database_open (path, &error);
      window = GTK_WINDOW (pj_window_new (self, self->database, error));
    }

  gtk_window_present (window);
}

static void
pj_application_finalize (GObject *object)
{
  PjApplication *self = PJ_APPLICATION (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (pj_application_parent_class)->finalize (object);
}

static void
pj_application_class_init (PjApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = pj_application_finalize;
  app_class->handle_local_options = pj_application_handle_local_options;
  app_class->activate = pj_application_activate;
}

static void
pj_application_init (PjApplication *self)
{
  pj_cli_add_options (G_APPLICATION (self));
}

PjApplication *
pj_application_new (void)
{
  /* NON_UNIQUE: a second instance with another --db must open that journal, not raise the
   * first window on a different file. */
  return g_object_new (PJ_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       NULL);
}

PjDatabase *
pj_application_get_database (PjApplication *self)
{
  g_return_val_if_fail (PJ_IS_APPLICATION (self), NULL);
  return self->database;
}
