/// The measurements of `growthsim bench`: every workload of `BenchSizes` timed through a
/// `BenchProbe`, which the command passes (the library reads no clock of its own).
public struct BenchMeasurement {
  /// The clock and the kernel the workloads are measured by.
  public var probe: any BenchProbe

  /// Measures through `probe`.
  public init(probe: any BenchProbe) {
    self.probe = probe
  }

  /// Measures every workload of `mode` on `probe.cores` cores.
  public func measure(_ mode: BenchMode) -> BenchFigures {
    let sizes = BenchSizes(mode)
    let cores = probe.cores
    var figures = BenchFigures(
      mode: "\(mode)", cores: cores, loadBefore: probe.loadAverage(),
      microRuns: sizes.microRuns, modelRuns: sizes.modelRuns)
    for pending in sizes.holdSizes {
      var hold = HoldBenchmark(pending: pending)
      var sink = hold.hold(10 * pending)
      let seconds = probe.medianWallAndCPUSeconds(runs: sizes.microRuns) {
        sink += hold.hold(sizes.holds)
      }
      precondition(sink.isFinite, "the hold benchmark's clock overflowed")
      let perHold = 1e9 / Double(sizes.holds)
      figures.hold.append((pending, seconds.wall * perHold, seconds.cpu * perHold))
    }
    measureCSV(sizes, cores: cores, into: &figures)
    measureReplications(sizes, cores: cores, into: &figures)
    let plan = ModelBenchmark.sweepPlan(points: sizes.sweepPoints, days: sizes.sweepDays)
    figures.sweepPointCount = plan.pointCount
    figures.sweepPoints = BenchFigures.Parallel(
      serialSeconds: probe.medianSeconds(runs: sizes.modelRuns) {
        _ = ModelBenchmark.sweep(plan, jobs: 1)
      },
      parallelSeconds: probe.medianSeconds(runs: sizes.modelRuns) {
        _ = ModelBenchmark.sweep(plan, jobs: cores)
      }, jobs: cores)
    measureBelt(sizes, cores: cores, into: &figures)
    figures.slope = BenchFigures.Slope(
      points: sizes.slopeSizes.map { size in
        let scenario = BenchScenarios.belt(served: size.served, alone: size.alone, days: size.days)
        let seconds = probe.medianSeconds(runs: sizes.modelRuns) {
          _ = ModelBenchmark.run(scenario, jobs: 1)
        }
        return (size.merchants * size.days, seconds)
      })
    figures.peakResidentBytes = max(figures.peakResidentBytes, probe.peakResidentBytes())
    // After the peak is read: the largest one-category run's memory is not the belt's.
    measureScaling(sizes, cores: cores, into: &figures)
    figures.loadAfter = probe.loadAverage()
    return figures
  }

  /// The daily writer formats a whole run of the default scenario into daily.csv's bytes.
  private func measureCSV(_ sizes: BenchSizes, cores: Int, into figures: inout BenchFigures) {
    let result = RunResult.run(
      BenchScenarios.defaultScenario(
        days: sizes.defaultDays, replications: sizes.defaultReplications), jobs: cores)
    var bytes = 0
    (figures.csvSeconds, figures.csvCPUSeconds) = probe.medianWallAndCPUSeconds(
      runs: sizes.microRuns
    ) {
      bytes = DailyTable.csv(of: result).count
    }
    figures.csvBytes = bytes
    figures.csvRows = sizes.defaultReplications * sizes.defaultDays
    figures.csvColumns = DailyTable.columns.count
  }

  /// The default scenario's replications on one core and on all of them.
  private func measureReplications(
    _ sizes: BenchSizes, cores: Int, into figures: inout BenchFigures
  ) {
    let scenario = BenchScenarios.defaultScenario(
      days: sizes.defaultDays, replications: sizes.defaultReplications)
    var work = ModelBenchmark.Work(events: 0, merchantDays: 0)
    let serial = probe.medianSeconds(runs: sizes.modelRuns) {
      work = ModelBenchmark.run(scenario, jobs: 1)
    }
    let parallel = probe.medianSeconds(runs: sizes.modelRuns) {
      work = ModelBenchmark.run(scenario, jobs: cores)
    }
    figures.defaultRun = BenchFigures.Model(
      label: "default, \(sizes.defaultDays) d × 1 merchant × \(sizes.defaultReplications) reps",
      work: work, seconds: parallel)
    figures.replications = BenchFigures.Parallel(
      serialSeconds: serial, parallelSeconds: parallel, jobs: cores)
  }

  /// The belt's wall time, and the peak memory of it and of a tenth of it, each measured
  /// from a reset peak, so their difference per merchant is the memory a merchant costs.
  private func measureBelt(_ sizes: BenchSizes, cores: Int, into figures: inout BenchFigures) {
    let small = BenchScenarios.belt(
      served: sizes.smallBelt.served, alone: sizes.smallBelt.alone, days: sizes.smallBelt.days)
    let belt = BenchScenarios.belt(
      served: sizes.belt.served, alone: sizes.belt.alone, days: sizes.belt.days)
    figures.peakResidentBytes = probe.peakResidentBytes()
    let canReset = probe.resetPeakResident()
    _ = ModelBenchmark.run(small, jobs: cores)
    let smallPeak = probe.peakResidentBytes()
    figures.peakResidentBytes = max(figures.peakResidentBytes, smallPeak)
    _ = probe.resetPeakResident()
    var work = ModelBenchmark.Work(events: 0, merchantDays: 0)
    let seconds = probe.medianSeconds(runs: sizes.modelRuns) {
      work = ModelBenchmark.run(belt, jobs: cores)
    }
    let beltPeak = probe.peakResidentBytes()
    figures.peakResidentBytes = max(figures.peakResidentBytes, beltPeak)
    if canReset {
      figures.smallBeltPeak = (sizes.smallBelt.merchants, smallPeak)
      figures.beltPeak = (sizes.belt.merchants, beltPeak)
    }
    figures.belt = BenchFigures.Model(
      label: "belt, \(sizes.belt.days) d × \(sizes.belt.merchants) merchants × 1 rep", work: work,
      seconds: seconds)
  }
}
