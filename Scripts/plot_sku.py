"""Charts of a `growthsim run`'s sku_daily.csv (docs/plotting.md).

One line per SKU: its stock on hand (mean across replications, with the 5th–95th percentile
band) and its stock-out probability (the share of replications that ended the day with the SKU
empty). With many SKUs only the best sellers are drawn.
"""
import matplotlib.pyplot as plt

import plot_common as common

REQUIRED = ["replication", "merchant", "sku", "day", "units", "stock_on_hand_units", "out_of_stock"]
OPTIONAL = ["date", "campaign"]
# SKUs drawn at most, the best sellers first (more lines cannot be told apart).
MAX_SKUS = 8


def is_sku_daily(names):
    return all(name in names for name in REQUIRED)


def plot(path, out):
    """Writes sku-stock.png: stock on hand and stock-out probability per SKU and day."""
    names = common.header(path)
    columns = REQUIRED + [name for name in OPTIONAL if name in names]
    rows = common.read(path, columns, text=("merchant", "sku", "date", "campaign"))
    replications = rows["replication"].nunique()
    single = rows["merchant"].nunique() == 1
    rows = rows.assign(label=rows["sku"] if single else rows["merchant"] + "/" + rows["sku"])
    sold = rows.groupby("label", sort=False)["units"].sum().sort_values(ascending=False, kind="stable")
    shown = list(sold.index[:MAX_SKUS])
    figure, (stock_axis, out_axis) = plt.subplots(2, 1, figsize=(11, 7), sharex=True)
    colors = plt.get_cmap("tab10").colors
    first = rows[rows["replication"] == rows["replication"].min()]
    if "campaign" in rows:
        flags = first.groupby("day")["campaign"].agg(lambda cells: cells.notna().any())
        for axis in (stock_axis, out_axis):
            common.shade_runs(axis, list(flags.index), list(flags.values), "campaign")
    for index, label in enumerate(shown):
        mine = rows[rows["label"] == label]
        color = colors[index % len(colors)]
        common.band(stock_axis, common.spread(mine, "day", "stock_on_hand_units"), label, color, replications > 1)
        probability = mine.groupby("day")["out_of_stock"].mean() * 100
        out_axis.plot(probability.index, probability.values, color=color, label=label, linewidth=1.4)
    more = f" (the {len(shown)} best sellers of {len(sold)})" if len(sold) > len(shown) else ""
    stock_axis.set_title(f"Stock on hand at the end of the day{more}")
    stock_axis.set_ylabel("units")
    stock_axis.set_ylim(bottom=0)
    common.thousands(stock_axis)
    stock_axis.legend(loc="upper left")
    out_axis.set_title("Stock-out probability: share of replications ending the day with the SKU empty")
    out_axis.set_ylabel("% of replications")
    out_axis.set_ylim(-2, 102)
    start = first["date"].iloc[0] if "date" in first else None
    out_axis.set_xlabel(f"day (day 0 = {start})" if start else "day")
    figure.suptitle(f"Stock per SKU\n{common.replication_note(replications)}")
    figure.tight_layout()
    return [common.save(figure, out, "sku-stock.png")]
