/// One tier of a provider's tiered fee: `rate` on the month's basis (net GMV or managed ad
/// spend) above `from` yuan, up to the next tier's `from`.
///
/// Tiers are marginal, like tax brackets, so the month's fee never falls as the basis grows:
/// §6.2's ad-management tiers (≤ 50k 12 %, 50–150k 10 %, > 150k 8 %) read as
/// `[{from: 0, rate: 0.12}, {from: 50000, rate: 0.10}, {from: 150000, rate: 0.08}]`.
public struct FeeTier: Sendable, Equatable {
  /// Where the tier starts, in yuan of the month's basis.
  public var from: Double
  /// The share of the basis above `from` charged.
  public var rate: Double
}

extension FeeTier {
  /// Reads `key`'s tiers from a provider; they must start at 0 with rising `from`, and
  /// exclude the flat rate `replacing`.
  static func read(_ r: ObjectReader, _ key: String, replacing flat: String, basis: String)
    -> [FeeTier]
  {
    let tiers = r.objects(
      key, maxCount: 100,
      doc: "Tiered fee on the month's \(basis), replacing \(flat): each tier's rate applies to "
        + "the part of the calendar month's \(basis) above its `from` (sp_ad_fee tiers ≤ 50k "
        + "12 %, 50–150k 10 %, > 150k 8 %, §6.2)."
    ) { t in
      FeeTier(
        from: t.number(
          "from", default: nil, .from(0, to: 1e12), unit: "yuan/month",
          doc: "Where the tier starts, in yuan of the month's \(basis)."),
        rate: t.number("rate", default: nil, .unit, unit: "share", doc: "The tier's rate."))
    }
    let at = r.pointer.appending(key)
    if let first = tiers.first, first.from != 0 {
      r.report(at.appending(0).appending("from"), "must be 0, got \(Bounds.text(first.from))")
    }
    for (index, pair) in zip(tiers, tiers.dropFirst()).enumerated() where pair.1.from <= pair.0.from
    {
      r.report(
        at.appending(index + 1).appending("from"),
        "must be above the tier before (\(Bounds.text(pair.0.from))), got "
          + Bounds.text(pair.1.from))
    }
    if !tiers.isEmpty, r.has(flat) {
      r.report(at, "give either \(key) or \(flat), not both")
    }
    return tiers
  }

  /// The fee on a month's basis growing from `before` to `before + amount`: what the tiers
  /// charge on the whole less what they charged before.
  static func fee(_ tiers: [FeeTier], before: Double, amount: Double) -> Double {
    charge(tiers, on: before + amount) - charge(tiers, on: before)
  }

  /// The tiers' charge on `basis` yuan (negative bases, a month of refunds, charge nothing).
  private static func charge(_ tiers: [FeeTier], on basis: Double) -> Double {
    var total = 0.0
    for (index, tier) in tiers.enumerated() where basis > tier.from {
      let top = index + 1 < tiers.count ? min(basis, tiers[index + 1].from) : basis
      total += (top - tier.from) * tier.rate
    }
    return total
  }
}
