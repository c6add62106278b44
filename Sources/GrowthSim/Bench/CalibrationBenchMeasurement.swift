/// The measurements of `growthsim bench --calibration`: the time of an 8-parameter
/// calibration of the default scenario against 90 days of synthetic dashboard data, then the
/// recovery check on 5 parameters over several seeds and two lengths of data.
public struct CalibrationBenchMeasurement {
  /// Smaller budgets and fewer seeds: a check, not the figures.
  public var quick: Bool
  /// The clock and the kernel the calibration is timed by.
  public var probe: any BenchProbe

  /// Measures at `quick`'s sizes through `probe`.
  public init(quick: Bool, probe: any BenchProbe) {
    self.quick = quick
    self.probe = probe
  }

  /// Days of synthetic data the recovery check calibrates against.
  public static let recoveryDays = [20, 60]

  /// What was measured.
  public struct Figures {
    /// The timed calibration: its check, budget, load average before, wall and CPU
    /// seconds, and what it found (`nil`: no population).
    public var speed: RecoveryCheck
    public var budget: Int
    public var loadBefore: Double?
    public var seconds: Double
    public var cpuSeconds: Double
    public var timed: RecoveryCheck.Case?
    /// The recovery check, its seeds and the cases that found a population.
    public var recovery: RecoveryCheck
    public var seeds: [UInt64]
    public var cases: [RecoveryCheck.Case]
  }

  /// Runs the timed calibration, then the recovery check, telling `announce` what starts.
  public func measure(announce: (String) -> Void) -> Figures {
    let cores = probe.cores
    let budget = quick ? 4000 : CalibrationSpec.defaultBudget
    let speed = CalibrationBenchmark.check(
      parameters: 8, budget: budget, particles: CalibrationSpec.defaultParticles)
    announce("8 parameters, 90 days, budget \(budget)…")
    let load = probe.loadAverage()
    let cpuStart = probe.processCPUSeconds()
    var timed: RecoveryCheck.Case? = nil
    let seconds = probe.seconds { timed = speed.run(seed: 1, days: 90, jobs: cores) }
    let cpu = probe.processCPUSeconds() - cpuStart
    let seeds: [UInt64] = quick ? [101, 102, 103] : Array(101...108)
    let recovery = CalibrationBenchmark.check(
      parameters: 5, budget: quick ? 1500 : 3000, particles: quick ? 150 : 200)
    var cases: [RecoveryCheck.Case] = []
    for days in Self.recoveryDays {
      for seed in seeds {
        announce("recovery: \(days) days, seed \(seed)…")
        if let found = recovery.run(seed: seed, days: days, jobs: cores) { cases.append(found) }
      }
    }
    return Figures(
      speed: speed, budget: budget, loadBefore: load, seconds: seconds, cpuSeconds: cpu,
      timed: timed, recovery: recovery, seeds: seeds, cases: cases)
  }
}
