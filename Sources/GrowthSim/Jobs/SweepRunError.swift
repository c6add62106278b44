/// Why a sweep or a merge stopped.
public enum SweepRunError: Error, Sendable, Equatable {
  /// The sweep cannot start (invalid scenario, spec or point); nothing was written.
  case setup(SweepError)
  /// An output file could not be written.
  case file(FileError)
  /// An input file (a part, a manifest) could not be read.
  case input(FileError)
  /// The directory holds an unfinished sweep and `--resume` was not given.
  case unfinished(directory: String)
  /// `--resume` found another sweep's manifest: the path and how it differs.
  case mismatch(path: String, reason: String)
  /// A file of the sweep is not what it should be: the path and what is wrong.
  case corrupt(path: String, reason: String)
  /// The parts given to `merge` do not make up one sweep.
  case parts(String)
  /// A replication of `point` had a merchant-day beyond the `tickets-per-merchant-day` limit;
  /// that point was not journaled, the points before it were.
  case dayWork(point: Int, DayWorkExcess)
}

extension SweepRunError: CustomStringConvertible {
  /// One line per problem, without the `error:` prefix; `.setup` is left to the caller, who
  /// knows the file names.
  public var description: String {
    switch self {
    case .setup(let error): "\(error)"
    case .file(let error): "cannot write results: \(error)"
    case .input(let error): "cannot read \(error)"
    case .unfinished(let directory):
      "\(directory) holds an unfinished sweep; add --resume to finish it, "
        + "or remove its *.partial files to start over"
    case .mismatch(let path, let reason): "\(path): cannot resume: \(reason)"
    case .corrupt(let path, let reason): "\(path): \(reason)"
    case .parts(let reason): reason
    case .dayWork(let point, let excess):
      "sweep point \(point): \(excess.reason); point \(point) was not written (the points "
        + "before it are kept: add --resume to continue)"
    }
  }
}
