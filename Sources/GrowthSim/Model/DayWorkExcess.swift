/// A merchant-day that would simulate more customer-service tickets one by one than the run
/// allows (the `tickets-per-merchant-day` limit): the run stops at the end of that day rather
/// than spend hours on it.
public struct DayWorkExcess: Error, Sendable, Equatable, CustomStringConvertible {
  /// The merchant's id.
  public var merchant: String
  /// The day (0-based).
  public var day: Int
  /// The tickets the day expected (orders × tickets per order).
  public var tickets: Double
  /// The limit.
  public var limit: Double

  /// The limit's name for `--limit`.
  public static let limitName = "tickets-per-merchant-day"

  /// One line in the words of the other limits.
  public var description: String { reason + "; nothing was written" }

  /// What went beyond the limit and how to raise it, without saying what was kept.
  public var reason: String {
    "merchant \(merchant) expects \(Int(tickets.rounded())) customer-service tickets on day "
      + "\(day) (orders × ticketsPerOrder); a merchant-day may simulate at most "
      + "\(Int(limit)) (the \(Self.limitName) limit; raise it with --limit "
      + "\(Self.limitName)=N)"
  }
}
