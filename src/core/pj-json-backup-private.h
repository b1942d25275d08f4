/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pj-medicine.h"

G_BEGIN_DECLS

/* Shared by the files of the JSON backup: the "medicines" member (pj-json-backup-medicines.c). */

/* Appends ",\n  \"medicines\": [...]" after the days; nothing when there are no medicines. */
void       pj_json_backup_append_medicines (GString   *out,
                                            GPtrArray *medicines);
/* Reads the "medicines" member (@node may be NULL: none). PjMedicine* with their doses. */
GPtrArray *pj_json_backup_read_medicines (JsonNode   *node,
                                          const char *display_name,
                                          PjDate      today,
                                          GError    **error);

G_END_DECLS
