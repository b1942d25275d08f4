/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* JSON text for the exporters. JsonGenerator prints every double with 17 digits (7.3 becomes
 * 7.2999999999999998), which is noise to a reader and, in FHIR, a false claim of precision;
 * these write the shortest text that reads back to the same double. */

void  pj_json_append_string (GString    *out,
                             const char *text);
void  pj_json_append_double (GString *out,
                             double   value);
/* @root pretty-printed with two-space indents, members in their insertion order, ending in a
 * newline. */
char *pj_json_to_string (JsonNode *root);

G_END_DECLS
