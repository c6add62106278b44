extension SweepSpec {
  /// Parses and checks a sweep spec document, reporting every problem at once.
  ///
  /// - Throws: `.syntax` with line and column for malformed JSON, or `.invalid` with every
  ///   broken rule, sorted by JSON Pointer (`/parameters/0/high: must be at least low (5), got 1`).
  public static func decode(from bytes: [UInt8]) throws(ScenarioLoadError) -> SweepSpec {
    try decode(ObjectReader.parse(bytes))
  }

  /// Checks an already parsed spec document; see `decode(from:)`.
  public static func decode(_ document: JSONValue) throws(ScenarioLoadError) -> SweepSpec {
    try ObjectReader.readDocument(document, kind: "sweep spec", SweepSpec.init(reading:)) {
      $0.crossIssues()
    }
  }

  init(reading r: ObjectReader) {
    _ = r.integer(
      "version", default: SweepSpec.formatVersion,
      SweepSpec.formatVersion...SweepSpec.formatVersion, doc: "Sweep spec format version.")
    let issuesBeforeDesign = r.issueCount
    let designText = r.string(
      "design", default: Design.grid.rawValue, .oneOf(Design.allCases.map(\.rawValue)),
      doc: "grid, random, lhs, morris or sobol.")
    let design = Design(rawValue: designText) ?? .grid
    self.design = design
    // With an unknown design (reported), the rules that depend on it would only mislead.
    let knownDesign = r.issueCount == issuesBeforeDesign ? design : nil
    let hasPoints = r.has("points")
    let points = r.integer(
      "points", default: 0, 1...SweepSpec.maximumPoints,
      doc: "Points of a random or lhs design.")
    if knownDesign == .grid, hasPoints {
      r.report(
        r.pointer.appending("points"),
        "only the random and lhs designs take points; a grid has one per combination of levels")
    } else if knownDesign?.isSensitivity == true, hasPoints {
      r.report(
        r.pointer.appending("points"),
        "only the random and lhs designs take points; the \(design) design's size follows "
          + "from its \(design == .morris ? "trajectories" : "baseSamples")")
    } else if let knownDesign, knownDesign == .random || knownDesign == .lhs, !hasPoints {
      r.report(
        r.pointer.appending("points"), "required key is missing (the \(knownDesign) design)")
    }
    self.points = design == .random || design == .lhs ? points : nil
    trajectories = Self.designKey(
      r, "trajectories", of: .morris, knownDesign, range: 1...100_000,
      doc: "Morris trajectories (morris design).")
    baseSamples = Self.designKey(
      r, "baseSamples", of: .sobol, knownDesign, range: 1...10_000_000,
      doc: "Base samples N of a Sobol design.")
    let hasSecondOrder = r.has("secondOrder")
    secondOrder = r.bool(
      "secondOrder", default: false, doc: "Sobol design: add the points for second order.")
    if hasSecondOrder, let knownDesign, knownDesign != .sobol {
      r.report(r.pointer.appending("secondOrder"), "only the sobol design takes secondOrder")
    }
    let hasReplications = r.has("replications")
    let replications = r.integer(
      "replications", default: 1, 1...100_000,
      doc: "Replications per point (default: the scenario's).")
    self.replications = hasReplications ? replications : nil
    precision = Self.precision(r)
    let hasSeed = r.has("seed")
    let seed = r.integer(
      "seed", default: 1, 0...9_007_199_254_740_992, doc: "Sweep seed (default: the scenario's).")
    self.seed = hasSeed ? UInt64(seed) : nil
    let numbers = r.string(
      "randomNumbers", default: RandomNumbers.common.rawValue,
      .oneOf(RandomNumbers.allCases.map(\.rawValue)),
      doc: "common (replication r draws the same numbers at every point) or independent.")
    randomNumbers = RandomNumbers(rawValue: numbers) ?? .common
    parameters = r.objects(
      "parameters", minCount: 1, maxCount: 100, doc: "The swept values."
    ) { SweepParameter(reading: $0, design: knownDesign) }
    policies =
      r.strings(
        "policies", count: 2...SweepSpec.maximumPolicies, .identifier,
        doc: "Policies every point runs under, on the same random numbers (scenario policy ids "
          + "or presets); the first is the reference for the profit difference and crossover day."
      ) ?? []
  }

  /// `precision` and `precisionMetric`: the adaptive replications' target, if any.
  private static func precision(_ r: ObjectReader) -> PrecisionTarget? {
    let has = r.has("precision")
    let relative = r.number(
      "precision", default: 0.01, Bounds(lower: 0, exclusive: true, upper: 1, exclusive: true),
      doc: "Adaptive replications: each point adds replications until the 95 % half-width of "
        + "its metric's mean is at most this share of |mean|; replications is then the cap "
        + "(default 1000).")
    let hasMetric = r.has("precisionMetric")
    let name = r.string(
      "precisionMetric", default: SweepMetric.profit.rawValue,
      .oneOf(SweepMetric.allCases.map(\.rawValue)), doc: "The metric precision judges.")
    if hasMetric, !has {
      r.report(r.pointer.appending("precisionMetric"), "applies only with precision")
    }
    guard has else { return nil }
    return PrecisionTarget(relative: relative, metric: SweepMetric(rawValue: name) ?? .profit)
  }

  /// A whole-number key that `owner` requires and other designs refuse.
  private static func designKey(
    _ r: ObjectReader, _ key: String, of owner: Design, _ design: Design?,
    range: ClosedRange<Int>, doc: String
  ) -> Int? {
    let has = r.has(key)
    let value = r.integer(key, default: range.lowerBound, range, doc: doc)
    guard let design else { return nil }
    if design == owner, !has {
      r.report(r.pointer.appending(key), "required key is missing (the \(owner) design)")
    } else if design != owner, has {
      r.report(r.pointer.appending(key), "only the \(owner) design takes \(key)")
    }
    return design == owner ? value : nil
  }

  /// The points of a sensitivity design, or `nil` for the others.
  var sensitivityPointCount: Int? {
    let k = parameters.count
    switch design {
    case .morris: return trajectories.map { $0 * (k + 1) }
    case .sobol: return baseSamples.map { $0 * (secondOrder ? 2 * k + 2 : k + 2) }
    default: return nil
    }
  }

  /// Rules between parameters: distinct pointers that do not contain one another, none of the
  /// keys the sweep itself sets, and a grid of at most `maximumPoints` points.
  func crossIssues() -> [ScenarioError.Issue] {
    var issues: [ScenarioError.Issue] = []
    let list = JSONPointer.root.appending("parameters")
    let reserved = ["/experiment/seed", "/experiment/replications", "/version"]
    var misplaced = Set<Int>()
    for (index, parameter) in parameters.enumerated() where !parameter.pointer.tokens.isEmpty {
      let at = list.appending(index).appending("pointer")
      let got = "got \(JSONValue.string(parameter.pointer.description).excerpt)"
      if reserved.contains(parameter.pointer.description) {
        misplaced.insert(index)
        issues.append(
          .init(at, "is set by the sweep itself (use its seed or replications), \(got)"))
      }
      for (earlier, other) in parameters.prefix(index).enumerated()
      where !other.pointer.tokens.isEmpty {
        let (short, long) =
          other.pointer.tokens.count <= parameter.pointer.tokens.count
          ? (other.pointer, parameter.pointer) : (parameter.pointer, other.pointer)
        if long.tokens.starts(with: short.tokens) {
          let relation = short == long ? "repeats" : "overlaps"
          misplaced.insert(index)
          issues.append(
            .init(at, "\(relation) the pointer of \(list.appending(earlier)), \(got)"))
          break
        }
      }
    }
    // Column names: distinct, and never one of the columns sweep.csv has anyway (its
    // statistics end in _mean, _se, _p05, _p50 or _p95; readers find the parameters by that).
    let names = SweepSpec.columnNames(parameters)
    // A parameter already refused for its pointer is not refused again for its name.
    for (index, name) in names.enumerated() where !misplaced.contains(index) {
      let at = list.appending(index).appending("name")
      if SweepSpec.isTakenColumn(name) {
        issues.append(
          .init(
            at,
            "must not be a column sweep.csv has already (point, seed, policy, "
              + "probability_ahead, or ending in _mean, _se, _p05, _p50 or _p95); give the "
              + "parameter a name, got \"\(name)\""))
      } else if let earlier = names.prefix(index).firstIndex(of: name) {
        issues.append(
          .init(at, "repeats the name of \(list.appending(earlier)), got \"\(name)\""))
      }
    }
    let policyList = JSONPointer.root.appending("policies")
    for (index, id) in policies.enumerated() where policies.prefix(index).contains(id) {
      issues.append(.init(policyList.appending(index), "repeats an earlier policy, got \"\(id)\""))
    }
    if design.isSensitivity {
      for (index, parameter) in parameters.enumerated() {
        if case .values = parameter.domain {
          issues.append(
            .init(
              list.appending(index).appending("values"),
              "the \(design) design varies ranges only (low, high and scale)"))
        }
      }
      if let count = sensitivityPointCount, count > SweepSpec.maximumPoints {
        issues.append(
          .init(list, "the design has more than \(SweepSpec.maximumPoints) points, got \(count)"))
      }
    }
    if design == .grid {
      var total = 1
      for parameter in parameters {
        let (product, overflow) = total.multipliedReportingOverflow(by: parameter.levelCount)
        total = overflow ? Int.max : product
      }
      if total > SweepSpec.maximumPoints {
        issues.append(
          .init(list, "the grid has more than \(SweepSpec.maximumPoints) points, got \(total)"))
      }
    }
    return issues
  }
}

extension SweepParameter {
  /// Reads a parameter; `design` is `nil` when the spec's design is unknown, leaving out the
  /// rules that depend on it.
  init(reading r: ObjectReader, design: SweepSpec.Design?) {
    let text = r.string(
      "pointer", default: nil, .text, doc: "JSON Pointer to the scenario value to vary.")
    if let parsed = JSONPointer(text), !parsed.tokens.isEmpty {
      pointer = parsed
    } else {
      pointer = .root
      if !text.isEmpty || r.has("pointer") {
        r.report(
          r.pointer.appending("pointer"),
          "must be a JSON Pointer such as \"/policies/0/ads/dailyBudget\", "
            + "got \(JSONValue.string(text).excerpt)")
      }
    }
    name = r.optionalString(
      "name", .identifier,
      doc: "Short name of its sweep.csv column and chart axes (default: the pointer's last "
        + "keys, such as dailyBudget or skus_1_stock); the manifest keeps the pointer.")
    let values = r.anyValue("values", doc: "The values to take, exactly as written.")
    let rangeKeys = ["low", "high", "levels", "scale"].filter(r.has)
    let issuesBefore = r.issueCount
    let low = r.number("low", default: values == nil ? nil : 0, doc: "Lowest value.")
    let high = r.number("high", default: values == nil ? nil : 0, doc: "Highest value.")
    let boundsAreValid = r.issueCount == issuesBefore
    let hasLevels = r.has("levels")
    let levels = r.integer(
      "levels", default: 1, 1...1_000_000, doc: "Values a grid takes from low to high.")
    let scaleText = r.string(
      "scale", default: Scale.linear.rawValue, .oneOf(Scale.allCases.map(\.rawValue)),
      doc: "linear or log.")
    let scale = Scale(rawValue: scaleText) ?? .linear
    let hasInteger = r.has("integer")
    let integer = r.bool(
      "integer", default: false, doc: "Whole values only (default: whether the key is one).")
    isInteger = hasInteger ? integer : nil
    if let values {
      domain = .values([])
      if !rangeKeys.isEmpty {
        r.report(
          r.pointer.appending("values"),
          "cannot be combined with " + rangeKeys.map { "'\($0)'" }.joined(separator: ", "))
      }
      if isInteger != nil {
        r.report(r.pointer.appending("integer"), "applies to ranges only, not to values")
      }
      guard case .array(let list) = values, !list.isEmpty, list.count <= 1_000_000 else {
        r.report(
          r.pointer.appending("values"),
          "expected an array of 1 to 1000000 JSON values, got \(values.excerpt)")
        return
      }
      domain = .values(list)
      return
    }
    domain = .range(low: low, high: high, levels: hasLevels ? levels : nil, scale: scale)
    if boundsAreValid, high < low {
      r.report(
        r.pointer.appending("high"),
        "must be at least low (\(Bounds.text(low))), got \(Bounds.text(high))")
    }
    if boundsAreValid, scale == .log, low <= 0 {
      r.report(
        r.pointer.appending("low"), "must be greater than 0 on a log scale, got \(Bounds.text(low))"
      )
    }
    guard let design else { return }
    if design == .grid, !hasLevels {
      r.report(r.pointer.appending("levels"), "required key is missing (the grid design)")
    } else if design != .grid, hasLevels {
      r.report(
        r.pointer.appending("levels"),
        "only the grid design uses levels; \(design) draws any value from low to high")
    }
  }
}
