/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pj-day.h"
#include "pj-error.h"
#include "pj-json-backup-private.h"
#include "pj-json-writer.h"

/* The "medicines" member of the backup (data-format.md §3): each medicine with its doses.
 * Absent in a backup of a journal without medicines, so those files stay as they were. */

/* ----- Writing ----- */

static void
append_member (GString    *out,
               const char *name,
               const char *text,
               gboolean    first)
{
  g_string_append_printf (out, "%s\"%s\": ", first ? "" : ", ", name);
  pj_json_append_string (out, text);
}

static void
append_number (GString    *out,
               const char *name,
               double      value)
{
  g_string_append_printf (out, ", \"%s\": ", name);
  pj_json_append_double (out, value);
}

static void
append_dose (GString      *out,
             const PjDose *dose)
{
  char date[PJ_DATE_ISO_LEN], time[PJ_TIME_TEXT_LEN];

  pj_date_format_iso (dose->date, date);
  pj_time_format (dose->minutes, time);
  g_string_append_c (out, '{');
  append_member (out, "date", date, TRUE);
  append_member (out, "time", time, FALSE);
  append_member (out, "status", dose->taken ? "taken" : "skipped", FALSE);
  if (dose->taken)
    append_number (out, "amount", dose->amount);
  append_member (out, "unit", pj_dose_unit_name (dose->unit), FALSE);
  if (dose->relief != PJ_UNSET)
    g_string_append_printf (out, ", \"relief\": %d", dose->relief);
  g_string_append_c (out, '}');
}

static void
append_medicine (GString          *out,
                 const PjMedicine *medicine)
{
  g_string_append (out, "    {\n      ");
  append_member (out, "name", medicine->name, TRUE);
  append_member (out, "kind", pj_medicine_kind_name (medicine->kind), FALSE);
  if (medicine->form != PJ_MEDICINE_FORM_NONE)
    append_member (out, "form", pj_medicine_form_name (medicine->form), FALSE);
  append_number (out, "amount", medicine->amount);
  append_member (out, "unit", pj_dose_unit_name (medicine->unit), FALSE);
  append_member (out, "schedule", medicine->regular ? "regular" : "as_needed", FALSE);
  if (medicine->regular)
    {
      g_string_append (out, ", \"times\": [");
      for (guint i = 0; i < medicine->n_times; i++)
        {
          char time[PJ_TIME_TEXT_LEN];

          pj_time_format (medicine->times[i], time);
          if (i > 0)
            g_string_append (out, ", ");
          pj_json_append_string (out, time);
        }
      g_string_append_c (out, ']');
    }
  g_string_append_printf (out, ", \"archived\": %s,\n      \"doses\": [",
                          medicine->archived ? "true" : "false");
  for (guint i = 0; i < medicine->doses->len; i++)
    {
      g_string_append (out, i == 0 ? "\n        " : ",\n        ");
      append_dose (out, g_ptr_array_index (medicine->doses, i));
    }
  g_string_append (out, medicine->doses->len > 0 ? "\n      ]\n    }" : "]\n    }");
}

void
pj_json_backup_append_medicines (GString   *out,
                                 GPtrArray *medicines)
{
  if (medicines == NULL || medicines->len == 0)
    return;
  g_string_append (out, ",\n  \"medicines\": [");
  for (guint i = 0; i < medicines->len; i++)
    {
      g_string_append (out, i == 0 ? "\n" : ",\n");
      append_medicine (out, g_ptr_array_index (medicines, i));
    }
  g_string_append (out, "\n  ]");
}

/* ----- Reading ----- */

typedef struct
{
  const char *display_name;
  PjDate      today;
} Reader;

static void
set_error (GError       **error,
           const Reader  *reader,
           PjError        code,
           const char    *path,
           const char    *message)
{
  /* Translators: file name, JSON path such as $.medicines[0].doses[3].amount, what is wrong */
  g_set_error (error, PJ_ERROR, code, _("%s, %s: %s"), reader->display_name, path, message);
}

static gboolean
holds (JsonNode *node,
       GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
is_number (JsonNode *node)
{
  return holds (node, G_TYPE_INT64) || holds (node, G_TYPE_DOUBLE);
}

/* Refuses members not in @known, so a typo is not silently dropped. */
static gboolean
check_members (const Reader       *reader,
               JsonObject         *object,
               const char         *path,
               const char * const *known,
               GError            **error)
{
  g_autoptr (GList) names = json_object_get_members (object);

  for (GList *l = names; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        g_autofree char *member = g_strdup_printf ("%s.%s", path, (const char *) l->data);

        set_error (error, reader, PJ_ERROR_INVALID, member,
                   _("this is not a field of a medicine or dose"));
        return FALSE;
      }
  return TRUE;
}

/* The text member @name, or NULL with an error naming it. */
static const char *
get_text (const Reader *reader,
          JsonObject   *object,
          const char   *path,
          const char   *name,
          GError      **error)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autofree char *member = g_strdup_printf ("%s.%s", path, name);

  if (holds (node, G_TYPE_STRING))
    return json_node_get_string (node);
  set_error (error, reader, PJ_ERROR_INVALID, member, _("this must be text"));
  return NULL;
}

static gboolean
get_code (const Reader *reader,
          JsonObject   *object,
          const char   *path,
          const char   *name,
          int         (*from_name) (const char *),
          int          *out_code,
          GError      **error)
{
  const char *text = get_text (reader, object, path, name, error);
  g_autofree char *member = g_strdup_printf ("%s.%s", path, name);
  g_autofree char *message = NULL;

  if (text == NULL)
    return FALSE;
  *out_code = from_name (text);
  if (*out_code >= 0)
    return TRUE;
  message = g_strdup_printf (_("“%s” is not a known code"), text);
  set_error (error, reader, PJ_ERROR_INVALID, member, message);
  return FALSE;
}

static PjDose *
read_dose (const Reader *reader,
           JsonNode     *node,
           const char   *path,
           GError      **error)
{
  static const char * const known[] = { "date", "time", "status", "amount", "unit", "relief",
                                        NULL };
  g_autoptr (PjDose) dose = pj_dose_new (0, PJ_DATE_NONE, 0);
  g_autoptr (GError) local_error = NULL;
  JsonObject *object;
  const char *text;
  JsonNode *member;
  int unit;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_error (error, reader, PJ_ERROR_INVALID, path, _("a dose must be an object"));
      return NULL;
    }
  object = json_node_get_object (node);
  if (!check_members (reader, object, path, known, error))
    return NULL;
  if ((text = get_text (reader, object, path, "date", error)) == NULL)
    return NULL;
  if (!pj_date_parse_iso (text, &dose->date, &local_error) ||
      (text = get_text (reader, object, path, "time", error)) == NULL ||
      !pj_time_parse (text, &dose->minutes, &local_error))
    goto invalid;
  if ((text = get_text (reader, object, path, "status", error)) == NULL)
    return NULL;
  if (!g_str_equal (text, "taken") && !g_str_equal (text, "skipped"))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not “taken” or “skipped”"), text);
      set_error (error, reader, PJ_ERROR_INVALID, path, message);
      return NULL;
    }
  dose->taken = g_str_equal (text, "taken");
  member = json_object_get_member (object, "amount");
  if (member != NULL && !is_number (member))
    {
      set_error (error, reader, PJ_ERROR_INVALID, path, _("the amount must be a number"));
      return NULL;
    }
  if (member != NULL)
    dose->amount = json_node_get_double (member);
  if (!get_code (reader, object, path, "unit", pj_dose_unit_from_name, &unit, error))
    return NULL;
  dose->unit = unit;
  member = json_object_get_member (object, "relief");
  if (member != NULL && !holds (member, G_TYPE_INT64))
    {
      set_error (error, reader, PJ_ERROR_INVALID, path, _("relief must be a whole number"));
      return NULL;
    }
  if (member != NULL)
    dose->relief = (int) CLAMP (json_node_get_int (member), -100, 100);
  if (!pj_dose_validate (dose, reader->today, &local_error))
    goto invalid;
  return g_steal_pointer (&dose);

invalid:
  if (local_error != NULL)
    set_error (error, reader, PJ_ERROR_INVALID, path, local_error->message);
  return NULL;
}

static gboolean
read_times (const Reader *reader,
            JsonObject   *object,
            const char   *path,
            PjMedicine   *medicine,
            GError      **error)
{
  JsonNode *node = json_object_get_member (object, "times");
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GError) local_error = NULL;
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!holds (element, G_TYPE_STRING) || strchr (json_node_get_string (element), ';'))
        array = NULL;
      else
        g_string_append_printf (text, "%s%s", i ? ";" : "", json_node_get_string (element));
    }
  if (array == NULL)
    {
      set_error (error, reader, PJ_ERROR_INVALID, path,
                 _("the times must be a list such as [\"08:00\"]"));
      return FALSE;
    }
  if (!pj_medicine_parse_times (medicine, text->str, &local_error))
    {
      set_error (error, reader, PJ_ERROR_INVALID, path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_medicine_fields (const Reader *reader,
                      JsonObject   *object,
                      const char   *path,
                      PjMedicine   *medicine,
                      GError      **error)
{
  static const char * const known[] = { "name", "kind", "form", "amount", "unit", "schedule",
                                         "times", "archived", "doses", NULL };
  JsonNode *node;
  const char *schedule;
  int code;

  if (!check_members (reader, object, path, known, error) ||
      (medicine->name = g_strdup (get_text (reader, object, path, "name", error))) == NULL ||
      !get_code (reader, object, path, "kind", pj_medicine_kind_from_name, &code, error))
    return FALSE;
  medicine->kind = code;
  if (json_object_has_member (object, "form"))
    {
      if (!get_code (reader, object, path, "form", pj_medicine_form_from_name, &code, error))
        return FALSE;
      medicine->form = code;
    }
  node = json_object_get_member (object, "amount");
  if (!is_number (node))
    {
      set_error (error, reader, PJ_ERROR_INVALID, path, _("the amount must be a number"));
      return FALSE;
    }
  medicine->amount = json_node_get_double (node);
  if (!get_code (reader, object, path, "unit", pj_dose_unit_from_name, &code, error) ||
      (schedule = get_text (reader, object, path, "schedule", error)) == NULL)
    return FALSE;
  medicine->unit = code;
  if (!g_str_equal (schedule, "regular") && !g_str_equal (schedule, "as_needed"))
    {
      set_error (error, reader, PJ_ERROR_INVALID, path,
                 _("the schedule must be “regular” or “as_needed”"));
      return FALSE;
    }
  medicine->regular = g_str_equal (schedule, "regular");
  node = json_object_get_member (object, "archived");
  if (node != NULL && !holds (node, G_TYPE_BOOLEAN))
    {
      set_error (error, reader, PJ_ERROR_INVALID, path, _("archived must be true or false"));
      return FALSE;
    }
  medicine->archived = node != NULL && json_node_get_boolean (node);
  return read_times (reader, object, path, medicine, error);
}

static PjMedicine *
read_medicine (const Reader *reader,
               JsonNode     *node,
               guint         index,
               GError      **error)
{
  g_autofree char *path = g_strdup_printf ("$.medicines[%u]", index);
  g_autoptr (PjMedicine) medicine = pj_medicine_new (NULL);
  g_autoptr (GError) local_error = NULL;
  JsonArray *doses = NULL;
  JsonNode *doses_node;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_error (error, reader, PJ_ERROR_INVALID, path, _("a medicine must be an object"));
      return NULL;
    }
  if (!read_medicine_fields (reader, json_node_get_object (node), path, medicine, error))
    return NULL;
  if (!pj_medicine_validate (medicine, &local_error))
    {
      set_error (error, reader, PJ_ERROR_INVALID, path, local_error->message);
      return NULL;
    }
  doses_node = json_object_get_member (json_node_get_object (node), "doses");
  if (doses_node != NULL && !JSON_NODE_HOLDS_ARRAY (doses_node))
    {
      set_error (error, reader, PJ_ERROR_INVALID, path, _("the doses must be a list"));
      return NULL;
    }
  if (doses_node != NULL)
    doses = json_node_get_array (doses_node);
  for (guint i = 0; doses != NULL && i < json_array_get_length (doses); i++)
    {
      g_autofree char *dose_path = g_strdup_printf ("%s.doses[%u]", path, i);
      PjDose *dose = read_dose (reader, json_array_get_element (doses, i), dose_path, error);

      if (dose == NULL)
        return NULL;
      for (guint j = 0; j < medicine->doses->len; j++)
        {
          const PjDose *other = g_ptr_array_index (medicine->doses, j);

          if (other->date == dose->date && other->minutes == dose->minutes)
            {
              g_autofree char *message = g_strdup_printf (
                _("this dose repeats %s.doses[%u] (same date and time)"), path, j);

              set_error (error, reader, PJ_ERROR_CONFLICT, dose_path, message);
              pj_dose_free (dose);
              return NULL;
            }
        }
      g_ptr_array_add (medicine->doses, dose);
    }
  return g_steal_pointer (&medicine);
}

GPtrArray *
pj_json_backup_read_medicines (JsonNode   *node,
                               const char *display_name,
                               PjDate      today,
                               GError    **error)
{
  Reader reader = { display_name, today };
  g_autoptr (GPtrArray) medicines =
    g_ptr_array_new_with_free_func ((GDestroyNotify) pj_medicine_free);
  JsonArray *array;

  if (node == NULL)
    return g_steal_pointer (&medicines);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_error (error, &reader, PJ_ERROR_INVALID, "$.medicines",
                 _("the medicines must be a list"));
      return NULL;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      PjMedicine *medicine = read_medicine (&reader, json_array_get_element (array, i), i,
                                            error);

      if (medicine == NULL)
        return NULL;
      for (guint j = 0; j < medicines->len; j++)
        /* the journal's names differ in more than ASCII case (SQLite's NOCASE) */
        if (g_ascii_strcasecmp (((PjMedicine *) medicines->pdata[j])->name,
                                medicine->name) == 0)
          {
            g_autofree char *path = g_strdup_printf ("$.medicines[%u]", i);
            g_autofree char *message = g_strdup_printf (
              _("the name “%s” is already used by $.medicines[%u]"), medicine->name, j);

            set_error (error, &reader, PJ_ERROR_CONFLICT, path, message);
            pj_medicine_free (medicine);
            return NULL;
          }
      g_ptr_array_add (medicines, medicine);
    }
  return g_steal_pointer (&medicines);
}
