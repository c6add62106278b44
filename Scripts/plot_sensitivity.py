"""Bar charts of a `growthsim sensitivity`'s sensitivity.csv (docs/sensitivity.md).

One chart per metric, parameters ranked: Morris μ* with σ beside it, or Sobol's total and
first-order indices with their 95 % bootstrap intervals as error bars.
"""
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import MaxNLocator

import plot_common as common

MAX_BARS = 30


def is_sensitivity(names):
    return names[:2] == ["parameter", "metric"] and ("mu_star" in names or "ST" in names)


def plot(path, out):
    """Writes sensitivity-<metric>.png per metric."""
    names = common.header(path)
    morris = "mu_star" in names
    numbers = ["mu_star", "mu", "sigma"] if morris else ["S1", "S1_low", "S1_high", "ST", "ST_low", "ST_high"]
    rows = common.read(path, ["parameter", "metric"] + numbers, text=["parameter", "metric"])
    written = []
    for metric in dict.fromkeys(rows["metric"]):
        frame = rows[rows["metric"] == metric]
        figure = bars_morris(frame, metric) if morris else bars_sobol(frame, metric)
        written.append(common.save(figure, out, f"sensitivity-{metric}.png"))
    if not written:
        raise common.DataError("no rows")
    return written


def ranked(frame, key):
    frame = frame.assign(_key=frame[key].fillna(-1)).sort_values("_key", ascending=False, kind="stable")
    return frame.head(MAX_BARS).iloc[::-1]


def bars_morris(frame, metric):
    frame = ranked(frame, "mu_star")
    figure, axis = plt.subplots(figsize=(8, 1.2 + 0.28 * len(frame)))
    y = np.arange(len(frame))
    axis.barh(y - 0.2, frame["mu_star"], height=0.4, color="tab:blue", label="μ* (mean |elementary effect|)")
    axis.barh(y + 0.2, frame["sigma"], height=0.4, color="tab:orange", label="σ (non-linearity, interaction)")
    axis.set_yticks(y, frame["parameter"])
    axis.set_title(f"Morris screening of {metric}: effect of each parameter across its range")
    common.thousands(axis, "x")
    axis.xaxis.set_major_locator(MaxNLocator(5))
    axis.legend(loc="lower right")
    figure.tight_layout()
    return figure


def bars_sobol(frame, metric):
    frame = ranked(frame, "ST")
    figure, axis = plt.subplots(figsize=(8, 1.2 + 0.28 * len(frame)))
    y = np.arange(len(frame))
    for offset, name, color, label in [
        (-0.2, "ST", "tab:blue", "total order ST"),
        (0.2, "S1", "tab:orange", "first order S1"),
    ]:
        errors = np.vstack([frame[name] - frame[f"{name}_low"], frame[f"{name}_high"] - frame[name]]).clip(min=0)
        axis.barh(y + offset, frame[name], height=0.4, color=color, label=label, xerr=errors, ecolor="0.3", capsize=2)
    axis.set_yticks(y, frame["parameter"])
    axis.set_xlabel("share of the variance (95 % bootstrap intervals)")
    axis.set_title(f"Sobol indices of {metric}")
    axis.legend(loc="lower right")
    figure.tight_layout()
    return figure
