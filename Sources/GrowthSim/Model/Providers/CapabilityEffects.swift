/// What a provider's help does to one merchant, as multipliers on the scenario's own values
/// (MODEL.md §3.9).
///
/// Each capability c acts through a response f(c) that is 1 at an ordinary 0.5, and the
/// multiplier is f(effective) / f(own): a merchant without a provider runs exactly on the
/// values its scenario states (host skill, lead times, handling minutes), and a provider
/// changes them by how far it lifts the merchant's capabilities.
struct CapabilityEffects: Sendable, Equatable {
  var liveConversion = 1.0
  var liveWeight = 1.0
  var paidConversion = 1.0
  var learningConversions = 1.0
  var videoQuality = 1.0
  var leadTime = 1.0
  var handlingTime = 1.0
  var talentAudience = 1.0

  /// No help: every multiplier 1.
  static let none = CapabilityEffects()

  /// The effects of lifting `own` to `effective` (guessed responses, documented in
  /// `Capabilities`).
  init(own: Capabilities, effective: Capabilities) {
    func ratio(_ f: (Double) -> Double, _ path: KeyPath<Capabilities, Double>) -> Double {
      f(effective[keyPath: path]) / f(own[keyPath: path])
    }
    liveConversion = ratio({ 0.8 + 0.4 * $0 }, \.liveOperation)
    liveWeight = liveConversion
    paidConversion = ratio({ 0.8 + 0.4 * $0 }, \.paidTraffic)
    learningConversions = ratio({ 1.5 - $0 }, \.paidTraffic)
    videoQuality = ratio({ 0.5 + $0 }, \.content)
    leadTime = ratio({ 1.3 - 0.6 * $0 }, \.supplyChain)
    handlingTime = ratio({ 1.3 - 0.6 * $0 }, \.customerService)
    talentAudience = ratio({ 0.5 + $0 }, \.alliance)
  }

  init() {}
}
