/// What the report says about the scenario beyond its CSV files: its name and description,
/// its size in a sentence and its campaign windows.
///
/// A run knows its scenario; `growthsim report DIR` without one knows only the folder, and the
/// report then takes the dates and campaigns from `daily.csv`.
public struct ReportContext: Sendable, Equatable {
  /// A campaign window in days from the start (inclusive).
  public struct Window: Sendable, Equatable {
    public var label: String
    public var from: Int
    public var to: Int
  }

  public var name: String
  public var description: String
  /// The scenario in a sentence (empty when only the folder is known).
  public var sentence: String
  /// The campaign windows (`nil`: take them from `daily.csv`).
  public var campaigns: [Window]?
  /// The scenario's campaigns by id with their windows, for `--window CAMPAIGN`.
  public var start: CivilDate?
  public var days: Int?

  /// The context of a scenario: its name, description, size and campaigns.
  public init(_ scenario: Scenario) {
    name = scenario.name
    description = scenario.description
    let calendar = scenario.calendar
    let last = calendar.startDate.adding(days: calendar.days - 1)
    let experiment = scenario.experiment
    sentence =
      "\(calendar.days) days from \(calendar.startDate) to \(last), "
      + "\(scenario.merchants.count) merchant(s), \(experiment.replications) replication(s), "
      + "seed \(experiment.seed)" + (experiment.isMeanField ? ", mean-field" : "") + "."
    let origin = calendar.startDate.daysSinceEpoch
    campaigns = scenario.campaigns.map {
      Window(
        label: $0.id, from: $0.start.daysSinceEpoch - origin, to: $0.end.daysSinceEpoch - origin)
    }
    start = calendar.startDate
    days = calendar.days
  }

  /// The context of a folder alone: named after it.
  public init(folder directory: String) {
    name = directory.split(separator: "/").last.map(String.init) ?? directory
    description = ""
    sentence = ""
    campaigns = nil
    start = nil
    days = nil
  }
}
