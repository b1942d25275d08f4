# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a .po file for the translated-run tests: msgid -> msgstr, and a printf format turned
into a pattern that matches what the program printed with it."""
import re


def _unquote(text):
    text = text.strip()[1:-1]
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), text)


def read_po(path):
    """{msgid: msgstr} (plural entries: both English forms map to the first translation)."""
    entries, current, field = {}, {}, None
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines() + ['']
    for line in lines:
        if line.startswith('#~'):
            continue
        match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$', line)
        if match:
            field = match.group(1)
            current[field] = _unquote(match.group(2))
        elif line.startswith('"') and field:
            current[field] += _unquote(line)
        elif not line.strip():
            msgid = current.get('msgid')
            if msgid:
                msgstr = current.get('msgstr', current.get('msgstr[0]', ''))
                entries[msgid] = msgstr
                if 'msgid_plural' in current:
                    entries[current['msgid_plural']] = current.get('msgstr[1]', '')
            current, field = {}, None
    return entries


def english_left(entries):
    """The English texts that must not be seen in a translated run: every msgid whose
    translation differs from it, or that has none (a name like "CSV" may stay the same)."""
    return {msgid for msgid, msgstr in entries.items()
            if msgstr.replace('_', '') != msgid.replace('_', '')}


FORMAT = re.compile(r"%(?:\d+\$)?[-+ 0#']*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t|L)?[diouxXeEfFgGsc]"
                    r'|%" G_\w+ "|%%')


def format_pattern(fmt):
    """A regular expression matching the text printf makes of fmt."""
    parts, last = [], 0
    for match in FORMAT.finditer(fmt):
        parts.append(re.escape(fmt[last:match.start()]))
        parts.append('%' if match.group(0) == '%%' else '.+?')
        last = match.end()
    parts.append(re.escape(fmt[last:]))
    return re.compile('^' + ''.join(parts) + '$', re.S)
