extension SweepJob {
  /// The checks `sweep` and `sensitivity` make before any work: the folder, then the size.
  ///
  /// Returns the size (for the caller's note on a long sweep), `nil` when the first point
  /// does not decode (the run then reports it).
  public func check(force: Bool, limits: RunLimits) throws(JobFailure) -> RunSize? {
    do throws(OutputFolder.Refusal) {
      try OutputFolder.check(files.directory, force: force)
    } catch {
      throw .folder(error)
    }
    guard let size else { return nil }
    let issues = limits.issues(size)
    guard issues.isEmpty else { throw .size(issues) }
    return size
  }
}
