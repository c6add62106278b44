import Dispatch
import Foundation
import GrowthSim

extension CLI {
  /// `growthsim bench --calibration`: the time of an 8-parameter calibration of the default
  /// scenario against 90 days of synthetic dashboard data at the default budget, then the
  /// recovery check on 5 parameters over several seeds and two lengths of data.
  static func calibrationBench(quick: Bool, errors: inout some TextOutputStream) -> String {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var text = "calibration benchmark (\(cores) core(s), \(quick ? "quick" : "full"))\n"
    let budget = quick ? 4000 : CalibrationSpec.defaultBudget
    let speed = CalibrationBenchmark.check(
      parameters: 8, budget: budget, particles: CalibrationSpec.defaultParticles)
    print("8 parameters, 90 days, budget \(budget)…", to: &errors)
    let load = SystemBenchProbe().loadAverage()
    let cpuStart = SystemBenchProbe().processCPUSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    let timed = speed.run(seed: 1, days: 90, jobs: cores)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu = SystemBenchProbe().processCPUSeconds() - cpuStart
    text += "8 free parameters, default scenario, 90 observed days × 7 metrics, budget "
    text += "\(budget), \(CalibrationSpec.defaultParticles) particles: "
    text += "\(CalibrationResult.short(seconds)) s wall, \(CalibrationResult.short(cpu)) s CPU"
    text += load.map { " (load average \(CalibrationResult.short($0)) before)" } ?? ""
    if let timed {
      let covered = timed.covers.filter { $0 }.count
      text += ", \(timed.rounds) round(s), truth inside \(covered) of 8 intervals\n"
      for (parameter, (truth, interval)) in zip(speed.parameters, zip(timed.truth, timed.intervals))
      {
        text += "  \(parameter.pointer)  truth \(CalibrationResult.short(truth))  90 % "
        text +=
          "\(CalibrationResult.short(interval.low)) … \(CalibrationResult.short(interval.high))\n"
      }
    } else {
      text += ", no population\n"
    }
    let seeds: [UInt64] = quick ? [101, 102, 103] : Array(101...108)
    let recoveryBudget = quick ? 1500 : 3000
    let recovery = CalibrationBenchmark.check(
      parameters: 5, budget: recoveryBudget, particles: quick ? 150 : 200)
    var cases: [RecoveryCheck.Case] = []
    for days in [20, 60] {
      for seed in seeds {
        print("recovery: \(days) days, seed \(seed)…", to: &errors)
        if let found = recovery.run(seed: seed, days: days, jobs: cores) { cases.append(found) }
      }
    }
    text += "recovery, 5 free parameters, \(seeds.count) seeds, budget \(recoveryBudget):\n"
    for days in [20, 60] {
      let mine = cases.filter { $0.days == days }
      let covers = mine.flatMap(\.covers)
      let widths = mine.flatMap(recovery.relativeWidths)
      let share = Double(covers.filter { $0 }.count) / Double(max(1, covers.count))
      let width = widths.reduce(0, +) / Double(max(1, widths.count))
      text += "  \(days) days: truth inside \(covers.filter { $0 }.count) of \(covers.count) "
      text += "intervals (\(CalibrationResult.short(share * 100)) %), mean 90 % width "
      text += "\(CalibrationResult.short(width * 100)) % of the prior's range\n"
    }
    return text
  }
}
