/// The scenarios `growthsim bench` times, built from the embedded files so the bench runs
/// from any directory.
public enum BenchScenarios {
  /// The embedded default scenario over `days` days with `replications` replications (the
  /// same `/calendar/days` override `run --set` applies).
  public static func defaultScenario(days: Int, replications: Int) -> Scenario {
    var scenario = load(
      DefaultScenario.json, [ScenarioOverride(pointer: daysPointer, value: number(days))])
    scenario.experiment.replications = replications
    return scenario
  }

  /// `Scenarios/belt.json` with its cohorts cut to `served` and `alone` merchants and `days` days.
  ///
  /// `belt(served: 300, alone: 1000, days: 365)` is the file itself: one replication.
  public static func belt(served: Int, alone: Int, days: Int) -> Scenario {
    load(
      BeltScenario.json,
      [
        ScenarioOverride(pointer: daysPointer, value: number(days)),
        ScenarioOverride(pointer: cohortCount(0), value: number(served)),
        ScenarioOverride(pointer: cohortCount(1), value: number(alone)),
      ])
  }

  static let daysPointer = JSONPointer.root.appending("calendar").appending("days")

  private static func cohortCount(_ index: Int) -> JSONPointer {
    JSONPointer.root.appending("cohorts").appending(index).appending("count")
  }

  static func number(_ value: Int) -> JSONValue {
    ScenarioOverride.value(of: String(value))
  }

  private static func load(_ json: String, _ overrides: [ScenarioOverride]) -> Scenario {
    do {
      return try Scenario.decode(from: Array(json.utf8), overrides: overrides)
    } catch {
      preconditionFailure("an embedded benchmark scenario does not load: \(error)")
    }
  }
}
