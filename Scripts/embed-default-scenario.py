#!/usr/bin/env python3
"""Embeds Scenarios/default.json into the binary as DefaultScenario.json, and Scenarios/belt.json
(the benchmark's workload) as BeltScenario.json; tests keep each pair equal.

Usage: python3 Scripts/embed-default-scenario.py
"""


def embed(source, target, name, doc):
    text = open(source, encoding="utf-8").read()
    assert text.endswith("\n") and '"""#' not in text
    body = "".join(("    " + line if line else line) + "\n" for line in text[:-1].split("\n"))
    swift = doc + (
        f"public enum {name} {{\n"
        "  /// The JSON text.\n"
        '  public static let json = #"""\n' + body + '    """#\n'
        "}\n"
    )
    open(target, "w", encoding="utf-8").write(swift)


embed(
    "Scenarios/default.json",
    "Sources/GrowthSim/Scenario/DefaultScenario.swift",
    "DefaultScenario",
    "/// The scenario `growthsim` runs when no file is given; `Scenarios/default.json` holds the\n"
    "/// same bytes (a test keeps them equal; `Scripts/embed-default-scenario.py` copies it).\n",
)
embed(
    "Scenarios/belt.json",
    "Sources/GrowthSim/Bench/BeltScenario.swift",
    "BeltScenario",
    "/// The industrial belt `growthsim bench` runs from any directory; `Scenarios/belt.json` holds\n"
    "/// the same bytes (a test keeps them equal; `Scripts/embed-default-scenario.py` copies it).\n",
)
