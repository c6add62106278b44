import Foundation
import Testing

@testable import GrowthSim

/// `daily_stats.csv` and `daily_long.csv` agree with `daily.csv`, cell for cell.
@Suite struct DailyStatisticsTests {
  /// `daily.csv` read back: the header's column numbers and the rows' cells.
  struct Daily {
    var index: [String: Int] = [:]
    var rows: [[String]] = []

    init(_ text: String) {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      for (number, name) in (lines.first ?? "").split(separator: ",").enumerated() {
        index[String(name)] = number
      }
      // The belt's ids and phases hold no commas or quotes, so a plain split is exact.
      rows = lines.dropFirst().map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      }
    }

    func cell(_ row: [String], _ column: String) -> String { row[index[column] ?? -1] }
  }

  static func run(_ extra: [String], jobs: Int = 2) throws -> (Scenario, [String: String]) {
    let scenario = try RunFilesStreamingTests.belt(
      replications: 3, extra: ["/calendar/days=6"] + extra)
    let directory = try RunFilesStreamingTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = try RunFiles.write(scenario, jobs: jobs, to: directory, chunkBytes: 4096)
    let files = try RunFilesStreamingTests.files(in: directory).mapValues {
      String(decoding: $0, as: UTF8.self)
    }
    return (scenario, files)
  }

  /// The statistics recomputed from `daily.csv`'s cells, with the merchants' sums, are the
  /// file's lines (without `sku_daily.csv`'s stock-out rows: `SKUDailyTests` checks those).
  @Test func statisticsAreThoseOfTheDailyCells() throws {
    let (scenario, files) = try Self.run(["/output/skuDaily=false"])
    let daily = Daily(try #require(files["daily.csv"]))
    let merchants = scenario.merchants.map(\.id)
    let days = scenario.calendar.days
    #expect(merchants.count > 1)
    #expect(daily.rows.count == 3 * merchants.count * days)
    // values[merchant or sum][day][metric] = the replications' parsed cells.
    let metrics = DailyStatisticsTable.metrics
    var values = [[[[Double?]]]](
      repeating: [[[Double?]]](
        repeating: [[Double?]](repeating: [], count: metrics.count),
        count: days), count: merchants.count + 1)
    var sums = [[[Double]]](
      repeating: [[Double]](repeating: [Double](repeating: 0, count: metrics.count), count: days),
      count: 3)
    for row in daily.rows {
      let merchant = try #require(merchants.firstIndex(of: daily.cell(row, "merchant")))
      let day = try #require(Int(daily.cell(row, "day")))
      let replication = try #require(Int(daily.cell(row, "replication")))
      for (number, metric) in metrics.enumerated() {
        let value = Double(daily.cell(row, metric.name))
        values[merchant][day][number].append(value)
        if metric.isAdditive { sums[replication][day][number] += try #require(value) }
      }
    }
    // Rows are replication-major, so each merchant's values came in replication order; the
    // sums added merchants in file order, which is merchant order within a replication.
    for day in 0..<days {
      for number in metrics.indices where metrics[number].isAdditive {
        values[merchants.count][day][number] = (0..<3).map { sums[$0][day][number] }
      }
    }
    var expected = "merchant,day,date,metric,mean,p05,p50,p95\n"
    for (series, name) in (merchants + ["*"]).enumerated() {
      for day in 0..<days {
        let date = scenario.calendar.startDate.adding(days: day).description
        for (number, metric) in metrics.enumerated() where name != "*" || metric.isAdditive {
          let sample = values[series][day][number].compactMap { $0 }
          let quantiles = Statistics.quantiles(sample, [0.05, 0.5, 0.95])
          var writer = CSVWriter()
          for value in [Statistics.mean(sample)] + quantiles {
            writer.number(value, places: metric.places ?? 4)
          }
          expected += "\(name),\(day),\(date),\(metric.name),"
          expected += String(decoding: writer.bytes, as: UTF8.self) + "\n"
        }
      }
    }
    let text = try #require(files["daily_stats.csv"])
    #expect(text == expected)
    let sumLines = text.split(separator: "\n").filter { $0.hasPrefix("*,") }
    #expect(sumLines.count == days * metrics.filter(\.isAdditive).count)
    #expect(!sumLines.contains { $0.contains(",roi,") || $0.contains(",cpm_cny,") })
  }

  /// Spreads come out: some p05 differs from its p95 (the replications are not copies).
  @Test func replicationsSpread() throws {
    let (_, files) = try Self.run([])
    let lines = try #require(files["daily_stats.csv"]).split(separator: "\n").dropFirst()
    #expect(
      lines.contains {
        let cells = $0.split(separator: ",", omittingEmptySubsequences: false)
        return cells.count == 8 && cells[5] != cells[7]
      })
  }

  /// One line per replication × merchant × day × metric, each value `daily.csv`'s cell.
  @Test func theLongFormHoldsTheDailyCells() throws {
    let (_, files) = try Self.run(["/output/long=true"])
    let daily = Daily(try #require(files["daily.csv"]))
    let long = try #require(files["daily_long.csv"]).split(
      separator: "\n", omittingEmptySubsequences: false
    ).dropLast()
    let metrics = DailyLongTable.metrics
    #expect(long.first == "replication,merchant,policy,day,date,metric,value")
    #expect(long.count == 1 + daily.rows.count * metrics.count)
    var lines = long.dropFirst().makeIterator()
    for row in daily.rows {
      let identity = ["replication", "merchant", "policy", "day", "date"].map {
        daily.cell(row, $0)
      }
      for metric in metrics {
        let expected = (identity + [metric.name, daily.cell(row, metric.name)]).joined(
          separator: ",")
        let line = lines.next().map(String.init)
        guard line == expected else {
          Issue.record("long line \(line ?? "(none)") is not \(expected)")
          return
        }
      }
    }
  }

  /// `output.dailyStatistics` false, or a single replication, writes no statistics; the long
  /// form is off by default.
  @Test func theFilesCanBeLeftOut() throws {
    let (_, off) = try Self.run(["/output/dailyStatistics=false"])
    #expect(
      off.keys.sorted() == [
        ".growthsim", "daily.csv", "providers.csv", "sku_daily.csv", "summary.csv",
      ])
    let (_, single) = try Self.run(["/experiment/replications=1"])
    #expect(
      single.keys.sorted() == [
        ".growthsim", "daily.csv", "providers.csv", "sku_daily.csv", "summary.csv",
      ])
    let (_, only) = try Self.run(["/output/daily=false", "/output/summary=false"])
    #expect(only["daily_stats.csv"] != nil)
    #expect(only["daily.csv"] == nil && only["summary.csv"] == nil)
  }

  /// The statistics and the long form are the same bytes at 1 and 3 jobs.
  @Test func bytesDoNotDependOnJobs() throws {
    let (_, one) = try Self.run(["/output/long=true"], jobs: 1)
    let (_, three) = try Self.run(["/output/long=true"], jobs: 3)
    #expect(one["daily_stats.csv"] != nil)
    #expect(one == three)
  }
}
