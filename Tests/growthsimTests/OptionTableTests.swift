import Testing

@testable import growthsim

/// The option rows: each command refuses another's options by name, a flag given a value the
/// same way everywhere, and an unknown option still gets the nearest of the command's own.
@Suite struct OptionTableTests {
  @Test(arguments: [
    (
      ["sweep", "--vary", "/a=1,2", "--long"],
      "option '--long' does not apply to sweep (it is an option of run)"
    ),
    (
      ["bench", "--set", "/a=1"],
      "option '--set' does not apply to bench (it is an option of run, compare, sweep, point, sensitivity and calibrate)"
    ),
    (
      ["merge", "a", "--out", "o", "--seed", "1"],
      "option '--seed' does not apply to merge (it is an option of run, compare, sweep, point, sensitivity and calibrate)"
    ),
    (
      ["report", "r", "--policies", "a,b"],
      "option '--policies' does not apply to report (it is an option of compare, sweep and sensitivity)"
    ),
    (["run", "--ablate"], "option '--ablate' does not apply to run (it is an option of compare)"),
    (
      ["point", "--free", "/a=1:2"],
      "option '--free' does not apply to point (it is an option of calibrate)"
    ),
    (
      ["schema", "--quick"], "option '--quick' does not apply to schema (it is an option of bench)"
    ),
  ])
  func anOptionOfAnotherCommandIsNamedAsSuch(arguments: [String], message: String) {
    #expect(refusal(of: arguments) == message)
  }

  @Test(arguments: [
    (["run", "--force=1"], "option '--force' takes no value"),
    (["compare", "--ablate=yes"], "option '--ablate' takes no value"),
    (["merge", "a", "--out", "o", "-q=1"], "option '-q' takes no value"),
    (["bench", "--json=true"], "option '--json' takes no value"),
    (["sensitivity", "--guesses=1"], "option '--guesses' takes no value"),
    (["calibrate", "--quiet=no"], "option '--quiet' takes no value"),
  ])
  func aFlagGivenAValueIsRefusedTheSameWayEverywhere(arguments: [String], message: String) {
    #expect(refusal(of: arguments) == message)
  }

  @Test(arguments: [
    (
      ["sensitivity", "--guesses", "--trajectorys", "4"],
      "unknown option '--trajectorys' (did you mean '--trajectories'?)"
    ),
    (
      ["calibrate", "--partcles", "40"], "unknown option '--partcles' (did you mean '--particles'?)"
    ),
    (
      ["report", "r", "--scenaro", "s.json"],
      "unknown option '--scenaro' (did you mean '--scenario'?)"
    ),
    (["bench", "--jsn"], "unknown option '--jsn' (did you mean '--json'?)"),
    (["bench", "extra"], "unexpected argument 'extra'"),
    (["compare", "--seed"], "missing value for '--seed'"),
  ])
  func anUnknownOptionGetsTheNearestOfTheCommandsOwn(arguments: [String], message: String) {
    #expect(refusal(of: arguments) == message)
  }

  /// A value error names the command it came from, so its usage (not `run`'s) follows.
  @Test func aValueErrorPrintsTheUsageOfItsOwnCommand() {
    do {
      _ = try Options.parse(["compare", "--seed", "x"])
      Issue.record("accepted a seed of x")
    } catch {
      #expect(error.command == .compare)
    }
  }

  /// Two rows of one command with one name would make the second unreachable.
  @Test func noCommandListsAnOptionTwice() {
    for (command, names) in Options.optionsByCommand {
      #expect(Set(names).count == names.count, "\(command): \(names)")
    }
  }

  @Test func reportTakesInlineValuesAsEveryCommandDoes() throws {
    let parsed = try Options.parse(["report", "r", "--scenario=s.json", "--at=3"])
    #expect(parsed.command == .report(directory: "r", .init(scenario: "s.json", at: "3")))
  }

  private func refusal(of arguments: [String]) -> String? {
    do {
      _ = try Options.parse(arguments)
      return nil
    } catch {
      return error.message
    }
  }
}
