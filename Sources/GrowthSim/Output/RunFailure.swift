/// Why a streamed run (`RunFiles.write(_:jobs:to:cancellation:ticketLimit:)`) wrote nothing.
public enum RunFailure: Error, Sendable, Equatable {
  /// A file could not be written, or a `Cancellation` stopped the run (`isInterruption`).
  case file(FileError)
  /// A merchant-day expected more customer-service tickets than the run's limit.
  case dayWork(DayWorkExcess)
}
