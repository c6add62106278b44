/// Operating capabilities in 0…1 (MODEL.md §3.9).
///
/// What a merchant can do itself, or what a service provider brings. 0.5 is an ordinary
/// team; each effect is neutral there.
public struct Capabilities: Sendable, Equatable {
  /// Short-video content: video quality × (0.5 + content).
  public var content: Double
  /// Live-room operation: live conversion and feed weight × (0.8 + 0.4 × live).
  public var liveOperation: Double
  /// Paid traffic: paid conversion × (0.8 + 0.4 × paid); learning needs
  /// conversionsToExit × (1.5 − paid) conversions.
  public var paidTraffic: Double
  /// Supply chain: lead times × (1.3 − 0.6 × supply).
  public var supplyChain: Double
  /// Customer service: handling minutes × (1.3 − 0.6 × service).
  public var customerService: Double
  /// Talent matching: talent audiences × (0.5 + alliance).
  public var alliance: Double

  /// The same value in every dimension.
  public init(all value: Double) {
    (content, liveOperation, paidTraffic, supplyChain, customerService, alliance) = (
      value, value, value, value, value, value
    )
  }

  /// Each dimension combined with another's by `combine`.
  func merged(with other: Capabilities, _ combine: (Double, Double) -> Double) -> Capabilities {
    var result = self
    result.content = combine(content, other.content)
    result.liveOperation = combine(liveOperation, other.liveOperation)
    result.paidTraffic = combine(paidTraffic, other.paidTraffic)
    result.supplyChain = combine(supplyChain, other.supplyChain)
    result.customerService = combine(customerService, other.customerService)
    result.alliance = combine(alliance, other.alliance)
    return result
  }

  /// The merchant's effective capabilities with a provider (MODEL.md §3.9): its own, lifted
  /// toward the provider's by its cooperation and by the share of the provider's staff
  /// capacity it gets, `own + cooperation × dilution × max(0, provider − own)`.
  func lifted(toward provider: Capabilities, cooperation: Double, dilution: Double)
    -> Capabilities
  {
    merged(with: provider) { own, theirs in own + cooperation * dilution * max(0, theirs - own) }
  }
}

extension Capabilities {
  init(reading r: ObjectReader, default value: Double, who: String) {
    func read(_ key: String, _ what: String) -> Double {
      r.number(key, default: value, .unit, unit: "score", doc: "\(who) \(what) (guess).")
    }
    content = read("content", "short-video content capability")
    liveOperation = read("liveOperation", "live-room operation capability")
    paidTraffic = read("paidTraffic", "paid-traffic (Qianchuan) capability")
    supplyChain = read("supplyChain", "supply-chain capability")
    customerService = read("customerService", "customer-service capability")
    alliance = read("alliance", "talent-matching (alliance) capability")
  }
}
