#!/usr/bin/env python3
"""Regenerates the tables between the GENERATED markers in docs/ from the growthsim binary.

Usage: swift build -c release && python3 Scripts/update-docs.py [.build/release/growthsim]
"""
import re
import subprocess
import sys

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/growthsim"
for path in ["docs/scenario-format.md", "docs/output-format.md", "docs/sweeps.md", "docs/compare.md"]:
    text = open(path, encoding="utf-8").read()

    def regenerate(match):
        command = match.group(1)
        arguments = command.split()[1:]
        output = subprocess.run([binary, *arguments], check=True, capture_output=True, text=True).stdout
        return f"<!-- BEGIN GENERATED: {command} -->\n{output}<!-- END GENERATED -->"

    updated = re.sub(r"<!-- BEGIN GENERATED: (.*?) -->\n.*?<!-- END GENERATED -->", regenerate, text, flags=re.S)
    if updated != text:
        open(path, "w", encoding="utf-8").write(updated)
        print(f"updated {path}")
