/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-codes.h"
#include "pj-error.h"

typedef struct
{
  const char *name;
  const char *label;    /* N_() marked, translated at lookup */
  const char *question; /* symptoms only */
} CodeInfo;

static const CodeInfo locations[PJ_N_LOCATIONS] = {
  /* Translators: chip labels of the check-in: where it hurts (also the body map's names) */
  { "neck", N_("Neck") },
  { "shoulder_left", N_("Left shoulder") },
  { "shoulder_right", N_("Right shoulder") },
  { "between_shoulder_blades", N_("Between the shoulder blades") },
  { "upper_back_left", N_("Upper back, left") },
  { "upper_back_right", N_("Upper back, right") },
  { "mid_back", N_("Middle of the back") },
  { "lower_back", N_("Lower back") },
  { "arm_left", N_("Left arm") },
  { "arm_right", N_("Right arm") },
};

static const CodeInfo qualities[PJ_N_QUALITIES] = {
  /* Translators: chip labels of the check-in: what the pain feels like */
  { "aching", N_("Aching") },
  { "sharp", N_("Sharp") },
  { "burning", N_("Burning") },
  /* Translators: a kind of pain: stiffness, the back or neck feels stiff */
  { "stiffness", N_("Stiff") },
  { "throbbing", N_("Throbbing") },
  /* Translators: a kind of pain: sudden, shooting like an electric shock */
  { "shooting", N_("Shooting") },
};

static const CodeInfo symptoms[PJ_N_SYMPTOMS] = {
  /* Translators: warning symptoms: a chip label, then the question the check-in asks */
  { "numbness_tingling", N_("Numbness or tingling"),
    N_("Numbness or tingling in your arms, hands or legs?") },
  { "weakness", N_("New weakness"),
    N_("New weakness in your arms or legs?") },
  { "radiating", N_("Pain spreading into limbs"),
    N_("Pain spreading down into your arms or legs?") },
  { "bladder_bowel", N_("Bladder or bowel changes"),
    N_("Loss of, or a change in, bladder or bowel control?") },
  { "chest_symptoms", N_("Chest pain or breathlessness"),
    N_("Chest pain, shortness of breath or sweating along with the back pain?") },
  { "fever", N_("Fever or night sweats"),
    N_("Fever, chills or night sweats?") },
  { "weight_loss", N_("Unexplained weight loss"),
    N_("Weight loss without trying?") },
  { "night_pain", N_("Night pain"),
    N_("Pain at night that rest or changing position does not ease?") },
  { "after_injury", N_("After an injury"),
    N_("Did the pain start after a fall, accident or injury?") },
  { "balance", N_("Unsteady or clumsy"),
    N_("Unsteady walking or clumsy hands?") },
};

static const CodeInfo activities[PJ_N_ACTIVITIES] = {
  /* Translators: chip labels of the day: the exercise done */
  { "walking", N_("Walking") },
  { "stretching", N_("Stretching") },
  /* Translators: an exercise: strength training */
  { "strength", N_("Strength") },
  /* Translators: an exercise: core (trunk) strengthening */
  { "core", N_("Core") },
  { "yoga", N_("Yoga") },
  { "pilates", N_("Pilates") },
  { "swimming", N_("Swimming") },
  { "cycling", N_("Cycling") },
  { "running", N_("Running") },
  { "dancing", N_("Dancing") },
  /* Translators: an exercise not in the list */
  { "other", N_("Other") },
};

static const CodeInfo self_care[PJ_N_SELF_CARE] = {
  /* Translators: chip labels of the day: the self-care done; here, a heat pack or warm bath */
  { "heat", N_("Heat") },
  /* Translators: self-care: an ice or cold pack */
  { "ice", N_("Ice") },
  { "medication", N_("Medication") },
  { "massage", N_("Massage") },
  /* Translators: self-care: breathing exercises */
  { "breathing", N_("Breathing") },
  { "meditation", N_("Meditation") },
  /* Translators: self-care: resting */
  { "rest", N_("Rest") },
  { "physio", N_("Physiotherapy") },
  /* Translators: self-care: adjusting the desk, chair or screen */
  { "ergonomics", N_("Ergonomics") },
};

static const struct
{
  const char     *field;
  const CodeInfo *codes;
  guint           count;
} kinds[PJ_N_CODE_KINDS] = {
  [PJ_CODE_KIND_LOCATION] = { "locations", locations, PJ_N_LOCATIONS },
  [PJ_CODE_KIND_QUALITY] = { "qualities", qualities, PJ_N_QUALITIES },
  [PJ_CODE_KIND_SYMPTOM] = { "symptoms", symptoms, PJ_N_SYMPTOMS },
  [PJ_CODE_KIND_ACTIVITY] = { "activities", activities, PJ_N_ACTIVITIES },
  [PJ_CODE_KIND_SELF_CARE] = { "self_care", self_care, PJ_N_SELF_CARE },
};

const char *
pj_code_kind_field_name (PjCodeKind kind)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, NULL);
  return kinds[kind].field;
}

guint
pj_codes_count (PjCodeKind kind)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, 0);
  return kinds[kind].count;
}

PjCodeSet
pj_codes_all (PjCodeKind kind)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, 0);
  return (PjCodeSet) ((1u << kinds[kind].count) - 1);
}

const char *
pj_code_name (PjCodeKind kind,
              guint      index)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, NULL);
  g_return_val_if_fail (index < kinds[kind].count, NULL);
  return kinds[kind].codes[index].name;
}

const char *
pj_code_label (PjCodeKind kind,
               guint      index)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, NULL);
  g_return_val_if_fail (index < kinds[kind].count, NULL);
  return _(kinds[kind].codes[index].label);
}

const char *
pj_code_file_label (PjCodeKind kind,
                    guint      index)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, NULL);
  g_return_val_if_fail (index < kinds[kind].count, NULL);
  return kinds[kind].codes[index].label;
}

const char *
pj_code_question (PjCodeKind kind,
                  guint      index)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, NULL);
  g_return_val_if_fail (index < kinds[kind].count, NULL);
  if (kinds[kind].codes[index].question != NULL)
    return _(kinds[kind].codes[index].question);
  return _(kinds[kind].codes[index].label);
}

const char *
pj_code_file_question (PjCodeKind kind,
                       guint      index)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, NULL);
  g_return_val_if_fail (index < kinds[kind].count, NULL);
  if (kinds[kind].codes[index].question != NULL)
    return kinds[kind].codes[index].question;
  return kinds[kind].codes[index].label;
}

gboolean
pj_code_lookup (PjCodeKind  kind,
                const char *name,
                guint      *out_index)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, FALSE);

  for (guint i = 0; i < kinds[kind].count; i++)
    {
      if (g_strcmp0 (kinds[kind].codes[i].name, name) == 0)
        {
          if (out_index)
            *out_index = i;
          return TRUE;
        }
    }
  return FALSE;
}

typedef enum {
  FORMAT_NAMES,
  FORMAT_LABELS,
  FORMAT_FILE_LABELS,
} FormatWhat;

static char *format_set (PjCodeKind  kind,
                         PjCodeSet   set,
                         FormatWhat  what,
                         const char *separator);

gboolean
pj_code_set_parse (PjCodeKind  kind,
                   const char *text,
                   PjCodeSet  *out_set,
                   GError    **error)
{
  g_auto (GStrv) items = NULL;
  PjCodeSet set = 0;

  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, FALSE);
  g_return_val_if_fail (out_set != NULL, FALSE);

  if (text == NULL)
    {
      *out_set = 0;
      return TRUE;
    }

  items = g_strsplit (text, ";", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      const char *item = g_strstrip (items[i]);
      guint index;

      if (*item == '\0')
        continue;

      if (!pj_code_lookup (kind, item, &index))
        {
          g_autofree char *valid_list = format_set (kind, pj_codes_all (kind), FORMAT_NAMES, ", ");

          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("“%s” is not a known code for %s; use one of: %s"),
                       item, kinds[kind].field, valid_list);
          return FALSE;
        }
      set |= PJ_CODE_BIT (index);
    }

  *out_set = set;
  return TRUE;
}

static char *
format_set (PjCodeKind  kind,
            PjCodeSet   set,
            FormatWhat  what,
            const char *separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < kinds[kind].count; i++)
    {
      if ((set & PJ_CODE_BIT (i)) == 0)
        continue;
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, what == FORMAT_LABELS ? pj_code_label (kind, i)
                            : what == FORMAT_FILE_LABELS ? kinds[kind].codes[i].label
                            : kinds[kind].codes[i].name);
    }
  return g_string_free (out, FALSE);
}

char *
pj_code_set_format (PjCodeKind kind,
                    PjCodeSet  set)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, NULL);
  return format_set (kind, set, FORMAT_NAMES, ";");
}

char *
pj_code_set_format_labels (PjCodeKind kind,
                           PjCodeSet  set)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, NULL);
  /* Translators: separator between items of a list such as "Neck, Left shoulder" */
  return format_set (kind, set, FORMAT_LABELS, _(", "));
}

char *
pj_code_set_format_file_labels (PjCodeKind kind,
                                PjCodeSet  set)
{
  g_return_val_if_fail (kind < PJ_N_CODE_KINDS, NULL);
  return format_set (kind, set, FORMAT_FILE_LABELS, ", ");
}

guint
pj_code_set_count (PjCodeSet set)
{
  return (guint) __builtin_popcount (set);
}
