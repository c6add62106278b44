import Foundation
import Testing

@testable import GrowthSim

/// The fitted/predicted split of the seed cases (issue 17): its rules, and the committed file.
@Suite struct TargetSplitTests {
  static let cases: Set<String> = ["a", "b", "c"]

  static func decode(_ text: String) throws(ScenarioLoadError) -> TargetSplit {
    try TargetSplit.decode(Array(text.utf8)) { cases.contains($0) }
  }

  /// The issues of a split that does not load, one line each.
  static func issues(_ text: String) -> [String] {
    do {
      _ = try decode(text)
      return []
    } catch {
      guard case .invalid(let invalid) = error else { return ["syntax"] }
      return invalid.issues.map(\.description)
    }
  }

  @Test func aSplitGivesEachCaseItsRole() throws {
    let split = try Self.decode(#"{"reason":"r","fitted":["a","c"],"predicted":["b"]}"#)
    #expect(split.role(of: "a") == .fitted)
    #expect(split.role(of: "b") == .predicted)
    #expect(split.role(of: "c") == .fitted)
    #expect(split.role(of: "d") == nil)
  }

  @Test func anUnknownNameIsRejectedAtItsPointer() {
    #expect(
      Self.issues(#"{"reason":"r","fitted":["a"],"predicted":["tianxunn"]}"#)
        == [
          "/predicted/0: no such scenario (a file NAME.json in the folder above the split's), "
            + "got \"tianxunn\""
        ])
    // A path is no case name, even when it would reach a file.
    #expect(Self.issues(#"{"reason":"r","fitted":["../a"],"predicted":[]}"#).count == 1)
  }

  @Test func aCaseInBothSetsOrTwiceIsRejected() {
    #expect(
      Self.issues(#"{"reason":"r","fitted":["a","b"],"predicted":["b"]}"#)
        == ["/predicted/0: 'b' is already listed at /fitted/1, got \"b\""])
    #expect(
      Self.issues(#"{"reason":"r","fitted":["a","a"],"predicted":[]}"#)
        == ["/fitted/1: 'a' is already listed at /fitted/0, got \"a\""])
  }

  @Test func theShapeIsChecked() {
    #expect(
      Self.issues(#"{"fitted":"a","predicted":[1],"extra":true}"#)
        == [
          "missing 'reason' (why the cases were split so)",
          "/extra: unknown key (allowed: description, reason, fitted, predicted)",
          "/fitted: must be an array of scenario names, got a string",
          "/predicted/0: must be a scenario name, got a number",
        ])
    #expect(
      Self.issues("[]") == ["a split is an object with reason, fitted and predicted, got an array"])
    #expect(Self.issues("{") == ["syntax"])
  }

  /// The committed split: every scenario with targets in exactly one set, and about two thirds
  /// of them fitted.
  @Test func theCommittedSplitCoversEverySeedCaseOnce() throws {
    let bytes = try Data(
      contentsOf: TestFixtures.repositoryRoot.appendingPathComponent(
        "Scenarios/splits/seed-cases.json"))
    let stems = Set(ScenarioFilesTests.scenarioFiles.map { String($0.dropLast(5)) })
    let split = try TargetSplit.decode(Array(bytes)) { stems.contains($0) }
    for name in ScenarioFilesTests.scenarioFiles {
      let text = try ScenarioFilesTests.file("Scenarios/" + name)
      let hasTargets = text.contains("\"targets\"")
      #expect(
        (split.role(of: String(name.dropLast(5))) != nil) == hasTargets,
        "\(name): targets \(hasTargets), split role \(String(describing: split.role(of: String(name.dropLast(5)))))"
      )
    }
    let share = Double(split.fitted.count) / Double(split.fitted.count + split.predicted.count)
    #expect((0.55...0.75).contains(share), "fitted share \(share)")
  }

  /// A predicted case overrides no value of its world: no category key but the case's prices
  /// and market, no campaign entry, no platform waiver.
  @Test func aPredictedCaseOverridesNoWorldValue() throws {
    let bytes = try Data(
      contentsOf: TestFixtures.repositoryRoot.appendingPathComponent(
        "Scenarios/splits/seed-cases.json"))
    let split = try TargetSplit.decode(Array(bytes)) { _ in true }
    for name in split.predicted {
      let document = try SeedWorldTests.document("Scenarios/\(name).json")
      #expect(document["world"] != nil, "\(name) includes no world")
      #expect(document["platform"] == nil, "\(name) overrides the platform")
      #expect(document["campaigns"] == nil, "\(name) overrides a festival")
      guard case .array(let categories)? = document["categories"] else { continue }
      for case .object(let category) in categories {
        let own = Set(category.keys).subtracting(["id", "priceResponse", "addressablePopulation"])
        #expect(own.isEmpty, "\(name) overrides \(own.sorted()) of its world's category")
      }
    }
  }
}
