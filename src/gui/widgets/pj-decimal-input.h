/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Reads a number as a person types it: with the locale's decimal separator ("7,5" under a
 * German or Spanish locale) or with a point ("7.5", from habit or a pasted number). Spaces
 * around it are ignored. FALSE for anything else, including empty text. */
gboolean pj_decimal_parse (const char *text,
                           double     *out_value);

/* Makes @spin read what it is given with pj_decimal_parse(). GtkSpinButton's own reading
 * follows the locale only: under de_DE a numeric one dropped the point of "7.5" as it was
 * typed, so it became 75. It shows numbers the locale's way already ("7,5"). */
void     pj_decimal_input_attach (GtkSpinButton *spin);

G_END_DECLS
