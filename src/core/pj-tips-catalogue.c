/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pj-tips.h"

/* The facts come from the seed articles named in clinical-rules.md §2; the wording is ours.
 * Keep the order of the table in clinical-rules.md: ties in the ranking follow it. */
static const PjTipInfo catalogue[] = {
  { "breaks", PJ_TIP_CATEGORY_WORKSPACE, N_("Take regular movement breaks"),
    N_("Sitting for long stretches loads the muscles of the upper back and neck. Stand up, "
       "move around and stretch regularly through the day. Short, frequent breaks help more "
       "than one long one; a timer can remind you.") },
  { "posture", PJ_TIP_CATEGORY_WORKSPACE, N_("Sit and stand tall"),
    N_("Keep your spine neutral with your shoulders back and down, rather than slouching or "
       "hunching forward. Poor posture strains the muscles and joints of the upper back over "
       "time. Check in with your posture whenever you start a new task.") },
  { "ergonomics", PJ_TIP_CATEGORY_WORKSPACE, N_("Set up your workspace"),
    N_("Place your monitor at eye level so you do not have to look down. Use a chair that "
       "supports your back well, and consider a sit-to-stand desk so you can change position "
       "during the day. If you work for an employer, ask about an ergonomic workstation.") },
  { "tech-neck", PJ_TIP_CATEGORY_WORKSPACE, N_("Mind your tech neck"),
    N_("Bending your head over a phone or laptop for long periods strains the neck and upper "
       "back. Bring the screen up towards eye level instead of dropping your head. Put the "
       "device down now and then to stretch and reset your posture.") },
  { "heat", PJ_TIP_CATEGORY_PAIN_RELIEF, N_("Warm up stiff muscles"),
    N_("Heat relaxes tight muscles and improves blood flow. Use a heating pad, a hot water "
       "bottle, or a warm shower or bath for 15 to 20 minutes at a time. Keep a layer of cloth "
       "between a heat pack and your skin to avoid burns.") },
  { "ice", PJ_TIP_CATEGORY_PAIN_RELIEF, N_("Cool a fresh injury or sharp pain"),
    N_("For acute pain or swelling, a cold pack can give short-term relief. Wrap ice in a "
       "towel and apply it for 15 to 20 minutes at a time. Never put ice straight on your "
       "skin.") },
  { "gentle-stretches", PJ_TIP_CATEGORY_MOVEMENT, N_("Gentle stretches"),
    N_("A few minutes of gentle stretching can ease tension in the upper back. Try shoulder "
       "rolls, slow neck stretches, and stretches that open the chest and upper back. Move "
       "slowly and stop any movement that hurts.") },
  { "core", PJ_TIP_CATEGORY_MOVEMENT, N_("Strengthen your core"),
    N_("A strong core helps you hold a good posture and takes load off the upper back. Planks, "
       "bird dogs and bridges are simple exercises you can do at home. Start with a few "
       "repetitions and focus on good form.") },
  { "low-impact", PJ_TIP_CATEGORY_MOVEMENT, N_("Try low-impact exercise"),
    N_("Regular gentle exercise such as yoga, pilates or swimming builds strength and "
       "flexibility in the back, shoulders and core. Start gently and build up the length and "
       "intensity step by step as you get stronger.") },
  { "breathing", PJ_TIP_CATEGORY_STRESS_SLEEP, N_("Breathe out the tension"),
    N_("Stress tightens the muscles of the upper back. Slow diaphragmatic breathing, deep into "
       "your belly rather than your chest, helps them relax. Try it for a few minutes several "
       "times a day.") },
  { "relaxation", PJ_TIP_CATEGORY_STRESS_SLEEP, N_("Make time to relax"),
    N_("Meditation or progressive muscle relaxation, where you tense and then release one "
       "group of muscles at a time, lowers stress and muscle tension throughout the body. Even "
       "ten quiet minutes at the end of the day can help your upper back.") },
  { "sleep", PJ_TIP_CATEGORY_STRESS_SLEEP, N_("Sleep to recover"),
    N_("Enough sleep gives your body time to repair. Check your sleeping position, and make "
       "sure your mattress and pillow support the natural line of your spine.") },
  { "stay-active", PJ_TIP_CATEGORY_MOVEMENT, N_("Keep gently active"),
    N_("Rest helps for a short while, but resting for more than a few days can make back pain "
       "worse. Avoid strenuous activity that aggravates the pain, yet keep moving gently, for "
       "example with short walks.") },
  { "pain-relief", PJ_TIP_CATEGORY_PAIN_RELIEF, N_("Over-the-counter pain relief"),
    N_("Over-the-counter pain relievers such as ibuprofen or paracetamol (acetaminophen) can "
       "ease pain and inflammation. Ask a pharmacist or doctor first, especially if you have other health "
       "conditions or take other medicines, and keep to the dose on the pack.") },
  { "medication-review", PJ_TIP_CATEGORY_PROFESSIONAL, N_("Review your pain medicine"),
    N_("If you take pain medicine most days, talk to your doctor about it. Keep to the dose "
       "on the pack and take anti-inflammatories after meals. If the medicine does not help, "
       "your doctor can look at other options with you.") },
  { "massage", PJ_TIP_CATEGORY_PAIN_RELIEF, N_("Consider a massage"),
    N_("Massage loosens tight muscles and improves blood flow. A massage therapist can work on "
       "the knots between and around the shoulder blades; tell them where it hurts and how "
       "much.") },
  { "physio", PJ_TIP_CATEGORY_PROFESSIONAL, N_("See a physiotherapist"),
    N_("A physiotherapist examines your back to find what drives the pain and makes a plan for "
       "you. Treatment can include hands-on therapy, posture advice and exercises to continue "
       "at home. Take your journal along to the appointment.") },
  { "daily-habits", PJ_TIP_CATEGORY_HABITS, N_("Healthy everyday habits"),
    N_("Drink enough water, get enough sleep and move regularly through the day: small habits "
       "support a healthy back. Keep journaling too; it helps you and your clinician see what "
       "makes a difference.") },
};

const char *
pj_tip_category_label (PjTipCategory category)
{
  switch (category)
    {
    case PJ_TIP_CATEGORY_MOVEMENT:
      return _("Movement and exercise");
    case PJ_TIP_CATEGORY_WORKSPACE:
      return _("Posture and workspace");
    case PJ_TIP_CATEGORY_PAIN_RELIEF:
      return _("Easing pain");
    case PJ_TIP_CATEGORY_STRESS_SLEEP:
      return _("Stress and sleep");
    case PJ_TIP_CATEGORY_PROFESSIONAL:
      return _("Professional help");
    case PJ_TIP_CATEGORY_HABITS:
      return _("Everyday habits");
    case PJ_N_TIP_CATEGORIES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const PjTipInfo *
pj_tips_catalogue (guint *n_tips)
{
  if (n_tips)
    *n_tips = G_N_ELEMENTS (catalogue);
  return catalogue;
}

const PjTipInfo *
pj_tips_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    if (g_strcmp0 (catalogue[i].id, id) == 0)
      return &catalogue[i];
  return NULL;
}
