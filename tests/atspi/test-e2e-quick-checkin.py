#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The quick check-in of issue 3: from opening the app to a saved check-in with a pain and one
location in no more than four interactions.

Every interaction is a real pointer click or key press (xdotool), and each one is counted;
AT-SPI is only used to look (where a control is, what it shows). The check-in must be in the
database before anything else happens: the command line's JSON export reads it while the
app is still open.
  New journal:     click "Log Today", type the pain digit, click a body-map region, Ctrl+S (4).
  Journal in use:  type the pain digit, click a body-map region, Ctrl+S (3): the pain scale
                   has the focus when the app opens.
The region clicked must be in view on the window's first screen, as a person can only click
what they see."""
import datetime
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pj_atspi  # noqa: E402

tap = pj_atspi.Tap()
if not os.environ.get("DISPLAY"):
    tap.skip_all("no display")
import pyatspi  # noqa: E402

MAX_INTERACTIONS = 4


class Person:
    """Clicks and keys, counted."""

    def __init__(self, window):
        self.window = window
        self.steps = []

    def click(self, node, what):
        pj_atspi.click_at(node, self.window)
        self.steps.append(f"click {what}")

    def press(self, keys):
        pj_atspi.key(keys)
        self.steps.append(f"key {keys}")


def extents(node):
    return tuple(node.queryComponent().getExtents(pyatspi.WINDOW_COORDS))


def scrolled_view(root, node):
    """The innermost scrolled pane that holds node."""
    parent = node.parent
    while parent is not None:
        if parent.getRole() == pyatspi.ROLE_SCROLL_PANE:
            return parent
        parent = parent.parent
    return None


def centre_inside(node, view):
    x, y, width, height = extents(node)
    left, top, view_width, view_height = extents(view)
    centre_x, centre_y = x + width // 2, y + height // 2
    return left <= centre_x < left + view_width and top <= centre_y < top + view_height


def saved_checkins(binary, db):
    """The check-ins in the database right now, read through the command line."""
    try:
        backup = pj_atspi.export_json(binary, db)
    except RuntimeError:
        return []
    return [checkin for day in backup.get("days", []) for checkin in day.get("checkins", [])]


def quick_checkin(binary, db, pain, region, location, first_run, expected_count):
    app = pj_atspi.App(binary, db)
    try:
        root = app.wait_for_window()
        person = Person(pj_atspi.focus_window())
        label = "new journal" if first_run else "journal in use"
        if first_run:
            log_today = pj_atspi.wait_until(lambda: next(
                (node for node in pj_atspi.walk(root)
                 if "Log Today" in (node.name or "") and pj_atspi.has_action(node)
                 and pj_atspi.has_size(node)), None))
            if not tap.ok(log_today is not None, f"{label}: the welcome page offers Log Today"):
                return
            person.click(log_today, "Log Today")

        slider = pj_atspi.find(root, role=pyatspi.ROLE_SLIDER)
        tap.ok(pj_atspi.wait_until(lambda: pj_atspi.has_state(slider, pyatspi.STATE_FOCUSED)),
               f"{label}: the pain scale has the focus")
        person.press(str(pain))

        target = pj_atspi.checkin_region(root, region)
        if not tap.ok(target is not None, f"{label}: the body map shows {region!r}"):
            return
        # A person clicks what is on screen: the region must be in view without scrolling.
        view = scrolled_view(root, target)
        tap.ok(view is not None and centre_inside(target, view),
               f"{label}: {region!r} is in view without scrolling",
               f"region {extents(target)}, view {extents(view) if view else None}")
        person.click(target, region)
        tap.ok(pj_atspi.wait_until(lambda: pj_atspi.has_state(target, pyatspi.STATE_CHECKED)),
               f"{label}: the click ticks {region!r}")

        person.press("ctrl+s")
        checkins = pj_atspi.wait_until(
            lambda: (lambda found: found if len(found) == expected_count else None)(
                saved_checkins(binary, db)), timeout=15) or saved_checkins(binary, db)
        tap.ok(len(checkins) == expected_count,
               f"{label}: the check-in is in the database while the app is still open",
               checkins)
        newest = checkins[-1] if checkins else {}
        tap.ok(newest.get("pain") == pain and newest.get("locations") == [location],
               f"{label}: it has pain {pain} and the location {location}", newest)
        tap.ok(len(person.steps) <= MAX_INTERACTIONS,
               f"{label}: {len(person.steps)} interactions, at most {MAX_INTERACTIONS}",
               ", ".join(person.steps))
        print(f"# {label}: " + " → ".join(person.steps), flush=True)

        pj_atspi.key("ctrl+q")
        status = app.wait_exit(timeout=20)
        tap.ok(status == 0, f"{label}: Ctrl+Q quits cleanly", f"exit status {status}")
    except Exception as error:
        tap.stopped(f"{label}: {error}")
    finally:
        app.quit()


binary = os.environ["PJ_BINARY"]
folder, db = pj_atspi.temp_db()
in_use_db = os.path.join(folder, "in-use.db")
try:
    quick_checkin(binary, db, 6, "Right shoulder", "shoulder_right", first_run=True,
                  expected_count=1)

    # A journal already in use (yesterday has a check-in), in a journal of its own: two quick
    # check-ins in the same minute would rightly clash (one check-in per day and time).
    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    seed = os.path.join(folder, "yesterday.json")
    with open(seed, "w", encoding="utf-8") as stream:
        json.dump({"format": "pain-journal", "version": 1,
                   "days": [{"date": yesterday, "checkins": [
                       {"time": "12:00", "pain": 2, "locations": ["lower_back"]}]}]}, stream)
    imported = subprocess.run([binary, "--db", in_use_db, "--import", seed],
                              capture_output=True, text=True)
    tap.ok(imported.returncode == 0, "a journal in use is prepared", imported.stderr)
    quick_checkin(binary, in_use_db, 3, "Neck", "neck", first_run=False, expected_count=2)
finally:
    shutil.rmtree(folder, ignore_errors=True)
tap.finish()
