import Foundation

/// A linear scale from data to pixels, with "nice" ticks (steps of 1, 2 or 5 times a power of
/// ten), shared by the report's charts.
struct ChartScale {
  let low: Double
  let high: Double
  let pixelLow: Double
  let pixelHigh: Double

  /// A scale covering `values` (none finite: 0…1), widened to nice ends; zero is included when
  /// the values are all of one sign and the range would otherwise cut off most of the way to
  /// it, so bars of size read true.
  init(covering values: [Double], pixels: (Double, Double), includesZero: Bool = true) {
    let finite = values.filter(\.isFinite)
    var low = finite.min() ?? 0
    var high = finite.max() ?? 1
    if includesZero {
      if low > 0, low < high * 0.6 { low = 0 }
      if high < 0, high > low * 0.6 { high = 0 }
    }
    if high - low < 1e-9 * max(1, abs(high)) {
      low -= max(1, abs(low) * 0.1)
      high += max(1, abs(high) * 0.1)
    }
    let step = Self.step(for: high - low, count: 5)
    self.low = (low / step).rounded(.down) * step
    self.high = (high / step).rounded(.up) * step
    pixelLow = pixels.0
    pixelHigh = pixels.1
  }

  /// A scale over exactly `low…high` (days, say), without widening.
  init(exactly low: Double, _ high: Double, pixels: (Double, Double)) {
    self.low = low
    self.high = high > low ? high : low + 1
    pixelLow = pixels.0
    pixelHigh = pixels.1
  }

  /// The pixel of `value`.
  func pixel(_ value: Double) -> Double {
    pixelLow + (value - low) / (high - low) * (pixelHigh - pixelLow)
  }

  /// About five tick values at nice steps within the scale.
  var ticks: [Double] {
    let step = Self.step(for: high - low, count: 5)
    var values: [Double] = []
    var tick = (low / step).rounded(.up) * step
    while tick <= high + step * 1e-9, values.count < 20 {
      values.append(abs(tick) < step * 1e-9 ? 0 : tick)
      tick += step
    }
    return values
  }

  /// A step of 1, 2 or 5 × 10^k that cuts `range` into about `count` parts.
  static func step(for range: Double, count: Int) -> Double {
    let raw = max(range, 1e-12) / Double(count)
    let power = pow(10, (log10(raw)).rounded(.down))
    let fraction = raw / power
    return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power
  }

  /// A tick's label: thousands as `k`, millions as `M`, so the axis stays narrow.
  static func label(_ value: Double) -> String {
    let size = abs(value)
    if size >= 1e6 { return HTMLText.number(value / 1e6, places: 2) + "M" }
    if size >= 1e4 { return HTMLText.number(value / 1e3, places: 1) + "k" }
    return HTMLText.number(value, places: size >= 10 || size == 0 ? 0 : 2)
  }
}
