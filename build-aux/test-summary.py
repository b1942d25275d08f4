#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads meson's testlog.json files and prints the closing line "N passed, N failed".

A TAP test program counts once per subtest ("ok"/"not ok" lines); a program that crashed or
printed no subtest counts as one. Exits 1 on any failure or when no test ran at all."""
import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def count(path):
    passed = failed = skipped = 0
    try:
        with open(path, encoding="utf-8") as log:
            entries = [json.loads(line) for line in log if line.strip()]
    except OSError as error:
        print(f"{path}: {error.strerror}", file=sys.stderr)
        return 0, 1, 0
    for entry in entries:
        result = entry.get("result", "")
        sub_pass = sub_fail = sub_skip = 0
        for line in (entry.get("stdout") or "").splitlines():
            match = TAP_LINE.match(line.strip())
            if not match:
                continue
            if "# SKIP" in match.group(2).upper():
                sub_skip += 1
            elif match.group(1) == "ok":
                sub_pass += 1
            else:
                sub_fail += 1
        if result in ("OK", "EXPECTEDFAIL") and sub_fail == 0:
            if sub_pass + sub_skip == 0:
                sub_pass = 1
            passed += sub_pass
            skipped += sub_skip
        elif result == "SKIP":
            skipped += max(sub_skip, 1)
        else:
            print(f"FAILED: {path}: {entry.get('name')} ({result})", file=sys.stderr)
            passed += sub_pass
            failed += max(sub_fail, 1)
            skipped += sub_skip
    return passed, failed, skipped


def main():
    passed = failed = skipped = 0
    for path in sys.argv[1:]:
        p, f, s = count(path)
        passed, failed, skipped = passed + p, failed + f, skipped + s
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
