/// The most merchants and SKUs a scenario may make, listed and drawn in cohorts, checked from
/// the counts before any cohort member is drawn: a few lines of JSON asking for a million
/// members are refused at once, not after drawing them.
///
/// The format's own ceilings always apply; a command's `--limit merchants=N` and `--limit
/// skus=N` (`RunLimits.population`) add lower ones, named in the message like every limit.
public struct PopulationLimit: Sendable, Equatable {
  /// Merchants in all.
  public var merchants: Int
  /// SKUs over all merchants.
  public var skus: Int
  /// Whether these are a command's named limits (`merchants`, `skus`) rather than the format's.
  public var isNamed: Bool

  /// Creates a limit.
  public init(merchants: Int, skus: Int, isNamed: Bool) {
    self.merchants = merchants
    self.skus = skus
    self.isNamed = isNamed
  }

  /// The format's ceilings: 1,000,000 merchants and 10,000,000 SKUs.
  public static let format = PopulationLimit(
    merchants: Scenario.maximumMerchants, skus: Scenario.maximumSKUs, isNamed: false)

  /// The issue of a scenario making `size`, at the root of the document being read, or `nil`
  /// when it fits.
  func issue(_ size: (merchants: Int, skus: Int), root: JSONPointer) -> ScenarioError.Issue? {
    let format = Self.format
    if size.merchants > format.merchants {
      return .init(
        root.appending("cohorts"),
        "must make at most \(format.merchants) merchants in all, got \(size.merchants)")
    }
    if size.skus > format.skus {
      return .init(
        root.appending("cohorts"),
        "must make at most \(format.skus) SKUs in all, got \(size.skus)")
    }
    guard isNamed else { return nil }
    // The same words as `RunLimits.issues`, which checks the same limits after loading.
    if size.merchants > merchants {
      return .init(
        root.appending("merchants"),
        "must make at most \(merchants) merchants in all, listed and in cohorts (the merchants "
          + "limit; raise it with --limit merchants=N), got \(size.merchants)")
    }
    if size.skus > skus {
      return .init(
        root.appending("merchants"),
        "must make at most \(skus) SKUs in all (the skus limit; raise it with --limit skus=N), "
          + "got \(size.skus)")
    }
    return nil
  }
}
