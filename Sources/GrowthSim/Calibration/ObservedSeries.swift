import Foundation

/// A merchant's observed daily numbers, checked against the scenario they calibrate: each
/// value is a metric of `daily.csv` on one day of the run, of one merchant or of all of them.
///
/// Two layouts are read (docs/calibration.md): tidy, one value a line
/// (`date, merchant, metric, value`, the merchant column optional), and wide, one day a line
/// with one column per metric, as `daily.csv` itself or a dashboard export has them. An empty
/// cell, `-`, `--`, `NA` or `N/A` is a day without data and is skipped.
public struct ObservedSeries: Sendable, Equatable {
  /// One metric of one merchant (or of all merchants summed, `merchant == nil`), on the days
  /// it was observed.
  public struct Series: Sendable, Equatable {
    public var metric: String
    public var merchant: String?
    /// Days of the run (0-based), ascending, and the value on each.
    public var days: [Int]
    public var values: [Double]
  }

  /// The series, in the order the file first names them.
  public var series: [Series]

  /// The number of observed values.
  public var count: Int { series.reduce(0) { $0 + $1.values.count } }

  /// A file that breaks a rule: every broken rule with its line, at most `maximumIssues`.
  public struct Failure: Error, Sendable, Equatable {
    public var issues: [(line: Int, message: String)]

    public static func == (a: Failure, b: Failure) -> Bool {
      a.issues.map(\.line) == b.issues.map(\.line)
        && a.issues.map(\.message)
          == b.issues.map(\.message)
    }

    /// `FILE:LINE: rule, got VALUE`, one a line.
    public func lines(file: String) -> String {
      issues.map { "\(file):\($0.line): \($0.message)\n" }.joined()
    }
  }

  /// The most issues reported; a file that is wrong throughout is not listed in full.
  static let maximumIssues = 20

  /// Reads and checks an observed file against `scenario`.
  ///
  /// - Throws: `Failure` with every broken rule (up to `maximumIssues`): a header with an
  ///   unknown metric, a date that is not one or lies outside the run, a merchant the scenario
  ///   does not have, a value that is no number, a value given twice.
  public static func parse(_ bytes: [UInt8], for scenario: Scenario) throws(Failure)
    -> ObservedSeries
  {
    var reader = ObservedReader(scenario: scenario)
    reader.read(bytes)
    guard reader.issues.isEmpty else {
      var issues = Array(reader.issues.prefix(maximumIssues))
      if reader.issues.count > maximumIssues, let last = issues.last {
        issues.append(
          (last.line, "(\(reader.issues.count - maximumIssues) more issue(s) not shown)"))
      }
      throw Failure(issues: issues)
    }
    return ObservedSeries(series: reader.series())
  }
}

/// The state of one pass over an observed file.
private struct ObservedReader {
  let scenario: Scenario
  var issues: [(line: Int, message: String)] = []
  /// Values by (metric, merchant) in order of appearance, each with its day and line.
  private var keys: [String] = []
  private var found: [String: (metric: String, merchant: String?, days: [Int: (Double, Int)])] =
    [:]

  init(scenario: Scenario) {
    self.scenario = scenario
  }

  mutating func report(_ line: Int, _ message: String) {
    issues.append((line, message))
  }

  mutating func read(_ bytes: [UInt8]) {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else {
      let bad = Self.firstInvalidByte(body)
      report(
        bad.line,
        "must be UTF-8 text (save the export as CSV UTF-8), got the byte 0x"
          + String(bad.byte, radix: 16, uppercase: true))
      return
    }
    // "\r\n" is one Character: split on it as well as on "\n".
    var lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
    ).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
    if lines.last?.isEmpty == true { lines.removeLast() }
    guard let headerIndex = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
      report(1, "expected a header line (date and metric columns), got an empty file")
      return
    }
    guard let header = fields(lines[headerIndex], line: headerIndex + 1) else { return }
    guard let layout = layout(header, line: headerIndex + 1) else { return }
    for index in lines.indices.dropFirst(headerIndex + 1)
    where !lines[index].allSatisfy(\.isWhitespace) {
      guard let cells = fields(lines[index], line: index + 1) else { continue }
      guard cells.count == header.count else {
        report(
          index + 1, "expected \(header.count) fields as in the header, got \(cells.count)")
        continue
      }
      row(cells, layout: layout, line: index + 1)
    }
    if issues.isEmpty, keys.isEmpty {
      report(lines.count, "holds no value to fit (every cell is empty), got \(lines.count) line(s)")
    }
  }

  /// Where the date, merchant and values are in a line.
  private struct Layout {
    var date: Int
    var merchant: Int?
    /// Tidy: the metric name's and the value's columns.
    var tidy: (metric: Int, value: Int)?
    /// Wide: each metric column.
    var wide: [(column: Int, metric: String)]
  }

  private mutating func layout(_ header: [String], line: Int) -> Layout? {
    let fields = header.map(ObservedHeaders.field)
    func column(_ field: ObservedHeaders.Field) -> Int? { fields.firstIndex(of: field) }
    for (index, field) in fields.enumerated() {
      guard let field, fields.prefix(index).contains(field) else { continue }
      report(line, "names one column twice, got \(JSONValue.string(header[index]).excerpt)")
      return nil
    }
    guard let date = column(.date) else {
      report(
        line,
        "needs a date column (date or 日期), got the header "
          + JSONValue.string(header.joined(separator: ",")).excerpt)
      return nil
    }
    var layout = Layout(date: date, merchant: column(.merchant), tidy: nil, wide: [])
    if let metric = column(.metricName), let value = column(.value) {
      layout.tidy = (metric, value)
      return layout
    }
    var isValid = true
    for (index, field) in fields.enumerated() {
      switch field {
      case .metric(let name): layout.wide.append((index, name))
      case nil:
        isValid = false
        report(line, unknownMetric(header[index], what: "metric column"))
      default: continue
      }
    }
    if isValid, layout.wide.isEmpty {
      report(
        line,
        "needs metric columns, or metric and value columns, got the header "
          + JSONValue.string(header.joined(separator: ",")).excerpt)
    }
    return isValid && !layout.wide.isEmpty ? layout : nil
  }

  private func unknownMetric(_ text: String, what: String) -> String {
    var rule = "unknown \(what) (see docs/calibration.md for the names"
    if let near = ObservedHeaders.suggestion(for: text) { rule += "; did you mean '\(near)'?" }
    return rule + "), got \(JSONValue.string(text).excerpt)"
  }

  private mutating func row(_ cells: [String], layout: Layout, line: Int) {
    let dateText = cells[layout.date].trimmingSpaces
    guard let date = Self.date(dateText) else {
      report(
        line, "date must be a date such as 2026-07-01, got \(JSONValue.string(dateText).excerpt)")
      return
    }
    let start = scenario.calendar.startDate
    let day = date.daysSinceEpoch - start.daysSinceEpoch
    guard (0..<scenario.calendar.days).contains(day) else {
      let last = start.adding(days: scenario.calendar.days - 1)
      report(
        line,
        "date must lie within the run's horizon \(start) to \(last), got \"\(date)\"")
      return
    }
    var merchant: String? = nil
    if let column = layout.merchant {
      let text = cells[column].trimmingSpaces
      guard scenario.merchants.contains(where: { $0.id == text }) else {
        let ids = scenario.merchants.prefix(5).map(\.id).joined(separator: ", ")
        let more = scenario.merchants.count > 5 ? ", …" : ""
        report(
          line,
          "merchant must be one of the scenario's merchants (\(ids)\(more)), got "
            + JSONValue.string(text).excerpt)
        return
      }
      merchant = text
    }
    if let tidy = layout.tidy {
      let name = cells[tidy.metric]
      guard let metric = ObservedHeaders.metric(named: name) else {
        report(line, unknownMetric(name, what: "metric"))
        return
      }
      value(cells[tidy.value], metric: metric, merchant: merchant, day: day, line: line)
    } else {
      for (column, metric) in layout.wide {
        value(cells[column], metric: metric, merchant: merchant, day: day, line: line)
      }
    }
  }

  private mutating func value(
    _ cell: String, metric: String, merchant: String?, day: Int, line: Int
  ) {
    let text = cell.trimmingSpaces
    guard !["", "-", "--", "—", "na", "n/a", "null"].contains(text.lowercased()) else { return }
    guard let number = Self.number(text) else {
      report(line, "\(metric) must be a number, got \(JSONValue.string(text).excerpt)")
      return
    }
    let key = metric + "\u{0}" + (merchant ?? "")
    if found[key] == nil {
      keys.append(key)
      found[key] = (metric, merchant, [:])
    }
    if let earlier = found[key]?.days[day] {
      let date = scenario.calendar.startDate.adding(days: day)
      let whose = merchant.map { " of \($0)" } ?? ""
      report(
        line,
        "repeats the \(metric)\(whose) on \(date) given on line \(earlier.1), got "
          + JSONValue.string(text).excerpt)
      return
    }
    found[key]?.days[day] = (number, line)
  }

  /// The series in order of appearance, days ascending.
  func series() -> [ObservedSeries.Series] {
    keys.compactMap { key in
      guard let entry = found[key] else { return nil }
      let days = entry.days.keys.sorted()
      return ObservedSeries.Series(
        metric: entry.metric, merchant: entry.merchant, days: days,
        values: days.map { entry.days[$0]?.0 ?? 0 })
    }
  }

  /// The cells of a line, or `nil` (reported) when its quoting is broken.
  private mutating func fields(_ line: Substring, line number: Int) -> [String]? {
    switch SweepPartRows.fields(of: Array((line + "\n").utf8)[...]) {
    case .success(let cells): return cells.map { String(decoding: $0, as: UTF8.self) }
    case .failure(let fault):
      report(number, fault.rule)
      return nil
    }
  }

  /// `2026-07-01`, `2026/07/01`, `2026/7/1` or `20260701`.
  static func date(_ text: String) -> CivilDate? {
    if let iso = CivilDate(iso: text) { return iso }
    if text.count == 8, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
      let digits = Array(text)
      return CivilDate(
        iso: String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8]))
    }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count),
      (1...2).contains(parts[2].count)
    else { return nil }
    func two(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
    return CivilDate(iso: "\(parts[0])-\(two(parts[1]))-\(two(parts[2]))")
  }

  /// A finite number, allowing a currency sign, thousands separators, a `%` (÷ 100) and the
  /// Chinese multipliers 万 (× 10⁴) and 亿 (× 10⁸) that dashboards write.
  static func number(_ text: String) -> Double? {
    var body = Substring(text)
    if body.hasPrefix("¥") || body.hasPrefix("￥") { body = body.dropFirst() }
    var factor = 1.0
    if body.hasSuffix("%") {
      factor = 0.01
      body = body.dropLast()
    } else if body.hasSuffix("万") {
      factor = 1e4
      body = body.dropLast()
    } else if body.hasSuffix("亿") {
      factor = 1e8
      body = body.dropLast()
    }
    let plain = body.filter { $0 != "," }
    guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII }),
      let literal = JSONNumber(literal: plain.hasPrefix(".") ? "0" + plain : plain)
    else { return nil }
    let value = literal.value * factor
    return value.isFinite ? value : nil
  }

  /// The line and value of the first byte that is not UTF-8.
  private static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> (line: Int, byte: UInt8) {
    var line = 1
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      let length =
        byte < 0x80
        ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
      let end = index + max(length, 1)
      if length == 0 || end > bytes.endIndex
        || String(validating: bytes[index..<end], as: UTF8.self) == nil
      {
        return (line, byte)
      }
      if byte == 10 { line += 1 }
      index = end
    }
    return (line, bytes.last ?? 0)
  }
}
