/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pj-database.h"

G_BEGIN_DECLS

/* --report FILE.pdf (data-format.md §4): the clinician report of @from … @to, where a missing
 * end defaults to @today and a missing start to 90 days before the end. Paper follows the
 * locale; @generated is the date printed on it. Headless: cairo and pango only. */
gboolean pj_cli_write_report (PjDatabase *database,
                              const char *path,
                              PjDate      from,
                              PjDate      to,
                              PjDate      today,
                              GDateTime  *generated,
                              GError    **error);

G_END_DECLS
