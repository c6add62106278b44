"""Heat map of a `growthsim compare --map`'s compare_map.csv (docs/compare.md, A map of who wins).

One panel per repeat strength: follow rate up, horizon across, the colour the first policy's mean
lead in settled horizon profit (red: the second policy ahead, blue: the first), each cell labelled
with the lead in thousands of yuan and the share of replications in which the first policy ends
ahead; a cell whose 90 % interval contains zero is hatched (winner `undecided`).
"""
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import TwoSlopeNorm
from matplotlib.ticker import FuncFormatter

import plot_common as common

REQUIRED = ["policy", "versus", "follow_rate", "repeat_visits_per_order_day", "horizon_days", "winner", "lead_cny_mean", "probability_ahead"]


def is_map(names):
    return all(name in names for name in REQUIRED)


def plot(path, out):
    """Writes compare-map.png."""
    rows = common.read(path, REQUIRED, text=("policy", "versus", "winner"))
    return [common.save(heat_map(rows), out, "compare-map.png")]


def heat_map(rows):
    strengths = sorted(rows["repeat_visits_per_order_day"].unique())
    follow = sorted(rows["follow_rate"].unique())
    horizons = sorted(rows["horizon_days"].unique())
    limit = max(float(np.nanmax(np.abs(rows["lead_cny_mean"]))), 1.0)
    norm = TwoSlopeNorm(vcenter=0, vmin=-limit, vmax=limit)
    figure, axes = plt.subplots(1, len(strengths), figsize=(4.2 * len(strengths) + 1.2, 4.6), squeeze=False, sharey=True)
    image = None
    for axis, strength in zip(axes[0], strengths):
        panel = rows[rows["repeat_visits_per_order_day"] == strength]
        lead = panel.pivot(index="follow_rate", columns="horizon_days", values="lead_cny_mean").reindex(index=follow, columns=horizons)
        ahead = panel.pivot(index="follow_rate", columns="horizon_days", values="probability_ahead").reindex(index=follow, columns=horizons)
        winner = panel.pivot(index="follow_rate", columns="horizon_days", values="winner").reindex(index=follow, columns=horizons)
        image = axis.imshow(lead.to_numpy(dtype=float), origin="lower", aspect="auto", cmap="RdBu", norm=norm)
        for (row, column), value in np.ndenumerate(lead.to_numpy(dtype=float)):
            if np.isnan(value):
                continue
            if winner.iloc[row, column] == "undecided":
                axis.add_patch(plt.Rectangle((column - 0.5, row - 0.5), 1, 1, fill=False, hatch="///", edgecolor="0.4", linewidth=0))
            dark = abs(norm(value) - 0.5) > 0.3
            axis.text(column, row, f"{value / 1000:+,.0f}k\n{ahead.iloc[row, column]:.0%}", ha="center", va="center", fontsize=6.5, color="white" if dark else "black")
        axis.set_xticks(range(len(horizons)), [str(h) for h in horizons])
        axis.set_yticks(range(len(follow)), [f"{rate:.0%}" if rate * 100 == round(rate * 100) else f"{rate:.1%}" for rate in follow])
        axis.set_xlabel("horizon (days)")
        axis.set_title(f"repeat visits per order-day {common.number(strength)}")
        axis.grid(False)
    axes[0][0].set_ylabel("follow rate")
    colorbar = figure.colorbar(image, ax=axes[0].tolist(), format=FuncFormatter(common.number))
    first, second = rows["policy"].iloc[0], rows["versus"].iloc[0]
    colorbar.set_label(f"{first} − {second}, settled horizon profit, mean (CNY)")
    figure.suptitle(f"Who wins: {first} (blue) or {second} (red); cell: mean lead, share of replications {first} ends ahead; hatched: 90 % interval contains 0")
    return figure

