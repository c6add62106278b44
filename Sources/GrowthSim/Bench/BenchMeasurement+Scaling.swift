extension BenchMeasurement {
  /// Whole runs, files and all, at growing sizes: the cost per day of `daily_stats.csv` and
  /// per merchant-day of one category's many merchants must stay flat (issue #21: both were
  /// quadratic, through the CSV writer's growth).
  func measureScaling(_ sizes: BenchSizes, cores: Int, into figures: inout BenchFigures) {
    for days in sizes.statisticsDays {
      var scenario = BenchScenarios.defaultScenario(days: days, replications: 2)
      let with = medianRunCPUSeconds(scenario, runs: sizes.modelRuns, jobs: cores)
      scenario.output.writesDailyStatistics = false
      let without = medianRunCPUSeconds(scenario, runs: sizes.modelRuns, jobs: cores)
      figures.statistics.append((days, with, without))
    }
    for size in sizes.oneCategorySizes {
      let scenario = BenchScenarios.belt(served: size.served, alone: size.alone, days: size.days)
      let seconds = medianRunCPUSeconds(scenario, runs: sizes.modelRuns, jobs: cores)
      figures.oneCategory.append((size.merchants, size.merchants * size.days, seconds))
    }
  }

  /// The median CPU time (all threads) of `runs` whole runs of `scenario`.
  ///
  /// Each run writes into a scratch folder of the system's temporary directory, removed
  /// after it (untimed); NaN (printed `-`, `null` in JSON) if a run cannot write its files.
  /// CPU time, not wall: on a shared machine other processes stretch a long run's wall time
  /// unevenly.
  private func medianRunCPUSeconds(_ scenario: Scenario, runs: Int, jobs: Int) -> Double {
    // A name of its own: benches in one process (the tests) run side by side.
    let folder = probe.scratchFolder()
    var times: [Double] = []
    for _ in 0..<max(1, runs) {
      var failed = false
      let start = probe.processCPUSeconds()
      do {
        _ = try ModelBenchmark.runWithFiles(scenario, jobs: jobs, to: folder)
      } catch {
        failed = true
      }
      let seconds = probe.processCPUSeconds() - start
      probe.removeScratch(folder)
      times.append(failed ? .nan : seconds)
    }
    return times.contains(where: \.isNaN) ? .nan : BenchMeasurement.median(times)
  }
}
