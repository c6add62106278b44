"""Charts of a `growthsim compare`'s compare_daily.csv (docs/plotting.md, docs/compare.md).

The file already holds the statistics across replications: mean, p05 and p95 of each policy's
value and of its paired difference to the first policy. Nothing is recomputed here except the
crossover day of the mean lead.
"""
import math
import os

import matplotlib.pyplot as plt
import pandas as pd

import plot_common as common

REQUIRED = ["day", "policy", "metric", "mean", "p05", "p95", "diff_mean", "diff_p05", "diff_p95"]
# The cumulative profit the crossover is judged on, first found first.
VERDICT = ["cumulative_profit_settled_cny", "cumulative_profit_cny"]
# Panels of compare-metrics.png: metric, title, unit.
PANELS = [
    ("gmv_cny", "GMV per day", "CNY per day"),
    ("profit_cny", "Profit per day", "CNY per day"),
    ("visits", "Visits per day, all channels", "visits per day"),
    ("followers", "Followers at the end of the day", "followers"),
    ("ad_spend_cny", "Qianchuan cash spend per day", "CNY per day"),
    ("score_points", "Experience score (sum over merchants)", "points"),
]


def is_compare(names):
    return all(name in names for name in REQUIRED)


def plot(path, out):
    """Writes compare-crossover.png and compare-metrics.png."""
    names = common.header(path)
    rows = common.read(path, REQUIRED + (["date"] if "date" in names else []), text=("policy", "metric", "date"))
    policies = list(dict.fromkeys(rows["policy"]))
    if len(policies) < 2:
        raise common.DataError(f"compare_daily.csv needs at least two policies, got {len(policies)}")
    colors = dict(zip(policies, plt.get_cmap("tab10").colors))
    start = rows["date"].iloc[0] if "date" in rows else None
    day_label = f"day (day 0 = {start})" if start else "day"
    written = []
    # The verdict's profit: settled since session 11 (refunds due booked); older files have
    # only the running one, which their crossover days judged.
    verdict = next((m for m in VERDICT if (rows["metric"] == m).any()), None)
    if verdict:
        summary = read_summary(os.path.join(os.path.dirname(path), "compare_summary.csv"))
        figure = crossover(rows, policies, colors, day_label, summary, verdict)
        written.append(common.save(figure, out, "compare-crossover.png"))
    panels = [panel for panel in PANELS if (rows["metric"] == panel[0]).any()]
    if panels:
        written.append(common.save(metrics(rows, policies, colors, day_label, panels), out, "compare-metrics.png"))
    if not written:
        raise common.DataError("no metric to plot: expected " + " or ".join(VERDICT) + " or one of " + ", ".join(p[0] for p in PANELS))
    return written


def series(rows, policy, metric, prefix=""):
    """A policy's statistics of one metric by day, renamed to the band's mean/low/high."""
    mine = rows[(rows["policy"] == policy) & (rows["metric"] == metric)].set_index("day")
    return pd.DataFrame({"mean": mine[prefix + "mean"], "low": mine[prefix + "p05"], "high": mine[prefix + "p95"]})


def crossover_day(lead):
    """The first day from which the lead stays above zero to the end (Run/Crossover.swift); None if it ends at or below 0."""
    if lead.empty or lead.iloc[-1] <= 0:
        return None
    behind = lead[lead <= 0]
    return lead.index[0] if behind.empty else behind.index.max() + 1


def read_summary(path):
    """compare_summary.csv next to the file, indexed by policy, or None."""
    if not os.path.isfile(path):
        return None
    try:
        summary = pd.read_csv(path, dtype={"policy": str})
    except (ValueError, pd.errors.ParserError):
        return None
    needed = {"policy", "crossover_day_p50", "crossover_day_p05", "crossover_day_p95", "crossover_share"}
    return summary.set_index("policy") if needed <= set(summary.columns) else None


def replication_crossover(summary, policy):
    """'median 58 [43…69] in 50 % of replications' from compare_summary.csv."""
    if summary is None or policy not in summary.index:
        return ""
    row = summary.loc[policy]
    if pd.isna(row["crossover_day_p50"]):
        return "; no replication crosses over"
    return (
        f"; per replication: median {row['crossover_day_p50']:g} [{row['crossover_day_p05']:g}…{row['crossover_day_p95']:g}]"
        f" in {row['crossover_share'] * 100:.0f} %"
    )


def crossover(rows, policies, colors, day_label, summary, verdict):
    figure, (level_axis, lead_axis) = plt.subplots(2, 1, figsize=(11, 7.5), sharex=True)
    reference = policies[0]
    basis = "settled cumulative profit" if verdict == VERDICT[0] else "cumulative profit"
    for policy in policies:
        common.band(level_axis, series(rows, policy, verdict), policy, colors[policy], True)
    level_axis.axhline(0, color="0.3", linewidth=0.6)
    level_axis.set_title(f"{basis.capitalize()} per policy" + (" (settled: refunds still due booked)" if verdict == VERDICT[0] else ""))
    level_axis.set_ylabel("CNY since day 0")
    common.thousands(level_axis)
    level_axis.legend(loc="upper left")
    for policy in policies[1:]:
        lead = series(rows, policy, verdict, prefix="diff_")
        common.band(lead_axis, lead, f"{policy} − {reference}", colors[policy], True)
        day = crossover_day(lead["mean"])
        text = "mean lead never stays ahead" if day is None else f"mean lead ahead for good from day {day}"
        label = f"{policy}: {text}{replication_crossover(summary, policy)}"
        if day is None:
            lead_axis.plot([], [], " ", label=label)
        else:
            lead_axis.axvline(day, color=colors[policy], linestyle="--", linewidth=1, label=label)
            lead_axis.annotate(f"day {day}", (day, 0), xytext=(4, 6), textcoords="offset points", color=colors[policy])
    lead_axis.axhline(0, color="0.3", linewidth=0.8)
    lead_axis.set_title(f"Lead over {reference}: paired difference of {basis}, same replication")
    lead_axis.set_ylabel("CNY")
    lead_axis.set_xlabel(day_label)
    common.thousands(lead_axis)
    lead_axis.legend(loc="upper left")
    figure.suptitle(f"Crossover: {' vs '.join(policies)}\nline: mean across replications, {common.BAND_LABEL} (paired differences in the lower panel)")
    figure.tight_layout()
    return figure


def metrics(rows, policies, colors, day_label, panels):
    columns = 1 if len(panels) <= 2 else 2
    figure, axes = plt.subplots(math.ceil(len(panels) / columns), columns, figsize=(11, 2.8 * math.ceil(len(panels) / columns) + 1.1), squeeze=False, sharex=True)
    for extra in axes.flat[len(panels) :]:
        extra.set_visible(False)
    for axis, (metric, title, unit) in zip(axes.flat, panels):
        for policy in policies:
            common.band(axis, series(rows, policy, metric), policy, colors[policy], True)
        axis.set_title(title)
        axis.set_ylabel(unit)
        common.thousands(axis)
    axes.flat[0].legend(loc="upper left")
    for axis in axes[-1]:
        axis.set_xlabel(day_label)
    figure.suptitle(f"Policies compared, all merchants summed\nline: mean across replications, {common.BAND_LABEL}")
    figure.tight_layout()
    return figure
