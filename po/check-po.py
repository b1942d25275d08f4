#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Guards for translations, run as a meson test.

1. Every .po file listed in LINGUAS passes `msgfmt --check` (format strings, headers).
2. POTFILES.in names only files that exist, in sorted order, without duplicates.
3. Every file under src/ and data/ with translatable strings (_(), N_(), C_(), NC_(),
   translatable="yes", and the desktop/metainfo/schema files) is listed in POTFILES.in, so
   no string is silently left out of the translation template.

4. The template extracted from POTFILES.in (xgettext with the keywords of meson's 'glib'
   preset, mirrored in XGETTEXT_ARGS) has strings from every listed file, and every .po in
   LINGUAS has an entry for each of its msgids (as `msgmerge --dry-run` would show).

With --lang LANG, checks only that translation: `msgfmt --check --statistics` must report
every message translated, none fuzzy, none untranslated, and the .po must cover the template.

Prints TAP so meson counts each check.
"""
import os
import re
import subprocess
import sys
import tempfile

MARKER = re.compile(r'(^|[^A-Za-z0-9_])(N_|C_|NC_|_|PJ_NN_|ngettext|g_dngettext)\(|'
                    r'translatable="yes"')
C_COMMENT = re.compile(r'/\*.*?\*/|//[^\n]*', re.S)
ALWAYS_TRANSLATED = ('.desktop.in', '.metainfo.xml.in', '.gschema.xml')
SCANNED = ('.c', '.h', '.ui', '.in', '.xml')


# The keywords and flags of meson's i18n.gettext preset 'glib' (what update-po uses), so the
# template built here is the one translators get.
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments', '--keyword=_', '--keyword=N_',
    '--keyword=C_:1c,2', '--keyword=NC_:1c,2', '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
    # The project's own keyword (po/meson.build): a singular and plural pair in a table.
    '--keyword=PJ_NN_:1,2',
]
STATISTICS = re.compile(r'(\d+) translated messages?(?:, (\d+) fuzzy translations?)?'
                        r'(?:, (\d+) untranslated messages?)?')


def read_entries(path):
    """The (msgctxt, msgid) keys of a .po/.pot file, header and obsolete entries excluded."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines() + ['']

    def unquote(text):
        text = text.strip()[1:-1]
        return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)),
                      text)

    keys, ctxt, msgid, field = set(), None, None, None
    for line in lines:
        if line.startswith('msgctxt '):
            ctxt, field = unquote(line[8:]), 'ctxt'
        elif line.startswith('msgid '):
            msgid, field = unquote(line[6:]), 'id'
        elif line.startswith('"'):
            if field == 'id':
                msgid += unquote(line)
            elif field == 'ctxt':
                ctxt += unquote(line)
        elif line.startswith(('msgstr', 'msgid_plural')):
            if field == 'id' and msgid:
                keys.add((ctxt, msgid))
            field = 'str'
        elif not line.strip():
            ctxt, msgid, field = None, None, None
    return keys


def extract_template(source_root, listed, out):
    proc = subprocess.run(['xgettext', *XGETTEXT_ARGS, '--package-name=pain-journal',
                           '--directory=' + source_root, '--output=' + out, *listed],
                          capture_output=True, text=True)
    return proc


def translation_checks(po_dir, lang, template_keys):
    results = []
    po = os.path.join(po_dir, lang + '.po')
    if not os.path.exists(po):
        return [(False, f'po/{lang}.po exists')]
    proc = subprocess.run(['msgfmt', '--check', '--statistics', '--output-file=' + os.devnull,
                           po], capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
    results.append((proc.returncode == 0, f'msgfmt --check po/{lang}.po' +
                    ('' if proc.returncode == 0 else '\n' + proc.stderr.strip())))
    match = STATISTICS.search(proc.stderr)
    if match is None:
        results.append((False, f'msgfmt --statistics po/{lang}.po printed its figures\n' +
                        proc.stderr.strip()))
    else:
        translated, fuzzy, untranslated = (int(g or 0) for g in match.groups())
        results.append((fuzzy == 0 and untranslated == 0 and translated > 0,
                        f'po/{lang}.po is complete: {translated} translated, {fuzzy} fuzzy, '
                        f'{untranslated} untranslated'))
    if template_keys is not None:
        missing = sorted(template_keys - read_entries(po), key=lambda k: (k[0] or '', k[1]))
        results.append((not missing, f'po/{lang}.po has every msgid of the current template '
                        f'({len(missing)} missing; run meson compile pain-journal-update-po)' +
                        ''.join(f'\n  missing: {k[1][:90]!r}' for k in missing[:40])))
    return results


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


def read_listed(po_dir):
    with open(os.path.join(po_dir, 'POTFILES.in'), encoding='utf-8') as f:
        return [line.strip() for line in f
                if line.strip() and not line.lstrip().startswith('#')]


def template_keys_of(source_root, listed, results):
    """Extracts the template into a scratch file; None (and a failing check) if xgettext fails."""
    with tempfile.TemporaryDirectory(prefix='pj-pot-') as scratch:
        pot = os.path.join(scratch, 'pain-journal.pot')
        proc = extract_template(source_root, listed, pot)
        if proc.returncode != 0 or not os.path.exists(pot):
            results.append((False, 'xgettext extracts the template from POTFILES.in\n' +
                            proc.stderr.strip()))
            return None, None
        results.append((True, 'xgettext extracts the template from POTFILES.in'))
        return read_entries(pot), pot_files_with_strings(pot)


def pot_files_with_strings(pot):
    with open(pot, encoding='utf-8') as f:
        refs = re.findall(r'^#: (.*)$', f.read(), re.M)
    return {ref.rsplit(':', 1)[0] for line in refs for ref in line.split()}


def main():
    source_root = os.path.abspath(sys.argv[1])
    po_dir = os.path.join(source_root, 'po')
    results = []

    if len(sys.argv) > 3 and sys.argv[2] == '--lang':
        listed = read_listed(po_dir)
        keys, _ = template_keys_of(source_root, listed, results)
        results += translation_checks(po_dir, sys.argv[3], keys)
        return report(results)

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

    listed = read_listed(po_dir)

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

    keys, files = template_keys_of(source_root, [p for p in listed if p not in missing],
                                   results)
    if files is not None:
        empty = [p for p in listed if p not in missing and p not in files]
        results.append((not empty, 'every file in POTFILES.in yields strings to translate' +
                        ''.join(f'\n  nothing to translate in: {p}' for p in empty)))
    for lang in linguas:
        if keys is not None and os.path.exists(os.path.join(po_dir, lang + '.po')):
            missing_keys = keys - read_entries(os.path.join(po_dir, lang + '.po'))
            results.append((not missing_keys, f'po/{lang}.po covers the current template '
                            f'({len(missing_keys)} msgids missing)'))
    return report(results)


def report(results):
    print(f'1..{len(results)}')
    for i, (ok, what) in enumerate(results, 1):
        lines = what.split('\n')
        print(f'{"ok" if ok else "not ok"} {i} - {lines[0]}')
        for line in lines[1:]:
            print('#' + line)
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
