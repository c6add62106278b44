/// The two policies that ship with growthsim (MODEL.md §3.11).
///
/// Any scenario that does not define a policy of the same id can use them by id.
/// `docs/policies.md` explains every value; neither is built to win — the outcome depends on
/// the merchant and the market.
public enum PolicyPresets {
  /// The presets' JSON text by id, in the scenario format's `policies` entry form.
  public static let json: [(id: String, text: String)] = [
    ("snowball", snowball),
    ("funnel", funnel),
  ]

  /// The snowball: steady self-broadcast and content, cultivated followers.
  ///
  /// Content every day, followers cultivated with lucky bags, a few hot SKUs with deep
  /// stock, service staffed to the 3-minute standard, paid traffic tested small then scaled
  /// while ROI holds.
  static let snowball = #"""
    {
      "id": "snowball",
      "live": { "startHour": 19, "hours": 4, "luckyBagBudgetPerHour": 100 },
      "content": { "videosPerDay": 2, "quality": 0.6, "costPerVideo": 300 },
      "ads": {
        "mode": "testThenScale", "testBudget": 300, "testDays": 5, "stepShare": 0.2,
        "dailyBudget": 6000, "roiFloor": 2.5
      },
      "pricing": { "discount": 0.05 },
      "service": { "staffToStandard": true, "agents": 20, "agentCostPerDay": 300 },
      "assortment": { "activeSKUs": 3, "stockCoverDays": 21 },
      "talents": { "allianceEveryDays": 7 }
    }
    """#

  /// The funnel: traffic bought from day one, the way an agency runs it.
  ///
  /// An ROI-target plan (spend while the marginal order pays at ROI 2.5) with broad
  /// delivery and an ad-only creative every 3 days, every SKU on shallow stock, no content,
  /// minimal service and a 15 % discount (within 1 % of the best level on the default merchant,
  /// docs/policies.md); no top-KOL slot (it does not pay on its own), but the snowball's weekly
  /// affiliate session, which pays for the funnel too (commission only, on every shipped case).
  static let funnel = #"""
    {
      "id": "funnel",
      "live": { "startHour": 19, "hours": 4 },
      "content": { "videosPerDay": 0 },
      "ads": {
        "mode": "roiTarget", "roiFloor": 2.5, "dailyBudget": 6000, "targeting": "broad",
        "creativeEveryDays": 3
      },
      "pricing": { "discount": 0.15 },
      "service": { "agents": 3, "agentCostPerDay": 300 },
      "assortment": { "activeSKUs": 0, "stockCoverDays": 5 },
      "talents": { "allianceEveryDays": 7 }
    }
    """#

  /// The preset with this id, read like any scenario policy.
  static func policy(id: String) -> Policy? {
    guard let text = json.first(where: { $0.id == id })?.text,
      case .object(let object)? = try? JSONParser.parse(text)
    else { return nil }
    let reader = ObjectReader(
      object: object, at: JSONPointer.root.appending("presets").appending(id),
      log: ObjectReader.IssueLog())
    let policy = Policy(reading: reader)
    reader.rejectUnknownKeys()
    return policy
  }
}
