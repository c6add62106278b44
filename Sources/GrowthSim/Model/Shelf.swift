import Foundation

/// People find goods on the shelf: search and mall visits, live or not (MODEL.md §3.2 items
/// 4 and 6), by the hourly profile and lifted by festivals like the feed (mall GMV rises with
/// campaigns, PARAMETERS §1.5).
///
/// - discovery: `shelfVisitsPerDay` × (1 − F), F the share of the market reached;
/// - word of mouth: `wordOfMouthVisitsPerBuyerDay` × buyers × (1 − F) — with discovery
///   alone and every visit converting, cumulative buyers follow Bass (1969);
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
  func shelfVisits(share: Double, unreached: Double, _ state: inout MerchantState) -> ShelfVisits {
    let scenario = plan.scenario
    // Fields, not the struct: copying a category per merchant and hour cost more than the draws.
    let c = plan.categoryIndex[index]
    let discovery = state.streams.shelf.poisson(
      scenario.categories[c].shelfVisitsPerDay * unreached * share)
    let wordOfMouth =
      scenario.loops.wordOfMouth
      ? state.streams.shelf.poisson(
        scenario.categories[c].wordOfMouthVisitsPerBuyerDay * state.buyers * unreached
          * share) : 0
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
