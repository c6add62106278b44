/// What a provider's staff does for each store it serves (MODEL.md §3.9, "operation"): the
/// live hours it operates, the short videos it makes, the service agents it staffs to the
/// standard and the lucky bags its operators run, from the staff it allots to the store.
///
/// Every rate is per person allotted to one store (staff ÷ stores served) and a guess, from a
/// guessed team: a live hour takes two provider people (operator and assistant; the host is
/// the merchant's), a short video two person-hours, a working day eight hours, and a team
/// spends three quarters of its time on live and a quarter on content.
public struct ProviderOperation: Sendable, Equatable {
  /// Live hours a day operated per person allotted to the store.
  public var liveHoursPerStaff: Double
  /// Short videos a day made per person allotted to the store.
  public var videosPerStaff: Double
  /// Most service agents staffed to the 3-minute standard per person allotted to the store.
  public var agentsPerStaff: Double
  /// Lucky bags its operators give away per live hour in the sessions it operates, in yuan.
  public var luckyBagBudgetPerHour: Double
}

extension ProviderOperation {
  init(reading r: ObjectReader) {
    liveHoursPerStaff = r.number(
      "liveHoursPerStaff", default: 3, .from(0, to: 24), unit: "hours/person",
      doc: "Live hours a day the provider operates for a store per person of its staff "
        + "allotted to that store (staff ÷ stores served); the store goes live at least that "
        + "long (guess: 2 people a live hour, 8-hour days, 3/4 of the time on live).")
    videosPerStaff = r.number(
      "videosPerStaff", default: 1, .from(0, to: 100), unit: "videos/person",
      doc: "Short videos a day per person allotted to a store, rounded down; the store "
        + "publishes at least that many (guess: 2 person-hours a video, 1/4 of the time).")
    agentsPerStaff = r.number(
      "agentsPerStaff", default: 2, .from(0, to: 1_000), unit: "agents/person",
      doc: "Service agents per person allotted to a store, rounded up: the provider staffs "
        + "the store's service to the 3-minute standard with at most that many, or the "
        + "store's own `agents` if more (guess: one team member supervises two agents).")
    luckyBagBudgetPerHour = r.number(
      "luckyBagBudgetPerHour", default: 0, .from(0, to: 1e9), unit: "yuan/hour",
      doc: "Lucky bags the provider's operators give away per live hour in the sessions it "
        + "operates (those longer than the store's own), or the store's own rate if more "
        + "(the seed's Xia Kehui introduced lucky bags to retain viewers; amount a guess).")
  }
}
