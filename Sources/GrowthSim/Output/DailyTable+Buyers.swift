/// The buyer columns of `daily.csv`: first-time buyers by the source that won them, repeat and
/// follower orders (`Model/Buyers.swift`).
extension DailyTable {
  static let buyerColumns: [Column<Row>] =
    BuyerSource.allCases.map { source in
      .count(
        "first_time_buyers_\(source.columnName)",
        "First-time buyers won by \(source.description); the eight add up to first_time_buyers."
      ) { $0.record.firstTimeBuyersBySource[source] }
    } + [
      .count("repeat_orders", "Orders by past buyers coming back (the repeat channel).") {
        $0.record.repeatOrders
      },
      .count("follower_orders", "Orders by followers, live and on the shelf, first ones included.")
      { $0.record.followerOrders },
    ]
}
