/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The bodies of the libFuzzer targets, shared with test-fuzz-regressions so every input that
 * once crashed a target goes through exactly the same code in the normal suite. Each reads
 * @data as a whole file of its format, and imports what parses into a scratch journal. */
void pj_fuzz_csv (const guint8 *data,
                  gsize         size);
void pj_fuzz_json (const guint8 *data,
                   gsize         size);
/* Closes and deletes the scratch journal. */
void pj_fuzz_cleanup (void);

G_END_DECLS
