#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Guards for translations, run as a meson test.

1. Every .po file listed in LINGUAS passes `msgfmt --check` (format strings, headers).
2. POTFILES.in names only files that exist, in sorted order, without duplicates.
3. Every file under src/ and data/ with translatable strings (_(), N_(), C_(), NC_(),
   translatable="yes", and the desktop/metainfo/schema files) is listed in POTFILES.in, so
   no string is silently left out of the translation template.

Prints TAP so meson counts each check.
"""
import os
import re
import subprocess
import sys

MARKER = re.compile(r'(^|[^A-Za-z0-9_])(N_|C_|NC_|_)\(|translatable="yes"')
C_COMMENT = re.compile(r'/\*.*?\*/|//[^\n]*', re.S)
ALWAYS_TRANSLATED = ('.desktop.in', '.metainfo.xml.in', '.gschema.xml')
SCANNED = ('.c', '.h', '.ui', '.in', '.xml')


def has_strings(path):
    if path.endswith(ALWAYS_TRANSLATED):
        return True
    if not path.endswith(SCANNED):
        return False
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    if path.endswith(('.c', '.h')):
        # A comment that mentions _() is not a string to translate.
        text = C_COMMENT.sub(' ', text)
    return MARKER.search(text) is not None


def main():
    source_root = os.path.abspath(sys.argv[1])
    po_dir = os.path.join(source_root, 'po')
    results = []

    with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
        linguas = [w for line in f if not line.lstrip().startswith('#') for w in line.split()]
    for lang in linguas:
        po = os.path.join(po_dir, lang + '.po')
        if not os.path.exists(po):
            results.append((False, f'po/LINGUAS lists "{lang}" but po/{lang}.po does not exist'))
            continue
        proc = subprocess.run(['msgfmt', '--check', '--output-file=' + os.devnull, po],
                              capture_output=True, text=True)
        results.append((proc.returncode == 0,
                        f'msgfmt --check po/{lang}.po' +
                        ('' if proc.returncode == 0 else ': ' + proc.stderr.strip())))

    with open(os.path.join(po_dir, 'POTFILES.in'), encoding='utf-8') as f:
        listed = [line.strip() for line in f
                  if line.strip() and not line.lstrip().startswith('#')]

    missing = [p for p in listed if not os.path.isfile(os.path.join(source_root, p))]
    results.append((not missing, 'POTFILES.in lists only existing files' +
                    ''.join(f'\n  does not exist: {p}' for p in missing)))

    dups = sorted({p for p in listed if listed.count(p) > 1})
    results.append((not dups, 'POTFILES.in has no duplicates' +
                    ''.join(f'\n  listed twice: {p}' for p in dups)))

    results.append((listed == sorted(listed), 'POTFILES.in is sorted'))

    unlisted = []
    for top in ('src', 'data'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(source_root, top)):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, source_root)
                if rel not in listed and has_strings(path):
                    unlisted.append(rel)
    results.append((not unlisted, 'every file with translatable strings is in POTFILES.in' +
                    ''.join(f'\n  not listed: {p}' for p in unlisted)))

    print(f'1..{len(results)}')
    for i, (ok, what) in enumerate(results, 1):
        lines = what.split('\n')
        print(f'{"ok" if ok else "not ok"} {i} - {lines[0]}')
        for line in lines[1:]:
            print('#' + line)
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
