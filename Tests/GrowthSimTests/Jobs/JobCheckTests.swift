import Foundation
import GrowthSim
import TestSupport
import Testing

/// The checks `sweep`, `sensitivity` and `compare --map` make before any work, in the library.
@Suite struct JobCheckTests {
  private func sweepJob(directory: String) throws -> SweepJob {
    var request = SweepRequest(scenarioFile: nil, tool: "growthsim test")
    request.parameters = [try #require(SweepParameter.shorthand("/calendar/days=3,4"))]
    request.directory = directory
    return try request.prepare()
  }

  @Test func aSweepJobRefusesAForeignFolderBeforeItsSize() throws {
    let folder = try TestFolder.make("jobcheck")
    try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/other.txt"))
    var limits = RunLimits()
    limits.runs = 1
    #expect(throws: JobFailure.folder(.foreign(directory: folder, entry: "other.txt"))) {
      try sweepJob(directory: folder).check(force: false, limits: limits)
    }
    // With --force the folder passes and the size is the failure.
    #expect {
      try sweepJob(directory: folder).check(force: true, limits: limits)
    } throws: { error in
      guard case .size(let issues) = error as? JobFailure else { return false }
      return !issues.isEmpty
    }
    let size = try sweepJob(directory: folder).check(force: true, limits: RunLimits())
    #expect(size?.runs == 2 * (try sweepJob(directory: folder).plan.replications))
  }

  @Test func aMapRefusesItsConflictingOptionsBeforeTheFolder() throws {
    var checks = CompareMapChecks(directory: "/")
    checks.hasMapConflict = true
    #expect(throws: CompareMapChecks.Failure.options) { try checks.check() }
    checks.hasMapConflict = false
    #expect {
      try checks.check()
    } throws: { error in
      guard case .folder(.notAFolder) = error as? CompareMapChecks.Failure else { return false }
      return true
    }
    checks.directory = try TestFolder.make("jobcheck") + "/map"
    try checks.check()
  }
}

/// `report --at`/`--window`'s figures, worked out by the library from `daily.csv`.
@Suite struct ReportFocusTests {
  @Test func aFolderWithoutDailyOrABadDayFails() throws {
    let folder = try TestFolder.make("reportfocus")
    #expect(throws: ReportFocus.Failure.noDaily) {
      try ReportFocus.figures(in: folder, focus: "3", isWindow: false, campaigns: nil)
    }
    try Data("garbage,x\n".utf8).write(to: URL(fileURLWithPath: folder + "/daily.csv"))
    #expect {
      try ReportFocus.figures(in: folder, focus: "3", isWindow: false, campaigns: nil)
    } throws: { error in
      guard case .daily = error as? ReportFocus.Failure else { return false }
      return true
    }
  }
}
