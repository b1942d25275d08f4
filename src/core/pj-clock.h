/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The wall clock the app goes by. Normally the system's; for tests only, the environment
 * variable PJ_TEST_CLOCK ("YYYY-MM-DDTHH:MM:SS", local time) sets where it starts when the
 * process first asks, and it then runs on at real speed. */
GDateTime *pj_clock_now (GTimeZone *zone);
gboolean   pj_clock_is_test (void);

/* What time it is, for anything that follows the clock (a new check-in's time). The system
 * clock reads the local wall time and says "minute-changed" as each minute begins; a manual
 * clock (for tests) shows the time it is given and says "minute-changed" whenever it is set,
 * so a test drives the clock instead of waiting for it. */
#define PJ_TYPE_CLOCK (pj_clock_get_type ())
G_DECLARE_FINAL_TYPE (PjClock, pj_clock, PJ, CLOCK, GObject)

PjClock   *pj_clock_new_system (void);
PjClock   *pj_clock_new_manual (GDateTime *now);
/* The current local time (a new reference). */
GDateTime *pj_clock_get_now (PjClock *self);
/* The minutes since midnight, 0..1439. */
int        pj_clock_get_minutes (PjClock *self);
/* Only for a manual clock. */
void       pj_clock_set_now (PjClock   *self,
                             GDateTime *now);

G_END_DECLS
