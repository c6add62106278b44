/// One CSV column: its name, what it means, and how a row fills it.
///
/// Column lists are the single source of the files' layout: the writers walk them, and a test
/// checks that `docs/output-format.md` lists the same names in the same order.
public struct Column<Row>: Sendable {
  /// The `snake_case` header, with the unit in the name where useful (`ad_spend_cny`).
  public let name: String
  /// What the column holds.
  public let doc: String
  let write: @Sendable (inout CSVWriter, Row) -> Void
  /// The cell as a number, for the columns a scenario target may name as its `metric`
  /// (`nil` for identifiers and text); the closure's `nil` is an empty cell.
  let value: (@Sendable (Row) -> Double?)?
  /// The decimals a number is written with (`nil` for whole numbers and text): statistics of
  /// the column are written with them too.
  let places: Int?
  /// Whether a sum over merchants means something (money and counts; not prices, levels or
  /// ratios): `daily_stats.csv` adds such sums.
  let isAdditive: Bool

  init(
    _ name: String, _ doc: String, value: (@Sendable (Row) -> Double?)? = nil,
    places: Int? = nil, additive: Bool = false,
    _ write: @escaping @Sendable (inout CSVWriter, Row) -> Void
  ) {
    self.name = name
    self.doc = doc
    self.value = value
    self.places = places
    isAdditive = additive
    self.write = write
  }

  /// A money column, written with 2 decimals.
  static func money(
    _ name: String, _ doc: String, additive: Bool = true,
    _ value: @escaping @Sendable (Row) -> Double
  ) -> Column {
    Column(name, doc, value: { value($0) }, places: 2, additive: additive) {
      $0.number(value($1), places: 2)
    }
  }

  /// A count, written with up to 4 decimals (whole in stochastic runs, fractional
  /// expectations in mean-field runs).
  static func count(_ name: String, _ doc: String, _ value: @escaping @Sendable (Row) -> Double)
    -> Column
  {
    Column(name, doc, value: { value($0) }, places: 4, additive: true) {
      $0.number(value($1), places: 4)
    }
  }

  /// A whole-number measure (a level, a number of SKUs or agents), written as an integer.
  static func whole(
    _ name: String, _ doc: String, additive: Bool = true,
    _ value: @escaping @Sendable (Row) -> Int
  ) -> Column {
    Column(name, doc, value: { Double(value($0)) }, additive: additive) { $0.integer(value($1)) }
  }

  /// A ratio, written with 4 decimals; `nil` leaves the cell empty.
  static func ratio(_ name: String, _ doc: String, _ value: @escaping @Sendable (Row) -> Double?)
    -> Column
  {
    Column(name, doc, value: value, places: 4) { $0.number(value($1), places: 4) }
  }
}

extension Array {
  /// Writes a header and one line per row.
  func csv<Row>(rows: some Sequence<Row>) -> [UInt8] where Element == Column<Row> {
    var writer = CSVWriter()
    writer.header(map(\.name))
    for row in rows {
      for column in self { column.write(&writer, row) }
      writer.endRow()
    }
    return writer.bytes
  }
}
