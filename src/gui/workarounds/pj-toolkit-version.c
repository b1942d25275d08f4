/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-toolkit-version.h"

#include <adwaita.h>

typedef enum {
  TOOLKIT_GTK,
  TOOLKIT_ADWAITA,
} Toolkit;

typedef struct {
  PjWorkaround workaround;
  const char  *name;
  Toolkit      toolkit;
  /* Applied while the toolkit is older than this version. A measure that reaches into a
   * toolkit's inner workings (its theme loading, a widget's children) is only trusted on
   * versions it was tried on: where no newer version is known to need it, the bound is the
   * first version the project could not test, and the README says "until verified". */
  guint        below_major;
  guint        below_minor;
  /* Applied with every version: the toolkit has no fix, only a replacement the build floor
   * does not have yet (README.md says which). */
  gboolean     every_version;
} WorkaroundRule;

/* In PjWorkaround order; README.md beside this file gives each one's reasons. */
static const WorkaroundRule rules[] = {
  { PJ_WORKAROUND_SKIP_DEFAULT_THEME, "skip-default-theme", TOOLKIT_GTK, 4, 10, FALSE },
  { PJ_WORKAROUND_PRELOAD_ICON_THEME, "preload-icon-theme", TOOLKIT_GTK, 4, 10, FALSE },
  { PJ_WORKAROUND_WORD_WRAP, "word-wrap", TOOLKIT_GTK, 4, 10, FALSE },
  { PJ_WORKAROUND_SWITCHER_TITLE, "switcher-title", TOOLKIT_ADWAITA, 0, 0, TRUE },
  { PJ_WORKAROUND_MNEMONIC_NAMES, "mnemonic-names", TOOLKIT_GTK, 4, 10, FALSE },
  { PJ_WORKAROUND_DROP_DOWN_NAMES, "drop-down-names", TOOLKIT_GTK, 4, 10, FALSE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (rules) == PJ_N_WORKAROUNDS);

void
pj_toolkit_version_get_running (PjToolkitVersion *version)
{
  g_return_if_fail (version != NULL);

  version->gtk_major = gtk_get_major_version ();
  version->gtk_minor = gtk_get_minor_version ();
  version->adw_major = adw_get_major_version ();
  version->adw_minor = adw_get_minor_version ();
}

gboolean
pj_workaround_needed_for (PjWorkaround            workaround,
                          const PjToolkitVersion *version)
{
  const WorkaroundRule *rule;
  guint major, minor;

  g_return_val_if_fail (workaround < PJ_N_WORKAROUNDS, FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  rule = &rules[workaround];
  g_assert (rule->workaround == workaround);
  if (rule->every_version)
    return TRUE;
  major = rule->toolkit == TOOLKIT_GTK ? version->gtk_major : version->adw_major;
  minor = rule->toolkit == TOOLKIT_GTK ? version->gtk_minor : version->adw_minor;
  return major < rule->below_major || (major == rule->below_major && minor < rule->below_minor);
}

gboolean
pj_workaround_needed (PjWorkaround workaround)
{
  PjToolkitVersion running;

  g_return_val_if_fail (workaround < PJ_N_WORKAROUNDS, FALSE);

  pj_toolkit_version_get_running (&running);
  return pj_workaround_needed_for (workaround, &running);
}

const char *
pj_workaround_get_name (PjWorkaround workaround)
{
  g_return_val_if_fail (workaround < PJ_N_WORKAROUNDS, NULL);
  return rules[workaround].name;
}
