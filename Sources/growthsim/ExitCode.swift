import Foundation

/// Process exit codes, following sysexits.h as argument-parser does.
enum ExitCode: Int32, Equatable {
  case success = 0
  /// `run --check-targets`: a scenario target was missed (the files are written).
  case targetMissed = 1
  /// The command line was wrong.
  case usage = 64
  /// A scenario file is malformed or breaks a rule.
  case dataError = 65
  /// An input file could not be read.
  case noInput = 66
  /// An output file could not be created.
  case cannotCreate = 73
  /// Stopped by SIGINT (Ctrl-C): 128 + 2.
  case interrupted = 130
  /// Stopped by SIGTERM: 128 + 15.
  case terminated = 143

  /// The code for a stop by `signal`.
  static func stopped(by signal: Int32?) -> ExitCode {
    signal == SIGTERM ? .terminated : .interrupted
  }
}
