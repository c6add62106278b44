import Foundation

/// People find goods on the shelf: search and mall visits, live or not (MODEL.md §3.2 items
/// 4 and 6), by the hourly profile and lifted by festivals like the feed (mall GMV rises with
/// campaigns, PARAMETERS §1.5).
///
/// - discovery: `shelfVisitsPerDay` × (1 − F), F the share of the market reached;
/// - word of mouth: `wordOfMouthVisitsPerBuyerDay` × buyers × (1 − F) — the two integrated
///   exactly over the hour as the Bass (1969) equation (`ShelfDiffusion`), so with every
///   visit converting cumulative buyers follow the Bass curve;
/// - followers: `shelfVisitsPerFollowerDay` × followers;
/// - repeat visits: Σ_g h_g × A_g over the buyer groups (`Buyers.swift`): a hazard decaying
///   with the time since each buyer's last order, capped by the repeat ceiling.
struct ShelfVisits {
  var discovery: Double
  var wordOfMouth: Double
  var fromFollowers: Double
  var repeats: Double
}

extension MerchantWork {
  /// An hour's shelf visits; `share` is the hour's share of the day's traffic, festival lift
  /// included.
  func shelfVisits(share: Double, _ state: inout MerchantState) -> ShelfVisits {
    let scenario = plan.scenario
    // Fields, not the struct: copying a category per merchant and hour cost more than the draws.
    let c = plan.categoryIndex[index]
    // Discovery and word of mouth integrated exactly over the hour (`ShelfDiffusion`).
    let diffusion = ShelfDiffusion(
      discoveryPerDay: scenario.categories[c].shelfVisitsPerDay,
      perBuyerDay: scenario.loops.wordOfMouth
        ? scenario.categories[c].wordOfMouthVisitsPerBuyerDay : 0,
      conversion: min(
        1, state.shelfConversionRate * scenario.categories[c].shelfConversionMultiplier))
    let expected = diffusion.visits(
      buyers: state.buyers,
      population: scenario.loops.marketSaturation
        ? scenario.categories[c].addressablePopulation : nil,
      days: share)
    let discovery = state.streams.shelf.poisson(expected.discovery)
    let wordOfMouth =
      scenario.loops.wordOfMouth ? state.streams.shelf.poisson(expected.wordOfMouth) : 0
    let fromFollowers =
      scenario.loops.followerFeedback
      ? state.streams.shelf.poisson(
        state.followers * scenario.categories[c].shelfVisitsPerFollowerDay * share)
      : 0
    let repeats =
      scenario.loops.repeatBuying
      ? state.streams.shelf.poisson(
        state.buyerBase.repeatVisitRate * share)
      : 0
    return ShelfVisits(
      discovery: discovery, wordOfMouth: wordOfMouth, fromFollowers: fromFollowers,
      repeats: repeats)
  }
}
