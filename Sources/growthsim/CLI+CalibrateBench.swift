import Foundation
import GrowthSim

extension CLI {
  /// `growthsim bench --calibration`: the time of an 8-parameter calibration of the default
  /// scenario against 90 days of synthetic dashboard data at the default budget, then the
  /// recovery check on 5 parameters over several seeds and two lengths of data.
  static func calibrationBench(quick: Bool, errors: inout some TextOutputStream) -> String {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var text = "calibration benchmark (\(cores) core(s), \(quick ? "quick" : "full"))\n"
    let figures = CalibrationBenchMeasurement(quick: quick, probe: SystemBenchProbe()).measure {
      print($0, to: &errors)
    }
    let (speed, budget, timed) = (figures.speed, figures.budget, figures.timed)
    let (seconds, cpu, load) = (figures.seconds, figures.cpuSeconds, figures.loadBefore)
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
    let (seeds, recovery, cases) = (figures.seeds, figures.recovery, figures.cases)
    text += "recovery, 5 free parameters, \(seeds.count) seeds, budget \(recovery.budget):\n"
    for days in CalibrationBenchMeasurement.recoveryDays {
      let mine = cases.filter { $0.days == days }
      let covers = mine.flatMap(\.covers)
      let widths = mine.flatMap(recovery.relativeWidths)
      let share = Double(covers.filter { $0 }.count) / Double(max(1, covers.count))
      let width = widths.reduce(0, +) / Double(max(1, widths.count))
      text += "  \(days) days: truth inside \(covers.filter { $0 }.count) of \(covers.count) "
      text += "intervals (\(CalibrationResult.short(share * 100)) %), mean 90 % width "
      text += "\(CalibrationResult.short(width * 100)) % of the prior's range\n"
      for (parameter, mean) in zip(recovery.parameters, recovery.meanWidths(of: mine)) {
        text += "    \(parameter.pointer)  \(CalibrationResult.short(mean * 100)) %\n"
      }
    }
    return text
  }
}
