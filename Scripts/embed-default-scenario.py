#!/usr/bin/env python3
"""Embeds Scenarios/default.json into the binary as DefaultScenario.json (a test keeps them equal).

Usage: python3 Scripts/embed-default-scenario.py
"""
text = open("Scenarios/default.json", encoding="utf-8").read()
assert text.endswith("\n") and '"""#' not in text
body = "".join(("    " + line if line else line) + "\n" for line in text[:-1].split("\n"))
swift = (
    "/// The scenario `growthsim` runs when no file is given; `Scenarios/default.json` holds the\n"
    "/// same bytes (a test keeps them equal; `Scripts/embed-default-scenario.py` copies it).\n"
    "public enum DefaultScenario {\n"
    "  /// The JSON text.\n"
    '  public static let json = #"""\n' + body + '    """#\n'
    "}\n"
)
open("Sources/GrowthSim/Scenario/DefaultScenario.swift", "w", encoding="utf-8").write(swift)
