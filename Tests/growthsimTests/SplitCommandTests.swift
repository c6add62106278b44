import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// `run --check-targets --split FILE` (issue 17): a missed target fails a fitted case, not a
/// predicted one; a bad split or a case in neither set stops the run before any work.
@Suite struct SplitCommandTests {
  /// A case `small.json` whose one target is missed (twice the simulated mean), and a split
  /// file `splits/split.json` with `text`, in a new folder the caller removes.
  static func missedCase(split text: String) throws -> (directory: String, file: String) {
    let mean = try TargetCommandTests.simulatedMean()
    let (directory, file) = try TargetCommandTests.scenario(value: mean * 2)
    try FileManager.default.createDirectory(
      atPath: directory + "/splits", withIntermediateDirectories: false)
    try CLITests.write(text, to: directory + "/splits/split.json")
    return (directory, file)
  }

  static func run(_ directory: String, _ file: String, out: String) -> CLITests.Outcome {
    CLITests.run([
      "run", file, "--out", directory + "/" + out, "--check-targets", "--quiet",
      "--split", directory + "/splits/split.json",
    ])
  }

  @Test func aMissedPredictedTargetIsANoteAndAMissedFittedOneFails() throws {
    let (directory, file) = try Self.missedCase(
      split: #"{"reason":"test","fitted":[],"predicted":["small"]}"#)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let predicted = Self.run(directory, file, out: "predicted")
    #expect(predicted.code == .success)
    #expect(predicted.errors.hasPrefix("note: \(file): predicted target gmv missed: gmv_cny mean "))
    #expect(predicted.errors.hasSuffix(" (a result)\n"))
    #expect(CLITests.contents(of: directory + "/predicted").contains("targets.csv"))

    try CLITests.write(
      #"{"reason":"test","fitted":["small"],"predicted":[]}"#,
      to: directory + "/splits/split.json")
    let fitted = Self.run(directory, file, out: "fitted")
    #expect(fitted.code == .targetMissed)
    #expect(fitted.errors.hasPrefix("\(file): target gmv missed: gmv_cny mean "))
  }

  @Test func aCaseWithTargetsInNeitherSetStopsBeforeAnyWork() throws {
    let (directory, file) = try Self.missedCase(
      split: #"{"reason":"test","fitted":[],"predicted":[]}"#)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = Self.run(directory, file, out: "out")
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors
        == "\(file): has targets but \(directory)/splits/split.json lists 'small' in neither "
        + "'fitted' nor 'predicted' (every case with targets is in one set)\n")
    #expect(!FileManager.default.fileExists(atPath: directory + "/out"))
  }

  @Test func anUnknownNameInTheSplitIsRejectedWithItsPointer() throws {
    let (directory, file) = try Self.missedCase(
      split: #"{"reason":"test","fitted":["small"],"predicted":["smal"]}"#)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = Self.run(directory, file, out: "out")
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors
        == "\(directory)/splits/split.json: /predicted/0: no such scenario (a file NAME.json "
        + "in the folder above the split's), got \"smal\"\n")
    let missing = CLITests.run([
      "run", file, "--out", directory + "/out", "--split", directory + "/none.json",
    ])
    #expect(missing.code == .noInput)
    #expect(missing.errors.hasPrefix("error: cannot read \(directory)/none.json: "))
  }
}
