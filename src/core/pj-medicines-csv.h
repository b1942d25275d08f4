/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pj-medicine.h"

G_BEGIN_DECLS

/* The medicines CSV file (data-format.md §2, "Medicines file"): the medicines and their doses
 * beside the day CSV, one medicine or dose per row, told apart by the first column. Errors name
 * the file, the line, the column and the bad value, like the day CSV. */

const char *pj_medicines_csv_header (void);
/* "journal.csv" → "journal-medicines.csv" (the file the CSV export writes beside @path). */
char       *pj_medicines_csv_path_for (const char *path);
/* TRUE when the text's header is the medicines header (its first column is "record"). */
gboolean    pj_medicines_csv_detect (const char *data,
                                     gsize       length);
/* The file for @medicines (PjMedicine* with their doses): a row per medicine, then a row per
 * dose, CRLF line ends, text guarded against formula injection. */
char       *pj_medicines_csv_format (GPtrArray *medicines);
/* Reads the file into medicines carrying their doses. A dose must name a medicine listed in the
 * same file; a dose repeating another's medicine, date and time is refused with both lines. */
GPtrArray  *pj_medicines_csv_parse (const char *data,
                                    gsize       length,
                                    const char *display_name,
                                    PjDate      today,
                                    GError    **error);

G_END_DECLS
