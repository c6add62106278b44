"""Charts of a `growthsim sweep`'s sweep.csv (docs/plotting.md, docs/sweeps.md).

The swept parameters are the columns after `point`, `seed` (and `policy`) and before the first
metric column, named by their short names (`dailyBudget`; docs/sweeps.md); each metric has
`_mean`, `_p05` and `_p95` columns, statistics across the point's replications.
"""
import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import FuncFormatter

import plot_common as common

# Titles and units of the metrics sweep.csv has today; another metric is labelled by its name.
METRICS = {
    "gmv_cny": ("GMV over the horizon", "CNY"),
    "net_gmv_cny": ("GMV less refunds over the horizon", "CNY"),
    "profit_cny": ("Profit over the horizon", "CNY"),
    "profit_settled_cny": ("Settled profit over the horizon (refunds still due booked)", "CNY"),
    "paid_roi": ("Paid ROI (paid GMV / ad spend)", "ratio"),
    "followers_end": ("Followers after the last day", "followers"),
    "stockout_days": ("Merchant-days ending with a SKU out of stock", "days"),
    "agency_margin_cny": ("Agency margin (fees less staff and other costs)", "CNY"),
}
MAX_HEATMAP_LEVELS = 40


def is_sweep(names):
    return names[:2] == ["point", "seed"] and any(name.endswith("_mean") for name in names)


def parameter_columns(names):
    """The columns between point, seed (and policy) and the first statistic."""
    first_metric = next(index for index, name in enumerate(names) if name.endswith("_mean"))
    return [name for name in names[2:first_metric] if name != "policy"]


def plot(path, out):
    """Writes sweep-<metric>.png per metric and, for two parameters, sweep-<metric>-map.png."""
    names = common.header(path)
    parameters = parameter_columns(names)
    metrics = [name[: -len("_mean")] for name in names if name.endswith("_mean") and f"{name[:-5]}_p05" in names and f"{name[:-5]}_p95" in names]
    columns = ["point"] + parameters + [f"{metric}_{kind}" for metric in metrics for kind in ("mean", "p05", "p95")]
    rows = common.read(path, columns, text=parameters)
    values = {parameter: axis_values(rows[parameter]) for parameter in parameters}
    written = []
    for metric in metrics:
        if rows[f"{metric}_mean"].isna().all():
            continue
        written.append(common.save(against_parameters(rows, values, metric), out, f"sweep-{metric}.png"))
        if len(parameters) == 2:
            written.append(common.save(two_parameters(rows, values, parameters, metric), out, f"sweep-{metric}-map.png"))
    if not written:
        raise common.DataError("every metric column is empty")
    return written


def axis_values(cells):
    """Numbers when every cell is one; otherwise the text values as categories in order of appearance."""
    numbers = pd.to_numeric(cells, errors="coerce")
    if numbers.notna().all():
        return numbers
    return pd.Categorical(cells, categories=list(dict.fromkeys(cells)))


def is_numeric(values):
    return not isinstance(values, pd.Categorical)


def positions(values):
    return values.to_numpy() if is_numeric(values) else values.codes.astype(float)


def title(metric):
    name, unit = METRICS.get(metric, (metric, ""))
    return name, f"{name} ({unit})" if unit else name


def against_parameters(rows, values, metric):
    parameters = list(values)
    columns = min(len(parameters), 3)
    lines = math.ceil(len(parameters) / columns)
    figure, axes = plt.subplots(lines, columns, figsize=(11, 4.2 * lines + 1.0), squeeze=False, sharey=True)
    for extra in axes.flat[len(parameters) :]:
        extra.set_visible(False)
    mean, low, high = (rows[f"{metric}_{kind}"] for kind in ("mean", "p05", "p95"))
    name, label = title(metric)
    for axis, parameter in zip(axes.flat, parameters):
        x = positions(values[parameter])
        if len(parameters) == 1 and is_numeric(values[parameter]):
            order = np.argsort(x, kind="stable")
            axis.fill_between(x[order], low.to_numpy()[order], high.to_numpy()[order], alpha=0.2, color="tab:blue", linewidth=0, label="5–95 % of replications")
            axis.plot(x[order], mean.to_numpy()[order], "o-", color="tab:blue", markersize=3, label="mean")
        else:
            axis.vlines(x, low, high, color="tab:blue", alpha=0.35, linewidth=1, label="5–95 % of replications")
            axis.plot(x, mean, "o", color="tab:blue", markersize=3, label="mean")
        if is_numeric(values[parameter]):
            common.thousands(axis, "x")
        else:
            axis.set_xticks(range(len(values[parameter].categories)), values[parameter].categories)
        axis.set_xlabel(parameter)
        common.thousands(axis)
    for axis in axes[:, 0]:
        axis.set_ylabel(label)
    axes.flat[0].legend(loc="best")
    others = "" if len(parameters) == 1 else "; each dot is a point of the sweep, the other parameters vary too"
    figure.suptitle(f"{name} against each swept parameter, {len(rows)} points\ndot: mean across the point's replications, line: 5–95 % of them{others}")
    figure.tight_layout()
    return figure


def is_grid(rows, parameters):
    """Every combination of the two parameters' levels exactly once (a full factorial)."""
    levels = [rows[parameter].nunique() for parameter in parameters]
    pairs = len(rows[parameters].drop_duplicates())
    return max(levels) <= MAX_HEATMAP_LEVELS and pairs == len(rows) == levels[0] * levels[1]


def two_parameters(rows, values, parameters, metric):
    name, label = title(metric)
    figure, axis = plt.subplots(figsize=(9, 6.5))
    x_name, y_name = parameters
    if is_grid(rows, parameters):
        x_levels = sorted_levels(values[x_name])
        y_levels = sorted_levels(values[y_name])
        table = pd.DataFrame({"x": list(values[x_name]), "y": list(values[y_name]), "v": rows[f"{metric}_mean"]})
        matrix = table.pivot(index="y", columns="x", values="v").reindex(index=y_levels, columns=x_levels)
        image = axis.imshow(matrix.to_numpy(dtype=float), origin="lower", aspect="auto", cmap="viridis")
        axis.set_xticks(range(len(x_levels)), [common.number(level) if is_numeric(values[x_name]) else level for level in x_levels])
        axis.set_yticks(range(len(y_levels)), [common.number(level) if is_numeric(values[y_name]) else level for level in y_levels])
        if matrix.size <= 100:
            middle = np.nanmean(matrix.to_numpy(dtype=float))
            for (row, column), value in np.ndenumerate(matrix.to_numpy(dtype=float)):
                if not np.isnan(value):
                    axis.text(column, row, common.number(round(value, 2)), ha="center", va="center", fontsize=7, color="white" if value < middle else "black")
        kind = "grid points"
    else:
        image = axis.scatter(positions(values[x_name]), positions(values[y_name]), c=rows[f"{metric}_mean"], cmap="viridis", s=36)
        for parameter, which in ((x_name, "x"), (y_name, "y")):
            if is_numeric(values[parameter]):
                common.thousands(axis, which)
        kind = "points"
    colorbar = figure.colorbar(image, ax=axis, format=FuncFormatter(common.number))
    colorbar.set_label(f"{label}, mean")
    axis.set_xlabel(x_name)
    axis.set_ylabel(y_name)
    axis.grid(False)
    axis.set_title(f"{name}: mean across replications by the two swept parameters ({len(rows)} {kind})")
    figure.tight_layout()
    return figure


def sorted_levels(values):
    if is_numeric(values):
        return sorted(values.unique())
    return list(values.categories)
