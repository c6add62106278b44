import GrowthSim
import TestSupport
import Testing

/// The bench's measurement reads the clock, the kernel and the disk only through its probe.
@Suite struct BenchMeasurementTests {
  /// A probe whose every timing is one second and which records its scratch folders.
  private final class CountingProbe: BenchProbe {
    let cores = 2
    var timings = 0
    var made: [String] = []
    var removed: [String] = []
    let folder: String

    init(folder: String) { self.folder = folder }

    func seconds(_ body: () -> Void) -> Double {
      body()
      timings += 1
      return 1
    }
    func threadCPUSeconds() -> Double { Double(timings) }
    func processCPUSeconds() -> Double { Double(timings) }
    func peakResidentBytes() -> Int { 1000 }
    func resetPeakResident() -> Bool { false }
    func loadAverage() -> Double? { 0.5 }
    func scratchFolder() -> String {
      let path = folder + "/run\(made.count)"
      made.append(path)
      return path
    }
    func removeScratch(_ folder: String) { removed.append(folder) }
  }

  @Test func theSmokeBenchTimesEveryWorkloadThroughItsProbe() throws {
    let probe = CountingProbe(folder: try TestFolder.make("bench"))
    let sizes = BenchSizes(.smoke)
    let figures = BenchMeasurement(probe: probe).measure(.smoke)
    #expect(figures.mode == "smoke")
    #expect(figures.cores == 2)
    #expect(figures.loadBefore == 0.5)
    #expect(figures.hold.map(\.pending) == sizes.holdSizes)
    // Every timing is the probe's second: serial and parallel take as long.
    #expect(figures.replications?.speedup == 1)
    #expect(figures.belt?.seconds == 1)
    #expect(figures.csvRows == sizes.defaultReplications * sizes.defaultDays)
    // No reset of the peak: no memory per merchant is claimed.
    #expect(figures.bytesPerMerchant == nil)
    // One scratch folder per whole-run workload, each removed after every run.
    let wholeRuns = 2 * sizes.statisticsDays.count + sizes.oneCategorySizes.count
    #expect(probe.made.count == wholeRuns)
    #expect(Set(probe.removed) == Set(probe.made))
    #expect(figures.statistics.count == sizes.statisticsDays.count)
    #expect(figures.oneCategory.allSatisfy { !$0.seconds.isNaN })
  }

  @Test func theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    #expect(BenchMeasurement.median([3, 1, 2]) == 2)
    #expect(BenchMeasurement.median([4, 1, 3, 2]) == 2.5)
    #expect(BenchMeasurement.median([]).isNaN)
  }
}
