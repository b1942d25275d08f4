#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks the whole accessible tree of every page of the real window and fails when an
interactive control has no accessible name (a screen reader would say only "button").

The journal is filled with demo data first, so lists, charts and cards have rows to audit,
and the pop-overs (main menu, calendar) are opened and audited too. GTK 4.8 reports the pages
of a stack that are not shown as "visible" too, so every audit covers the whole window; each
page is still shown first, because some fill themselves in only then. A name that is only a
GTK type name ("GtkImage", what 4.8 reports for an icon button without a label) counts as
no name."""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pj_atspi  # noqa: E402

tap = pj_atspi.Tap()
if not os.environ.get("DISPLAY"):
    tap.skip_all("no display")
try:
    import pyatspi  # noqa: E402
except ImportError:
    tap.skip_all("pyatspi is not installed")

PAGES = ("Today", "History", "Trends", "Insights")
# Controls that must be found, or the walk did not really reach the page's content.
EXPECTED = {
    "Today": ("Save Check-in", "Pain 5", "Between the shoulder blades", "Sitting hours"),
    "History": ("Delete the entry for", "Search History", "Search notes",
                "Only days with warning signs"),
    "Trends": ("Previous Period", "Week"),
    "Insights": ("Search tips", "Category: All categories"),
}


def audit(root, where):
    """One TAP line: no unnamed control anywhere in the window. Returns the named ones."""
    unnamed, named, gone = {}, [], []
    for node in pj_atspi.settle(root):
        try:
            if not pj_atspi.is_control(node):
                continue
            if pj_atspi.is_unnamed(node):
                place = pj_atspi.describe(node)
                unnamed[place] = unnamed.get(place, 0) + 1
            else:
                named.append(node.name)
        except Exception as error:
            # Gone since the tree settled: not audited, and said so.
            gone.append(f"{type(error).__name__}: {error}")
    if gone:
        print(f"# {where}: {len(gone)} accessibles went away before they were audited; "
              f"first: {gone[0]}", flush=True)
    tap.ok(not unnamed, f"every interactive control has an accessible name ({where})",
           "\n".join(f"{count} × {place}" for place, count in unnamed.items()))
    garbled = sorted({name for name in named if pj_atspi.is_garbled(name)})
    tap.ok(not garbled, f"no control's name shows a mnemonic or repeats itself ({where})",
           "\n".join(repr(name) for name in garbled))
    return named


def audit_popover(root, opener_name, where):
    """Opens a pop-over from its button, audits it, and closes it again with Escape."""
    # A GtkMenuButton shows as two nested buttons of that name; only the inner one acts.
    opener = pj_atspi.wait_until(lambda: next(
        (node for node in pj_atspi.walk(root)
         if node.name == opener_name and pj_atspi.has_action(node)), None))
    if not tap.ok(opener is not None, f"the {where} button is found", opener_name):
        return
    before = len(list(pj_atspi.walk(root)))
    pj_atspi.click(opener)
    opened = pj_atspi.wait_until(lambda: len(list(pj_atspi.walk(root))) > before)
    tap.ok(opened, f"the {where} opens")
    audit(root, where)
    pj_atspi.key("Escape")
    tap.ok(pj_atspi.wait_until(lambda: len(list(pj_atspi.walk(root))) <= before),
           f"the {where} closes with Escape")


binary = os.environ["PJ_BINARY"]
folder, db = pj_atspi.temp_db()
seed = os.path.join(folder, "seed.json")
# Demo data, written headlessly: the export makes the command line stop instead of opening the
# window that --demo-data alone would open.
seeded = subprocess.run([binary, "--db", db, "--demo-data", "--demo-days", "60",
                         "--export-json", seed], capture_output=True, text=True)
tap.ok(seeded.returncode == 0, "the journal is filled with demo data", seeded.stderr)

app = pj_atspi.App(binary, db)
try:
    root = app.wait_for_window()
    tap.ok(root is not None, "the window appears on the accessibility bus")

    tabs = pj_atspi.wait_until(lambda: [
        node for node in pj_atspi.walk(root)
        if node.getRole() == pyatspi.ROLE_PAGE_TAB and node.name in PAGES])
    page_names = [name for name in PAGES if any(tab.name == name for tab in tabs or [])]
    tap.ok(set(page_names) >= {"Today", "History", "Trends"},
           "the view switcher exposes the pages", page_names)

    for page in page_names:
        tab = next(t for t in tabs if t.name == page)
        pj_atspi.click(tab)
        selected = pj_atspi.wait_until(
            lambda: pj_atspi.has_state(tab, pyatspi.STATE_SELECTED))
        tap.ok(selected, f"the {page} page is shown")
        named = audit(root, page)
        missing = [expected for expected in EXPECTED.get(page, ())
                   if not any(expected in name for name in named)]
        tap.ok(not missing, f"the audit of {page} reached its controls",
               "missing: " + ", ".join(missing))

    today = next(t for t in tabs if t.name == "Today")
    pj_atspi.click(today)
    tap.ok(pj_atspi.wait_until(lambda: pj_atspi.has_state(today, pyatspi.STATE_SELECTED)),
           "the Today page is shown again")
    audit_popover(root, "Main Menu", "main menu")
    date_button = pj_atspi.find(root, role=pyatspi.ROLE_PUSH_BUTTON, contains="Today, ")
    if tap.ok(date_button is not None, "the day navigator's date button is found"):
        audit_popover(root, date_button.name, "calendar pop-over")

    # Preferences (Ctrl+,): a window of its own, audited with everything else still open.
    pj_atspi.focus_window()
    pj_atspi.key("ctrl+comma")
    preferences = pj_atspi.wait_until(lambda: next(
        (window for window in pj_atspi.walk(root, max_depth=1)
         if window.getRole() in (pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW)
         and window.name == "Preferences"), None))
    if tap.ok(preferences is not None, "Ctrl+comma opens Preferences"):
        named = audit(preferences, "Preferences")
        wanted = ("Remind Me to Log", "Hours", "Minutes", "Monday", "Sunday",
                  "Only When I Have Not Logged That Day", "Name", "Year of birth", "Paper")
        missing = [name for name in wanted if not any(name in found for found in named)]
        tap.ok(not missing, "the audit of Preferences reached its controls",
               "missing: " + ", ".join(missing))
        pj_atspi.key("Escape")
except Exception as error:
    tap.stopped(error)
finally:
    app.quit()
    shutil.rmtree(folder, ignore_errors=True)
tap.finish()
