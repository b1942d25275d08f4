/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>

#include "pj-error.h"
#include "pj-file-io.h"
#include "pj-json-backup.h"
#include "pj-json-backup-private.h"
#include "pj-json-check.h"
#include "pj-json-writer.h"
#include "pj-text-excerpt.h"

/* ----- Reading ----- */

typedef struct
{
  const char *display_name;
  PjDate      today;
  const char *date_text; /* the day being read, for messages; NULL before its date is known */
} Reader;

static void
set_path_error (GError      **error,
                PjError       code,
                const Reader *reader,
                const char   *path,
                const char   *message)
{
  if (reader->date_text != NULL)
    /* TRANSLATORS: file name, date, JSON path such as $.days[3].stress, what is wrong */
    g_set_error (error, PJ_ERROR, code, _("%s, day %s, %s: %s"), reader->display_name,
                 reader->date_text, path, message);
  else
    g_set_error (error, PJ_ERROR, code, _("%s, %s: %s"), reader->display_name, path, message);
}

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return _("text");
        if (type == G_TYPE_BOOLEAN)
          return _("true or false");
        return _("a number");
      }
    default:
      return _("something else");
    }
}

static gboolean
node_is (JsonNode *node,
         GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* The JSON value as the text pj_field_parse() reads, so the field table stays the one place
 * that knows how to read and check a value. */
static char *
node_to_text (JsonNode          *node,
              const PjFieldInfo *info,
              GError           **error)
{
  switch (info->type)
    {
    case PJ_FIELD_DECIMAL:
    case PJ_FIELD_INTEGER:
      if (node_is (node, G_TYPE_INT64))
        return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      if (node_is (node, G_TYPE_DOUBLE))
        {
          GString *text = g_string_new (NULL);
          double value = json_node_get_double (node);

          /* 3.0 is a whole number even though JSON wrote it with a point. */
          if (info->type == PJ_FIELD_INTEGER && fabs (value) < 1e15 && value == floor (value))
            g_string_printf (text, "%" G_GINT64_FORMAT, (gint64) value);
          else
            pj_json_append_double (text, value);
          return g_string_free (text, FALSE);
        }
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s must be a number, not %s"),
                   _(info->label), describe_node (node));
      return NULL;
    case PJ_FIELD_TIME:
    case PJ_FIELD_TEXT:
      if (node_is (node, G_TYPE_STRING))
        return g_strdup (json_node_get_string (node));
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s must be text, not %s"),
                   _(info->label), describe_node (node));
      return NULL;
    case PJ_FIELD_SET:
      {
        g_autoptr (GString) text = g_string_new (NULL);
        JsonArray *array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

        for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);

            if (!node_is (element, G_TYPE_STRING) ||
                strchr (json_node_get_string (element), ';') != NULL)
              {
                array = NULL;
                break;
              }
            if (i > 0)
              g_string_append_c (text, ';');
            g_string_append (text, json_node_get_string (element));
          }
        if (array == NULL)
          {
            g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                         _("%s must be a list of codes such as [\"%s\"], not %s"),
                         _(info->label), pj_code_name (info->code_kind, 0),
                         describe_node (node));
            return NULL;
          }
        return g_string_free (g_steal_pointer (&text), FALSE);
      }
    default:
      g_assert_not_reached ();
    }
}

/* Reads every member of @object into @record except those named in @skip. */
static gboolean
read_fields (const Reader      *reader,
             JsonObject        *object,
             const char        *path,
             const char * const *skip,
             const PjFieldInfo *fields,
             guint              n_fields,
             gpointer           record,
             GError           **error)
{
  g_autoptr (GList) names = json_object_get_members (object);

  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (object, name);
      const PjFieldInfo *info = pj_field_lookup (fields, n_fields, name);
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
      g_autofree char *text = NULL;
      g_autoptr (GError) local_error = NULL;

      if (g_strv_contains (skip, name))
        continue;
      if (info == NULL)
        {
          set_path_error (error, PJ_ERROR_INVALID, reader, member_path,
                          _("this is not a field of the journal"));
          return FALSE;
        }
      if (JSON_NODE_HOLDS_NULL (node))
        continue; /* null is unknown, like an absent field */
      text = node_to_text (node, info, &local_error);
      if (text == NULL || !pj_field_parse (record, info, text, &local_error))
        {
          set_path_error (error, PJ_ERROR_INVALID, reader, member_path, local_error->message);
          return FALSE;
        }
    }

  for (guint i = 0; i < n_fields; i++)
    if (fields[i].required && !pj_field_is_set (record, &fields[i]))
      {
        g_autofree char *member_path = g_strdup_printf ("%s.%s", path, fields[i].name);
        g_autofree char *message = g_strdup_printf (_("%s is required"), _(fields[i].label));

        set_path_error (error, PJ_ERROR_INVALID, reader, member_path, message);
        return FALSE;
      }
  return TRUE;
}

static gboolean
read_checkins (const Reader *reader,
               JsonNode     *node,
               const char   *path,
               PjDay        *day,
               GError      **error)
{
  static const char * const skip[] = { NULL };
  guint n_fields;
  const PjFieldInfo *fields = pj_checkin_fields (&n_fields);
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *message = g_strdup_printf (_("the check-ins must be a list, not %s"),
                                                  describe_node (node));
      set_path_error (error, PJ_ERROR_INVALID, reader, path, message);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *checkin_path = g_strdup_printf ("%s[%u]", path, i);
      g_autoptr (PjCheckin) checkin = pj_checkin_new (day->date, PJ_UNSET, PJ_UNSET);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_autofree char *message = g_strdup_printf (_("a check-in must be an object, not %s"),
                                                      describe_node (element));
          set_path_error (error, PJ_ERROR_INVALID, reader, checkin_path, message);
          return FALSE;
        }
      if (!read_fields (reader, json_node_get_object (element), checkin_path, skip, fields,
                        n_fields, checkin, error))
        return FALSE;
      for (guint j = 0; j < day->checkins->len; j++)
        if (((PjCheckin *) g_ptr_array_index (day->checkins, j))->minutes == checkin->minutes)
          {
            char time[PJ_TIME_TEXT_LEN];
            g_autofree char *message = NULL;

            pj_time_format (checkin->minutes, time);
            message = g_strdup_printf (_("there is a check-in at %s already"), time);
            set_path_error (error, PJ_ERROR_CONFLICT, reader, checkin_path, message);
            return FALSE;
          }
      pj_day_add_checkin (day, g_steal_pointer (&checkin));
    }
  return TRUE;
}

static PjDay *
read_day (Reader     *reader,
          JsonNode   *node,
          guint       index,
          GError    **error)
{
  static const char * const skip[] = { "date", "checkins", NULL };
  g_autofree char *path = g_strdup_printf ("$.days[%u]", index);
  g_autofree char *date_path = g_strdup_printf ("$.days[%u].date", index);
  g_autofree char *checkins_path = g_strdup_printf ("$.days[%u].checkins", index);
  g_autoptr (GError) local_error = NULL;
  g_autoptr (PjDay) day = NULL;
  guint n_fields;
  const PjFieldInfo *fields = pj_day_fields (&n_fields);
  JsonObject *object;
  JsonNode *date_node;
  PjDate date;

  reader->date_text = NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *message = g_strdup_printf (_("a day must be an object, not %s"),
                                                  describe_node (node));
      set_path_error (error, PJ_ERROR_INVALID, reader, path, message);
      return NULL;
    }
  object = json_node_get_object (node);
  date_node = json_object_get_member (object, "date");
  if (date_node == NULL || !node_is (date_node, G_TYPE_STRING))
    {
      set_path_error (error, PJ_ERROR_INVALID, reader, date_path,
                      _("every day needs its date as text, in the form YYYY-MM-DD"));
      return NULL;
    }
  if (!pj_date_parse_iso (json_node_get_string (date_node), &date, &local_error))
    {
      set_path_error (error, PJ_ERROR_INVALID, reader, date_path, local_error->message);
      return NULL;
    }
  reader->date_text = json_node_get_string (date_node);

  day = pj_day_new (date);
  if (!read_fields (reader, object, path, skip, fields, n_fields, day, error))
    return NULL;
  if (!read_checkins (reader, json_object_get_member (object, "checkins"), checkins_path, day,
                      error))
    return NULL;
  /* The last word on every rule, including dates after today. */
  if (!pj_day_validate (day, reader->today, &local_error))
    {
      set_path_error (error, PJ_ERROR_INVALID, reader, path, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&day);
}

/* json-glib says "<data>:3:14: Parse error: …"; people need the line first. */
static void
set_syntax_error (GError     **error,
                  const char  *display_name,
                  const char  *message)
{
  guint line, column;
  int consumed = 0;
  gboolean located = sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) >= 2 &&
                     consumed > 0;
  /* json-glib quotes the bad text as it is, invalid UTF-8 and any length included. */
  g_autofree char *valid = g_utf8_make_valid (located ? message + consumed : message, -1);
  g_autofree char *detail = pj_text_excerpt (valid);

  if (located)
    g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE,
                 _("%s, line %u, character %u: this is not valid JSON: %s"), display_name, line,
                 column, detail);
  else
    g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE, _("%s: this is not valid JSON: %s"),
                 display_name, detail);
}

static gboolean
check_envelope (const Reader *reader,
                JsonNode     *root,
                JsonArray   **out_days,
                GError      **error)
{
  static const char * const known[] = { "format", "version", "exported", "days", "medicines",
                                         NULL };
  JsonObject *object;
  JsonNode *node;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      set_path_error (error, PJ_ERROR_PARSE, reader, "$",
                      _("this is not a Pain Journal backup (it is not a JSON object)"));
      return FALSE;
    }
  object = json_node_get_object (root);
  node = json_object_get_member (object, "format");
  if (node == NULL || !node_is (node, G_TYPE_STRING) ||
      !g_str_equal (json_node_get_string (node), PJ_JSON_BACKUP_FORMAT))
    {
      set_path_error (error, PJ_ERROR_PARSE, reader, "$.format",
                      _("this is not a Pain Journal backup (“format” is not “pain-journal”)"));
      return FALSE;
    }
  node = json_object_get_member (object, "version");
  if (node == NULL || !node_is (node, G_TYPE_INT64))
    {
      set_path_error (error, PJ_ERROR_PARSE, reader, "$.version",
                      _("the backup has no version number"));
      return FALSE;
    }
  if (json_node_get_int (node) != PJ_JSON_BACKUP_VERSION)
    {
      /* The number is put in as text: a G_GINT64_FORMAT inside _() would cut the msgid short
       * for xgettext, and translators would never see the sentence. */
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      g_autofree char *message = g_strdup_printf (
        _("backup version %s is not supported; this Pain Journal reads "
          "version %d (a newer Pain Journal may read it)"),
        version, PJ_JSON_BACKUP_VERSION);
      set_path_error (error, PJ_ERROR_PARSE, reader, "$.version", message);
      return FALSE;
    }
  node = json_object_get_member (object, "exported");
  if (node != NULL && !node_is (node, G_TYPE_STRING))
    {
      set_path_error (error, PJ_ERROR_PARSE, reader, "$.exported",
                      _("the export time must be text"));
      return FALSE;
    }
  node = json_object_get_member (object, "days");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      set_path_error (error, PJ_ERROR_PARSE, reader, "$.days",
                      _("the backup must have a list of days"));
      return FALSE;
    }
  *out_days = json_node_get_array (node);

  {
    g_autoptr (GList) names = json_object_get_members (object);

    for (GList *l = names; l != NULL; l = l->next)
      if (!g_strv_contains (known, l->data))
        {
          g_autofree char *path = g_strdup_printf ("$.%s", (const char *) l->data);

          set_path_error (error, PJ_ERROR_PARSE, reader, path,
                          _("this is not part of a Pain Journal backup"));
          return FALSE;
        }
  }
  return TRUE;
}

static int
compare_days_by_date (gconstpointer a,
                      gconstpointer b)
{
  const PjDay *day_a = *(PjDay * const *) a;
  const PjDay *day_b = *(PjDay * const *) b;

  return day_a->date < day_b->date ? -1 : day_a->date > day_b->date;
}

GPtrArray *
pj_json_backup_parse (const char *data,
                      gsize       length,
                      const char *display_name,
                      PjDate      today,
                      GError    **error)
{
  return pj_json_backup_parse_full (data, length, display_name, today, NULL, error);
}

GPtrArray *
pj_json_backup_parse_full (const char *data,
                           gsize       length,
                           const char *display_name,
                           PjDate      today,
                           GPtrArray **out_medicines,
                           GError    **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  Reader reader = { display_name, today, NULL };
  JsonArray *array = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  /* Before json-glib sees it: it recurses per level of nesting and reads numbers loosely. */
  if (!pj_json_check_text (data, length, display_name, error))
    return NULL;
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      set_syntax_error (error, display_name, local_error->message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_PARSE, _("%s: the file is empty"), display_name);
      return NULL;
    }
  if (!check_envelope (&reader, json_parser_get_root (parser), &array, error))
    return NULL;

  days = g_ptr_array_new_full (json_array_get_length (array), (GDestroyNotify) pj_day_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      PjDay *day = read_day (&reader, json_array_get_element (array, i), i, error);
      gpointer earlier;

      if (day == NULL)
        return NULL;
      if (g_hash_table_lookup_extended (seen, GUINT_TO_POINTER (day->date), NULL, &earlier))
        {
          g_autofree char *path = g_strdup_printf ("$.days[%u]", i);
          g_autofree char *message = g_strdup_printf (
            _("this date appears twice; the other is $.days[%u]"), GPOINTER_TO_UINT (earlier));

          set_path_error (error, PJ_ERROR_CONFLICT, &reader, path, message);
          pj_day_free (day);
          return NULL;
        }
      g_hash_table_insert (seen, GUINT_TO_POINTER (day->date), GUINT_TO_POINTER (i));
      g_ptr_array_add (days, day);
    }

  g_ptr_array_sort (days, compare_days_by_date);
  {
    JsonNode *root = json_parser_get_root (parser);
    g_autoptr (GPtrArray) medicines =
      pj_json_backup_read_medicines (json_object_get_member (json_node_get_object (root),
                                                             "medicines"),
                                     display_name, today, error);

    if (medicines == NULL)
      return NULL;
    if (out_medicines != NULL)
      *out_medicines = g_steal_pointer (&medicines);
  }
  return g_steal_pointer (&days);
}

/* ----- Import ----- */

gboolean
pj_json_backup_import_file (PjDatabase    *database,
                           const char    *path,
                           PjImportStats *out_stats,
                           GError       **error)
{
  return pj_file_import (database, path, pj_json_backup_parse_full, out_stats, error);
}
