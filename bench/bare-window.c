/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The baseline for bench/startup: the least a libadwaita app can show, a window with a header
 * bar and a status page. Pain Journal's start-up is judged against this on the same machine,
 * display and renderer. */

#include <adwaita.h>

static void
on_activate (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Bare window");
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   "A header bar and a status page, as a start-up baseline.");
  gtk_widget_set_vexpand (status, TRUE);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (AdwApplication) application = NULL;

  application = adw_application_new ("io.github.painjournal.PainJournal.BenchBare",
                                     G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
