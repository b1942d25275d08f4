#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks the whole accessible tree of every page of the real window and fails when an
interactive control has no accessible name (a screen reader would say only "button")."""
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

binary = os.environ["PJ_BINARY"]
folder, db = pj_atspi.temp_db()
# A journal with data, so lists, charts and insights have content to audit.
subprocess.run([binary, "--db", db, "--demo-data", "--demo-days", "60", "--version"],
               check=False, capture_output=True)
app = pj_atspi.App(binary, db)
try:
    root = app.wait_for_window()
    tap.ok(root is not None, "the window appears on the accessibility bus")
    time.sleep(1.0)

    tabs = [node for node in pj_atspi.walk(root)
            if node.getRole() in (pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TOGGLE_BUTTON)
            and node.name in ("Today", "History", "Trends", "Insights")]
    page_names = sorted({tab.name for tab in tabs}) or ["(single page)"]
    tap.ok(len(tabs) > 0, "the view switcher exposes its pages", page_names)

    for page in page_names:
        tab = next((t for t in tabs if t.name == page), None)
        if tab is not None:
            pj_atspi.click(tab)
            time.sleep(0.8)
        unnamed = []
        for node in pj_atspi.walk(root):
            try:
                role = node.getRole()
                if role not in pj_atspi.INTERACTIVE_ROLES:
                    continue
                if not (node.name or "").strip():
                    path = []
                    parent = node
                    while parent is not None and len(path) < 6:
                        path.append(f"{parent.getRoleName()}:{parent.name!r}")
                        parent = parent.parent
                    unnamed.append(" < ".join(path))
            except Exception:
                continue
        tap.ok(not unnamed, f"every interactive control on {page} has an accessible name",
               "\n".join(unnamed))
finally:
    app.quit()
    shutil.rmtree(folder, ignore_errors=True)
tap.finish()
