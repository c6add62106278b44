/// Whom a Qianchuan plan shows its ads to (`/policies/*/ads/targeting`).
///
/// Agencies choose between interest targeting (the model's calibrated paid traffic) and broad
/// delivery (通投): the platform finds anyone, so impressions are cheaper, each visit converts
/// less and the buyers it wins are less attached. No published Qianchuan figure measures the
/// three effects; the multipliers are guesses that keep the cost per paid order about equal at
/// small spend (0.7 / 0.7), so broad delivery buys reach before the Hill curve saturates, and
/// pays for it in buyer quality (marketing-won buyers are worth less later, PARAMETERS §6.6).
public enum AdTargeting: String, Sendable, Equatable, CaseIterable {
  /// Interest targeting: the category's CPM and paid conversion as calibrated.
  case interest
  /// Broad delivery: cheaper impressions, lower conversion, weaker buyers.
  case broad

  /// Multiplies the CPM (guess).
  var cpmMultiplier: Double { self == .broad ? 0.7 : 1 }
  /// Multiplies the paid visitors' conversion (guess).
  var conversionMultiplier: Double { self == .broad ? 0.7 : 1 }
  /// Multiplies the repeat hazard and follow rate of paid-won buyers, on top of their
  /// `buyerSources.paid` behaviour (guess).
  var buyerQualityMultiplier: Double { self == .broad ? 0.7 : 1 }
}
