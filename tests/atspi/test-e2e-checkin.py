#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a person would: the real app on a new journal; log a check-in with a pain
value, two body-map regions and a warning symptom, fill in the sitting hours, quit with
Ctrl+Q, and find all of it in the journal through the command line's JSON export.

Controls are found by role and accessible name; buttons are clicked through their AT-SPI
action, everything else through the keyboard (Tab to the control, then Space or typing), as
GTK 4.8 can neither move the focus nor set text over AT-SPI."""
import datetime
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pj_atspi  # noqa: E402

tap = pj_atspi.Tap()
if not os.environ.get("DISPLAY"):
    tap.skip_all("no display")
import pyatspi  # noqa: E402

PAIN = 6
REGIONS = {"Neck": "neck", "Between the shoulder blades": "between_shoulder_blades"}
SYMPTOM = ("Fever, chills or night sweats?", "fever")
SITTING = "7.5"


def pain_shown(slider):
    """The big number of the pain scale: the first label inside it ("–" while unset)."""
    return next((node.name for node in pj_atspi.walk(slider)
                 if node.getRole() == pyatspi.ROLE_LABEL), None)


def checked(node):
    return pj_atspi.has_state(node, pyatspi.STATE_CHECKED)


binary = os.environ["PJ_BINARY"]
folder, db = pj_atspi.temp_db()
# The app's "today" (TZ comes from the test environment); two dates if midnight passes.
dates = {datetime.date.today().isoformat()}
app = pj_atspi.App(binary, db)
try:
    root = app.wait_for_window()
    window = pj_atspi.focus_window()

    # A new journal opens on the welcome page; a new user starts from "Log Today".
    log_today = pj_atspi.wait_until(lambda: next(
        (node for node in pj_atspi.walk(root)
         if "Log Today" in (node.name or "") and pj_atspi.has_action(node)), None))
    if tap.ok(log_today is not None, "a new journal offers Log Today"):
        pj_atspi.click(log_today)

    slider = pj_atspi.find(root, role=pyatspi.ROLE_SLIDER)
    pain_button = pj_atspi.find(root, role=pyatspi.ROLE_PUSH_BUTTON, name=f"Pain {PAIN}")
    tap.ok(slider is not None and pain_button is not None, "the pain scale is shown")
    pj_atspi.click(pain_button)
    tap.ok(pj_atspi.wait_until(lambda: pain_shown(slider) == str(PAIN)),
           f"the pain scale shows {PAIN} after a click on it", pain_shown(slider))

    # With the keyboard, as the lower regions can be out of view: Tab to the region, Space.
    for name in REGIONS:
        region = pj_atspi.checkin_region(root, name)
        if tap.ok(region is not None, f"the body map has the region {name!r}"):
            if tap.ok(pj_atspi.tab_to(region) is not None, f"Tab reaches {name!r}"):
                pj_atspi.key("space")
            tap.ok(pj_atspi.wait_until(lambda: checked(region)), f"{name!r} is now ticked")

    # The expander shows as two list items of that name (the row and its header row).
    expander = pj_atspi.find_all(root, role=pyatspi.ROLE_LIST_ITEM, name="Warning signs")
    tap.ok(expander, "the warning-sign checklist is there")
    # Folded, its questions are not built yet (or take no room): none can be reached.
    folded = pj_atspi.find(root, role=pyatspi.ROLE_CHECK_BOX, name=SYMPTOM[0], timeout=0,
                            required=False)
    tap.ok(folded is None or not pj_atspi.has_size(folded),
           "the checklist starts folded (no symptom in the last 7 days)")
    if tap.ok(pj_atspi.tab_to(expander) is not None, "Tab reaches the checklist"):
        pj_atspi.key("space")
    symptom = pj_atspi.wait_until(lambda: next(
        (node for node in pj_atspi.walk(root)
         if node.getRole() == pyatspi.ROLE_CHECK_BOX and node.name == SYMPTOM[0]
         and pj_atspi.has_size(node)), None))
    tap.ok(symptom is not None, "Space opens the checklist")
    if tap.ok(pj_atspi.tab_to(symptom) is not None, "Tab reaches the symptom question"):
        pj_atspi.key("space")
    tap.ok(pj_atspi.wait_until(lambda: checked(symptom)), "Space ticks the symptom")

    save = pj_atspi.wait_until(lambda: next(
        (node for node in pj_atspi.walk(root)
         if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and "Save Check-in" in (node.name or "")
         and pj_atspi.has_action(node)), None))
    if tap.ok(save is not None, "the Save Check-in button is found"):
        pj_atspi.click(save)
    listed = pj_atspi.find(root, role=pyatspi.ROLE_LIST_ITEM, contains=f"Pain {PAIN} ·",
                           timeout=30)
    tap.ok(listed is not None, "the saved check-in is listed for the day",
           listed.name if listed else "")

    sitting = pj_atspi.find(root, role=pyatspi.ROLE_SPIN_BUTTON, name="Sitting hours")
    if tap.ok(sitting is not None and pj_atspi.tab_to(sitting) is not None,
              "Tab reaches the sitting hours"):
        # Select what is there (nothing: unknown) so the typed hours replace it.
        pj_atspi.key("ctrl+a")
        pj_atspi.type_text(SITTING)
        pj_atspi.key("Tab")
        tap.ok(pj_atspi.wait_until(
            lambda: abs(sitting.queryValue().currentValue - float(SITTING)) < 1e-6),
            f"the spin button holds {SITTING} hours")

    # The keyboard shortcuts window is built the first time it is asked for (Ctrl+?).
    pj_atspi.focus_window()
    pj_atspi.key("ctrl+question")
    shortcut = pj_atspi.find(root, contains="Save the day", timeout=30)
    tap.ok(shortcut is not None, "Ctrl+? opens the keyboard shortcuts")
    pj_atspi.key("Escape")

    # Quitting straight away: the debounced autosave must not lose the hours on the way out.
    pj_atspi.focus_window()
    pj_atspi.key("ctrl+q")
    status = app.wait_exit(timeout=60)
    tap.ok(status == 0, "Ctrl+Q quits the app cleanly", f"exit status {status}")
except Exception as error:
    tap.stopped(error)
finally:
    app.quit()

try:
    backup = pj_atspi.export_json(binary, db)
    dates.add(datetime.date.today().isoformat())
    days = backup.get("days", [])
    tap.ok(len(days) == 1 and days[0].get("date") in dates,
           "the journal holds exactly one day, today", [d.get("date") for d in days])
    day = days[0] if days else {}
    checkins = day.get("checkins", [])
    tap.ok(len(checkins) == 1, "the day has exactly one check-in", checkins)
    checkin = checkins[0] if checkins else {}
    tap.ok(checkin.get("pain") == PAIN, f"its pain is {PAIN}", checkin)
    tap.ok(sorted(checkin.get("locations", [])) == sorted(REGIONS.values()),
           "its locations are the two regions that were clicked", checkin)
    tap.ok(checkin.get("symptoms") == [SYMPTOM[1]], "its symptom is the one ticked", checkin)
    tap.ok(day.get("sitting_hours") == float(SITTING),
           f"the day's sitting hours are {SITTING}", day)
    untouched = [field for field in ("screen_hours", "sleep_hours", "stress", "posture")
                 if day.get(field) is not None]
    tap.ok(not untouched, "the fields left alone stay unknown", untouched)
finally:
    shutil.rmtree(folder, ignore_errors=True)
tap.finish()
