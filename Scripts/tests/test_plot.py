"""Tests of Scripts/plot.py: python3 -m unittest discover -s Scripts/tests (run by .ci/run)."""
import contextlib
import io
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import pandas as pd  # noqa: E402

import plot  # noqa: E402
import plot_common  # noqa: E402
import plot_compare  # noqa: E402

DAILY_HEADER = "replication,merchant,day,date,campaign,gmv_cny,profit_cny,feed_visits,paid_visits,shelf_visits,word_of_mouth_visits,stock_on_hand_units,score_points\n"


def read_bytes(path):
    with open(path, "rb") as file:
        return file.read()


def daily_rows():
    rows = []
    for replication in range(3):
        for merchant in ("a", "b"):
            for day in range(4):
                campaign = "818" if day == 2 else ""
                rows.append(f"{replication},{merchant},{day},2026-07-0{day + 1},{campaign},{1000 + 10 * day + replication},{-5 + day},{100 + day},{20},{30},{5},{500 - day},{99.5}\n")
    return DAILY_HEADER + "".join(rows)


class PlotTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def write(self, name, text):
        path = os.path.join(self.folder.name, name)
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
        return path

    def run_plot(self, *arguments):
        with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()) as err:
            try:
                code = plot.main(list(arguments))
            except SystemExit as exit:
                code = exit.code
        return code, out.getvalue(), err.getvalue()

    def test_crossover_day_follows_the_documented_examples(self):
        # docs/compare.md, "The crossover day".
        examples = [([-5, -2, 3, -1, 4, 6], 4), ([1, 2, 3, 2, 1, 1], 0), ([3, 2, 1, 0, -1, 1], 5), ([3, 2, 1, 0, 1, -1], None)]
        for lead, day in examples:
            self.assertEqual(plot_compare.crossover_day(pd.Series(lead, dtype=float)), day, lead)

    def test_band_is_the_type_7_percentile_across_replications(self):
        frame = pd.DataFrame({"day": [0] * 8, "v": [8, 1, 7, 2, 6, 3, 5, 4]})
        stats = plot_common.spread(frame, "day", "v").loc[0]
        self.assertAlmostEqual(stats["mean"], 4.5)
        self.assertAlmostEqual(stats["low"], 1.35)  # 35 % of the way from 1 to 2 (docs/compare.md)
        self.assertAlmostEqual(stats["high"], 7.65)

    def test_daily_csv_gives_three_charts_with_the_same_bytes_twice(self):
        path = self.write("daily.csv", daily_rows())
        code, out, err = self.run_plot(path)
        self.assertEqual(code, 0, err)
        names = ["daily-gmv-profit.png", "daily-traffic.png", "daily-stock-score.png"]
        self.assertEqual(out.splitlines(), [f"wrote {os.path.join(self.folder.name, name)}" for name in names])
        first = {name: read_bytes(os.path.join(self.folder.name, name)) for name in names}
        self.assertTrue(all(data.startswith(b"\x89PNG") for data in first.values()))
        self.run_plot(path)
        for name in names:
            self.assertEqual(read_bytes(os.path.join(self.folder.name, name)), first[name], name)

    def test_sku_daily_csv_gives_the_stock_chart(self):
        rows = ["replication,seed,merchant,sku,day,date,campaign,units,stock_on_hand_units,out_of_stock\n"]
        for replication in range(3):
            for day in range(4):
                for sku in ("hit", "tee"):
                    empty = sku == "hit" and day >= 2 + replication
                    rows.append(f"{replication},1,a,{sku},{day},2026-08-0{day + 1},{'818' if day == 2 else ''},{5 - day},{0 if empty else 10 - day},{int(empty)}\n")
        path = self.write("sku_daily.csv", "".join(rows))
        code, out, err = self.run_plot(path)
        self.assertEqual(code, 0, err)
        written = os.path.join(self.folder.name, "sku-stock.png")
        self.assertEqual(out.splitlines(), [f"wrote {written}"])
        self.assertTrue(read_bytes(written).startswith(b"\x89PNG"))

    def test_sensitivity_csv_gives_one_ranked_chart_per_metric(self):
        morris = self.write(
            "sensitivity.csv",
            "parameter,metric,mu_star,mu,sigma\n/a,profit_cny,5,-5,1\n/b,profit_cny,0,0,0\n/a,gmv_cny,2,2,\n/b,gmv_cny,9,9,3\n",
        )
        code, out, err = self.run_plot(morris)
        self.assertEqual(code, 0, err)
        self.assertEqual(out.count("wrote "), 2)
        self.assertIn("sensitivity-gmv_cny.png", out)
        sobol_folder = os.path.join(self.folder.name, "sobol")
        os.makedirs(sobol_folder)
        sobol = os.path.join(sobol_folder, "sensitivity.csv")
        with open(sobol, "w", encoding="utf-8") as file:
            file.write("parameter,metric,S1,S1_low,S1_high,ST,ST_low,ST_high\n/a,profit_cny,0.7,0.6,0.8,0.75,0.7,0.8\n/b,profit_cny,,,,,,\n")
        code, out, err = self.run_plot(sobol)
        self.assertEqual(code, 0, err)
        first = read_bytes(os.path.join(sobol_folder, "sensitivity-profit_cny.png"))
        self.run_plot(sobol)
        self.assertEqual(read_bytes(os.path.join(sobol_folder, "sensitivity-profit_cny.png")), first)

    def test_compare_map_csv_gives_the_heat_map_with_the_same_bytes_twice(self):
        header = "policy,versus,follow_rate,repeat_visits_per_order_day,horizon_days,winner,lead_cny_mean,lead_cny_ci90_low,lead_cny_ci90_high,probability_ahead,crossover_day_p50,crossover_day_p05,crossover_day_p95\n"
        rows = []
        for follow in (0.01, 0.05):
            for strength in (0.01, 0.09):
                for horizon in (14, 90, 365):
                    lead = (follow * 100 - 3) * horizon * 1000 + strength * 1e5
                    winner = "undecided" if horizon == 14 else ("snowball" if lead > 0 else "funnel")
                    crossover = "" if lead <= 0 else "12"
                    rows.append(f"snowball,funnel,{follow},{strength},{horizon},{winner},{lead},{lead - 5000},{lead + 5000},0.5,{crossover},{crossover},{crossover}\n")
        path = self.write("compare_map.csv", header + "".join(rows))
        code, out, err = self.run_plot(path)
        self.assertEqual(code, 0, err)
        written = os.path.join(self.folder.name, "compare-map.png")
        self.assertEqual(out.splitlines(), [f"wrote {written}"])
        first = read_bytes(written)
        self.assertTrue(first.startswith(b"\x89PNG"))
        self.run_plot(path)
        self.assertEqual(read_bytes(written), first)

    def test_errors_use_sysexits_codes(self):
        self.assertEqual(self.run_plot()[0], 64)
        self.assertEqual(self.run_plot("--no-such-option", "x.csv")[0], 64)
        self.assertEqual(self.run_plot(os.path.join(self.folder.name, "missing.csv"))[0], 66)
        summary = self.write("summary.csv", "replication,seed,merchant,policy,days\n0,1,a,steady,3\n")
        code, _, err = self.run_plot(summary)
        self.assertEqual(code, 65)
        self.assertIn("unrecognised header", err)
        bad = self.write("bad.csv", DAILY_HEADER + "0,a,0,2026-07-01,,abc,1,1,1,1,1,1,1\n")
        code, _, err = self.run_plot(bad)
        self.assertEqual(code, 65)
        self.assertIn("row 2: column 'gmv_cny': not a number, got 'abc'", err)
        self.assertEqual(self.run_plot(self.write("empty.csv", ""))[0], 65)


if __name__ == "__main__":
    unittest.main()
