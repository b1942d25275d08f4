#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The real binary under one translated locale (argv[1], e.g. de_DE.UTF-8, catalogue argv[2]):

- an error on the command line comes out in that language: the message the C locale prints is
  looked up in the .po, and the translated run must print its translation;
- the clinician report, read back with pdftotext, shows no English msgid and uses the decimal
  comma for its figures;
- CSV, JSON and FHIR exports are byte for byte what the C locale writes (files never follow
  the locale).

Prints TAP."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pj_po  # noqa: E402

locale_name, po_path = sys.argv[1], sys.argv[2]
binary = os.environ['PJ_BINARY']
entries = pj_po.read_po(po_path)
english = pj_po.english_left(entries)
count, failed = 0, 0


def ok(condition, what, detail=''):
    global count, failed
    count += 1
    print(f'{"ok" if condition else "not ok"} {count} - {what}', flush=True)
    if not condition:
        failed += 1
        for line in str(detail).splitlines():
            print('# ' + line, flush=True)
    return condition


def run(args, lang):
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE='', SOURCE_DATE_EPOCH='1780000000')
    return subprocess.run([binary, *args], capture_output=True, text=True, env=env, timeout=120)


scratch = tempfile.mkdtemp(prefix='pj-locale-')
try:
    db = os.path.join(scratch, 'journal.db')
    seeded = run(['--db', db, '--demo-data', '--demo-days', '90', '--export-json',
                  os.path.join(scratch, 'seed.json')], locale_name)
    # Made in the language under test, as a person in that language would make it: the demo
    # medicines' names are data written in the language of the session that made them.
    ok(seeded.returncode == 0, 'the journal is filled with demo data', seeded.stderr)

    # An error a person can make: importing a file that is not there.
    missing = os.path.join(scratch, 'no-such-file.csv')
    english_run = run(['--db', db, '--import', missing], 'C.UTF-8')
    local_run = run(['--db', db, '--import', missing], locale_name)
    english_line = english_run.stderr.strip()
    local_line = local_run.stderr.strip()
    ok(local_run.returncode != 0 and len(local_line.splitlines()) == 1,
       f'a failed import fails with one line on stderr under {locale_name}', local_run.stderr)
    sources = [msgid for msgid in entries
               if '%' in msgid or msgid in english_line
               if pj_po.format_pattern(msgid).search(english_line)
               or msgid in english_line]
    sources.sort(key=len, reverse=True)
    expected = [entries[s] for s in sources if entries.get(s) and entries[s] != s]
    ok(bool(expected), 'the C locale\'s message is a msgid of the catalogue',
       f'{english_line!r}')
    ok(any(text in local_line or pj_po.format_pattern(text).search(local_line)
           for text in expected) and local_line != english_line,
       f'the error is printed in the translation: {local_line!r}',
       f'expected one of {expected[:3]!r}')

    # The report, in the language.
    pdf = os.path.join(scratch, 'report.pdf')
    report = run(['--db', db, '--report', pdf], locale_name)
    ok(report.returncode == 0 and os.path.exists(pdf), 'the report is written', report.stderr)
    if os.path.exists(pdf):
        text = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], capture_output=True,
                              text=True, check=True).stdout
        lines = {line.strip() for line in text.splitlines() if line.strip()}
        plain = {m for m in english if '%' not in m and len(m) > 3}
        left = sorted(lines & plain)
        patterns = [(m, pj_po.format_pattern(m)) for m in english if '%' in m and len(m) > 8]
        left += sorted({m for line in lines for m, p in patterns if p.search(line)})
        ok(not left, 'the report shows no English msgid',
           '\n'.join(repr(m) for m in left[:40]))
        ok(re.search(r'\d,\d', text) is not None, 'the report writes decimal commas')
        points = sorted(set(re.findall(r'(?<![\d.])\d+\.\d+(?![\d.])', text)))
        ok(not points, 'the report writes no decimal points', ' '.join(points[:20]))

    # Files do not follow the locale.
    for option, name in (('--export-csv', 'export.csv'), ('--export-json', 'export.json'),
                         ('--export-fhir', 'export.fhir.json')):
        outputs = {}
        for lang in ('C.UTF-8', locale_name):
            path = os.path.join(scratch, lang + '-' + name)
            result = run(['--db', db, option, path], lang)
            outputs[lang] = open(path, 'rb').read() if result.returncode == 0 else None
        ok(outputs['C.UTF-8'] is not None and outputs['C.UTF-8'] == outputs[locale_name],
           f'{option} writes the same bytes under C and {locale_name}')
finally:
    shutil.rmtree(scratch, ignore_errors=True)
print(f'1..{count}')
sys.exit(1 if failed else 0)
