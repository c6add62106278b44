"""Shared pieces of Scripts/plot.py: errors, CSV loading, statistics and PNG writing.

Every chart is drawn with the Agg backend, matplotlib's default style, a fixed size and dpi and
no "Software" PNG chunk, so the same CSV and the same matplotlib version give the same bytes.
"""
import os
import tempfile

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)
import pandas as pd  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

DPI = 100
# The band of every daily chart: the 5th and 95th percentiles across replications, Hyndman and
# Fan's definition 7 (pandas' default `linear`), the definition compare_daily.csv and sweep.csv use.
LOW, HIGH = 0.05, 0.95
BAND_LABEL = "band: 5–95 % of replications"
# At most this many merchants get a panel of their own; beyond it, the total and the largest.
MAX_PANELS = 6
TOP_MERCHANTS = 5


class DataError(Exception):
    """The file is not a growthsim CSV this script can plot (exit 65)."""


class OutputError(Exception):
    """A PNG could not be written (exit 73)."""


def style():
    """Resets matplotlib to its defaults so a user's matplotlibrc cannot change the bytes."""
    matplotlib.rcdefaults()
    plt.rcParams.update(
        {
            "font.size": 9,
            "axes.titlesize": 10,
            "figure.titlesize": 11,
            "legend.fontsize": 8,
            "axes.grid": True,
            "grid.alpha": 0.3,
            "svg.hashsalt": "growthsim",
        }
    )


def header(path):
    """The column names of a CSV file's first line."""
    try:
        with open(path, encoding="utf-8") as file:
            line = file.readline()
    except UnicodeDecodeError as error:
        raise DataError(f"not UTF-8 text ({error.reason})") from error
    names = [name.strip() for name in line.rstrip("\r\n").split(",")]
    if not line or names == [""]:
        raise DataError("empty file, expected a header row")
    return names


def read(path, columns, text=()):
    """Reads the named columns; `text` ones stay strings, the others must be numbers."""
    try:
        frame = pd.read_csv(path, usecols=list(columns), dtype={name: str for name in text})
    except (ValueError, pd.errors.ParserError) as error:
        raise DataError(str(error).splitlines()[0]) from error
    if frame.empty:
        raise DataError("no data rows after the header")
    for name in columns:
        if name not in text and not pd.api.types.is_numeric_dtype(frame[name]):
            bad = pd.to_numeric(frame[name], errors="coerce").isna() & frame[name].notna()
            row = bad.idxmax()
            raise DataError(f"row {row + 2}: column '{name}': not a number, got '{frame[name][row]}'")
    return frame


def spread(frame, by, value):
    """Mean, 5th and 95th percentile of `value` over the rows of each `by` group."""
    groups = frame.groupby(by)[value]
    return pd.DataFrame({"mean": groups.mean(), "low": groups.quantile(LOW), "high": groups.quantile(HIGH)})


def band(axis, stats, label, color, show_band, style="-"):
    """Draws a mean line and, with several replications, its shaded 5–95 % band."""
    axis.plot(stats.index, stats["mean"], style, color=color, label=label, linewidth=1.4)
    if show_band:
        axis.fill_between(stats.index, stats["low"], stats["high"], color=color, alpha=0.2, linewidth=0)


def replication_note(count):
    """The subtitle saying what a line and a band are."""
    if count == 1:
        return "1 replication (no band)"
    return f"line: mean of {count} replications, {BAND_LABEL}"


def number(value, _position=None):
    """Tick labels with thousands separators: 1,234,567 and 0.25."""
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.4g}"


def thousands(axis, which="y"):
    """Puts thousands separators on an axis's tick labels."""
    (axis.yaxis if which == "y" else axis.xaxis).set_major_formatter(FuncFormatter(number))


def shade_runs(axis, days, flags, label, color="0.85"):
    """Shades the runs of consecutive days where `flags` is true (campaign days)."""
    start, labelled = None, False
    for day, flag in list(zip(days, flags)) + [(None, False)]:
        if flag and start is None:
            start = day
        elif not flag and start is not None:
            end = day if day is not None else days[-1] + 1
            axis.axvspan(start - 0.5, end - 0.5, color=color, zorder=0, label=None if labelled else label)
            start, labelled = None, True


def save(figure, directory, name):
    """Writes the figure as DIRECTORY/NAME atomically (temporary file, then rename)."""
    path = os.path.join(directory, name)
    try:
        os.makedirs(directory, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.tmp-", dir=directory)
        os.close(handle)
        try:
            figure.savefig(temporary, format="png", dpi=DPI, metadata={"Software": None})
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror or error}") from error
    finally:
        plt.close(figure)
    return path
