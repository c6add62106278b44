/// The steps `run` and `compare` share before and after their simulations: the checks made
/// before any work, `--precision`'s count, and the focus figures, manifest and report after.
struct JobChecks {
  var focus: FocusRequest?
  var precision: PrecisionTarget?
  var limits: RunLimits
  var directory: String
  var force: Bool
  var tool: String
  var jobs: Int

  /// The focus span, then the size (at the most replications `--precision` may run), then
  /// the folder: the first that fails.
  func check(_ scenario: Scenario, size: (Scenario) -> RunSize, events: (JobEvent) -> Void)
    throws(JobFailure) -> FocusSpan?
  {
    var span: FocusSpan? = nil
    if let focus {
      do throws(ReportError) { span = try focus.span(in: scenario) } catch { throw .focus(error) }
    }
    var largest = scenario
    if let precision { largest.experiment.replications = max(precision.minimum, precision.cap) }
    let measured = size(largest)
    let issues = limits.issues(measured)
    guard issues.isEmpty else { throw .size(issues) }
    events(.sized(measured))
    do throws(OutputFolder.Refusal) {
      try OutputFolder.check(directory, force: force)
    } catch {
      throw .folder(error)
    }
    return span
  }

  /// Sets the scenario's replications to the count `--precision` needs: the largest over
  /// `variants` (the scenario, or each compared policy's), each in index order so that the
  /// run that follows equals a fixed run with that count.
  func adapt(_ scenario: inout Scenario, variants: [Scenario], events: (JobEvent) -> Void)
    throws(JobFailure)
  {
    guard let precision else { return }
    var count = precision.minimum
    do throws(DayWorkExcess) {
      for variant in variants {
        count = max(
          count,
          try AdaptiveReplications.count(
            variant, target: precision, jobs: jobs, ticketLimit: limits.ticketsPerMerchantDay))
      }
    } catch {
      throw .precision(error)
    }
    scenario.experiment.replications = count
    events(.replications(count: count, target: precision))
  }

  /// Writes `manifest.json` (or removes an earlier one without `--precision`), then
  /// `report.html` with the focus figures.
  func finish(
    _ scenario: Scenario, policies: [String] = [],
    focus: [(title: String, figures: FocusFigures)], events: (JobEvent) -> Void
  ) throws(JobFailure) {
    do throws(FileError) {
      if let path = try PrecisionManifest.write(
        tool: tool, scenario: scenario, policies: policies, target: precision, into: directory)
      {
        events(.manifest(path))
      }
    } catch {
      throw .manifest(error)
    }
    do throws(ReportError) {
      events(
        .report(
          try HTMLReport.write(into: directory, context: ReportContext(scenario), focus: focus)))
    } catch {
      throw .report(error)
    }
  }
}

/// `--at DATE|DAY` or `--window FROM..TO|CAMPAIGN` as written.
public struct FocusRequest: Sendable, Equatable {
  public var text: String
  /// `--window` rather than `--at`.
  public var isWindow: Bool

  public init(text: String, isWindow: Bool) {
    self.text = text
    self.isWindow = isWindow
  }

  /// The span in `scenario`'s calendar and campaigns.
  public func span(in scenario: Scenario) throws(ReportError) -> FocusSpan {
    try FocusSpan.parse(
      text, isWindow: isWindow, start: scenario.calendar.startDate, days: scenario.calendar.days,
      campaigns: ReportContext(scenario).campaigns ?? [])
  }
}
