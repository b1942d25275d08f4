/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pj-error.h"

G_DEFINE_QUARK (pj-error-quark, pj_error)
