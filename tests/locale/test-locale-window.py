#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The real window under one translated locale (argv[1], catalogue argv[2]): every page, the
main menu and every window it opens (Export, Preferences, Backups, Keyboard Shortcuts, About)
and the medicines window are walked over the accessibility bus, and any visible text (a label,
a button, a title) that is still an English msgid of the catalogue fails the test.

The journal is filled with demo data so lists, cards and tips have rows. Prints TAP."""
import os
import shutil
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(os.path.dirname(here), 'atspi'))
import pj_po  # noqa: E402
import pj_atspi  # noqa: E402

tap = pj_atspi.Tap()
if not os.environ.get('DISPLAY'):
    tap.skip_all('no display')
import pyatspi  # noqa: E402

locale_name, po_path = sys.argv[1], sys.argv[2]
entries = pj_po.read_po(po_path)
english = set()
for msgid in pj_po.english_left(entries):
    english.add(msgid)
    english.add(msgid.replace('_', ''))
english_patterns = [(m, pj_po.format_pattern(m.replace('_', ''))) for m in english
                    if '%' in m and len(m) > 8]


def translated(msgid):
    return (entries.get(msgid) or msgid).replace('_', '')


def english_shown(root):
    """The visible texts under root that are still English msgids."""
    found = set()
    for node in pj_atspi.settle(root):
        try:
            texts = [node.name or '', node.description or '']
            if node.getRole() in (pyatspi.ROLE_LABEL, pyatspi.ROLE_TEXT):
                try:
                    text = node.queryText()
                    texts.append(text.getText(0, text.characterCount))
                except NotImplementedError:
                    pass
        except Exception:
            continue
        for text in texts:
            text = text.strip()
            if not text:
                continue
            if text in english:
                found.add(text)
            elif len(text) > 8:
                found.update(m for m, p in english_patterns if p.search(text))
    return found


def check(root, where):
    left = english_shown(root)
    tap.ok(not left, f'no English text is shown ({where}, {locale_name})',
           '\n'.join(repr(t) for t in sorted(left)[:60]))


def windows(root):
    """The app's windows other than the main one (named as the app), on the accessibility
    bus."""
    main_title = translated('Pain Journal')
    children = (root.getChildAtIndex(i) for i in range(root.childCount))
    return [w for w in children if w is not None and w.name != main_title
            and w.getRole() in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FRAME)]


def x_windows():
    found = subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', '.'],
                           capture_output=True, text=True)
    return set(found.stdout.split())


def open_window(root, opener, what):
    """Runs opener and returns the window it opened, with the X windows that appeared (Xvfb
    has no window manager to give them the focus)."""
    before = x_windows()
    opener()
    window = pj_atspi.wait_until(lambda: next(iter(windows(root)), None),
                                 what=f'{what} to open')
    appeared = pj_atspi.wait_until(lambda: x_windows() - before,
                                   what=f'the X window of {what}')
    return window, appeared


def close(root, appeared):
    """Escape in each window the test opened, as a person closes a dialog."""
    for x_window in appeared:
        subprocess.run(['xdotool', 'windowfocus', '--sync', x_window], timeout=15)
        pj_atspi.key('Escape')
    pj_atspi.wait_until(lambda: not windows(root), what='the opened window to close')


binary = os.environ['PJ_BINARY']
folder, db = pj_atspi.temp_db()
env = {'LANG': locale_name, 'LC_ALL': locale_name, 'LANGUAGE': ''}
seed = os.path.join(folder, 'seed.json')
# Made in the language under test: the demo medicines' names are data, written in the
# language of the session that made them.
seeded = subprocess.run([binary, '--db', db, '--demo-data', '--demo-days', '60',
                         '--export-json', seed], capture_output=True, text=True,
                        env=dict(os.environ, **env))
tap.ok(seeded.returncode == 0, 'the journal is filled with demo data', seeded.stderr)

app = pj_atspi.App(binary, db, env=env)
try:
    root = app.wait_for_window()
    tabs = pj_atspi.wait_until(lambda: [
        node for node in pj_atspi.walk(root) if node.getRole() == pyatspi.ROLE_PAGE_TAB],
        what='the view switcher\'s page tabs')
    names = [tab.name for tab in tabs]
    tap.ok(len(tabs) >= 4, 'the view switcher shows its pages', names)
    for tab in tabs:
        pj_atspi.click(tab)
        pj_atspi.wait_until(lambda: pj_atspi.has_state(tab, pyatspi.STATE_SELECTED),
                            what=f'the {tab.name} page to be shown')
        check(root, f'page {tab.name}')

    menu_name = translated('Main Menu')
    opener = pj_atspi.wait_until(lambda: next(
        (node for node in pj_atspi.walk(root)
         if node.name == menu_name and pj_atspi.has_action(node)), None),
        what=f'the main menu button {menu_name!r}')
    pj_atspi.click(opener)
    export_name = translated('_Export…')
    item = pj_atspi.find(root, name=export_name, timeout=10)
    check(root, 'main menu')
    window, appeared = open_window(root, lambda: pj_atspi.click(item), 'the export dialog')
    check(window, 'export dialog')
    close(root, appeared)

    # The other windows of the main menu, and the medicines window from Today.
    for label in ('_Preferences', '_Backups', '_Keyboard Shortcuts', '_About Pain Journal'):
        def from_menu():
            pj_atspi.click(opener)
            pj_atspi.click(pj_atspi.find(root, name=translated(label), timeout=10))
        window, appeared = open_window(root, from_menu, f'the {label} window')
        check(window, label.replace('_', ''))
        close(root, appeared)
    pj_atspi.click(pj_atspi.find(root, role=pyatspi.ROLE_PAGE_TAB, name=translated('Today'),
                                 timeout=10))
    manage = pj_atspi.wait_until(lambda: next(
        (node for node in pj_atspi.walk(root)
         if node.name in (translated('_Manage'), translated('Manage medicines and treatments'))
         and pj_atspi.has_action(node)), None), what='the Manage button on Today')
    window, appeared = open_window(root, lambda: pj_atspi.click(manage),
                                   'the medicines window')
    check(window, 'medicines window')
    close(root, appeared)
except Exception as error:
    tap.stopped(error)
finally:
    app.quit()
    shutil.rmtree(folder, ignore_errors=True)
tap.finish()
