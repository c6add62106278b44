/// The buyer columns of `summary.csv`: the buyer base by the source that won each buyer, and
/// the run's repeat orders (`Model/Buyers.swift`).
extension SummaryTable {
  static let buyerColumns: [Column<Row>] =
    BuyerSource.allCases.map { source in
      .count(
        "buyers_\(source.columnName)",
        "Buyers won over the run by \(source.description); the eight add up to all buyers won."
      ) { $0.summary.buyersBySource[source] }
    } + [
      .count("repeat_orders", "Orders by past buyers coming back (the repeat channel).") {
        $0.summary.repeatOrders
      }
    ]
}
