# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real Pain Journal window through the accessibility bus, as a person would.

Shared by the end-to-end and accessibility-audit tests. They run under the test suite's
Xvfb and D-Bus session (build-aux/dev test); each prints TAP so meson counts subtests."""
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

APP_NAME = "pain-journal"
INTERACTIVE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_SWITCH if hasattr(pyatspi, "ROLE_SWITCH") else pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_LIST_ITEM,
}


class Tap:
    """Minimal TAP writer: one line per check, a plan at the end, exit status on failure."""

    def __init__(self):
        self.count = 0
        self.failed = 0

    def ok(self, condition, description, detail=""):
        self.count += 1
        if condition:
            print(f"ok {self.count} {description}", flush=True)
        else:
            self.failed += 1
            print(f"not ok {self.count} {description}", flush=True)
            for line in str(detail).splitlines():
                print(f"# {line}", flush=True)
        return condition

    def skip_all(self, reason):
        print(f"1..0 # SKIP {reason}", flush=True)
        sys.exit(0)

    def finish(self):
        print(f"1..{self.count}", flush=True)
        sys.exit(1 if self.failed else 0)


class App:
    """The real binary on a temporary journal, found on the accessibility bus."""

    def __init__(self, binary, db_path, extra_args=(), env=None):
        environment = dict(os.environ)
        environment.pop("GTK_A11Y", None)
        environment.pop("NO_AT_BRIDGE", None)
        environment.update(env or {})
        self.process = subprocess.Popen([binary, "--db", db_path, *extra_args], env=environment)
        self.root = None

    def wait_for_window(self, timeout=30):
        deadline = time.monotonic() + timeout
        desktop = pyatspi.Registry.getDesktop(0)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app exited early with status {self.process.returncode}")
            desktop.clear_cache() if hasattr(desktop, "clear_cache") else None
            for index in range(desktop.childCount):
                application = desktop.getChildAtIndex(index)
                if application is None:
                    continue
                try:
                    if application.name == APP_NAME and application.childCount > 0:
                        self.root = application
                        return application
                except Exception:
                    continue
            time.sleep(0.2)
        raise RuntimeError("the Pain Journal window did not appear on the accessibility bus")

    def quit(self, timeout=15):
        if self.process.poll() is None:
            self.process.terminate()
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


def walk(node, depth=0, max_depth=60):
    """Yields every accessible under node (visible ones only), depth first.

    GTK 4.8 marks only the window itself as "showing", so "visible" is the state that tells
    a widget on the current page from one on a page that is hidden."""
    if node is None or depth > max_depth:
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
        if child is None:
            continue
        try:
            states = child.getState()
            if not states.contains(pyatspi.STATE_VISIBLE):
                continue
        except Exception:
            continue
        yield from walk(child, depth + 1, max_depth)


def find(root, role=None, name=None, contains=None, timeout=10):
    """The first visible accessible with that role and (exact or partial) name."""
    deadline = time.monotonic() + timeout
    while True:
        for node in walk(root):
            try:
                if role is not None and node.getRole() != role:
                    continue
                label = node.name or ""
                if name is not None and label != name:
                    continue
                if contains is not None and contains.lower() not in label.lower():
                    continue
                return node
            except Exception:
                continue
        if time.monotonic() > deadline:
            return None
        time.sleep(0.2)


def click(node):
    """Runs the node's first action (click / toggle / activate)."""
    action = node.queryAction()
    for index in range(action.nAActions if hasattr(action, "nAActions") else action.nActions):
        if action.getName(index) in ("click", "toggle", "activate", "press"):
            return action.doAction(index)
    return action.doAction(0)


def type_text(text):
    """GTK 4.8 cannot set entry text over AT-SPI: type it with XTest, as a keyboard would."""
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


def key(*names):
    subprocess.run(["xdotool", "key", *names], check=True)


def temp_db():
    folder = tempfile.mkdtemp(prefix="pj-atspi-")
    return folder, os.path.join(folder, "journal.db")
