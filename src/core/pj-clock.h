/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The wall clock the app goes by. Normally the system's; for tests only, the environment
 * variable PJ_TEST_CLOCK ("YYYY-MM-DDTHH:MM:SS", local time) sets where it starts when the
 * process first asks, and it then runs on at real speed. */
GDateTime *pj_clock_now (GTimeZone *zone);
gboolean   pj_clock_is_test (void);

G_END_DECLS
