import Foundation

/// N merchants drawn from one template whose values vary by distribution (MODEL.md §3,
/// "cohorts of N merchants drawn from distributions"): an industrial belt in a few lines.
///
/// Member i is the template with `id` = `<cohort id>-<i>` and, for each entry of `vary`, the
/// value at that JSON Pointer (relative to the template) drawn from its distribution with a
/// stream derived from (cohort seed, i, entry): the same population in every replication and
/// for every `--seed`, so policies and replications meet the same merchants.
struct Cohort {
  var id: String
  var count: Int
  var seed: UInt64
  var template: JSONValue
  var vary: [(pointer: JSONPointer, key: String, distribution: Distribution)]

  /// A distribution for one varied value.
  struct Distribution {
    enum Kind: String { case uniform, lognormal, normal, choice }
    var kind: Kind
    var low = 0.0, high = 1.0, median = 1.0, sigma = 1.0, mean = 0.0, sd = 1.0
    var values: [JSONValue] = []
    var weights: [Double] = []
    var isInteger = false

    /// The value for uniform `u` in (0, 1), by inversion; a number that overflows to an
    /// infinity is `.failure` with it, for the message to say what was drawn.
    func value(_ u: Double) -> Result<JSONValue, NonFiniteDraw> {
      let number: Double
      switch kind {
      case .uniform: number = low + u * (high - low)
      case .lognormal: number = median * exp(sigma * SplitMix64.inverseNormal(u))
      case .normal: number = mean + sd * SplitMix64.inverseNormal(u)
      case .choice:
        let total = weights.reduce(0, +)
        var cumulative = 0.0
        for (index, weight) in weights.enumerated() {
          cumulative += weight / total
          if u < cumulative { return .success(values[index]) }
        }
        return .success(values[values.count - 1])
      }
      let rounded = isInteger ? number.rounded() : number
      let literal = isInteger && abs(rounded) < 9e15 ? String(Int64(rounded)) : "\(rounded)"
      guard rounded.isFinite, let parsed = JSONNumber(literal: literal) else {
        return .failure(NonFiniteDraw(value: rounded))
      }
      return .success(.number(parsed))
    }
  }

  /// A draw that is no finite number (an overflow to ±infinity, or NaN).
  struct NonFiniteDraw: Error {
    var value: Double
  }

  /// The member with 0-based `index`: its id, its JSON and, for each `vary` entry whose draw
  /// is no finite number, the entry's position and the value drawn (the entry is then left
  /// as the template has it).
  func member(_ index: Int) -> (id: String, json: JSONValue, nonFinite: [(Int, Double)]) {
    let number = String(index + 1)
    let id = "\(self.id)-" + String(repeating: "0", count: idDigits - number.count) + number
    var json = template
    var nonFinite: [(Int, Double)] = []
    try? json.set(.string(id), at: JSONPointer.root.appending("id"))
    for (position, entry) in vary.enumerated() {
      var generator = SplitMix64(
        seed: StreamSeed.cohortDraw(member: index, entry: position, of: seed))
      switch entry.distribution.value(generator.nextUnit()) {
      // `init(reading:)` checked that every pointer can be set in the template.
      case .success(let value): try? json.set(value, at: entry.pointer)
      case .failure(let draw): nonFinite.append((position, draw.value))
      }
    }
    return (id, json, nonFinite)
  }

  /// The digits of a member's number: `belt-007` for a cohort of 100 to 999.
  var idDigits: Int { String(count).count }
}

extension Cohort {
  init(reading r: ObjectReader) {
    id = r.string("id", default: nil, .identifier, doc: "Prefix of the members' ids.")
    count = r.integer("count", default: nil, 1...100_000, unit: "merchants", doc: "Members.")
    seed = UInt64(
      r.integer(
        "seed", default: 1, 0...9_007_199_254_740_992,
        doc: "Seed of the members' draws (independent of the experiment seed)."))
    // The template is checked as a merchant with a placeholder id.
    let template =
      r.anyValue(
        "template", doc: "A merchant (see /merchants/*) without `id`: what the members share.")
      ?? .object(JSONObject())
    self.template = template
    var varied: [(JSONPointer, String, Distribution)] = []
    let entries = r.objects(
      "vary", doc: "Values that differ between members, each drawn from a distribution."
    ) { v -> (JSONPointer, String, Distribution)? in
      let text = v.string(
        "pointer", default: nil, .text,
        doc: "JSON Pointer of the value inside the template, e.g. `/followers`.")
      var distribution = Distribution(
        kind: Distribution.Kind(
          rawValue: v.string(
            "distribution", default: nil, .oneOf(["uniform", "lognormal", "normal", "choice"]),
            doc: "uniform (low, high), lognormal (median, sigma), normal (mean, sd) or "
              + "choice (values, weights)."))
          ?? .uniform)
      distribution.low = v.number("low", default: 0, doc: "uniform: lower end.")
      distribution.high = v.number("high", default: 1, doc: "uniform: upper end.")
      distribution.median = v.number(
        "median", default: 1, .positive, doc: "lognormal: the median.")
      distribution.sigma = v.number(
        "sigma", default: 1, .from(0, to: 10), doc: "lognormal: σ of the log.")
      distribution.mean = v.number("mean", default: 0, doc: "normal: the mean.")
      distribution.sd = v.number("sd", default: 1, .nonNegative, doc: "normal: the SD.")
      if case .array(let values)? = v.anyValue("values", doc: "choice: the values (JSON).") {
        distribution.values = values
      }
      distribution.weights = v.numbers(
        "weights", default: [], count: distribution.values.count, .nonNegative,
        doc: "choice: relative weights, one per value (default: equal).")
      if distribution.weights.isEmpty {
        distribution.weights = Array(repeating: 1, count: distribution.values.count)
      }
      distribution.isInteger = v.bool(
        "integer", default: false, doc: "Round each drawn number to a whole number.")
      if distribution.kind == .choice, distribution.values.isEmpty {
        v.report(v.pointer.appending("values"), "must list at least one value for choice")
      }
      if distribution.kind == .uniform, distribution.high < distribution.low {
        v.report(
          v.pointer.appending("high"),
          "must not be below low \(Bounds.text(distribution.low)), got "
            + Bounds.text(distribution.high))
      }
      guard let pointer = JSONPointer(text), !pointer.tokens.isEmpty else {
        if v.has("pointer") {
          v.report(
            v.pointer.appending("pointer"),
            "must be a JSON Pointer into the template such as \"/followers\", got "
              + JSONValue.string(text).excerpt)
        }
        return nil
      }
      var probe = template
      do throws(ScenarioError) {
        try probe.set(.null, at: pointer)
      } catch {
        v.report(
          v.pointer.appending("pointer"),
          "must point into the template, got \(JSONValue.string(text).excerpt) ("
            + (error.issues.first?.message ?? "") + ")")
        return nil
      }
      return (pointer, text, distribution)
    }
    for entry in entries { if let entry { varied.append(entry) } }
    vary = varied.map { (pointer: $0.0, key: $0.1, distribution: $0.2) }
  }
}
