#!/usr/bin/env python3
"""Checks a growthsim report.html as a browser shows it (headless Chromium).

Usage: Scripts/check-report.py KIND REPORT.html [--screenshot OUT.png]
  KIND is run, compare or sweep: the sections and charts that kind of report must have.

Checks: the page is self-contained (no script, stylesheet, font or image from anywhere), the
DOM Chromium renders has the kind's sections and at least its number of charts, and Chromium
logged no console message (the page has no script, so any message is an error: a blocked
load, a parse error). With --screenshot, also saves a PNG of the page. Exits 1 on a failed
check, 64 on bad usage, 66 when the file is missing. CI runs it (.ci/run) on a run's, a
compare's and a sweep's report.
"""
import os
import re
import shutil
import subprocess
import sys

SECTIONS = {
    "run": ["scenario", "headline", "money", "traffic", "stock", "score", "sku-stock"],
    "compare": ["scenario", "compare", "gap", "compare-daily"],
    "sweep": ["scenario", "sweep", "heatmap", "best"],
}
CHARTS = {"run": 8, "compare": 5, "sweep": 3}
# The one URL a page may hold: the SVG namespace, which is a name, not a load.
ALLOWED_URLS = {"http://www.w3.org/2000/svg"}


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    sys.exit("check-report.py: no chromium on PATH (apt-get install chromium)")


def browser(*arguments):
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1100,900", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def main(argv):
    if len(argv) not in (2, 4) or argv[0] not in SECTIONS or (len(argv) == 4 and argv[2] != "--screenshot"):
        print(__doc__, file=sys.stderr)
        return 64
    kind, path = argv[0], argv[1]
    if not os.path.isfile(path):
        print(f"check-report.py: {path}: no such file", file=sys.stderr)
        return 66
    url = "file://" + os.path.abspath(path)
    problems = []
    source = open(path, encoding="utf-8").read()
    for pattern, what in [(r"<script", "a script"), (r"<link", "a linked file"), (r"<img", "an image"),
                          (r"@import|url\(", "a stylesheet load"), (r"<iframe|<object|<embed", "an embedded page")]:
        if re.search(pattern, source, re.IGNORECASE):
            problems.append(f"the page holds {what} ({pattern})")
    for found in sorted(set(re.findall(r"https?://[^\s\"'<>)]+", source)) - ALLOWED_URLS):
        problems.append(f"the page names a URL: {found}")
    dump = browser("--enable-logging=stderr", "--v=0", "--dump-dom", url)
    if dump.returncode != 0:
        problems.append(f"chromium exited {dump.returncode}: {dump.stderr[-500:]}")
    dom = dump.stdout
    for line in dump.stderr.splitlines():
        if "CONSOLE" in line:
            problems.append(f"console: {line.strip()}")
    for section in SECTIONS[kind]:
        if not re.search(rf"<(section|header) id=\"{section}\"", dom):
            problems.append(f"no section '{section}' in the rendered page")
    charts = len(re.findall(r"<svg class=\"chart", dom))
    if charts < CHARTS[kind]:
        problems.append(f"{charts} chart(s) in the rendered page, expected at least {CHARTS[kind]}")
    if len(argv) == 4:
        shot = browser("--hide-scrollbars", f"--screenshot={os.path.abspath(argv[3])}", "--window-size=1100,2400", url)
        if shot.returncode != 0 or not os.path.getsize(argv[3]):
            problems.append(f"no screenshot written to {argv[3]}")
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if not problems:
        print(f"{path}: {kind} report ok ({charts} charts, sections {', '.join(SECTIONS[kind])})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
