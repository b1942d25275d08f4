/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void pj_toast_show (AdwToastOverlay *overlay,
                    AdwToast        *toast);

G_END_DECLS
