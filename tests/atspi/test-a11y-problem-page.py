#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The page for a journal that cannot be opened (here: --db names a folder), walked over the
accessibility bus as a screen reader would: every control has a name, and its ways out
(Choose Another Journal…, Quit) are there and can be acted on. A test of its own so that the
full audit's time limit is not shared."""
import os
import shutil
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

binary = os.environ["PJ_BINARY"]
folder, _ = pj_atspi.temp_db()
app = pj_atspi.App(binary, folder)
try:
    root = app.wait_for_window()
    tap.ok(root is not None, "the window appears on the accessibility bus")
    nodes = pj_atspi.settle(root)
    unnamed = sorted({pj_atspi.describe(node) for node in nodes
                      if pj_atspi.is_control(node) and pj_atspi.is_unnamed(node)})
    tap.ok(not unnamed, "every interactive control has an accessible name", "\n".join(unnamed))
    for wanted in ("Choose Another Journal…", "Quit"):
        button = pj_atspi.find(root, role=pyatspi.ROLE_PUSH_BUTTON, contains=wanted)
        tap.ok(button is not None and pj_atspi.has_action(button)
               and pj_atspi.has_state(button, pyatspi.STATE_SENSITIVE),
               f"the page offers {wanted}, enabled")
    title = pj_atspi.wait_until(lambda: any(
        node.name == "This Is a Folder, Not a Journal" for node in pj_atspi.walk(root)))
    tap.ok(title, "the page says the journal is a folder")
except Exception as error:
    tap.stopped(error)
finally:
    app.quit()
    shutil.rmtree(folder, ignore_errors=True)
tap.finish()
