/// An output a sensitivity analysis explains: the mean over replications of a sweep metric,
/// or, when the design runs two policies, of their profit difference or the probability that
/// the second ends ahead (which guesses decide the winner).
public struct SensitivityMetric: Sendable, Equatable, CustomStringConvertible {
  /// The name on the command line and in `sensitivity.csv`.
  public let name: String
  /// The column of `sweep.csv` it is read from.
  let column: String
  /// Whether it compares the second policy with the first (read from the second's rows).
  public let comparesPolicies: Bool

  /// Every name accepted.
  public static let names =
    SweepMetric.allCases.map(\.rawValue) + ["profit_difference_cny", "probability_ahead"]

  /// The metric called `name`, or `nil`.
  public init?(_ name: String) {
    guard Self.names.contains(name) else { return nil }
    self.name = name
    comparesPolicies = !SweepMetric.allCases.map(\.rawValue).contains(name)
    column = name == "probability_ahead" ? name : name + "_mean"
  }

  public var description: String { name }

  /// The metric of each point, in point order, from the bytes of a complete `sweep.csv` with
  /// `rowsPerPoint` rows per point (one per policy); `nil` where a cell is empty.
  ///
  /// - Throws: the reason when the table is not a complete one of `pointCount` points.
  public func values(sweepTable bytes: [UInt8], pointCount: Int, rowsPerPoint: Int)
    throws(SweepTableFault) -> [Double?]
  {
    var lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    guard let header = lines.first else { throw SweepTableFault("the table is empty") }
    let names = try Self.cells(header).map { String(decoding: $0, as: UTF8.self) }
    guard let index = names.firstIndex(of: column) else {
      throw SweepTableFault("it has no column \(column)")
    }
    guard lines.count - 1 == pointCount * rowsPerPoint else {
      throw SweepTableFault(
        "it has \(lines.count - 1) rows, expected \(pointCount * rowsPerPoint)")
    }
    let row = comparesPolicies ? rowsPerPoint - 1 : 0
    return try (0..<pointCount).map { point throws(SweepTableFault) -> Double? in
      let cells = try Self.cells(lines[1 + point * rowsPerPoint + row])
      guard cells.count == names.count, String(decoding: cells[0], as: UTF8.self) == "\(point)"
      else { throw SweepTableFault("row \(1 + point * rowsPerPoint + row) is not point \(point)") }
      let text = String(decoding: cells[index], as: UTF8.self)
      guard !text.isEmpty else { return nil }
      guard let value = Double(text) else {
        throw SweepTableFault("\(column) of point \(point) is not a number, got \(text)")
      }
      return value
    }
  }

  private static func cells(_ line: ArraySlice<UInt8>) throws(SweepTableFault) -> [ArraySlice<
    UInt8
  >] {
    switch SweepPartRows.fields(of: Array(line + [10])[...]) {
    case .success(let fields): return fields
    case .failure(let fault): throw SweepTableFault(fault.rule)
    }
  }
}

/// Why a `sweep.csv` cannot be read back.
public struct SweepTableFault: Error, Sendable, Equatable, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}
