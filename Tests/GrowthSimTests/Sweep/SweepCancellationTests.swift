import Foundation
import Testing

@testable import GrowthSim

/// A sweep stopped through its `Cancellation` (what SIGINT and SIGTERM do): the finished points
/// stay in the journals and a resume completes the sweep to the uninterrupted bytes.
@Suite struct SweepCancellationTests {
  @Test func aSweepCancelledAfterThreePointsResumesToTheUninterruptedBytes() throws {
    let plan = try SweepFixtures.plan(SweepFixtures.lhsSpec)
    let stopped = try SweepFixtures.temporaryDirectory()
    let reference = try SweepFixtures.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: stopped)
      try? FileManager.default.removeItem(atPath: reference)
    }
    let cancellation = Cancellation()
    let report = try SweepFixtures.job(plan, stopped, daily: true).run(
      cancellation: cancellation
    ) { progress in
      if progress.done == 3 { cancellation.cancel(signal: 15) }
    }
    #expect(!report.isComplete)
    #expect(report.simulated == 3)
    #expect(report.written.isEmpty)
    let names = try Files.list(stopped)
    #expect(
      names == [
        ".growthsim", "manifest.json.partial", "sweep-daily.csv.partial", "sweep.csv.partial",
      ])
    let journal = try Files.read(stopped + "/sweep.csv.partial")
    #expect(journal.filter { $0 == 10 }.count == 1 + 3)

    let resumed = try SweepFixtures.job(plan, stopped, daily: true, resumes: true).run()
    #expect(resumed.isComplete && resumed.resumed == 3 && resumed.simulated == 10)
    _ = try SweepFixtures.job(plan, reference, daily: true).run()
    #expect(try SweepFixtures.contents(of: stopped) == (try SweepFixtures.contents(of: reference)))
  }

  @Test func aSweepCancelledBeforeItStartsTouchesNothing() throws {
    let plan = try SweepFixtures.plan(SweepFixtures.lhsSpec)
    let parent = try SweepFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let cancellation = Cancellation()
    cancellation.cancel(signal: 2)
    let report = try SweepFixtures.job(plan, parent + "/out").run(cancellation: cancellation)
    #expect(!report.isComplete && report.simulated == 0)
    #expect(!Files.exists(parent + "/out"))
  }
}
