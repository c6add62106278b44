/// The rows `merge` accepts from a part: each row is checked against what `sweep` itself
/// writes (the header's number of fields, the point and policy keys, numbers in the form the
/// CSV writer gives them, text cells quoted and guarded against formula injection as the
/// writer guards them), so a hand-edited or hostile part is refused instead of copied.
struct SweepPartRows {
  /// What a column may hold.
  enum Cell: Equatable {
    /// A whole number, ≥ 0 (`point`, `seed`, `replication`, `day`).
    case count
    /// One of these ids, in this order within a point when `ordered` (`policy` of `sweep.csv`).
    case policy
    /// A `daily.csv` metric name (`metric` of `sweep-daily.csv`).
    case metric
    /// Empty or a plain decimal (`-12.5`): statistics and daily values.
    case decimal
    /// A JSON number literal (`1e-07`) or guarded text: a parameter's value.
    case setting
    /// Guarded text: ids.
    case text
  }

  let cells: [Cell]
  let policies: [String]
  private static let metricNames = Set(SweepDailyTable.metrics.map(\.name))

  /// The checks for the part whose header line is `header` (with its `\n`): `sweep.csv` when
  /// `isTable`, else `sweep-daily.csv`; `nil` with the reason when the header is not one
  /// `sweep` writes.
  static func make(
    header: ArraySlice<UInt8>, isTable: Bool, policies: [String]
  ) -> Result<SweepPartRows, RowFault> {
    let names: [String]
    switch fields(of: header) {
    case .success(let fields): names = fields.map { String(decoding: $0, as: UTF8.self) }
    case .failure(let fault): return .failure(fault)
    }
    guard isTable else {
      guard names == SweepDailyTable.columnNames else {
        return .failure(RowFault("the header is not sweep-daily.csv's"))
      }
      let cells: [Cell] = [.count, .count, .text, .text, .count, .metric, .decimal]
      return .success(SweepPartRows(cells: cells, policies: policies))
    }
    let statistics = Set(
      SweepTable.metricColumns.map(\.name) + SweepTable.contestColumns.map(\.name))
    var cells: [Cell] = []
    var hasStatistics = false
    for (index, name) in names.enumerated() {
      switch name {
      case "point" where index == 0, "seed" where index == 1: cells.append(.count)
      case "policy" where index == 2 && !policies.isEmpty: cells.append(.policy)
      case SweepTable.replicationsColumn.name where index == names.count - 1 && hasStatistics:
        cells.append(.count)
      case _ where statistics.contains(name):
        cells.append(.decimal)
        hasStatistics = true
      // The parameters (short names, or pointers in older sweeps) come before the statistics.
      case _ where index >= 2 && !hasStatistics: cells.append(.setting)
      default:
        return .failure(RowFault("the header has a column sweep.csv does not have: \(name)"))
      }
    }
    guard cells.starts(with: [.count, .count]) else {
      return .failure(RowFault("the header does not start with point,seed"))
    }
    return .success(SweepPartRows(cells: cells, policies: policies))
  }

  /// Why a row is refused.
  struct RowFault: Error, Equatable {
    var rule: String
    init(_ rule: String) { self.rule = rule }
  }

  /// Checks one row (with its `\n`), the `position`-th (0-based) of its point.
  func check(_ line: ArraySlice<UInt8>, position: Int) -> RowFault? {
    let fields: [ArraySlice<UInt8>]
    switch Self.fields(of: line) {
    case .success(let found): fields = found
    case .failure(let fault): return fault
    }
    guard fields.count == cells.count else {
      return RowFault("has \(fields.count) fields, the header \(cells.count)")
    }
    for (column, (cell, field)) in zip(cells, fields).enumerated() {
      if let rule = Self.violation(of: cell, field, policy: position, policies: policies) {
        return RowFault("field \(column + 1): \(rule)")
      }
    }
    return nil
  }

  private static func violation(
    of cell: Cell, _ field: ArraySlice<UInt8>, policy position: Int, policies: [String]
  ) -> String? {
    switch cell {
    case .count:
      return isDigits(field) ? nil : "expected a whole number, got \(shown(field))"
    case .decimal:
      return field.isEmpty || isDecimal(field)
        ? nil : "expected a number or nothing, got \(shown(field))"
    case .policy:
      let expected = policies[position % policies.count]
      return String(decoding: field, as: UTF8.self) == expected
        ? nil : "expected policy \(expected), got \(shown(field))"
    case .metric:
      return metricNames.contains(String(decoding: field, as: UTF8.self))
        ? nil : "expected a daily.csv metric, got \(shown(field))"
    case .setting:
      if let number = JSONNumber(literal: String(decoding: field, as: UTF8.self)),
        number.value.isFinite
      {
        return nil
      }
      return unguarded(field)
    case .text:
      return unguarded(field)
    }
  }

  /// Why a text cell is not as the writer leaves it: one starting like a formula (`= + - @`,
  /// tab, CR, LF or their full-width forms) always gets a leading `'`.
  private static func unguarded(_ field: ArraySlice<UInt8>) -> String? {
    guard let first = String(decoding: field, as: UTF8.self).unicodeScalars.first,
      CSVWriter.formulaStarts.unicodeScalars.contains(first)
    else { return nil }
    return "a text cell that a spreadsheet would run as a formula, got \(shown(field))"
  }

  private static func isDigits(_ field: ArraySlice<UInt8>) -> Bool {
    !field.isEmpty && field.allSatisfy { (48...57).contains($0) }
  }

  /// `-?digits(.digits)?`: how `CSVWriter.number` writes (never an exponent).
  private static func isDecimal(_ field: ArraySlice<UInt8>) -> Bool {
    var rest = field.first == UInt8(ascii: "-") ? field.dropFirst() : field
    guard let dot = rest.firstIndex(of: UInt8(ascii: ".")) else { return isDigits(rest) }
    let fraction = rest[(dot + 1)...]
    rest = rest[..<dot]
    return isDigits(rest) && isDigits(fraction)
  }

  /// A cell for a message: at most 40 characters, control characters escaped.
  private static func shown(_ field: ArraySlice<UInt8>) -> String {
    JSONValue.string(String(decoding: field, as: UTF8.self)).excerpt
  }

  /// The cells of a line (its `\n` dropped), unquoted: a quoted cell must close before a
  /// comma or the end, with inner quotes doubled; an unquoted one holds no quote or CR.
  static func fields(of line: ArraySlice<UInt8>) -> Result<[ArraySlice<UInt8>], RowFault> {
    guard line.last == 10 else { return .failure(RowFault("the line has no end")) }
    let bytes = line.dropLast()
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
    var fields: [ArraySlice<UInt8>] = []
    var index = bytes.startIndex
    while true {
      if index < bytes.endIndex, bytes[index] == quote {
        var cell: [UInt8] = []
        var at = index + 1
        while true {
          guard at < bytes.endIndex else {
            return .failure(RowFault("field \(fields.count + 1): a quoted cell is not closed"))
          }
          if bytes[at] == quote {
            if at + 1 < bytes.endIndex, bytes[at + 1] == quote {
              cell.append(quote)
              at += 2
              continue
            }
            break
          }
          cell.append(bytes[at])
          at += 1
        }
        fields.append(cell[...])
        index = at + 1
        guard index == bytes.endIndex || bytes[index] == comma else {
          return .failure(
            RowFault("field \(fields.count): text after the closing quote of a quoted cell"))
        }
      } else {
        let end = bytes[index...].firstIndex(of: comma) ?? bytes.endIndex
        let cell = bytes[index..<end]
        if cell.contains(quote) || cell.contains(13) {
          return .failure(
            RowFault("field \(fields.count + 1): a quote or CR in a cell that is not quoted"))
        }
        fields.append(cell)
        index = end
      }
      guard index < bytes.endIndex else { return .success(fields) }
      index += 1
    }
  }
}
