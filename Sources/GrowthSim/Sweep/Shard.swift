/// The K-th of N deterministic slices of a sweep's points, for cluster array jobs.
///
/// Shard K of N runs the points whose id is K − 1 modulo N (round-robin), so each shard gets
/// a share of every region of the design even when the cost of a point depends on where it
/// lies. Shard 1 of 1 is the whole sweep.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
  /// The 1-based index K.
  public let index: Int
  /// The number of shards N.
  public let count: Int

  /// The whole sweep.
  public static let whole = Shard(uncheckedIndex: 1, count: 1)

  /// Creates shard `index` of `count`, or returns `nil` unless 1 ≤ index ≤ count ≤ 1,000,000.
  public init?(index: Int, count: Int) {
    guard (1...1_000_000).contains(count), (1...count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// Parses `K/N`.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      let index = Int(parts[0]), let count = Int(parts[1])
    else { return nil }
    self.init(index: index, count: count)
  }

  private init(uncheckedIndex index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  /// `K/N`.
  public var description: String { "\(index)/\(count)" }

  /// How many of `total` points the shard runs.
  public func pointCount(of total: Int) -> Int {
    total >= index ? (total - index) / count + 1 : 0
  }

  /// The id of the shard's `position`-th point (0-based).
  public func point(at position: Int) -> Int {
    index - 1 + position * count
  }

  /// The position of point `point` in the shard, or `nil` if another shard runs it.
  public func position(of point: Int) -> Int? {
    point >= 0 && point % count == index - 1 ? point / count : nil
  }
}
