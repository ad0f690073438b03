#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Descope Desktop contributors
# SPDX-License-Identifier: MIT
"""The freedesktop files agree with the build and with each other.

check_metadata.py APP_ID PROJECT_VERSION RESOURCES_DIR

- the metainfo's id, launchable, and the .desktop/.svg/.metainfo.xml names are APP_ID;
  the .desktop file's Icon is APP_ID and its Exec is descope-desktop;
- the newest <release> is PROJECT_VERSION (project(VERSION) in CMakeLists.txt), with a date;
- every screenshot is a file in resources/screenshots/ with the width and height given,
  under the release tag of that version (see the comment in the metainfo file).
"""
import configparser
import datetime
import os
import struct
import sys
import xml.etree.ElementTree as ET

app_id, version, resources = sys.argv[1:4]
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


metainfo_path = os.path.join(resources, app_id + '.metainfo.xml')
desktop_path = os.path.join(resources, app_id + '.desktop')
icon_path = os.path.join(resources, 'icons', app_id + '.svg')
for path in (metainfo_path, desktop_path, icon_path):
    check(os.path.isfile(path), f'missing {path}')
if problems:
    sys.exit('FAIL:\n  ' + '\n  '.join(problems))

root = ET.parse(metainfo_path).getroot()
check(root.findtext('id') == app_id, f'<id> is {root.findtext("id")!r}, not {app_id!r}')
launchables = [l.text for l in root.findall('launchable') if l.get('type') == 'desktop-id']
check(launchables == [app_id + '.desktop'], f'desktop-id launchable is {launchables}, not {app_id}.desktop')
binaries = sorted(b.text for b in root.findall('provides/binary'))
check(binaries == ['descope-desktop', 'descope-emulator', 'descope-otp'], f'provides binaries {binaries}')

releases = root.findall('releases/release')
check(releases, 'no <release>')
if releases:
    newest = releases[0]
    check(newest.get('version') == version,
          f'newest release is {newest.get("version")!r} but project(VERSION) is {version!r}: '
          f'add a <release> to {os.path.basename(metainfo_path)}')
    try:
        datetime.date.fromisoformat(newest.get('date') or '')
    except ValueError:
        problems.append(f'release {newest.get("version")} has no valid date: {newest.get("date")!r}')

screenshots = root.findall('screenshots/screenshot/image')
check(screenshots, 'no screenshots')
for image in screenshots:
    url = (image.text or '').strip()
    name = url.rsplit('/', 1)[-1]
    check(url.startswith('https://'), f'screenshot {url} is not https')
    check(f'/v{version}/' in url, f'screenshot {url} is not under the release tag v{version}')
    png = os.path.join(resources, 'screenshots', name)
    if not os.path.isfile(png):
        problems.append(f'screenshot {name} is not in resources/screenshots/')
        continue
    with open(png, 'rb') as f:
        header = f.read(24)
    width, height = struct.unpack('>II', header[16:24])
    check((image.get('width'), image.get('height')) == (str(width), str(height)),
          f'screenshot {name} is {width}x{height}, the metainfo says {image.get("width")}x{image.get("height")}')

desktop = configparser.ConfigParser(interpolation=None, strict=False)
desktop.optionxform = str
desktop.read(desktop_path, encoding='utf-8')
entry = desktop['Desktop Entry']
check(entry.get('Icon') == app_id, f'Icon={entry.get("Icon")}, not {app_id}')
check(entry.get('Exec', '').split()[0:1] == ['descope-desktop'], f'Exec={entry.get("Exec")}')

if problems:
    sys.exit('FAIL:\n  ' + '\n  '.join(problems))
print(f'{app_id}: metainfo, .desktop file and icon agree; release {version}; '
      f'{len(screenshots)} screenshots found in resources/screenshots/')
