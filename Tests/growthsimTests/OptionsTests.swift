import Testing

@testable import growthsim

@Suite struct OptionsTests {
  @Test func noArgumentsRunsTheEmbeddedDefault() throws {
    #expect(try Options.parse([]).command == .run(scenario: nil, .init()))
  }

  @Test func runTakesAFileAndEveryOptionInBothSpellings() throws {
    let options = try Options.parse([
      "run", "s.json", "--out", "out", "--seed=9", "--replications", "3", "--jobs=2", "-q",
    ])
    let settings = Options.RunSettings(
      outputDirectory: "out", seed: 9, replications: 3, jobs: 2, isQuiet: true)
    #expect(options.command == .run(scenario: "s.json", settings))
  }

  @Test func longIsARunFlag() throws {
    var settings = Options.RunSettings()
    settings.writesLong = true
    #expect(try Options.parse(["run", "--long"]).command == .run(scenario: nil, settings))
    #expect(throws: UsageError.self) { try Options.parse(["run", "--long=yes"]) }
    #expect(throws: UsageError.self) { try Options.parse(["compare", "--long"]) }
  }

  @Test func aScenarioPathWithoutACommandMeansRun() throws {
    let expected = Options.Command.run(scenario: "Scenarios/x.json", .init(seed: 3))
    #expect(try Options.parse(["Scenarios/x.json", "--seed", "3"]).command == expected)
  }

  @Test func helpAndVersionAreRecognisedAnywhere() throws {
    #expect(try Options.parse(["--help"]).command == .help(nil))
    #expect(try Options.parse(["-h"]).command == .help(nil))
    #expect(try Options.parse(["run", "--help"]).command == .help(.run))
    #expect(try Options.parse(["help", "validate"]).command == .help(.validate))
    #expect(try Options.parse(["--version"]).command == .version)
  }

  @Test(arguments: [
    (["fly"], "unknown command 'fly'"),
    (["rnu"], "unknown command 'rnu' (did you mean 'run'?)"),
    (["run", "--sed", "3"], "unknown option '--sed' (did you mean '--seed'?)"),
    (["run", "--seed"], "missing value for '--seed'"),
    (["run", "--seed", "x"], "the value 'x' is invalid for '--seed'"),
    (["run", "--seed", "-1"], "the value '-1' is invalid for '--seed'"),
    (["run", "--jobs", "0"], "the value '0' is invalid for '--jobs'"),
    (
      ["run", "--seed", "9007199254740993"], "the value '9007199254740993' is invalid for '--seed'"
    ),
    (["run", "--replications", "100001"], "the value '100001' is invalid for '--replications'"),
    (["run", "--replications=1.5"], "the value '1.5' is invalid for '--replications'"),
    (["run", "a.json", "b.json"], "unexpected argument 'b.json'"),
    (["validate"], "missing scenario file to validate"),
    (["schema", "--yaml"], "unknown option '--yaml'"),
    (["help", "fly"], "unknown command 'fly'"),
  ])
  func badCommandLinesSayWhatIsWrong(arguments: [String], message: String) {
    #expect(throws: UsageError.self) { try Options.parse(arguments) }
    do {
      _ = try Options.parse(arguments)
    } catch {
      #expect(error.message == message)
    }
  }
}
