import Foundation
import GrowthSim

/// The bench figures as a table and as one JSON object.
extension BenchFigures {
  /// The issue #8 targets (medians on 2 cores).
  enum Target {
    static let holdNanoseconds = [300: 40.0, 30000: 70.0]
    static let beltSeconds = 3.0
    static let parallelEfficiency = 0.9
    static let bytesPerMerchant = 1024.0
    static let csvRowsPerSecond = 10e6
    /// Issue #21: `daily_stats.csv` and many merchants of one category cost at most twice.
    static let scalingRatio = 2.0
  }

  var text: String {
    var lines = [
      "growthsim bench (\(mode)): medians of \(microRuns) runs (\(modelRuns) of whole-model "
        + "runs) on \(cores) cores, load \(Self.fixed(loadBefore, 2)) → \(Self.fixed(loadAfter, 2))",
      "event queue, hold (pop the earliest event, schedule one at its time + U[0, 2)):",
    ]
    for (pending, nanoseconds, cpuNanoseconds) in hold {
      let target = Target.holdNanoseconds[pending].map {
        "  " + verdict(nanoseconds, atMost: $0, unit: " ns")
      }
      lines.append(
        "  Q = \(Self.pad(Self.grouped(pending), 6)): \(Self.pad(Self.fixed(nanoseconds, 1), 7)) ns "
          + "per hold (CPU \(Self.fixed(cpuNanoseconds, 1)) ns)" + (target ?? ""))
    }
    lines.append(
      "model" + Self.pad("events", 50) + Self.pad("events/s", 12) + Self.pad("ns/event", 10)
        + Self.pad("merchant-days/s", 17) + Self.pad("wall s", 9))
    for model in [defaultRun, belt].compactMap({ $0 }) {
      lines.append(
        "  " + model.label.padding(toLength: 48, withPad: " ", startingAt: 0)
          + Self.pad(Self.grouped(model.work.events), 9)
          + Self.pad(Self.fixed(model.eventsPerSecond / 1e6, 2) + " M", 12)
          + Self.pad(Self.fixed(model.nanosecondsPerEvent, 1), 10)
          + Self.pad(Self.grouped(Int(model.merchantDaysPerSecond.rounded())), 17)
          + Self.pad(Self.fixed(model.seconds, 3), 9))
    }
    if let belt {
      lines.append(
        "  belt wall time: " + verdict(belt.seconds, atMost: Target.beltSeconds, unit: " s"))
    }
    if let replications, let sweepPoints {
      lines.append(
        "parallel on \(cores) cores: replications speedup \(Self.fixed(replications.speedup, 2)), "
          + "efficiency \(Self.fixed(replications.efficiency, 2)) "
          + verdict(
            replications.efficiency, atLeast: Target.parallelEfficiency, unit: "", places: 1)
          + "; \(sweepPointCount) sweep points speedup \(Self.fixed(sweepPoints.speedup, 2)), "
          + "efficiency \(Self.fixed(sweepPoints.efficiency, 2)) "
          + verdict(sweepPoints.efficiency, atLeast: Target.parallelEfficiency, unit: "", places: 1)
      )
    }
    var memory = "memory: peak resident \(Self.fixed(Double(peakResidentBytes) / 1e6, 1)) MB"
    if let bytesPerMerchant, let large = beltPeak, let small = smallBeltPeak {
      memory +=
        "; \(Self.grouped(Int(bytesPerMerchant.rounded()))) bytes per merchant (peak of the "
        + "\(large.merchants)-merchant belt less that of \(small.merchants), per merchant)  "
        + verdict(bytesPerMerchant, atMost: Target.bytesPerMerchant, unit: " B")
    } else {
      memory += "; bytes per merchant unavailable (the peak cannot be reset here)"
    }
    lines.append(memory)
    lines.append(
      "daily CSV writer: \(Self.fixed(csvRowsPerSecond / 1e6, 2)) M rows/s (CPU "
        + "\(Self.fixed(csvRowsPerCPUSecond / 1e6, 2)) M; \(Self.grouped(csvRows)) "
        + "rows × \(csvColumns) columns, \(Self.fixed(Double(csvBytes) / 1e6, 1)) MB, "
        + "\(Self.fixed(Double(csvBytes) / csvSeconds / 1e6, 0)) MB/s)  "
        + verdict(csvRowsPerSecond / 1e6, atLeast: Target.csvRowsPerSecond / 1e6, unit: " M"))
    if let slope {
      let sizes = slope.points.map {
        "\(Self.grouped($0.merchantDays)) → \(Self.fixed($0.seconds, 3)) s"
      }
      lines.append(
        "cost (belt cuts, 1 job): seconds = \(Self.fixed(slope.intercept, 3)) + "
          + "\(Self.fixed(slope.slope * 1e6, 2)) µs × merchant-days (R² "
          + "\(Self.fixed(slope.rSquared, 4)); \(sizes.joined(separator: ", ")))")
    }
    lines += scalingLines
    return lines.joined(separator: "\n") + "\n"
  }

  /// The scaling figures: per day with and without `daily_stats.csv`, per merchant-day of
  /// one category's growing cuts.
  private var scalingLines: [String] {
    var lines: [String] = []
    if let statisticsRatio, let longest = statistics.last?.days {
      let parts = statistics.map {
        "\(Self.grouped($0.days)) d \(Self.fixed($0.withSeconds * 1e3 / Double($0.days), 3)) "
          + "with, \(Self.fixed($0.withoutSeconds * 1e3 / Double($0.days), 3)) without "
          + "(×\(Self.fixed($0.withSeconds / $0.withoutSeconds, 2)))"
      }
      lines.append(
        "daily_stats.csv (default, 2 reps, whole runs on \(cores) cores), CPU ms per day: "
          + parts.joined(separator: "; ") + "  at \(Self.grouped(longest)) d "
          + verdict(statisticsRatio, atMost: Target.scalingRatio, unit: "×"))
    }
    if let oneCategoryRatio, let first = oneCategory.first {
      let parts = oneCategory.map {
        "\(Self.grouped($0.merchants)) \(Self.fixed($0.seconds * 1e6 / Double($0.merchantDays), 1))"
      }
      lines.append(
        "one category (belt cuts, \(first.merchantDays / first.merchants) d, whole runs on "
          + "\(cores) cores), CPU µs per merchant-day: \(parts.joined(separator: ", ")); largest "
          + "×\(Self.fixed(oneCategoryRatio, 2)) of the belt's size "
          + verdict(oneCategoryRatio, atMost: Target.scalingRatio, unit: "×")
          + ", ×\(Self.fixed(oneCategoryToBelt, 2)) of the belt workload's wall time "
          + verdict(oneCategoryToBelt ?? .nan, atMost: Target.scalingRatio, unit: "×"))
    }
    return lines
  }

  var json: String {
    func object(_ members: [(String, String)]) -> String {
      "{" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
    let models = [("default", defaultRun), ("belt", belt)].compactMap { name, model in
      model.map { (name, $0) }
    }
    let members: [(String, String)] = [
      ("mode", "\"\(mode)\""), ("cores", "\(cores)"),
      (
        "load_average",
        object([("before", Self.number(loadBefore)), ("after", Self.number(loadAfter))])
      ),
      ("runs", object([("micro", "\(microRuns)"), ("model", "\(modelRuns)")])),
      ("hold_ns", object(hold.map { ("\($0.pending)", Self.number($0.nanoseconds)) })),
      ("hold_cpu_ns", object(hold.map { ("\($0.pending)", Self.number($0.cpuNanoseconds)) })),
      ("events_per_second", object(models.map { ($0.0, Self.number($0.1.eventsPerSecond)) })),
      ("ns_per_event", object(models.map { ($0.0, Self.number($0.1.nanosecondsPerEvent)) })),
      (
        "merchant_days_per_second",
        object(models.map { ($0.0, Self.number($0.1.merchantDaysPerSecond)) })
      ),
      ("wall_seconds", object(models.map { ($0.0, Self.number($0.1.seconds)) })),
      ("events", object(models.map { ($0.0, "\($0.1.work.events)") })),
      ("belt_seconds", Self.number(belt?.seconds)),
      (
        "parallel_efficiency",
        object([
          ("replications", Self.number(replications?.efficiency)),
          ("sweep_points", Self.number(sweepPoints?.efficiency)),
        ])
      ),
      (
        "parallel_speedup",
        object([
          ("replications", Self.number(replications?.speedup)),
          ("sweep_points", Self.number(sweepPoints?.speedup)),
        ])
      ),
      ("peak_rss_bytes", "\(peakResidentBytes)"),
      ("bytes_per_merchant", Self.number(bytesPerMerchant)),
      ("csv_rows_per_second", Self.number(csvRowsPerSecond)),
      ("csv_rows_per_cpu_second", Self.number(csvRowsPerCPUSecond)),
      ("csv_rows", "\(csvRows)"), ("csv_columns", "\(csvColumns)"),
      (
        "cost_slope",
        object([
          ("seconds_per_merchant_day", Self.number(slope?.slope)),
          ("intercept_seconds", Self.number(slope?.intercept)),
          ("r_squared", Self.number(slope?.rSquared)),
        ])
      ),
      (
        "seconds_per_day",
        object([
          (
            "with_daily_stats",
            object(statistics.map { ("\($0.days)", Self.number($0.withSeconds / Double($0.days))) })
          ),
          (
            "without_daily_stats",
            object(
              statistics.map { ("\($0.days)", Self.number($0.withoutSeconds / Double($0.days))) })
          ),
        ])
      ),
      (
        "daily_stats_ratio",
        object(statistics.map { ("\($0.days)", Self.number($0.withSeconds / $0.withoutSeconds)) })
      ),
      (
        "seconds_per_merchant_day",
        object(
          oneCategory.map { ("\($0.merchants)", Self.number($0.seconds / Double($0.merchantDays))) }
            + [("belt", Self.number(belt.map { 1 / $0.merchantDaysPerSecond }))])
      ),
      (
        "merchant_day_ratio",
        object([
          ("to_smallest", Self.number(oneCategoryRatio)),
          ("to_belt", Self.number(oneCategoryToBelt)),
        ])
      ),
    ]
    return object(members) + "\n"
  }

  /// A JSON number, or `null` for a missing or non-finite value.
  private static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return "\(value)"
  }

  private static func fixed(_ value: Double?, _ places: Int) -> String {
    guard let value, value.isFinite else { return "-" }
    return String(format: "%.\(places)f", value)
  }

  /// `1300000` → `1,300,000`.
  private static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return (value < 0 ? "-" : "") + text
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }

  /// Whether the figure meets its target; only the full bench's sizes are the targets' own.
  private func verdict(_ value: Double, atMost target: Double, unit: String) -> String {
    guard mode == "full" else { return "(target ≤ \(Self.fixed(target, 0))\(unit) at full size)" }
    return value <= target
      ? "target ≤ \(Self.fixed(target, 0))\(unit): met"
      : "target ≤ \(Self.fixed(target, 0))\(unit): missed by \(Self.fixed(value / target, 1))×"
  }

  private func verdict(_ value: Double, atLeast target: Double, unit: String, places: Int = 0)
    -> String
  {
    guard mode == "full" else {
      return "(target ≥ \(Self.fixed(target, places))\(unit) at full size)"
    }
    return value >= target
      ? "target ≥ \(Self.fixed(target, places))\(unit): met"
      : "target ≥ \(Self.fixed(target, places))\(unit): missed by \(Self.fixed(target / value, 1))×"
  }
}
