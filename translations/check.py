#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
"""Fails when a .ts file is stale (descope_en.ts: only its plural forms count): a string in the sources that it lacks, a string it has
that the sources no longer use, or a translation left unfinished.

usage: check.py <lupdate> <ts file>... -- <source>...   (ctest runs it: translations_current)
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(path):
    root = ET.parse(path).getroot()
    found, unfinished = set(), []
    for context in root.iter('context'):
        name = context.find('name').text
        for message in context.iter('message'):
            key = (name, message.find('source').text)
            found.add(key)
            if message.find('translation').get('type') == 'unfinished':
                unfinished.append(key)
    return found, unfinished


def main():
    split = sys.argv.index('--')
    lupdate, ts_files, sources = sys.argv[1], sys.argv[2:split], sys.argv[split + 1:]
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        for ts in ts_files:
            committed, unfinished = messages(ts)
            fresh = Path(scratch) / Path(ts).name
            shutil.copy(ts, fresh)
            # The English catalogue holds the plural forms only.
            plural_only = ['-pluralonly'] if Path(ts).name.endswith('_en.ts') else []
            subprocess.run([lupdate, '-silent', *plural_only, '-no-obsolete', '-locations', 'none', *sources,
                            '-ts', str(fresh)],
                           check=True, capture_output=True)
            current, _ = messages(fresh)
            for name, source in sorted(current - committed):
                print(f'{ts}: missing {name}: {source!r} (run update_translations and translations/fill.py)')
            for name, source in sorted(committed - current):
                print(f'{ts}: no longer used {name}: {source!r}')
            for name, source in unfinished:
                print(f'{ts}: untranslated {name}: {source!r}')
            failed |= bool(current ^ committed) or bool(unfinished)
    if failed:
        sys.exit(1)
    print('translations are current')


if __name__ == '__main__':
    main()
