# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real Pain Journal window through the accessibility bus, as a person would.

Shared by the end-to-end and accessibility-audit tests. They run under the test suite's
Xvfb and D-Bus session (build-aux/dev test); each prints TAP so meson counts subtests."""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

from gi.repository import Gio, GLib


def _private_accessibility_bus():
    """Keeps this D-Bus session's accessibility bus to itself.

    The bus launcher puts its socket in the user's runtime directory, and without
    XDG_RUNTIME_DIR (as here) that is ~/.cache/at-spi/bus: one path for every session of the
    user. Test sessions running side by side then take that socket from each other, and a test
    could find, and click in, another session's Pain Journal. Before the launcher is started,
    tell the session bus to start it with a runtime directory of its own. The directory lives
    as long as the launcher (the whole session), so it is not removed here."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return
    try:
        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        running = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                "org.freedesktop.DBus", "NameHasOwner",
                                GLib.Variant("(s)", ("org.a11y.Bus",)), None,
                                Gio.DBusCallFlags.NONE, -1, None).unpack()[0]
        if running:
            return
        runtime = tempfile.mkdtemp(prefix="pj-atspi-runtime-")
        bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                      "UpdateActivationEnvironment",
                      GLib.Variant("(a{ss})", ({"XDG_RUNTIME_DIR": runtime},)), None,
                      Gio.DBusCallFlags.NONE, -1, None)
    except GLib.Error as error:
        print(f"# could not make the accessibility bus private: {error.message}", flush=True)


_private_accessibility_bus()
import pyatspi  # noqa: E402

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


class WaitTimeout(AssertionError):
    """A wait that ran out of time: says what it waited for, and the last error seen on the
    way (an accessible can vanish while it is read), so a failure explains itself."""

    def __init__(self, what, timeout, last_error=None):
        message = f"timed out after {timeout} s waiting for {what}"
        if last_error is not None:
            message += f" (last error: {type(last_error).__name__}: {last_error})"
        super().__init__(message)


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

    def stopped(self, error):
        """A check that ends the test early (a wait ran out, the app went away): one failing
        TAP line with what happened, so the plan still comes out at the end."""
        self.ok(False, f"the test could go no further: {error}")

    def skip_all(self, reason):
        print(f"1..0 # SKIP {reason}", flush=True)
        sys.exit(0)

    def finish(self):
        print(f"1..{self.count}", flush=True)
        sys.exit(1 if self.failed else 0)


class App:
    """The real binary on a temporary journal, found on the accessibility bus."""

    def __init__(self, binary, db_path, extra_args=(), env=None):
        # Asking for the desktop starts the accessibility bus and its registry now: an app
        # started before they exist never registers, and would not be found.
        pyatspi.Registry.getDesktop(0)
        environment = dict(os.environ)
        environment.pop("GTK_A11Y", None)
        environment.pop("NO_AT_BRIDGE", None)
        environment.update(env or {})
        self.process = subprocess.Popen([binary, "--db", db_path, *extra_args], env=environment)
        self.root = None

    def wait_for_window(self, timeout=30):
        deadline = time.monotonic() + timeout
        desktop = pyatspi.Registry.getDesktop(0)
        last_error = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app exited early with status {self.process.returncode}")
            desktop.clear_cache() if hasattr(desktop, "clear_cache") else None
            for index in range(desktop.childCount):
                application = desktop.getChildAtIndex(index)
                if application is None:
                    continue
                try:
                    # By process id too: only this test's own instance of the app will do.
                    if (application.name == APP_NAME and application.childCount > 0
                            and application.get_process_id() == self.process.pid):
                        self.root = application
                        return application
                except Exception as error:
                    # Another application on the bus may go away while it is looked at.
                    last_error = error
                    continue
            time.sleep(0.2)
        raise WaitTimeout("the Pain Journal window to appear on the accessibility bus", timeout,
                          last_error)

    def wait_exit(self, timeout=15):
        """The exit status once the app has ended by itself, or None if it is still running."""
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

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


# With no name set, GTK 4.8 hands a screen reader the widget's type name ("GtkToggleButton"),
# which says nothing to a person: treat it as no name at all.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Pj)[A-Z][A-Za-z]*$")


def is_unnamed(node):
    label = (node.name or "").strip()
    return not label or TYPE_NAME.match(label) is not None


MNEMONIC = re.compile(r"_\w")


def is_garbled(name):
    """A name that shows a mnemonic's underscore ("_Save") or says its label twice ("Save
    Save"), as GTK 4.8 makes of a button with a mnemonic label unless the app steps in."""
    words = name.replace("_", "").split()
    half = len(words) // 2
    doubled = len(words) % 2 == 0 and half > 0 and words[:half] == words[half:]
    return MNEMONIC.search(name) is not None or doubled


def is_control(node):
    """Something a person operates or lands on with Tab, so it must say what it is."""
    role = node.getRole()
    if role in INTERACTIVE_ROLES:
        return True
    # A focusable cell of a flow box or grid is a Tab stop of its own.
    return role == pyatspi.ROLE_TABLE_CELL and node.getState().contains(pyatspi.STATE_FOCUSABLE)


def describe(node, levels=6):
    """role:'name' of the node and its ancestors, to say where an unnamed control is."""
    path = []
    while node is not None and len(path) < levels:
        try:
            path.append(f"{node.getRoleName()}:{node.name!r}")
            node = node.parent
        except Exception:
            break
    return " < ".join(path)


def wait_until(predicate, timeout=10, interval=0.1, what=None):
    """Polls predicate until it returns something true, and returns that.

    With what (the condition in words), running out of time raises WaitTimeout saying so.
    Without it, the deadline returns None, for callers that report the outcome themselves
    (tap.ok) or that poll on purpose (tab_to); the last error the predicate raised is then
    printed as a TAP comment rather than lost."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            result = predicate()
        except Exception as error:
            # A node read while the page rebuilds itself can be gone: try again.
            last_error = error
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            if what is not None:
                raise WaitTimeout(what, timeout, last_error)
            if last_error is not None:
                print(f"# gave up after {timeout} s; last error: "
                      f"{type(last_error).__name__}: {last_error}", flush=True)
            return None
        time.sleep(interval)


def settle(root, timeout=90):
    """Waits until the tree stops changing (same nodes in two walks in a row), for pages that
    fill themselves in after they are shown. Returns the last list of nodes; raises
    WaitTimeout if the tree is still changing at the deadline. One walk of a full page is
    hundreds of D-Bus round trips, which on a loaded machine (the sanitizer build) take
    seconds each walk: the deadline leaves room for several."""
    deadline = time.monotonic() + timeout
    previous = None
    last_error = None
    while True:
        try:
            nodes = list(walk(root))
            signature = [(node.getRoleName(), node.name) for node in nodes]
        except Exception as error:
            # A node went away between the walk and the read: the tree is still changing.
            last_error = error
            signature = None
        if signature is not None and signature == previous:
            return nodes
        if time.monotonic() > deadline:
            raise WaitTimeout(f"the accessible tree under {describe(root, 1)} to stop changing",
                              timeout, last_error)
        previous = signature
        time.sleep(0.3)


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def find(root, role=None, name=None, contains=None, timeout=20, required=True):
    """The first visible accessible with that role and (exact or partial) name.

    If none turns up within timeout, raises WaitTimeout saying what was looked for; with
    required=False (to check that something is absent) returns None instead."""
    deadline = time.monotonic() + timeout
    last_error = None
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
            except Exception as error:
                # The node went away while it was read; the walk goes on.
                last_error = error
                continue
        if time.monotonic() > deadline:
            if not required:
                return None
            wanted = [f"role {role}" if role is not None else None,
                      f"name {name!r}" if name is not None else None,
                      f"a name containing {contains!r}" if contains is not None else None]
            raise WaitTimeout("an accessible with " + ", ".join(w for w in wanted if w),
                              timeout, last_error)
        time.sleep(0.2)


def has_action(node):
    try:
        return node.queryAction().nActions > 0
    except Exception:
        return False


def click(node):
    """Runs the node's first action (click / toggle / activate)."""
    action = node.queryAction()
    for index in range(action.nAActions if hasattr(action, "nAActions") else action.nActions):
        if action.getName(index) in ("click", "toggle", "activate", "press"):
            return action.doAction(index)
    return action.doAction(0)


def focus_window(title="Pain Journal", timeout=15):
    """Gives the app's window the X keyboard focus, so that typed keys reach it. Xvfb runs no
    window manager that would do it on mapping the window."""
    found = subprocess.run(["xdotool", "search", "--sync", "--name", f"^{title}$"],
                           capture_output=True, text=True, timeout=timeout)
    windows = found.stdout.split()
    if not windows:
        raise RuntimeError(f"no X window titled {title!r}")
    subprocess.run(["xdotool", "windowfocus", "--sync", windows[0]], check=True, timeout=timeout)
    return windows[0]


def click_at(node, window=None):
    """A real pointer click in the middle of node, for controls that offer no action over
    AT-SPI. GTK 4.8 reports positions relative to the window only, so the window's own
    position is added."""
    x, y, width, height = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    if width <= 0 or height <= 0:
        raise RuntimeError(f"{describe(node, 2)} has no size on screen")
    left, top = 0, 0
    if window is not None:
        geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                                  capture_output=True, text=True, check=True).stdout
        values = dict(line.split("=", 1) for line in geometry.split())
        left, top = int(values["X"]), int(values["Y"])
    subprocess.run(["xdotool", "mousemove", "--sync", str(left + x + width // 2),
                    str(top + y + height // 2), "click", "1"], check=True)


class _FocusEvents:
    """The accessibles that gained the keyboard focus, in order, as the app announced them.

    Reading a node's "focused" state right after a key press races the app: on a loaded
    machine (the sanitizer build, two tests at once) the focus may not have moved yet, the
    next Tab is pressed too soon, and the focus runs past the control it was meant to stop
    at. Following the app's own focus events, one per Tab, takes the race away. They arrive
    only while the GLib main context runs, hence pump()."""

    def __init__(self):
        self.gained = []
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")

    def _on_focus(self, event):
        if event.detail1:
            self.gained.append(event.source)

    def pump(self):
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass
        return len(self.gained)


_focus_events = _FocusEvents()


def tab_to(nodes, max_presses=150, press_timeout=10):
    """Presses Tab, as a keyboard user would, until the node (or one of the nodes: a widget
    can show as several accessibles of one name) has the focus. GTK 4.8 cannot move the focus
    over AT-SPI (grabFocus fails). Each press waits for the app to announce where the focus
    went before the next one. Returns how many times Tab was pressed, or None if the focus
    never got there."""
    nodes = nodes if isinstance(nodes, (list, tuple)) else [nodes]

    def focused():
        return any(has_state(node, pyatspi.STATE_FOCUSED) for node in nodes)

    if focused():
        return 0
    silent_presses = 0
    for presses in range(1, max_presses + 1):
        seen = _focus_events.pump()
        key("Tab")
        moved = wait_until(lambda: _focus_events.pump() > seen, timeout=press_timeout)
        if not moved:
            # No announcement (the focus stayed where it was, or the event was lost): the
            # state says whether it arrived; a run of silent presses means it never will.
            silent_presses += 1
            if focused():
                return presses
            if silent_presses >= 3:
                return None
            continue
        silent_presses = 0
        # One press can announce more than one accessible (a row and its child): the last
        # one is where the focus is now.
        time.sleep(0.05)
        _focus_events.pump()
        if any(_focus_events.gained[-1] == node for node in nodes) or focused():
            return presses
    return None


CHECKIN_BODY_MAP = "Body map, seen from behind"


def checkin_region(root, name, timeout=10):
    """A region of the check-in form's body map (the Trends heat map has regions of the same
    names). Found by its map's name rather than by its "region.toggle" action: GTK 4.8 leaks a
    little each time a widget's own actions are listed over AT-SPI, which AddressSanitizer
    reports when the app quits."""
    def search():
        for node in walk(root):
            if node.getRole() == pyatspi.ROLE_PANEL and node.name == CHECKIN_BODY_MAP:
                return next((region for region in walk(node)
                             if region.getRole() == pyatspi.ROLE_CHECK_BOX
                             and region.name == name), None)
        return None
    return wait_until(search, timeout=timeout)


def find_all(root, role=None, name=None):
    """Every visible accessible with that role and exact name."""
    return [node for node in walk(root)
            if (role is None or node.getRole() == role) and (name is None or node.name == name)]


def has_size(node):
    """Whether node takes room on screen: a folded expander's rows are "visible" for GTK 4.8,
    but have no size."""
    try:
        _, _, width, height = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return False
    return width > 0 and height > 0


def type_text(text):
    """GTK 4.8 cannot set entry text over AT-SPI: type it with XTest, as a keyboard would."""
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


def key(*names):
    subprocess.run(["xdotool", "key", *names], check=True)


def focus(node):
    """Moves the keyboard focus to node, as Tab would."""
    return node.queryComponent().grabFocus()


def export_json(binary, db_path):
    """The journal as the command line's full JSON backup, read back as a dict."""
    folder = tempfile.mkdtemp(prefix="pj-export-")
    path = os.path.join(folder, "backup.json")
    try:
        result = subprocess.run([binary, "--db", db_path, "--export-json", path],
                                capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise RuntimeError(f"--export-json failed ({result.returncode}): {result.stderr}")
        with open(path, encoding="utf-8") as stream:
            return json.load(stream)
    finally:
        if os.path.exists(path):
            os.unlink(path)
        os.rmdir(folder)


def temp_db():
    folder = tempfile.mkdtemp(prefix="pj-atspi-")
    return folder, os.path.join(folder, "journal.db")
