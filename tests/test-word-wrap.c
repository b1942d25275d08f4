/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pj-gui-test-utils.h"
#include "pj-word-wrap.h"

static GtkWidget *
char_wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return label;
}

static PangoWrapMode
wrap_mode (GtkWidget *label)
{
  return gtk_label_get_wrap_mode (GTK_LABEL (label));
}

static void
test_short_words_wrap_at_words (void)
{
  GtkWidget *box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *top = char_wrapped_label ("Minutes of exercise or deliberate activity");
  GtkWidget *nested = char_wrapped_label ("Hours spent sitting");

  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), inner);
  gtk_box_append (GTK_BOX (inner), nested);
  pj_word_wrap_labels (box);

  g_assert_cmpint (wrap_mode (top), ==, PANGO_WRAP_WORD);
  g_assert_cmpint (wrap_mode (nested), ==, PANGO_WRAP_WORD);
  g_object_unref (box);
}

static void
test_long_word_keeps_char_wrapping (void)
{
  GtkWidget *box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  /* A pasted link in a note: wrapping only at words would hold the window wide. */
  GtkWidget *link = char_wrapped_label ("see https://example.org/physio/exercises-week-3");
  /* Exactly as long as allowed, then one more. */
  GtkWidget *limit = char_wrapped_label ("aaaaaaaaaaaaaaaaaaaa b");
  GtkWidget *over = char_wrapped_label ("aaaaaaaaaaaaaaaaaaaaa b");
  GtkWidget *unwrapped = gtk_label_new ("Neck");

  g_assert_cmpint (PJ_WORD_WRAP_LONGEST_WORD, ==, 20);
  gtk_label_set_wrap_mode (GTK_LABEL (unwrapped), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), link);
  gtk_box_append (GTK_BOX (box), limit);
  gtk_box_append (GTK_BOX (box), over);
  gtk_box_append (GTK_BOX (box), unwrapped);
  pj_word_wrap_labels (box);

  g_assert_cmpint (wrap_mode (link), ==, PANGO_WRAP_WORD_CHAR);
  g_assert_cmpint (wrap_mode (limit), ==, PANGO_WRAP_WORD);
  g_assert_cmpint (wrap_mode (over), ==, PANGO_WRAP_WORD_CHAR);
  /* A label that does not wrap is left as it is. */
  g_assert_cmpint (wrap_mode (unwrapped), ==, PANGO_WRAP_WORD_CHAR);
  g_object_unref (box);
}

static void
test_libadwaita_rows (void)
{
  GtkWidget *row = g_object_ref_sink (adw_action_row_new ());
  GtkWidget *title, *subtitle;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Screen time");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), "Hours at a computer or phone");
  title = pj_test_find_label (row, "Screen time");
  subtitle = pj_test_find_label (row, "Hours at a computer or phone");
  /* What libadwaita does, and why this helper exists. */
  g_assert_cmpint (wrap_mode (title), ==, PANGO_WRAP_WORD_CHAR);
  g_assert_cmpint (wrap_mode (subtitle), ==, PANGO_WRAP_WORD_CHAR);

  pj_word_wrap_labels (row);
  g_assert_cmpint (wrap_mode (title), ==, PANGO_WRAP_WORD);
  g_assert_cmpint (wrap_mode (subtitle), ==, PANGO_WRAP_WORD);
  g_object_unref (row);
}

int
main (int   argc,
      char *argv[])
{
  if (!pj_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/word-wrap/short-words-wrap-at-words", test_short_words_wrap_at_words);
  g_test_add_func ("/word-wrap/long-word-keeps-char-wrapping",
                   test_long_word_keeps_char_wrapping);
  g_test_add_func ("/word-wrap/libadwaita-rows", test_libadwaita_rows);
  return g_test_run ();
}
