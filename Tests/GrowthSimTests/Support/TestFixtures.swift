import Foundation

@testable import GrowthSim

/// Shared fixtures: a minimal valid scenario, patched per test, and the repository root.
enum TestFixtures {
  /// The repository root, found from this file's path.
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A minimal valid scenario as a JSON object tree.
  static func minimal() -> [String: Any] {
    [
      "version": 1,
      "name": "minimal",
      "calendar": ["startDate": "2026-07-01", "days": 10],
      "experiment": ["seed": 7, "replications": 2],
      // Priced like its peers: the price response leaves conversion as given.
      "categories": [["id": "apparel", "priceResponse": ["referencePrice": 100]]],
      "policies": [["id": "steady", "ads": ["dailyBudget": 1000]]],
      "merchants": [
        [
          "id": "m1", "category": "apparel", "policy": "steady", "followers": 1000,
          "skus": [["id": "s1", "price": 100, "unitCost": 40, "stock": 500]],
        ]
      ],
    ]
  }

  /// The JSON text of `document`, keys sorted.
  static func text(_ document: Any) -> String {
    guard
      let data = try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    else { preconditionFailure("fixture is not JSON-serialisable") }
    return String(decoding: data, as: UTF8.self)
  }

  /// Decodes `document`, failing the test with the issues if it does not load.
  static func scenario(_ document: [String: Any]) throws -> Scenario {
    try Scenario.decode(from: Array(text(document).utf8))
  }

  /// The messages of the issues `text` produces, or the syntax error, one per line.
  static func messages(_ text: String) -> String? {
    do {
      _ = try Scenario.decode(from: Array(text.utf8))
      return nil
    } catch {
      switch error {
      case .syntax(let syntax): return syntax.description
      case .invalid(let invalid): return invalid.description
      }
    }
  }
}
