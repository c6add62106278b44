import Dispatch
import GrowthSim

/// The progress line of a sweep (points) or a run or comparison (replications) on standard
/// error: done of total, rate and time left, redrawn at most ten times a second, only when
/// standard error is a terminal.
struct ProgressMeter {
  let isEnabled: Bool
  private var start: UInt64? = nil
  private var lastDraw: UInt64 = 0
  private var isDrawn = false

  init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// Says that the points are being checked, until the first progress replaces it.
  mutating func checking(_ points: Int, errors: inout some TextOutputStream) {
    guard isEnabled else { return }
    errors.write("\r\u{1B}[Kchecking \(points) points…")
    isDrawn = true
  }

  /// Redraws the line for `progress` if a tenth of a second has passed or the sweep is done.
  mutating func update(_ progress: SweepJob.Progress, errors: inout some TextOutputStream) {
    update(
      done: progress.done, total: progress.total, resumed: progress.resumed, unit: "points",
      errors: &errors)
  }

  /// Starts the clock (and draws `0/total`) before the first unit is done.
  mutating func begin(total: Int, unit: String, errors: inout some TextOutputStream) {
    update(done: 0, total: total, unit: unit, errors: &errors)
  }

  /// Redraws the line for `done` of `total` units if a tenth of a second has passed or all
  /// are done.
  mutating func update(
    done: Int, total: Int, resumed: Int = 0, unit: String, errors: inout some TextOutputStream
  ) {
    guard isEnabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    let start = self.start ?? now
    self.start = start
    guard done == total || done == 0 || now - lastDraw >= 100_000_000 else { return }
    lastDraw = now
    let seconds = Double(now - start) / 1e9
    errors.write(
      "\r\u{1B}[K"
        + Self.line(done: done, total: total, resumed: resumed, unit: unit, seconds: seconds))
    isDrawn = true
  }

  /// Ends the line, so later output starts on a fresh one.
  mutating func finish(errors: inout some TextOutputStream) {
    if isDrawn { errors.write("\n") }
    isDrawn = false
  }

  /// `1234/100000 points (1.2%), 850 points/s, 1m56s left`: the rate counts only points
  /// simulated in this run, not those found done when resuming.
  static func line(_ progress: SweepJob.Progress, seconds: Double) -> String {
    line(
      done: progress.done, total: progress.total, resumed: progress.resumed, unit: "points",
      seconds: seconds)
  }

  /// `3/8 replications (37.5%), 0.4 replications/s, 13s left`.
  static func line(done: Int, total: Int, resumed: Int, unit: String, seconds: Double) -> String {
    let permille = done * 1000 / max(total, 1)
    var text = "\(done)/\(total) \(unit) (\(permille / 10).\(permille % 10)%)"
    let simulated = done - resumed
    guard seconds > 0, simulated > 0 else { return text }
    let rate = Double(simulated) / seconds
    text += ", \(rate >= 10 ? "\(Int(rate))" : "\(Int(rate * 10) / 10).\(Int(rate * 10) % 10)")"
    text += " \(unit)/s, " + duration(Double(total - done) / rate) + " left"
    return text
  }

  /// `45s`, `12m03s`, `3h07m`.
  static func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    if whole < 60 { return "\(whole)s" }
    if whole < 3600 { return "\(whole / 60)m\(two(whole % 60))s" }
    return "\(whole / 3600)h\(two(whole / 60 % 60))m"
  }
}
