#!/usr/bin/env python3
"""Writes Scenarios/README.md from the scenarios, their Results/<stem>/targets.csv and the
fitted/predicted split of the seed cases (Scenarios/splits/seed-cases.json, issue 17).

Usage: python3 Scripts/scenarios-readme.py   (Scripts/regenerate-results.sh runs it last)

Standard library only. The output depends only on the files read, so regenerating twice
gives the same bytes.
"""
import csv
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
COMMAND = "Scripts/regenerate-results.sh"
SPLIT = "Scenarios/splits/seed-cases.json"


def read_split(cases_with_targets, all_cases):
    """{stem: "fitted" | "predicted"} from the split file; exits 65 with a message naming the
    file and the JSON Pointer when a name is unknown, listed twice, or a case with targets is
    in neither set (growthsim run --split checks the same rules for the case it runs)."""
    with open(os.path.join(ROOT, SPLIT), encoding="utf-8") as handle:
        split = json.load(handle)
    roles, problems = {}, []
    for role in ("fitted", "predicted"):
        for index, name in enumerate(split.get(role, [])):
            if name not in all_cases:
                problems.append(f"/{role}/{index}: no such scenario Scenarios/{name}.json, got {name!r}")
            elif name in roles:
                problems.append(f"/{role}/{index}: {name!r} is already in {roles[name]!r}")
            else:
                roles[name] = role
    for name in sorted(cases_with_targets - roles.keys()):
        problems.append(f"/: Scenarios/{name}.json has targets but is in neither 'fitted' nor 'predicted'")
    if problems:
        for problem in problems:
            print(f"{SPLIT}: {problem}", file=sys.stderr)
        sys.exit(65)
    return roles, split.get("reason", "")


def anchor(name):
    """GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", name.lower()).replace(" ", "-")


def split_table(entries):
    """One row per target of the cases of one role: the value, the simulated mean with its 90 %
    interval, hit or miss and, for a miss, the relative miss."""
    lines = [
        "| case | target | value | simulated mean [90 % interval] | result | miss |",
        "| --- | --- | ---: | ---: | --- | ---: |",
    ]
    for name, row in entries:
        metric = row["metric"]
        is_ratio = row["baseline_from"] != ""
        shown = lambda text: figure(float(text), metric, is_ratio) if text else "—"
        mean = shown(row["mean"]) if row["mean"] else "undefined"
        if row["ci90_low"]:
            mean += f" [{shown(row['ci90_low'])} … {shown(row['ci90_high'])}]"
        hit = row["hit"] == "true"
        miss = "—"
        if not hit and row["error"]:
            number = float(row["error"])
            miss = f"{number * 100:+.1f} %" if float(row["value"]) != 0 else f"{number:+.3g}"
        elif not hit:
            miss = "undefined"
        lines.append(
            "| " + " | ".join(cell(text) for text in [
                f"[{name}](#{anchor(name)})", f"`{row['target']}`", shown(row["value"]), mean,
                "hit" if hit else "**miss**", miss,
            ]) + " |"
        )
    return "\n".join(lines) + "\n"


def figure(value, metric, is_ratio):
    """A value as people read it: 200.0 M, 2.20 M, 18.3 k, 20.0 %, ×1.73 (+73 %)."""
    if is_ratio:
        return f"×{value:.2f} ({(value - 1) * 100:+.0f} %)"
    if metric.endswith("_share") or metric == "paid_cap":
        return f"{value * 100:.1f} %"
    magnitude = abs(value)
    if magnitude >= 1e9:
        return f"{value / 1e9:.2f} B"
    if magnitude >= 1e7:
        return f"{value / 1e6:.1f} M"
    if magnitude >= 1e6:
        return f"{value / 1e6:.2f} M"
    if magnitude >= 1e4:
        return f"{value / 1e3:.1f} k"
    if magnitude >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.3g}"


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def target_table(rows):
    lines = [
        "| target | value | simulated mean | 90 % interval | error | tolerance | result |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    notes = []
    for row in rows:
        metric = row["metric"]
        is_ratio = row["baseline_from"] != ""
        value = float(row["value"])
        shown = lambda text: figure(float(text), metric, is_ratio) if text else "—"
        name = f"`{row['target']}`"
        if row["description"]:
            name += f": {row['description']}"
        interval = "—"
        if row["ci90_low"]:
            interval = f"{shown(row['ci90_low'])} … {shown(row['ci90_high'])}"
        error = "—"
        if row["error"]:
            number = float(row["error"])
            error = f"{number * 100:+.1f} %" if value != 0 else f"{number:+.3g}"
        tolerance = float(row["tolerance"])
        tolerance_text = f"±{tolerance * 100:g} %" if value != 0 else f"±{tolerance:g}"
        result = "hit" if row["hit"] == "true" else "**miss**"
        lines.append(
            "| "
            + " | ".join(
                cell(text)
                for text in [name, shown(row["value"]), shown(row["mean"]), interval, error, tolerance_text, result]
            )
            + " |"
        )
        if row["note"]:
            notes.append(f"`{row['target']}`: {row['note']}.")
    what = []
    for row in rows:
        selection = (
            f"merchant `{row['merchant']}`" if row["merchant"]
            else f"provider `{row['provider']}`" if row["provider"] else "all merchants"
        )
        measured = f"{row['aggregate']} of `{row['metric']}` for {selection}, {row['window_from']} to {row['window_to']}"
        if row["baseline_from"]:
            measured += (
                f", divided by the {row['baseline_aggregate']} of {row['baseline_from']} to {row['baseline_to']}"
            )
        what.append(f"- `{row['target']}`: {measured}.")
    return "\n".join(lines) + "\n\n" + "\n".join(what + notes) + "\n"


def compare_table(path):
    """The policies of a `compare` run: horizon GMV and profit, the paired profit difference to
    the first policy with its 90 % confidence interval, the crossover day, the chance of
    ending ahead."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    money = lambda text: figure(float(text), "gmv_cny", False) if text else "—"
    lines = [
        f"`compare` (common random numbers; the first policy, `{rows[0]['policy']}`, is the reference):",
        "",
        "| policy | GMV | profit [p05 … p95] | profit vs reference [90 % CI] | crossover day | ahead |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for index, row in enumerate(rows):
        difference = "—"
        if index > 0:
            difference = f"{money(row['profit_diff_cny_mean'])} [{money(row['profit_diff_cny_ci90_low'])} … {money(row['profit_diff_cny_ci90_high'])}]"
        crossover = row["crossover_day_p50"] or "never"
        if index == 0:
            crossover = "—"
        lines.append(
            f"| `{row['policy']}` | {money(row['gmv_cny_mean'])} | {money(row['profit_cny_mean'])} "
            f"[{money(row['profit_cny_p05'])} … {money(row['profit_cny_p95'])}] | {difference} | "
            f"{crossover} | {float(row['probability_ahead']) * 100:.0f} % |"
        )
    return "\n".join(lines) + "\n"


def case(path, roles):
    stem = os.path.basename(path)[: -len(".json")]
    with open(path, encoding="utf-8") as handle:
        scenario = json.load(handle)
    results = os.path.join("Results", stem)
    experiment = scenario.get("experiment", {})
    replications = experiment.get("replications", 8)
    seed = experiment.get("seed", 1)
    calendar = scenario.get("calendar", {})
    run = (
        "swift run -c release growthsim" if stem == "default"
        else f"swift run -c release growthsim run Scenarios/{stem}.json --check-targets"
    )
    parts = [f"## {scenario.get('name', stem)}\n"]
    parts.append(
        f"[`Scenarios/{stem}.json`]({stem}.json) · {calendar.get('days', 90)} days from "
        f"{calendar.get('startDate', '2026-03-01')} · {replications} replication(s), seed {seed} · "
        f"results in [`Results/{stem}/`](../Results/{stem}/)\n"
    )
    if scenario.get("description"):
        parts.append(scenario["description"] + "\n")
    if scenario.get("source"):
        parts.append(f"**Source:** {scenario['source']}\n")
    if stem in roles:
        role = roles[stem]
        parts.append(
            f"**Split:** {role} ([`splits/seed-cases.json`](splits/seed-cases.json)): "
            + ("the world is calibrated on these targets." if role == "fitted"
               else "the case runs on the shared world without per-case overrides; "
               "its targets are predictions, and a miss is a result.")
            + "\n"
        )
    if scenario.get("world"):
        world = scenario["world"]
        overrides = (
            "no overrides: a predicted case" if roles.get(stem) == "predicted"
            else "the overrides are in the notes"
        )
        parts.append(f"**World:** [`{world}`]({world}) ({overrides})\n")
    if scenario.get("notes"):
        parts.append("**Notes:**\n\n" + "\n".join(f"- {note}" for note in scenario["notes"]) + "\n")
    commands = [run]
    if experiment.get("compare"):
        commands.append(
            f"swift run -c release growthsim compare Scenarios/{stem}.json --out Results/{stem}"
            f"   # {' vs '.join(experiment['compare'])}"
        )
    parts.append("```sh\n" + "\n".join(commands) + "\n```\n")
    summary = (stem, scenario.get("name", stem), 0, 0, [])
    if not scenario.get("targets"):
        parts.append("No targets: this case reproduces no published figure.\n")
    else:
        table = os.path.join(ROOT, results, "targets.csv")
        if not os.path.exists(table):
            parts.append(f"Targets not yet measured: run `{COMMAND}`.\n")
            summary = (stem, scenario.get("name", stem), len(scenario["targets"]), 0, [])
        else:
            with open(table, encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
            parts.append(target_table(rows))
            cited = [t for t in scenario["targets"] if t.get("citation")]
            if cited:
                parts.append(
                    "**Targets cite:**\n\n"
                    + "\n".join(f"- `{t['id']}`: {t['citation']}" for t in cited)
                    + "\n"
                )
            hits = sum(row["hit"] == "true" for row in rows)
            summary = (stem, scenario.get("name", stem), len(rows), hits, rows)
    comparison = os.path.join(ROOT, results, "compare_summary.csv")
    if os.path.exists(comparison):
        parts.append(compare_table(comparison))
    files = sorted(
        name for name in os.listdir(os.path.join(ROOT, results))
        if name.endswith((".csv", ".png"))
    ) if os.path.isdir(os.path.join(ROOT, results)) else []
    if files:
        parts.append("Files: " + ", ".join(f"[`{name}`](../{results}/{name})" for name in files) + ".\n")
    return "\n".join(parts), summary


def main():
    directory = os.path.join(ROOT, "Scenarios")
    paths = sorted(
        os.path.join(directory, name) for name in os.listdir(directory) if name.endswith(".json")
    )
    # The embedded default first, then the cases in file-name order.
    paths.sort(key=lambda path: (os.path.basename(path) != "default.json", path))
    documents = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            documents[os.path.basename(path)[: -len(".json")]] = json.load(handle)
    roles, reason = read_split(
        {stem for stem, document in documents.items() if document.get("targets")}, set(documents)
    )
    sections, summaries = [], []
    for path in paths:
        text, summary = case(path, roles)
        sections.append(text)
        summaries.append(summary)
    overview = ["| case | split | targets | hit |", "| --- | --- | ---: | ---: |"]
    by_role = {"fitted": [], "predicted": []}
    for stem, name, count, hits, rows in summaries:
        overview.append(
            f"| [{name}](#{anchor(name)}) | {roles.get(stem, '—')} | {count} | {hits if count else '—'} |"
        )
        if stem in roles:
            by_role[roles[stem]] += [(name, row) for row in rows]
    counts = {
        role: (len(entries), sum(row["hit"] == "true" for _, row in entries))
        for role, entries in by_role.items()
    }
    header = f"""<!-- Generated by Scripts/scenarios-readme.py from Scenarios/*.json, Scenarios/splits/seed-cases.json and Results/*/targets.csv; run {COMMAND} instead of editing. -->
# Scenarios

Each file here is one case: a scenario (see [docs/scenario-format.md](../docs/scenario-format.md))
with a description, where its figures come from (`source`), remarks on values outside the
documented ranges (`notes`) and, for the cases rebuilt from published figures, `targets`.
Reference output of every case is committed under [`Results/`](../Results/).

- **Run a case**: `swift run -c release growthsim run Scenarios/CASE.json` writes
  `Results/CASE/` and prints each target; add `--check-targets` to exit 1 on a miss.
- **Regenerate everything**: `{COMMAND}` builds once, runs every case (and `compare`
  for the cases whose `/experiment/compare` names policies), then rewrites this file. Running
  it twice leaves `git diff` empty; CI fails when `Results/` or this file is stale or a fitted
  target is missed.
- **Tolerance rule** ([docs/targets.md](../docs/targets.md)): each replication gives one
  statistic; a target is **hit** when the mean over replications lies within its tolerance of
  the value, |mean − value| ≤ tolerance × |value| (15 % unless the target says otherwise;
  absolute for a value of 0). The 90 % interval is the confidence interval of that mean
  (Student's t); an undefined statistic (a baseline of 0) is a miss.
- **Fitted and predicted** (issue 17): [`splits/seed-cases.json`](splits/seed-cases.json)
  fixes which seed cases are **fitted** and which **predicted**. {reason}
  A predicted case runs on its shared world file with no per-case override of a world value
  (feed supply, background rooms, paid-traffic curve, festival multipliers and dates): only
  what the seed says about its merchants, provider and policy is its own, so its targets are
  forecasts. How to use it: calibrate the world's uncertain values (`growthsim calibrate`,
  jointly over several scenarios) on the fitted cases' targets only; never look at, tune to
  or move a predicted case to improve its figures; change the split only with a reason in
  the commit, before running the cases it moves. `run --check-targets --split
  {SPLIT}` (what `{COMMAND}` and CI run) fails on a missed fitted target and reports a missed
  predicted one as a note.
- A case whose `daily.csv` would exceed about 20 MB (the 1,300-merchant belt) keeps only
  `summary.csv`, `providers.csv` and `targets.csv`; rerun it to get the daily rows. Cases with
  more than one replication keep `daily_stats.csv` (per-day mean and quantiles across
  replications) unless it would exceed about 10 MB.

"""
    targets = (
        f"## Fitted targets\n\n{counts['fitted'][1]} of {counts['fitted'][0]} hit. The world is "
        "calibrated on these: a miss fails `--check-targets` and CI.\n\n"
        + split_table(by_role["fitted"])
        + f"\n## Predicted targets\n\n{counts['predicted'][1]} of {counts['predicted'][0]} hit. "
        "These cases run on the shared world alone: a miss is a result, printed as a note, and "
        "does not fail CI.\n\n"
        + split_table(by_role["predicted"])
        + "\nThe interval is the 90 % confidence interval of the mean over replications; the "
        "miss is (mean − value) / |value| (absolute for a value of 0).\n\n"
    )
    text = header + "\n".join(overview) + "\n\n" + targets + "\n".join(sections)
    with open(os.path.join(directory, "README.md"), "w", encoding="utf-8") as handle:
        handle.write(text)


if __name__ == "__main__":
    main()
