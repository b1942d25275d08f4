#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The daily reminder end to end (issue 14): the real app in service mode
(--gapplication-service, as autostart starts it) under a D-Bus session of its own, with
python3-dbusmock's notification daemon and a test clock (PJ_TEST_CLOCK, set only by tests)
a few seconds before the reminder time.

  - One notification comes, at the reminder time, with the expected title and line.
  - Invoking its "Log Now" (ActionInvoked on the mock) opens the window, in the service's own
    process, on Today with the pain scale focused.
  - Closing the window leaves the service running; opening the app again shows the window in
    that same process (the second launch only asks the first over D-Bus).
  - On a day already logged no notification comes.
Settings are a key file (GSETTINGS_BACKEND=keyfile) in the test's own folder, so the app and
the test see the same values.

With a locale as argument (de_DE.UTF-8), the app runs in that language from the build tree's
catalogues (PJ_TEST_LOCALEDIR), and the notification must come in it."""
import gettext
import os
import shutil
import subprocess
import sys
import tempfile
import time

if not os.environ.get("DISPLAY"):
    print("1..0 # SKIP no display", flush=True)
    sys.exit(0)
if shutil.which("dbus-daemon") is None:
    print("1..0 # SKIP dbus-daemon is not installed", flush=True)
    sys.exit(0)


def own_session_bus():
    """A session bus of its own (with the standard service folders, so the accessibility bus
    can start), away from the suite's shared one where other tests run apps of the same id.
    What the bus and the services it starts print goes to stderr, not into the TAP."""
    read_end, write_end = os.pipe()
    with open(os.path.join(SERVICES, "bus.conf"), "w") as stream:
        stream.write("<busconfig><include>/usr/share/dbus-1/session.conf</include>"
                     f"<servicedir>{SERVICES}</servicedir></busconfig>")
    daemon = subprocess.Popen(["dbus-daemon", f"--config-file={SERVICES}/bus.conf", "--nofork",
                               f"--print-address={write_end}"], pass_fds=(write_end,),
                              stdout=sys.stderr, stderr=sys.stderr)
    os.close(write_end)
    with os.fdopen(read_end) as stream:
        address = stream.readline().strip()
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    return daemon


# D-Bus activation: a service file of the test's own, as the installed one, for the build.
SERVICES = tempfile.mkdtemp(prefix="pj-e2e-services-")
session_daemon = own_session_bus()
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pj_atspi  # noqa: E402
import pyatspi  # noqa: E402
from gi.repository import Gio, GLib  # noqa: E402

tap = pj_atspi.Tap()
try:
    import dbusmock  # noqa: F401,E402
except ImportError:
    tap.skip_all("python3-dbusmock is not installed")

LOCALE = sys.argv[1] if len(sys.argv) > 1 else None
if LOCALE:
    catalogue = gettext.translation("pain-journal", os.environ["PJ_TEST_LOCALEDIR"],
                                    [LOCALE.split("_")[0]])
else:
    catalogue = gettext.NullTranslations()
_ = catalogue.gettext

BINARY = os.environ["PJ_BINARY"]
APP_ID = "io.github.painjournal.PainJournal"
TITLE = _("How is your back today?")
LINE = catalogue.ngettext("Your last check-in was %u day ago.",
                          "Your last check-in was %u days ago.", 3) % 3
LOG_NOW = _("Log Now")
DAY = "2026-06-29"
START = f"{DAY}T19:59:56"      # the reminder is at 20:00, four seconds later
MOCK_PATH = "/org/freedesktop/Notifications"
MOCK_IFACE = "org.freedesktop.DBus.Mock"

folder = tempfile.mkdtemp(prefix="pj-e2e-reminder-")
config = os.path.join(folder, "config")
data = os.path.join(folder, "data")
os.makedirs(os.path.join(config, "glib-2.0", "settings"))
os.makedirs(data)
env = dict(os.environ, XDG_CONFIG_HOME=config, XDG_DATA_HOME=data, GSETTINGS_BACKEND="keyfile",
           TZ="UTC")
if LOCALE:
    env.update(LANG=LOCALE, LC_ALL=LOCALE, LANGUAGE="")
for name in ("GTK_A11Y", "NO_AT_BRIDGE"):
    env.pop(name, None)
bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)


def write_settings():
    """Reminders on at 20:00, nothing sent yet (a fresh key file each time)."""
    with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w") as stream:
        stream.write("[io/github/painjournal/PainJournal]\n"
                     "reminder-enabled=true\nreminder-time='20:00'\n")


def import_checkin(date):
    csv = os.path.join(folder, f"{date}.csv")
    with open(csv, "w") as stream:
        stream.write(f"date,time,pain\n{date},08:00,4\n")
    # No --db: the default journal under XDG_DATA_HOME, the one the service opens.
    result = subprocess.run([BINARY, "--import", csv], env=env, capture_output=True, text=True)
    tap.ok(result.returncode == 0, f"a check-in on {date} is imported", result.stderr)


def mock_call(method, args=None):
    return bus.call_sync("org.freedesktop.Notifications", MOCK_PATH, MOCK_IFACE, method, args,
                         None, Gio.DBusCallFlags.NONE, 10000, None).unpack()


def notifications():
    """The Notify calls the mock has seen: (summary, body, actions)."""
    return [(args[3], args[4], args[5]) for _, method, args in mock_call("GetCalls")[0]
            if method == "Notify"]


def start_service():
    return subprocess.Popen([BINARY, "--gapplication-service"],
                            env=dict(env, PJ_TEST_CLOCK=START))


def name_owned():
    return bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                         "NameHasOwner", GLib.Variant("(s)", (APP_ID,)), None,
                         Gio.DBusCallFlags.NONE, -1, None).unpack()[0]


def find_window(pid, timeout=30):
    """The app on the accessibility bus with a window, by its process id."""
    desktop = pyatspi.Registry.getDesktop(0)

    def search():
        desktop.clear_cache() if hasattr(desktop, "clear_cache") else None
        for index in range(desktop.childCount):
            application = desktop.getChildAtIndex(index)
            try:
                if (application is not None and application.name == "pain-journal"
                        and application.get_process_id() == pid and application.childCount > 0):
                    return application
            except Exception:
                continue
        return None
    return pj_atspi.wait_until(search, timeout=timeout)


def stop(process):
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


pyatspi.Registry.getDesktop(0)
mock = subprocess.Popen([sys.executable, "-m", "dbusmock", "--template", "notification_daemon"],
                        stdout=subprocess.DEVNULL)
service = None
try:
    tap.ok(pj_atspi.wait_until(lambda: bus.call_sync(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
        GLib.Variant("(s)", ("org.freedesktop.Notifications",)), None, Gio.DBusCallFlags.NONE,
        -1, None).unpack()[0], timeout=20), "the mock notification daemon is on the bus")

    # ----- A day not logged yet: the last check-in was three days before -----
    write_settings()
    import_checkin("2026-06-26")
    service = start_service()
    tap.ok(pj_atspi.wait_until(name_owned, timeout=20),
           "the service owns the application's name on the session bus")
    tap.ok(notifications() == [], "no notification before the reminder time")
    sent = pj_atspi.wait_until(notifications, timeout=30)
    tap.ok(sent and sent[0][0] == TITLE, "a notification with the reminder's title comes",
           repr(sent))
    tap.ok(sent and sent[0][1] == LINE,
           "its line says when the last check-in was", repr(sent))
    time.sleep(3)
    tap.ok(len(notifications()) == 1, "exactly one notification", repr(notifications()))
    autostart = os.path.join(config, "autostart", APP_ID + ".desktop")
    entry = open(autostart).read() if os.path.exists(autostart) else ""
    tap.ok("--gapplication-service" in entry and "NoDisplay=true" in entry,
           "the autostart entry runs the service", entry)
    tap.ok(find_window(service.pid, timeout=2) is None, "the service shows no window by itself")

    # ----- Log Now -----
    actions = sent[0][2] if sent else []
    keys = [actions[i] for i in range(0, len(actions) - 1, 2) if actions[i + 1] == LOG_NOW]
    tap.ok(len(keys) == 1, "the notification has a Log Now button", repr(actions))
    if keys:
        mock_call("EmitSignal", GLib.Variant("(sssav)", (
            "org.freedesktop.Notifications", "ActionInvoked", "us",
            [GLib.Variant("u", 1), GLib.Variant("s", keys[0])])))
    root = find_window(service.pid)
    tap.ok(root is not None, "Log Now opens the window in the service's process")
    if root is not None:
        today = pj_atspi.wait_until(lambda: next(
            (node for node in pj_atspi.walk(root) if node.getRole() == pyatspi.ROLE_PAGE_TAB
             and node.name == _("Today")), None))
        tap.ok(today is not None and pj_atspi.wait_until(
            lambda: pj_atspi.has_state(today, pyatspi.STATE_SELECTED)), "it shows Today")
        focused = pj_atspi.wait_until(lambda: next(
            (node for node in pj_atspi.walk(root) if node.getRole() == pyatspi.ROLE_SLIDER
             and pj_atspi.has_state(node, pyatspi.STATE_FOCUSED)), None))
        tap.ok(focused is not None, "the pain scale has the focus")

        # ----- Closing the window leaves the service; opening the app uses it -----
        pj_atspi.focus_window(_("Pain Journal"))
        pj_atspi.key("ctrl+w")
        closed = pj_atspi.wait_until(lambda: find_window(service.pid, timeout=0.5) is None,
                                     timeout=15)
        tap.ok(closed, "Ctrl+W closes the window")
        time.sleep(1)
        tap.ok(service.poll() is None, "the service keeps running without a window")
        second = subprocess.run([BINARY], env=env, timeout=60, capture_output=True, text=True)
        tap.ok(second.returncode == 0, "opening the app again hands over and ends",
               second.stderr)
        tap.ok(find_window(service.pid) is not None,
               "the window opens in the running service's process")
    stop(service)

    # ----- A day already logged: no reminder -----
    mock_call("ClearCalls")
    write_settings()
    import_checkin(DAY)
    service = start_service()
    tap.ok(pj_atspi.wait_until(name_owned, timeout=20), "the service starts again")
    # Six seconds from 19:59:56: the reminder time is two seconds past.
    time.sleep(6)
    tap.ok(notifications() == [], "no notification on a day already logged",
           repr(notifications()))
    tap.ok(service.poll() is None, "the service stays, for the next day's reminder")
    stop(service)
    service = None

    # ----- Opened from the desktop: D-Bus activation (DBusActivatable=true) -----
    with open(os.path.join(SERVICES, APP_ID + ".service"), "w") as stream:
        stream.write(f"[D-BUS Service]\nName={APP_ID}\nExec={BINARY} --gapplication-service\n")
    activation_env = {name: env[name] for name in (
        "XDG_CONFIG_HOME", "XDG_DATA_HOME", "GSETTINGS_BACKEND", "GSETTINGS_SCHEMA_DIR", "TZ",
        "DISPLAY", "GDK_DEBUG", "LANG", "LC_ALL", "LANGUAGE", "PJ_TEST_LOCALEDIR") if name in env}
    activation_env["PJ_TEST_CLOCK"] = START
    bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                  "UpdateActivationEnvironment", GLib.Variant("(a{ss})", (activation_env,)),
                  None, Gio.DBusCallFlags.NONE, -1, None)
    bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                  "ReloadConfig", None, None, Gio.DBusCallFlags.NONE, -1, None)
    # What GNOME Shell does to open a D-Bus activatable app; the bus starts it first.
    bus.call_sync(APP_ID, "/" + APP_ID.replace(".", "/"), "org.freedesktop.Application",
                  "Activate", GLib.Variant("(a{sv})", ({},)), None, Gio.DBusCallFlags.NONE,
                  60000, None)
    pid = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                        "GetConnectionUnixProcessID", GLib.Variant("(s)", (APP_ID,)), None,
                        Gio.DBusCallFlags.NONE, -1, None).unpack()[0]
    tap.ok(find_window(pid) is not None, "Activate over D-Bus starts the app and opens its window")
    os.kill(pid, 15)
finally:
    if service is not None:
        stop(service)
    stop(mock)
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(SERVICES, ignore_errors=True)
    session_daemon.terminate()
    session_daemon.wait()
tap.finish()
