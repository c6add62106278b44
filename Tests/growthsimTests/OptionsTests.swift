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
    (["compare", "--long"], "option '--long' does not apply to compare (it is an option of run)"),
    (
      ["validate", "f.json", "--set", "/x=1"],
      "option '--set' does not apply to validate (it is an option of run, compare, sweep, point, "
        + "sensitivity and calibrate)"
    ),
    (["compare", "--polcies", "a,b"], "unknown option '--polcies' (did you mean '--policies'?)"),
    (["point", "--mean-field=yes"], "option '--mean-field' takes no value"),
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

  /// The table the messages read is the parsers' own: each command takes every option listed
  /// for it (a value missing or a spec absent is another error).
  @Test func everyListedOptionIsTakenByItsCommand() {
    for (command, options) in Options.optionsByCommand {
      for option in options {
        do {
          _ = try Options.parse([command.rawValue, option])
        } catch {
          #expect(!error.message.contains("unknown option"), "\(command) \(option)")
          #expect(!error.message.contains("does not apply"), "\(command) \(option)")
          #expect(!error.message.contains("takes no value"), "\(command) \(option)")
        }
      }
    }
  }
}
