/// One number per buyer source, stored inline: a day's record and every sale carry one, so it
/// must not allocate.
public struct BuyerCounts: Sendable, Equatable {
  public var feed = 0.0
  public var followers = 0.0
  public var content = 0.0
  public var search = 0.0
  public var wordOfMouth = 0.0
  public var paid = 0.0
  public var talent = 0.0
  public var discount = 0.0

  public init() {}

  /// The same value for every source.
  init(repeating value: Double) {
    (feed, followers, content, search) = (value, value, value, value)
    (wordOfMouth, paid, talent, discount) = (value, value, value, value)
  }

  /// The number of one source.
  public subscript(source: BuyerSource) -> Double {
    get {
      switch source {
      case .feed: feed
      case .followers: followers
      case .content: content
      case .search: search
      case .wordOfMouth: wordOfMouth
      case .paid: paid
      case .talent: talent
      case .discount: discount
      }
    }
    set {
      switch source {
      case .feed: feed = newValue
      case .followers: followers = newValue
      case .content: content = newValue
      case .search: search = newValue
      case .wordOfMouth: wordOfMouth = newValue
      case .paid: paid = newValue
      case .talent: talent = newValue
      case .discount: discount = newValue
      }
    }
  }

  /// The sum over sources.
  public var total: Double {
    feed + followers + content + search + wordOfMouth + paid + talent + discount
  }

  /// Adds `other` source by source.
  mutating func add(_ other: BuyerCounts) {
    for source in BuyerSource.allCases { self[source] += other[source] }
  }
}
