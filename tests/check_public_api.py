#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
"""Fails when a program built on the SDK uses what an outside app could not: a private header
(*_p.h) of DescopeQt6Core or DescopeQt6Widgets, or a library header by file name instead of
the installed <DescopeQt6/Class> form.

usage: check_public_api.py <dir>...   (ctest runs it: public_api_only, over src/app, src/cli,
examples)
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIBRARY_DIRS = [ROOT / 'src' / 'core', ROOT / 'src' / 'widgets']
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)


def main():
    library_headers = {path.name for directory in LIBRARY_DIRS for path in directory.glob('*.h')}
    problems = []
    for directory in sys.argv[1:]:
        for source in sorted(Path(directory).rglob('*')):
            if source.suffix not in ('.cpp', '.h'):
                continue
            for match in INCLUDE.finditer(source.read_text(encoding='utf-8')):
                name = match.group(2)
                if name.endswith('_p.h') and Path(name).name in library_headers:
                    problems.append(f'{source}: includes the private header {name}')
                elif match.group(1) == '"' and name in library_headers:
                    problems.append(f'{source}: includes {name} by file name; use <DescopeQt6/…>')
    if problems:
        sys.exit('\n'.join(problems))


main()
