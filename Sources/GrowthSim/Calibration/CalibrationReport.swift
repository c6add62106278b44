import Foundation

/// The calibrated scenario and the summary `growthsim calibrate` prints.
extension CalibrationResult {
  /// The scenario document with each free parameter at its posterior median, named
  /// `<name>-calibrated` (so that `run` does not write over the original's results) and with
  /// a note of what was calibrated.
  ///
  /// - Throws: the scenario's issues if the medians together break a rule (each lies within
  ///   its bounds, but rules between keys may still fail).
  public func calibratedDocument() throws(ScenarioError) -> JSONValue {
    try calibratedDocument(plan, values: medians)
  }

  /// `plan`'s base document with `values` set (one per parameter of `plan`), renamed and
  /// noted as `calibratedDocument()` says, and checked.
  func calibratedDocument(
    _ plan: CalibrationPlan, values: [Double]
  ) throws(ScenarioError) -> JSONValue {
    var document = plan.document(with: values)
    let name = String(plan.scenario.name.prefix(64 - 11)) + "-calibrated"
    try? document.set(.string(name), at: JSONPointer.root.appending("name"))
    let settings = zip(plan.parameters, values).map { "\($0.pointer)=\(Self.short($1))" }
    let note =
      "Calibrated by growthsim calibrate (seed \(self.plan.seed), \(particles.count) particles, "
      + "\(rounds.count) rounds): posterior medians " + settings.joined(separator: ", ")
    var notes: [JSONValue] = []
    if case .array(let existing)? = document.value(at: JSONPointer.root.appending("notes")) {
      notes = existing
    }
    if note.count <= 2000 { notes.append(.string(note)) }
    try? document.set(.array(notes), at: JSONPointer.root.appending("notes"))
    do throws(ScenarioLoadError) {
      _ = try Scenario.decode(document, population: plan.population)
    } catch {
      switch error {
      case .invalid(let invalid): throw invalid
      case .syntax(let syntax): throw ScenarioError([.init(.root, syntax.message)])
      }
    }
    return document
  }

  /// The printed summary: each parameter's median and 90 % interval, then the fit.
  public var summary: String {
    var lines = [["parameter", "median", "90 % interval", "prior"]]
    for (index, parameter) in plan.parameters.enumerated() {
      let low = quantile(parameter: index, 0.05)
      let high = quantile(parameter: index, 0.95)
      lines.append([
        parameter.label, Self.short(quantile(parameter: index, 0.5)),
        "\(Self.short(low)) … \(Self.short(high))",
        "\(Self.short(parameter.low)) … \(Self.short(parameter.high))"
          + (parameter.scale == .log ? " (log)" : ""),
      ])
    }
    var text = HeadlineTable.align(lines, leftColumns: 1)
    let last = rounds.last
    text +=
      "fit: error \(Self.short(fitError)) (the distance of the posterior predictive median: "
      + "a root mean square relative error over \(plan.objective.targets.count) target(s) and "
      + "\(plan.objective.observed.series.count) series); "
    text +=
      "last tolerance \(last.map { Self.short($0.tolerance) } ?? "-"), "
      + "effective sample size \(last.map { Self.short($0.effectiveSampleSize) } ?? "-"); "
      + (adjustment.map { "regression-adjusted on each series' \($0)" } ?? "not adjusted")
      + "\n"
    return text
  }

  /// `ending` in words.
  public var endingText: String {
    switch ending {
    case .budget: "the budget was spent"
    case .converged:
      "the last round accepted under \(Int(ABCSMC.minimumAcceptance * 100)) % of its proposals"
    case .stopped: "stopped by a signal"
    }
  }

  /// A number with about four significant digits, never in exponent form.
  public static func short(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "-" : "∞" }
    guard value != 0 else { return "0" }
    let magnitude = Int(floor(log10(abs(value))))
    let places = min(9, max(0, 3 - magnitude))
    return HeadlineTable.plain(value, places: places)
  }
}
