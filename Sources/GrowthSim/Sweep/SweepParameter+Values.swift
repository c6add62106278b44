import Foundation

extension SweepParameter {
  /// The value the parameter takes at `coordinate`.
  ///
  /// - Values lists: level i is the i-th value; a position u picks value ⌊u · count⌋.
  /// - Ranges in a grid: level i of n sits at t = i / (n − 1) (t = 0 for one level) between
  ///   low and high, linearly or, on a log scale, geometrically; a position u sits at t = u.
  /// - Integer ranges: grid levels are rounded to the nearest whole number (half away from
  ///   zero); a position u takes low + ⌊u · (high − low + 1)⌋ on a linear scale, so every
  ///   whole number from low to high is equally likely, and the rounded value on a log scale.
  /// - Other range values are rounded to 6 significant digits (at most 9 decimals), so the
  ///   value in `sweep.csv` is exactly the one simulated and `run --set` reproduces it.
  public func value(at coordinate: SweepDesign.Coordinate) -> JSONValue {
    switch (domain, coordinate) {
    case (.values(let values), .level(let index)):
      return values[index]
    case (.values(let values), .unit(let position)):
      return values[min(Int(position * Double(values.count)), values.count - 1)]
    case (.range(let low, let high, let levels, let scale), .level(let index)):
      let count = levels ?? 1
      let fraction = count == 1 ? 0 : Double(index) / Double(count - 1)
      let value = index == count - 1 && count > 1 ? high : scale.interpolate(low, high, fraction)
      return isInteger == true ? .integer(Self.whole(value)) : .number(Self.significant(value))
    case (.range(let low, let high, _, let scale), .unit(let position)):
      guard isInteger == true else {
        return .number(Self.significant(scale.interpolate(low, high, position)))
      }
      if scale == .log {
        return .integer(Self.whole(scale.interpolate(low, high, position)))
      }
      let offset = (position * (high - low + 1)).rounded(.down)
      return .integer(min(Self.whole(low + offset), Self.whole(high)))
    }
  }

  /// `value` rounded half away from zero (integer keys stay within ±2^53).
  static func whole(_ value: Double) -> Int {
    Int(max(-0x1p53, min(0x1p53, value.rounded(.toNearestOrAwayFromZero))))
  }

  /// `value` rounded to 6 significant digits and at most 9 decimals, as a plain decimal
  /// literal without exponent (`12345.7`, `0.000123457`, `2000`).
  static func significant(_ value: Double) -> JSONNumber {
    guard value != 0, value.isFinite, abs(value) < 9e17 else { return JSONNumber(value) }
    let exponent = Int(log10(abs(value)).rounded(.down))
    let places = max(0, min(9, 5 - exponent))
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    guard abs(scaled) < 9e18 else { return JSONNumber(value) }
    let units = Int64(scaled)
    guard units != 0 else { return JSONNumber(literal: "0", value: 0, exactInteger: 0) }
    var digits = String(units.magnitude)
    var decimals = places
    while decimals > 0, digits.hasSuffix("0") {
      digits.removeLast()
      decimals -= 1
    }
    if decimals > 0 {
      if digits.count <= decimals {
        digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
      }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
    }
    let literal = (units < 0 ? "-" : "") + digits
    return JSONNumber(literal: literal) ?? JSONNumber(value)
  }
}

extension SweepParameter.Scale {
  /// The point a fraction `t` of the way from `low` to `high`.
  ///
  /// Linearly, or geometrically on a log scale; `t = 0` gives `low` exactly.
  func interpolate(_ low: Double, _ high: Double, _ fraction: Double) -> Double {
    guard fraction > 0 else { return low }
    switch self {
    case .linear: return low + (high - low) * fraction
    case .log:
      return Foundation.exp(
        Foundation.log(low) + (Foundation.log(high) - Foundation.log(low)) * fraction)
    }
  }
}
