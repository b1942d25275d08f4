/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PJ_ERROR (pj_error_quark ())

/* One domain for the whole journal core. The message of every PJ_ERROR is written for the
 * person using the app: it says where the problem is (file, line, column, field) and what is
 * wrong, so callers can show it as it is. */
typedef enum
{
  PJ_ERROR_INVALID,      /* a value is out of range, malformed or an unknown code */
  PJ_ERROR_PARSE,        /* a file could not be read as CSV or JSON */
  PJ_ERROR_CONFLICT,     /* two rows of an import disagree */
  PJ_ERROR_DATABASE,     /* SQLite failed */
  PJ_ERROR_NEWER_SCHEMA, /* the database was written by a newer Pain Journal */
  PJ_ERROR_IO,           /* a file could not be read or written */
  PJ_ERROR_NOT_FOUND,    /* the day or check-in does not exist */
  PJ_ERROR_DAMAGED,      /* SQLite reports the journal file damaged: restore or recover it */
  PJ_ERROR_FOREIGN,      /* the file is another program's database; it was left unchanged */
  PJ_ERROR_READ_ONLY,    /* the journal was opened read-only or its file cannot be written */
} PjError;

GQuark pj_error_quark (void);

G_END_DECLS
