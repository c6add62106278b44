/// One number per buyer source (`BuyerSource.rawValue` is the lane), stored inline in a SIMD
/// vector: every sale and day record carries one, so it must not allocate, and the per-hour
/// sums over the groups are single vector operations.
public struct BuyerCounts: Sendable, Equatable {
  var lanes = SIMD8<Double>()

  public init() {}

  /// The same value for every source.
  init(repeating value: Double) { lanes = SIMD8(repeating: value) }

  /// The number of one source.
  public subscript(source: BuyerSource) -> Double {
    get { lanes[source.rawValue] }
    set { lanes[source.rawValue] = newValue }
  }

  /// The sum over sources.
  public var total: Double { lanes.sum() }

  /// Adds `other` source by source.
  mutating func add(_ other: BuyerCounts) { lanes += other.lanes }
}
