import Foundation

/// A handling-time distribution with its constants worked out once, for drawing many
/// tickets: the same arithmetic as drawing from `HandlingTime` each time, so the same draws.
struct HandlingSampler {
  private enum Form {
    /// The exponential's rate, 1 / mean.
    case exponential(rate: Double)
    /// ln X ~ N(μ, σ²) with σ² = ln(1 + cv²) and μ = ln m − σ²/2: mean m and the given cv.
    case logNormal(mu: Double, sigma: Double)
  }

  private let form: Form

  init(_ handling: HandlingTime) {
    switch handling {
    case .exponential(let mean):
      form = .exponential(rate: 1 / mean)
    case .logNormal(let mean, let cv):
      let variance = log1p(cv * cv)
      form = .logNormal(mu: log(mean) - variance / 2, sigma: variance.squareRoot())
    }
  }

  /// Draws one handling time in minutes: one uniform for the exponential, two for the
  /// log-normal.
  func sample(using generator: inout SplitMix64) -> Double {
    switch form {
    case .exponential(let rate): generator.exponential(rate: rate)
    case .logNormal(let mu, let sigma): generator.logNormal(mu: mu, sigma: sigma)
    }
  }
}
