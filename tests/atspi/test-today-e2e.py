#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Logs a day through the real window over the accessibility bus, as a person would: a check-in
with a pain value, two regions and a warning sign, plus sitting hours; quits with Ctrl+Q; then
reads the journal back through --export-json."""
import datetime
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pj_atspi  # noqa: E402
import pyatspi  # noqa: E402

tap = pj_atspi.Tap()
if not os.environ.get("DISPLAY"):
    tap.skip_all("no display")


def walk_all(node, depth=0):
    """Every accessible under node. GTK 4.8 does not mark the window's inner panels as
    showing, so a walk that prunes on STATE_SHOWING stops at the top."""
    if node is None or depth > 80:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        yield from walk_all(child, depth + 1)


def same_name(actual, wanted):
    """GTK 4.8 names a button with a mnemonic label "_Log Today Log Today" unless it is given
    an accessible label: accept that form too."""
    if actual == wanted:
        return True
    head, _, tail = (actual or "").partition(" " + wanted)
    return tail == "" and head.replace("_", "") == wanted


def find(root, name, roles, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for node in walk_all(root):
            try:
                if same_name(node.name, name) and node.getRole() in roles:
                    return node
            except Exception:
                continue
        time.sleep(0.2)
    return None


def focused(root):
    for node in walk_all(root):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                return node
        except Exception:
            continue
    return None


def tab_to(root, name, roles, limit=80):
    """Presses Tab until the keyboard focus is on the named control, as a keyboard user would
    (GTK 4.8 offers no AT-SPI action on check boxes and rows, and no grabFocus)."""
    for _ in range(limit):
        node = focused(root)
        try:
            if node is not None and node.name == name and node.getRole() in roles:
                return True
        except Exception:
            pass
        pj_atspi.key("Tab")
        time.sleep(0.1)
    return False


BUTTONS = (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON)

binary = os.environ["PJ_BINARY"]
folder, db = pj_atspi.temp_db()
app = pj_atspi.App(binary, db)
try:
    root = app.wait_for_window()
    tap.ok(root is not None, "the window appears on the accessibility bus")
    time.sleep(1.0)

    # An empty journal opens on the welcome page.
    log_today = find(root, "Log Today", BUTTONS)
    if log_today is not None:
        pj_atspi.click(log_today)
        time.sleep(0.5)

    pain = find(root, "Pain 6", BUTTONS)
    tap.ok(pain is not None, "the pain scale offers 6")
    pj_atspi.click(pain)

    for region in ("Neck", "Left shoulder"):
        chip = find(root, region, BUTTONS)
        tap.ok(chip is not None, f"the location {region} can be chosen")
        pj_atspi.click(chip)

    # From the pain scale (clicking a pain button focuses it) on with the keyboard: the
    # checklist opens by itself only after recent warning signs, so open it.
    tap.ok(tab_to(root, "Warning signs", (pyatspi.ROLE_LIST_ITEM,)),
           "the keyboard reaches the warning-sign checklist")
    pj_atspi.key("space")
    time.sleep(0.4)
    question = "Numbness or tingling in your arms, hands or legs?"
    tap.ok(tab_to(root, question, (pyatspi.ROLE_CHECK_BOX,)),
           "the warning sign is asked as a question")
    pj_atspi.key("space")
    time.sleep(0.3)

    save = find(root, "Save Check-in", BUTTONS)
    tap.ok(save is not None, "the form has a Save button")
    pj_atspi.click(save)
    time.sleep(0.5)

    tap.ok(tab_to(root, "Sitting hours", (pyatspi.ROLE_SPIN_BUTTON,)),
           "the keyboard reaches the sitting hours")
    pj_atspi.type_text("7.5")
    pj_atspi.key("Tab")
    time.sleep(0.3)

    # Quit at once: the autosave of the sitting hours has not run yet, closing must keep it.
    pj_atspi.key("ctrl+q")
    try:
        status = app.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        status = None
    tap.ok(status == 0, "Ctrl+Q quits cleanly", f"exit status {status}")
finally:
    app.quit()

try:
    export = os.path.join(folder, "journal.json")
    result = subprocess.run([binary, "--db", db, "--export-json", export],
                            capture_output=True, text=True)
    tap.ok(result.returncode == 0, "the journal exports", result.stderr)
    with open(export, encoding="utf-8") as stream:
        days = json.load(stream)["days"]
    today = datetime.date.today().isoformat()
    day = next((d for d in days if d["date"] == today), None)
    tap.ok(day is not None, "today is in the journal", json.dumps(days)[:500])
    checkins = day.get("checkins", []) if day else []
    tap.ok(len(checkins) == 1, "one check-in was saved", json.dumps(checkins))
    checkin = checkins[0] if checkins else {}
    tap.ok(checkin.get("pain") == 6, "with pain 6", json.dumps(checkin))
    tap.ok(sorted(checkin.get("locations", [])) == ["neck", "shoulder_left"],
           "with the two regions", json.dumps(checkin))
    tap.ok(checkin.get("symptoms") == ["numbness_tingling"], "with the warning sign",
           json.dumps(checkin))
    tap.ok(day is not None and day.get("sitting_hours") == 7.5,
           "the sitting hours survived quitting", json.dumps(day))
    tap.ok(day is not None and day.get("stress") is None, "an untouched factor stays unknown",
           json.dumps(day))
finally:
    shutil.rmtree(folder, ignore_errors=True)
tap.finish()
