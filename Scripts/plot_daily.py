"""Charts of a `growthsim run`'s daily.csv and providers.csv (docs/plotting.md).

Each replication's figure for a day is first summed over the merchants of a panel; the line is
the mean of those sums across replications and the band their 5th–95th percentiles.
"""
import math

import matplotlib.pyplot as plt

import plot_common as common

GMV_COLOR, PROFIT_COLOR = "tab:blue", "tab:orange"
# The visit columns of daily.csv, bottom of the stack first. shelf_visits includes
# word_of_mouth_visits (docs/output-format.md), so the stack shows shelf less word of mouth.
CHANNELS = [
    ("feed_visits", "recommendation feed"),
    ("follower_visits", "followers"),
    ("paid_visits", "paid (Qianchuan)"),
    ("video_visits", "short videos"),
    ("talent_visits", "talent sessions"),
    ("interest_visits", "interest pool"),
    ("shelf_visits", "search and mall"),
    ("word_of_mouth_visits", "word of mouth"),
    ("repeat_visits", "repeat buyers"),
]
REQUIRED = ["replication", "merchant", "day", "gmv_cny", "profit_cny"]
OPTIONAL = ["date", "campaign", "stock_on_hand_units", "score_points"] + [name for name, _ in CHANNELS]


def is_daily(names):
    return all(name in names for name in REQUIRED)


def plot(path, out):
    """Writes daily-gmv-profit.png, daily-traffic.png and daily-stock-score.png."""
    names = common.header(path)
    columns = REQUIRED + [name for name in OPTIONAL if name in names]
    daily = common.read(path, columns, text=("merchant", "date", "campaign"))
    replications = daily["replication"].nunique()
    merchants = list(dict.fromkeys(daily["merchant"]))
    context = Context(daily, replications, merchants)
    written = [common.save(gmv_profit(context), out, "daily-gmv-profit.png")]
    if any(name in daily for name, _ in CHANNELS):
        written.append(common.save(traffic(context), out, "daily-traffic.png"))
    if "stock_on_hand_units" in daily and "score_points" in daily:
        written.append(common.save(stock_score(context), out, "daily-stock-score.png"))
    return written


class Context:
    """The file's rows and what every chart's titles say about them."""

    def __init__(self, daily, replications, merchants):
        self.daily = daily
        self.replications = replications
        self.merchants = merchants
        self.note = common.replication_note(replications)
        first = daily[daily["day"] == daily["day"].min()]
        start = first["date"].iloc[0] if "date" in daily else None
        self.day_label = f"day (day 0 = {start})" if start else "day"
        self.scope = merchants[0] if len(merchants) == 1 else f"all {len(merchants)} merchants (total)"

    def panels(self):
        """(title, rows) per panel: every merchant, or the total and the largest by GMV."""
        if len(self.merchants) <= common.MAX_PANELS:
            return [(merchant, self.daily[self.daily["merchant"] == merchant]) for merchant in self.merchants]
        gmv = self.daily.groupby("merchant")["gmv_cny"].sum().sort_values(ascending=False, kind="stable")
        top = list(gmv.index[: common.TOP_MERCHANTS])
        panels = [(self.scope, self.daily)]
        panels += [(f"{merchant} (#{rank + 1} by GMV)", self.daily[self.daily["merchant"] == merchant]) for rank, merchant in enumerate(top)]
        return panels

    def campaign_days(self, rows):
        """Days on which a campaign runs for any merchant of `rows` (replication 0)."""
        if "campaign" not in rows:
            return [], []
        first = rows[rows["replication"] == rows["replication"].min()]
        flags = first.groupby("day")["campaign"].agg(lambda cells: cells.notna().any())
        return list(flags.index), list(flags.values)


def totals(rows, value):
    """Spread across replications of the per-day sum of `value` over the rows' merchants."""
    summed = rows.groupby(["replication", "day"], as_index=False)[value].sum()
    return common.spread(summed, "day", value)


def grid(count, height):
    """A figure with `count` panels, one column up to two panels, two beyond."""
    columns = 1 if count <= 2 else 2
    rows = math.ceil(count / columns)
    figure, axes = plt.subplots(rows, columns, figsize=(11, height * rows + 1.1), squeeze=False, sharex=True)
    for extra in axes.flat[count:]:
        extra.set_visible(False)
    return figure, list(axes.flat[:count])


def gmv_profit(context):
    panels = context.panels()
    figure, axes = grid(len(panels), 3.0)
    show_band = context.replications > 1
    for axis, (title, rows) in zip(axes, panels):
        days, flags = context.campaign_days(rows)
        common.shade_runs(axis, days, flags, "campaign days")
        common.band(axis, totals(rows, "gmv_cny"), "GMV", GMV_COLOR, show_band)
        common.band(axis, totals(rows, "profit_cny"), "profit", PROFIT_COLOR, show_band)
        axis.axhline(0, color="0.3", linewidth=0.6)
        axis.set_title(title)
        axis.set_ylabel("CNY per day")
        common.thousands(axis)
        axis.legend(loc="upper left")
    for axis in axes[-2:] if len(axes) > 2 else axes[-1:]:
        axis.set_xlabel(context.day_label)
    figure.suptitle(f"GMV and profit per day\n{context.note}")
    figure.tight_layout()
    return figure


def traffic(context):
    figure, axis = plt.subplots(figsize=(11, 5.2))
    daily = context.daily
    series, labels = [], []
    for name, label in CHANNELS:
        if name not in daily:
            continue
        values = daily[name]
        if name == "shelf_visits" and "word_of_mouth_visits" in daily:
            values = values - daily["word_of_mouth_visits"]
            label = "search and mall (not word of mouth)"
        summed = daily.assign(value=values).groupby(["replication", "day"])["value"].sum()
        series.append(summed.groupby("day").mean())
        labels.append(label)
    days = series[0].index
    colors = plt.get_cmap("tab10").colors
    axis.stackplot(days, [s.values for s in series], labels=labels, colors=colors[: len(series)], linewidth=0)
    axis.set_xlim(days.min(), days.max())
    axis.set_xlabel(context.day_label)
    axis.set_ylabel("visits per day")
    common.thousands(axis)
    handles, names = axis.get_legend_handles_labels()
    axis.legend(handles[::-1], names[::-1], loc="upper left", bbox_to_anchor=(1.01, 1), title="channel (top to bottom)")
    runs = "1 replication" if context.replications == 1 else f"mean of {context.replications} replications"
    axis.set_title(f"Live-room and store visits per day by channel, stacked\n{context.scope}, {runs}")
    figure.tight_layout()
    return figure


def stock_score(context):
    figure, (stock_axis, score_axis) = plt.subplots(2, 1, figsize=(11, 7), sharex=True)
    show_band = context.replications > 1
    colors = plt.get_cmap("tab10").colors
    daily = context.daily
    days, flags = context.campaign_days(daily)
    for axis in (stock_axis, score_axis):
        common.shade_runs(axis, days, flags, "campaign days")
    if len(context.merchants) <= common.MAX_PANELS:
        for index, merchant in enumerate(context.merchants):
            rows = daily[daily["merchant"] == merchant]
            color = colors[index % len(colors)]
            common.band(stock_axis, totals(rows, "stock_on_hand_units"), merchant, color, show_band)
            common.band(score_axis, totals(rows, "score_points"), merchant, color, show_band)
        score_title = "Experience score after the day"
    else:
        common.band(stock_axis, totals(daily, "stock_on_hand_units"), context.scope, colors[0], show_band)
        means = daily.groupby(["replication", "day"], as_index=False)["score_points"].mean()
        common.band(score_axis, common.spread(means, "day", "score_points"), f"mean of the {len(context.merchants)} merchants", colors[0], show_band)
        score_title = "Experience score after the day, mean over merchants"
    stock_axis.set_title("Stock on hand at the end of the day, all SKUs")
    stock_axis.set_ylabel("units")
    stock_axis.set_ylim(bottom=0)
    common.thousands(stock_axis)
    stock_axis.legend(loc="upper right")
    score_axis.set_title(score_title)
    score_axis.set_ylabel("points (100-point scale)")
    score_axis.set_xlabel(context.day_label)
    score_axis.legend(loc="lower left")
    figure.suptitle(f"Stock and experience score\n{context.note}")
    figure.tight_layout()
    return figure


PROVIDER_COLUMNS = ["replication", "provider", "day", "gmv_cny", "gmv_share"]


def is_providers(names):
    return all(name in names for name in PROVIDER_COLUMNS)


def plot_providers(path, out):
    """Writes providers-share.png: each provider's share of all merchants' GMV, and its GMV."""
    names = common.header(path)
    columns = PROVIDER_COLUMNS + (["date"] if "date" in names else [])
    rows = common.read(path, columns, text=("provider", "date"))
    replications = rows["replication"].nunique()
    show_band = replications > 1
    figure, (share_axis, gmv_axis) = plt.subplots(2, 1, figsize=(11, 7), sharex=True)
    colors = plt.get_cmap("tab10").colors
    for index, provider in enumerate(dict.fromkeys(rows["provider"])):
        mine = rows[rows["provider"] == provider].assign(share_percent=lambda frame: frame["gmv_share"] * 100)
        color = colors[index % len(colors)]
        common.band(share_axis, common.spread(mine, "day", "share_percent"), provider, color, show_band)
        common.band(gmv_axis, common.spread(mine, "day", "gmv_cny"), provider, color, show_band)
    share_axis.set_title("Share of all merchants' GMV sold by the provider's merchants under contract")
    share_axis.set_ylabel("% of GMV")
    share_axis.set_ylim(bottom=0)
    share_axis.legend(loc="upper left")
    gmv_axis.set_title("GMV of the provider's merchants under contract")
    gmv_axis.set_ylabel("CNY per day")
    common.thousands(gmv_axis)
    start = rows["date"].iloc[0] if "date" in rows else None
    gmv_axis.set_xlabel(f"day (day 0 = {start})" if start else "day")
    figure.suptitle(f"Service providers\n{common.replication_note(replications)}")
    figure.tight_layout()
    return [common.save(figure, out, "providers-share.png")]
