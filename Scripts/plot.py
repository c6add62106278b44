#!/usr/bin/env python3
"""Turns growthsim CSV files into PNG charts (docs/plotting.md).

Usage: python3 Scripts/plot.py FILE.csv [FILE.csv …] [--out DIR]

The kind of file is told by its header: daily.csv, sku_daily.csv and providers.csv of `growthsim run`,
compare_daily.csv and compare_map.csv of `growthsim compare`, sweep.csv of `growthsim sweep`. The PNGs go next to
each file, or into DIR, under stable names (daily-gmv-profit.png, compare-crossover.png, compare-map.png,
sku-stock.png, sweep-profit_cny.png, …); their paths are printed. Needs matplotlib and pandas
(`python3 -m pip install matplotlib pandas`).

Exit codes (sysexits): 0 ok, 64 usage, 65 a file that is not a growthsim CSV this script plots,
66 a file that does not exist or cannot be read, 73 a PNG that cannot be written.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import plot_common as common  # noqa: E402
import plot_compare  # noqa: E402
import plot_daily  # noqa: E402
import plot_map  # noqa: E402
import plot_sku  # noqa: E402
import plot_sensitivity  # noqa: E402
import plot_sweep  # noqa: E402

EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_CANTCREAT = 64, 65, 66, 73
# (test on the header, plotter); the first match wins.
KINDS = [
    (plot_daily.is_daily, plot_daily.plot),
    (plot_daily.is_providers, plot_daily.plot_providers),
    (plot_sku.is_sku_daily, plot_sku.plot),
    (plot_compare.is_compare, plot_compare.plot),
    (plot_map.is_map, plot_map.plot),
    (plot_sweep.is_sweep, plot_sweep.plot),
    (plot_sensitivity.is_sensitivity, plot_sensitivity.plot),
]
KNOWN = "daily.csv, sku_daily.csv or providers.csv (growthsim run), compare_daily.csv or compare_map.csv (growthsim compare), sweep.csv (growthsim sweep), sensitivity.csv (growthsim sensitivity)"


class Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        sys.stderr.write(f"plot.py: {message}\n")
        sys.exit(EX_USAGE)


def plot_file(path, out):
    """Plots one file; returns the PNG paths written."""
    if os.path.isdir(path):
        raise common.DataError("is a directory, expected a CSV file (Scripts/plot-results.sh plots folders)")
    if not os.path.isfile(path) or not os.access(path, os.R_OK):
        raise FileNotFoundError(path)
    names = common.header(path)
    for matches, plotter in KINDS:
        if matches(names):
            return plotter(path, out if out is not None else os.path.dirname(path) or ".")
    raise common.DataError(f"unrecognised header (starts {','.join(names[:4])}): expected {KNOWN}")


def main(arguments):
    parser = Parser(prog="plot.py", description="Turn growthsim CSV files into PNG charts.")
    parser.add_argument("files", nargs="+", metavar="FILE.csv", help=KNOWN)
    parser.add_argument("--out", metavar="DIR", help="write the PNGs here instead of next to each file")
    options = parser.parse_args(arguments)
    common.style()
    for path in options.files:
        try:
            for written in plot_file(path, options.out):
                print(f"wrote {written}")
        except FileNotFoundError:
            sys.stderr.write(f"plot.py: {path}: no such readable file\n")
            return EX_NOINPUT
        except common.DataError as error:
            sys.stderr.write(f"plot.py: {path}: {error}\n")
            return EX_DATAERR
        except common.OutputError as error:
            sys.stderr.write(f"plot.py: {error}\n")
            return EX_CANTCREAT
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
