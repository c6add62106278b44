/// Gathers one replication's `daily.csv` values day by day and writes them to a
/// `DailyValueFile` a chunk of days at a time, so memory stays near `chunkBytes`.
///
/// Values are those `daily.csv` prints, read back (`CSVWriter.rounded`), so statistics of
/// them equal statistics of the file's cells; an empty cell is NaN. With several merchants
/// a last series holds their sum, in merchant order, for the additive metrics (NaN for the
/// others).
struct DailyValueCollector {
  private let file: DailyValueFile
  private let scenario: Scenario
  private let replication: Int
  private let seed: UInt64
  private let chunkDays: Int
  /// Series by series, day of the chunk by day, metric by metric.
  private var buffer: [Double]
  private var firstDay = 0
  private var filled = 0
  private var failure: FileError? = nil

  init(
    _ file: DailyValueFile, scenario: Scenario, replication: Int, seed: UInt64,
    chunkBytes: Int = 2 << 20
  ) {
    self.file = file
    self.scenario = scenario
    self.replication = replication
    self.seed = seed
    chunkDays = min(file.days, max(1, chunkBytes / (file.series * file.metrics * 8)))
    buffer = [Double](repeating: .nan, count: file.series * chunkDays * file.metrics)
  }

  /// Adds every merchant's record of `day` (days come in order).
  mutating func add(day: Int, records: [DayRecord]) {
    precondition(day == firstDay + filled, "days come in order: expected \(firstDay + filled)")
    let metrics = DailyStatisticsTable.metrics
    let width = file.metrics
    let date = scenario.calendar.startDate.adding(days: day)
    let hasSum = file.series > scenario.merchants.count
    var sums = metrics.map { $0.isAdditive ? 0.0 : .nan }
    for (index, (merchant, record)) in zip(scenario.merchants, records).enumerated() {
      let row = DailyTable.Row(
        replication: replication, seed: seed, merchant: merchant.id, policy: merchant.policy,
        date: date, record: record)
      let base = (index * chunkDays + filled) * width
      for (number, metric) in metrics.enumerated() {
        let value = CSVWriter.rounded(metric.value?(row), places: metric.places ?? 0) ?? .nan
        buffer[base + number] = value
        if hasSum, metric.isAdditive { sums[number] += value }
      }
      // Each SKU's stock-out indicator (`DailyStatisticsTable.skuSlots`).
      for slot in 0..<width - metrics.count {
        buffer[base + metrics.count + slot] =
          slot < record.skus.count ? (record.skus[slot].stockOnHand <= 0 ? 1 : 0) : .nan
      }
    }
    if hasSum {
      let base = (scenario.merchants.count * chunkDays + filled) * width
      buffer.replaceSubrange(base..<base + metrics.count, with: sums)
    }
    filled += 1
    if filled == chunkDays { flush() }
  }

  /// Writes what is left; the replication's values are then all in the file.
  mutating func finish() throws(FileError) {
    flush()
    if let failure { throw failure }
  }

  private mutating func flush() {
    guard filled > 0, failure == nil else { return }
    let metrics = file.metrics
    for series in 0..<file.series {
      let start = series * chunkDays * metrics
      do throws(FileError) {
        try file.write(
          buffer[start..<start + filled * metrics], replication: replication, series: series,
          firstDay: firstDay)
      } catch {
        failure = error
        return
      }
    }
    firstDay += filled
    filled = 0
  }
}
