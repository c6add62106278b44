extension SweepPlan {
  /// Checks the scenario of every point, `jobs` at a time, before anything is simulated.
  ///
  /// Points are checked in batches, so memory does not grow with their number. When
  /// `cancellation` asks to stop (polled before each point), the check returns early without
  /// an error: the caller tells a stop from a pass by asking `cancellation` again.
  ///
  /// - Throws: `.invalidPoint` with the lowest invalid point id, its values and issues, and
  ///   the number of invalid points.
  public func validateAllPoints(
    jobs: Int, cancellation: Cancellation? = nil
  ) throws(SweepError) {
    let chunk = 256
    let batch = chunk * max(1, jobs) * 4
    var earliestInvalid: InvalidPoint? = nil
    var invalidCount = 0
    var start = 0
    while start < pointCount {
      let (first, end) = (start, min(pointCount, start + batch))
      let chunks = (end - start + chunk - 1) / chunk
      let found = parallelMap(count: chunks, jobs: jobs) { index -> (InvalidPoint?, Int) in
        var earliest: InvalidPoint? = nil
        var count = 0
        let lower = first + index * chunk
        for point in lower..<min(end, lower + chunk) {
          if cancellation?.isCancelled == true { break }
          do throws(ScenarioError) {
            _ = try scenarios(forPoint: point)
          } catch {
            count += 1
            if earliest == nil {
              earliest = InvalidPoint(
                point: point, settings: settings(ofPoint: point), error: error, invalidCount: 0)
            }
          }
        }
        return (earliest, count)
      }
      for (earliest, count) in found {
        invalidCount += count
        if earliestInvalid == nil { earliestInvalid = earliest }
      }
      start = end
      if cancellation?.isCancelled == true { return }
    }
    if var earliestInvalid {
      earliestInvalid.invalidCount = invalidCount
      throw .invalidPoint(earliestInvalid)
    }
  }
}
