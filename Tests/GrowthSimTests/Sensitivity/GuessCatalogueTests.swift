import Foundation
import Testing

@testable import GrowthSim

/// The catalogue of guesses is read from the format's doc strings; docs/model.md marks the
/// same keys, and each of its parameters fits the default scenario.
struct GuessCatalogueTests {
  private static let parameters: [SweepParameter] = {
    guard let document = try? JSONParser.parse(DefaultScenario.json) else { return [] }
    return GuessCatalogue.parameters(in: document)
  }()

  @Test func theDefaultScenarioHasGuessesToVaryAndNoPolicyLever() {
    #expect(Self.parameters.count >= 30)
    #expect(
      !Self.parameters.contains { $0.pointer.description.hasPrefix("/policies/") })
    #expect(
      GuessCatalogue.entries.allSatisfy { GuessCatalogue.isGuess($0.doc) }
        && GuessCatalogue.entries.contains { $0.pattern == "/categories/*/backgroundRooms" })
  }

  @Test func everyGuessExistsInTheDefaultScenarioAndIsValidAtBothEnds() throws {
    let base = try JSONParser.parse(DefaultScenario.json)
    for parameter in Self.parameters {
      guard case .range(let low, let high, _, _) = parameter.domain else {
        Issue.record("\(parameter.pointer) is not a range")
        continue
      }
      #expect(Scenario.schemaKind(at: parameter.pointer) != nil, "\(parameter.pointer)")
      #expect(low < high, "\(parameter.pointer)")
      for coordinate in [SweepDesign.Coordinate.unit(0), .unit(1)] {
        var document = base
        try document.set(parameter.value(at: coordinate), at: parameter.pointer)
        #expect(throws: Never.self, "\(parameter.pointer) at \(coordinate)") {
          _ = try Scenario.decode(document)
        }
      }
    }
  }

  /// docs/model.md marks a key **guess** "where the code's doc string says so": every key of
  /// the catalogue appears there on a line that says guess.
  @Test func docsModelMarksEveryCatalogueKeyAsAGuess() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../docs/model.md").standardized
    // Paragraphs, and each table row on its own: a guess is marked in the same row or
    // sentence as its key (or as its parent with `*`, as `/merchants/*/capabilities/*`).
    let text = try String(contentsOf: url, encoding: .utf8)
    let chunks = text.components(separatedBy: "\n\n").flatMap { paragraph in
      paragraph.hasPrefix("|") ? paragraph.components(separatedBy: "\n") : [paragraph]
    }
    let guessChunks = chunks.filter { $0.range(of: "guess", options: .caseInsensitive) != nil }
    var missing: [String] = []
    for entry in GuessCatalogue.entries {
      let parts = entry.pattern.split(separator: "/")
      let key = String(parts.last ?? "")
      let parent =
        parts.count >= 2 && parts[parts.count - 2] != "*"
        ? String(parts[parts.count - 2]) + "/*" : key
      if !guessChunks.contains(where: { $0.contains(key) || $0.contains(parent) }) {
        missing.append(entry.pattern)
      }
    }
    #expect(missing.isEmpty, "not marked guess in docs/model.md: \(missing)")
  }
}
