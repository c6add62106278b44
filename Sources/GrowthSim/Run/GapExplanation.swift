/// Which causes make the profit gap between two policies (issue 15 item 2): Shapley values
/// over groups of loop switches, on common random numbers (docs/compare.md).
///
/// The game: for a set S of causes left on (the others' switches off), v(S) is the paired
/// horizon-profit gap, second policy minus first, of one replication. A cause's Shapley value
/// is its marginal effect on the gap averaged over the orders in which the causes can be
/// switched on (Shapley 1953), so the values add up to v(all on) − v(all off) exactly; the
/// gap with every switch off is the last row, and the rows add up to the full gap.
public struct GapExplanation: Sendable {
  /// A cause: the switches that turn it off, and how the printout names it.
  public struct Cause: Sendable {
    /// The `cause` cell of `compare_explain.csv`.
    public let id: String
    /// Plain words for the printed sentence.
    public let label: String
    /// The `/loops` keys set to false when the cause is off.
    public let switches: [String]
    let paths: [WritableKeyPath<Loops, Bool> & Sendable]
  }

  /// The causes, grouped so that k = 10: ad economics is paid traffic with its learning phase
  /// (spend, CPM, paid conversion are one mechanism), every loop is its own cause.
  public static let causes: [Cause] = [
    Cause(
      id: "ad_economics", label: "ad economics", switches: ["paidTraffic", "learningPhase"],
      paths: [\.paidTraffic, \.learningPhase]),
    Cause(
      id: "followers", label: "followers", switches: ["followerFeedback"],
      paths: [\.followerFeedback]),
    Cause(
      id: "levels", label: "traffic levels", switches: ["levelEscalation"],
      paths: [\.levelEscalation]),
    Cause(
      id: "repeat_buying", label: "repeat buying", switches: ["repeatBuying"],
      paths: [\.repeatBuying]),
    Cause(
      id: "buyer_quality", label: "buyers' source", switches: ["buyerQuality"],
      paths: [\.buyerQuality]),
    Cause(
      id: "word_of_mouth", label: "word of mouth", switches: ["wordOfMouth"],
      paths: [\.wordOfMouth]),
    Cause(
      id: "interest_pool", label: "interest pool", switches: ["interestPool"],
      paths: [\.interestPool]),
    Cause(
      id: "content_to_paid", label: "content → paid", switches: ["creativeRefresh"],
      paths: [\.creativeRefresh]),
    Cause(id: "score", label: "score", switches: ["ratingThrottle"], paths: [\.ratingThrottle]),
    Cause(
      id: "saturation", label: "saturation", switches: ["marketSaturation"],
      paths: [\.marketSaturation]),
  ]

  /// The last row: the gap with every cause's switches off.
  public static let residualID = "every_switch_off"

  /// How the Shapley values are computed.
  public enum Method: Sendable, Equatable {
    /// Every one of the 2^k coalitions.
    case exact
    /// `count` orders (antithetic pairs: each drawn order, then its reverse), seeded from the
    /// scenario seed: (k − 1) · count + 2 coalitions at most, each order's marginal effects
    /// adding up to the full gap exactly.
    case permutations(Int)
  }

  /// The default: exact up to 6 causes, else 16 orders (8 antithetic pairs).
  public static func defaultMethod(causes: Int) -> Method {
    causes <= 6 ? .exact : .permutations(16)
  }

  /// One cause's share of the gap.
  public struct Row: Sendable {
    /// `Cause.id`, or `residualID`.
    public var cause: String
    /// Plain words.
    public var label: String
    /// Mean over replications of the cause's per-replication Shapley value (yuan).
    public var contribution: Double
    /// 90 % t interval of that mean; nil with one replication.
    public var interval: (low: Double, high: Double)?
    /// contribution / gap; nil when the gap is 0.
    public var share: Double?
  }

  /// The two policies, the reference first.
  public let policies: [String]
  /// The mean paired gap, second policy minus first, every switch as in the scenario.
  public let gap: Double
  /// One row per cause, in `causes` order, then the residual; contributions add up to `gap`.
  public let rows: [Row]
  /// The method used.
  public let method: Method
  /// Coalitions run (each under both policies and every replication).
  public let coalitions: Int

  /// Runs the first two policies of `policies` under the coalitions the method needs.
  ///
  /// A cause whose switches are all off in the scenario cannot change anything: its value is 0.
  public static func run(
    _ scenario: Scenario, policies: [String], causes: [Cause] = causes, method: Method? = nil,
    jobs: Int, ticketLimit: Int? = nil
  ) throws(ComparisonFailure) -> GapExplanation {
    precondition(policies.count >= 2, "an explanation compares two policies, got \(policies)")
    precondition(!causes.isEmpty, "an explanation needs at least one cause")
    let pair = Array(policies.prefix(2))
    var variants: [Scenario] = []
    for id in pair {
      guard let variant = scenario.allFollowing(policy: id) else {
        throw .scenario(ScenarioError([.init(.root, scenario.unknownPolicyMessage(id))]))
      }
      variants.append(variant)
    }
    let k = causes.count
    let method = method ?? defaultMethod(causes: k)
    let orders = Self.orders(k, method: method, seed: scenario.experiment.seed)
    var needed = Set<Int>()
    for order in orders {
      var mask = 0
      needed.insert(mask)
      for cause in order {
        mask |= 1 << cause
        needed.insert(mask)
      }
    }
    let masks = needed.sorted()
    let gaps = try gapsByCoalition(
      masks, variants: variants, causes: causes, jobs: jobs, ticketLimit: ticketLimit)
    func gap(_ mask: Int) -> [Double] {
      guard let values = gaps[mask] else { preconditionFailure("coalition \(mask) was not run") }
      return values
    }
    let replications = scenario.experiment.replications
    let all = (1 << k) - 1
    // values[cause][replication]: the Shapley value of one replication's game.
    var values = Array(repeating: Array(repeating: 0.0, count: replications), count: k)
    for order in orders {
      var mask = 0
      for cause in order {
        let next = mask | 1 << cause
        let (after, before) = (gap(next), gap(mask))
        for r in 0..<replications {
          values[cause][r] += (after[r] - before[r]) / Double(orders.count)
        }
        mask = next
      }
    }
    let full = Statistics.mean(gap(all)) ?? 0
    func row(_ id: String, _ label: String, _ sample: [Double]) -> Row {
      let mean = Statistics.mean(sample) ?? 0
      return Row(
        cause: id, label: label, contribution: mean,
        interval: Statistics.confidenceInterval90(sample), share: full != 0 ? mean / full : nil)
    }
    var rows = zip(causes, values).map { row($0.id, $0.label, $1) }
    rows.append(row(residualID, "the rest (every switch off)", gap(0)))
    return GapExplanation(
      policies: pair, gap: full, rows: rows, method: method, coalitions: masks.count)
  }

  /// The orders in which causes are switched on: all k! for `.exact` (the Shapley value is
  /// their average), else the seeded antithetic sample.
  static func orders(_ k: Int, method: Method, seed: UInt64) -> [[Int]] {
    switch method {
    case .exact:
      precondition(k <= 8, "exact Shapley walks k! orders; use .permutations above 8 causes")
      var result: [[Int]] = [[]]
      for cause in 0..<k {
        result = result.flatMap { order in
          (0...order.count).map { at in
            var next = order
            next.insert(cause, at: at)
            return next
          }
        }
      }
      return result
    case .permutations(let count):
      precondition(count >= 1, "a sampled explanation needs at least one order, got \(count)")
      return (0..<count).map { index in
        let permutation = RandomPermutation(
          count: k, seed: StreamSeed.derive(seed, 0x5348_4150, UInt64(index / 2)))
        let order = (0..<k).map { permutation($0) }
        return index % 2 == 0 ? order : order.reversed()
      }
    }
  }

  /// Per coalition mask (bit i set: cause i on), the paired gap of each replication.
  static func gapsByCoalition(
    _ masks: [Int], variants: [Scenario], causes: [Cause], jobs: Int, ticketLimit: Int?
  ) throws(ComparisonFailure) -> [Int: [Double]] {
    let runs = masks.count * variants.count
    let results = parallelMap(count: runs, jobs: jobs) { index in
      var scenario = variants[index % variants.count]
      let mask = masks[index / variants.count]
      for (bit, cause) in causes.enumerated() where mask & 1 << bit == 0 {
        for path in cause.paths { scenario.loops[keyPath: path] = false }
      }
      return horizonProfits(scenario, ticketLimit: ticketLimit)
    }
    var gaps: [Int: [Double]] = [:]
    for (position, mask) in masks.enumerated() {
      do throws(DayWorkExcess) {
        let first = try results[position * variants.count].get()
        let second = try results[position * variants.count + 1].get()
        gaps[mask] = zip(second, first).map { $0 - $1 }
      } catch {
        throw .dayWork(error)
      }
    }
    return gaps
  }

  /// Each replication's settled horizon profit, summed over the merchants (`compare`'s verdict).
  static func horizonProfits(_ scenario: Scenario, ticketLimit: Int?) -> Result<
    [Double], DayWorkExcess
  > {
    let replication = Replication(scenario, ticketLimit: ticketLimit)
    var profits: [Double] = []
    // Mean-field replications are identical: run one, count it for each.
    let runs = scenario.experiment.isMeanField ? 1 : scenario.experiment.replications
    for index in 0..<runs {
      var last = 0.0
      let ending = replication.run(index, shouldStop: { false }) { _, rows in
        last = rows.reduce(0) { $0 + $1.cumulativeProfitSettled }
      }
      if case .failure(let excess) = ending { return .failure(excess) }
      profits.append(last)
    }
    return .success(
      profits.count == scenario.experiment.replications
        ? profits : Array(repeating: profits[0], count: scenario.experiment.replications))
  }
}
