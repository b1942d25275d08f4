/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "pj-decimal-input.h"

gboolean
pj_decimal_parse (const char *text,
                  double     *out_value)
{
  const char *point = localeconv ()->decimal_point;
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr (GString) ascii = g_string_new (NULL);
  char *end = NULL;
  double value;

  if (*copy == '\0')
    return FALSE;
  /* The locale's separator (one or more bytes) and a comma both become the point that
   * g_ascii_strtod() reads, whatever the locale. */
  for (const char *p = copy; *p != '\0';)
    {
      if (point != NULL && *point != '\0' && strncmp (p, point, strlen (point)) == 0)
        {
          g_string_append_c (ascii, '.');
          p += strlen (point);
        }
      else
        {
          g_string_append_c (ascii, *p == ',' ? '.' : *p);
          p++;
        }
    }
  value = g_ascii_strtod (ascii->str, &end);
  if (end == ascii->str || *end != '\0' || !isfinite (value))
    return FALSE;
  *out_value = value;
  return TRUE;
}

static int
on_input (GtkSpinButton *spin,
          double        *new_value,
          gpointer       user_data)
{
  if (pj_decimal_parse (gtk_editable_get_text (GTK_EDITABLE (spin)), new_value))
    return TRUE;
  /* GTK_INPUT_ERROR would let the spin button take 0 (then its minimum) under its default
   * update policy; text that is not a number keeps the value it had instead. */
  gtk_widget_error_bell (GTK_WIDGET (spin));
  *new_value = gtk_spin_button_get_value (spin);
  return TRUE;
}

void
pj_decimal_input_attach (GtkSpinButton *spin)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  /* A numeric spin button (gtk_spin_button_new_with_range() makes one) drops every character
   * but digits and the locale's separator as they are typed: under de_DE "7.5" arrived as
   * "75". The "input" handler refuses what is not a number instead. */
  gtk_spin_button_set_numeric (spin, FALSE);
  g_signal_connect (spin, "input", G_CALLBACK (on_input), NULL);
}
