/// What `compare --map` checks before any work: the options a map does not take, then the
/// output folder.
public struct CompareMapChecks: Sendable {
  /// Why a map may not start.
  public enum Failure: Error, Sendable, Equatable {
    /// `--ablate`, `--explain`, `--precision`, `--at` or `--window` was given: a map sweeps
    /// its own grid and writes one table, so none of them has a meaning there.
    case options
    /// The output folder may not be written.
    case folder(OutputFolder.Refusal)
  }

  /// Where `compare_map.csv` goes.
  public var directory: String
  /// Whether a folder of other files may be written into.
  public var force = false
  /// Whether any option the map does not take was given.
  public var hasMapConflict = false

  public init(directory: String) {
    self.directory = directory
  }

  /// The options first (a usage error needs no disk), then the folder.
  public func check() throws(Failure) {
    guard !hasMapConflict else { throw .options }
    do throws(OutputFolder.Refusal) {
      try OutputFolder.check(directory, force: force)
    } catch {
      throw .folder(error)
    }
  }
}
