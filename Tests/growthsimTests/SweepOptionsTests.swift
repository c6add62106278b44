import GrowthSim
import Testing

@testable import growthsim

/// `--set`, `sweep` and `merge` on the command line.
@Suite struct SweepOptionsTests {
  @Test func runTakesRepeatedSets() throws {
    let options = try Options.parse([
      "run", "s.json", "--set", "/merchants/0/followers=5000", "--set=/name=x",
    ])
    guard case .run(_, let settings) = options.command else {
      Issue.record("not a run: \(options.command)")
      return
    }
    #expect(
      settings.overrides.map(\.description) == ["/merchants/0/followers=5000", #"/name="x""#])
  }

  @Test func sweepTakesEveryOption() throws {
    let options = try Options.parse([
      "sweep", "s.json", "--vary", "/policies/0/ads/dailyBudget=0:5000", "--vary=/a=x,y",
      "--design", "lhs", "--points=50", "--replications", "3", "--seed", "9", "--jobs", "2",
      "--out", "o", "--shard", "2/4", "--resume", "--daily", "-q", "--set", "/calendar/days=5",
    ])
    guard case .sweep(let file, let settings) = options.command else {
      Issue.record("not a sweep: \(options.command)")
      return
    }
    #expect(file == "s.json")
    #expect(
      settings.parameters.map(\.jsonText) == [
        #"{"pointer":"/policies/0/ads/dailyBudget","low":0,"high":5000}"#,
        #"{"pointer":"/a","values":["x","y"]}"#,
      ])
    #expect(settings.design == .lhs && settings.points == 50 && settings.replications == 3)
    #expect(settings.seed == 9 && settings.jobs == 2 && settings.outputDirectory == "o")
    #expect(settings.shard == Shard(index: 2, count: 4))
    #expect(settings.resumes && settings.writesDaily && settings.isQuiet)
    #expect(settings.overrides.map(\.description) == ["/calendar/days=5"])
    let spec = try Options.parse(["sweep", "--spec", "sweep.json"])
    #expect(spec.command == .sweep(scenario: nil, .init(specFile: "sweep.json")))
  }

  @Test func mergeTakesPartsAndAnOutputDirectory() throws {
    let options = try Options.parse(["merge", "a", "b/sweep.part-1-of-2.csv", "--out", "o"])
    #expect(
      options.command
        == .merge(parts: ["a", "b/sweep.part-1-of-2.csv"], .init(outputDirectory: "o")))
  }

  @Test(arguments: [
    (
      ["run", "--set", "followers=5"],
      "the value 'followers=5' is invalid for '--set' (expected /json/pointer=VALUE)"
    ),
    (["sweep", "s.json"], "missing '--spec FILE' or '--vary /pointer=…'"),
    (
      ["sweep", "--spec", "a.json", "--vary", "/a=1,2"], "'--spec' and '--vary' cannot be combined"
    ),
    (
      ["sweep", "--vary", "a=1:2:3"],
      "the value 'a=1:2:3' is invalid for '--vary' (expected /json/pointer=LOW:HIGH:N, "
        + "log:LOW:HIGH:N or a,b,c)"
    ),
    (
      ["sweep", "--vary", "/a=1,2", "--design", "halton"],
      "the value 'halton' is invalid for '--design' (grid, random, lhs, morris or sobol)"
    ),
    (
      ["sweep", "--vary", "/a=1,2", "--shard", "5/4"],
      "the value '5/4' is invalid for '--shard' (expected K/N, 1 ≤ K ≤ N)"
    ),
    (
      ["sweep", "--vary", "/a=1,2", "--shard", "0/4"],
      "the value '0/4' is invalid for '--shard' (expected K/N, 1 ≤ K ≤ N)"
    ),
    (["sweep", "--vary", "/a=1,2", "--points", "0"], "the value '0' is invalid for '--points'"),
    (["sweep", "--vary", "/a=1,2", "--resume=yes"], "option '--resume' takes no value"),
    (
      ["sweep", "--vary", "/a=1,2", "--shrad", "1/2"],
      "unknown option '--shrad' (did you mean '--shard'?)"
    ),
    (["merge", "--out", "o"], "missing sweep parts to merge"),
    (["merge", "a"], "missing '--out DIR'"),
  ])
  func badCommandLinesSayWhatIsWrong(arguments: [String], message: String) {
    do {
      _ = try Options.parse(arguments)
      Issue.record("accepted \(arguments)")
    } catch {
      #expect(error.message == message)
    }
  }
}
