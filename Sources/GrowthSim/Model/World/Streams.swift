/// One merchant-day's random streams, one per random process.
///
/// Each process draws from its own stream, reseeded every day from (replication seed,
/// merchant, day, process): when two policies are compared, a process that behaves the same
/// under both draws the same numbers, and a difference in one process (a policy that spends
/// more, publishes videos, hosts a talent) cannot shift another's draws, nor carry past
/// midnight. That is what makes common random numbers work (Law, *Simulation Modeling and
/// Analysis*, 5th ed., §11.2).
struct Streams: Sendable {
  var feed: Draws
  var followers: Draws
  var paid: Draws
  var video: Draws
  var shelf: Draws
  var talent: Draws
  /// Follows and churn.
  var audience: Draws
  /// Visits turning into demand.
  var conversion: Draws
  /// Demand split over SKUs, substitution, combinations, first-time buyers.
  var assortment: Draws
  /// Refunds, stock-out cancellations, reviews.
  var refunds: Draws
  var content: Draws
  /// Returned units resold or cleared.
  var returns: Draws
  /// The customer-service queue simulation takes a bare generator.
  var service: SplitMix64

  /// The streams of one merchant on one day.
  init(merchantSeed: UInt64, day: Int, isMeanField: Bool) {
    let daySeed = StreamSeed.day(day, of: merchantSeed)
    func stream(_ process: Subsystem) -> Draws {
      Draws(seed: StreamSeed.process(process, of: daySeed), isMeanField: isMeanField)
    }
    feed = stream(.feed)
    followers = stream(.followers)
    paid = stream(.paid)
    video = stream(.video)
    shelf = stream(.shelf)
    talent = stream(.talent)
    audience = stream(.audience)
    conversion = stream(.conversion)
    assortment = stream(.assortment)
    refunds = stream(.refunds)
    content = stream(.content)
    returns = stream(.returns)
    service = SplitMix64(seed: StreamSeed.process(.service, of: daySeed))
  }
}
