extension SweepPlan {
  /// Point `point`'s replications under `precision`, judged for that point alone.
  ///
  /// Replications run in index order (`batch` at a time, judged one by one), and every
  /// policy's metric is judged by the stopping rule; the point stops when every policy's rule has, at the
  /// largest count any needs — the count `run --precision` (`compare --precision` with
  /// policies) finds for the point's scenario. The replications are those a fixed run with
  /// that count makes, on the same seeds (common random numbers across points are kept), so
  /// the point's row equals a fixed-count point's, at any `batch`.
  ///
  /// - Parameters:
  ///   - point: the point, for the message of a broken precondition.
  ///   - batch: replications run at once.
  ///   - replicate: simulates replication r of the point.
  ///   - outcomes: a replication's outcome per policy, or `nil` when it failed (past a
  ///     limit), which ends the point with that replication last.
  /// - Returns: the replications run, in index order.
  func adaptiveReplications<T: Sendable>(
    point: Int, batch: Int, _ replicate: @Sendable (Int) -> T,
    outcomes: (T) -> [PolicyOutcome]?
  ) -> [T] {
    guard let target = precision else {
      preconditionFailure("sweep point \(point): adaptive replications without a precision")
    }
    var judges = Array(repeating: PrecisionTarget.Judge(target), count: policyIDs.count)
    var results: [T] = []
    while true {
      let start = results.count
      let size = max(1, min(batch, target.cap - start))
      // Beyond the stop a batch's extra replications are dropped: the count never depends on
      // the batch.
      let made =
        size == 1
        ? [replicate(start)] : parallelMap(count: size, jobs: size) { replicate(start + $0) }
      for result in made {
        results.append(result)
        guard let policies = outcomes(result) else { return results }
        for (index, outcome) in policies.enumerated() {
          judges[index].add(target.metric.value(outcome.summaries))
        }
        // The last rule to stop stops at this count, the largest of them.
        if judges.allSatisfy({ $0.count != nil }) { return results }
      }
    }
  }
}
