/// The allowed interval of a numeric scenario value, with the wording of its error messages.
public struct Bounds: Sendable, Equatable {
  /// The smallest allowed value, if any.
  public var lower: Double?
  /// Whether `lower` itself is excluded.
  public var lowerIsExclusive: Bool
  /// The largest allowed value, if any.
  public var upper: Double?
  /// Whether `upper` itself is excluded.
  public var upperIsExclusive: Bool

  /// Creates bounds; `nil` means unbounded on that side.
  public init(
    lower: Double? = nil, exclusive lowerIsExclusive: Bool = false,
    upper: Double? = nil, exclusive upperIsExclusive: Bool = false
  ) {
    self.lower = lower
    self.lowerIsExclusive = lowerIsExclusive
    self.upper = upper
    self.upperIsExclusive = upperIsExclusive
  }

  /// Any finite number.
  public static let any = Bounds()
  /// Zero or more.
  public static let nonNegative = Bounds(lower: 0)
  /// Strictly more than zero.
  public static let positive = Bounds(lower: 0, exclusive: true)
  /// A probability or share, 0 through 1.
  public static let unit = Bounds(lower: 0, upper: 1)

  /// A closed interval.
  public static func from(_ lower: Double, to upper: Double) -> Bounds {
    Bounds(lower: lower, upper: upper)
  }

  /// The rule `value` breaks, as a message fragment, or `nil` if it lies inside.
  public func violation(_ value: Double) -> String? {
    if let lower {
      if lowerIsExclusive, !(value > lower) { return "must be greater than \(Self.text(lower))" }
      if !lowerIsExclusive, !(value >= lower) { return "must be at least \(Self.text(lower))" }
    }
    if let upper {
      if upperIsExclusive, !(value < upper) { return "must be less than \(Self.text(upper))" }
      if !upperIsExclusive, !(value <= upper) { return "must be at most \(Self.text(upper))" }
    }
    return nil
  }

  /// A bound as people write it: `1` rather than `1.0`.
  static func text(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 9e18 { return String(Int64(value)) }
    return "\(value)"
  }
}
