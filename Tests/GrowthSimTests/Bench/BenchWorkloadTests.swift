import Foundation
import Testing

@testable import GrowthSim

/// The bench's workloads do what they say; nothing here is timed.
@Suite struct BenchWorkloadTests {
  @Test func theEmbeddedBeltIsTheBeltFile() throws {
    #expect(try ScenarioFilesTests.file("Scenarios/belt.json") == BeltScenario.json + "\n")
  }

  @Test func beltCutsHaveTheAskedSizeAndTheFullCutIsTheFile() throws {
    let cut = BenchScenarios.belt(served: 2, alone: 3, days: 4)
    #expect(cut.merchants.count == 5 && cut.calendar.days == 4)
    let full = BenchScenarios.belt(served: 300, alone: 1000, days: 365)
    let file = try Scenario.decode(from: Array(BeltScenario.json.utf8))
    #expect(full == file)
  }

  @Test func modelRunsCountTheSameEventsAtAnyJobCount() {
    let scenario = BenchScenarios.defaultScenario(days: 6, replications: 3)
    let serial = ModelBenchmark.run(scenario, jobs: 1)
    let parallel = ModelBenchmark.run(scenario, jobs: 3)
    #expect(serial == parallel)
    #expect(serial.merchantDays == 18)
    // At least the two day boundaries and 24 shelf ticks of every day.
    #expect(serial.events >= 3 * 6 * 26)
  }

  @Test func runsWithFilesWriteTheFilesOfARun() throws {
    // The scaling figures time whole runs: the same files as `RunFiles.write`, statistics too.
    let scenario = BenchScenarios.defaultScenario(days: 3, replications: 2)
    let bench = try FilesTests.temporaryDirectory()
    let reference = try FilesTests.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: bench)
      try? FileManager.default.removeItem(atPath: reference)
    }
    let work = try ModelBenchmark.runWithFiles(scenario, jobs: 2, to: bench)
    #expect(work.merchantDays == 2 * 3)
    _ = try RunFiles.write(scenario, jobs: 1, to: reference)
    let files = try RunFilesStreamingTests.files(in: bench)
    #expect(files["daily_stats.csv"] != nil)
    #expect(files == (try RunFilesStreamingTests.files(in: reference)))
  }

  @Test func theSweepRunsEveryPointOverItsDays() {
    let plan = ModelBenchmark.sweepPlan(points: 3, days: 4)
    #expect(plan.pointCount == 3)
    #expect(ModelBenchmark.sweep(plan, jobs: 2).merchantDays == 3 * 4)
  }

  @Test func holdsPopTheSameTimesAsASortedList() {
    // The reference: the same draws, kept in a sorted array.
    var generator = SplitMix64(seed: 5)
    var pending = (0..<50).map { _ in 2 * generator.nextUnit() }
    var expected = 0.0
    for _ in 0..<500 {
      pending.sort()
      let time = pending.removeFirst()
      pending.append(time + 2 * generator.nextUnit())
      expected += time
    }
    var hold = HoldBenchmark(pending: 50, seed: 5)
    #expect(hold.hold(500) == expected)
  }
}
