import Foundation
import TestSupport
import Testing

@testable import GrowthSim

/// A small scenario and helpers for the sweep tests.
enum SweepFixtures {
  /// The minimal scenario with `days` days and `replications` replications.
  static func scenarioText(days: Int = 4, replications: Int = 2) -> String {
    var document = TestFixtures.minimal()
    document["calendar"] = ["startDate": "2026-07-01", "days": days]
    document["experiment"] = ["seed": 7, "replications": replications]
    return TestFixtures.text(document)
  }

  /// The scenario as a parsed document.
  static func document(days: Int = 4, replications: Int = 2) throws -> JSONValue {
    try JSONParser.parse(scenarioText(days: days, replications: replications))
  }

  /// A spec from JSON text.
  static func spec(_ text: String) throws -> SweepSpec {
    try SweepSpec.decode(from: Array(text.utf8))
  }

  /// The plan of a spec over the small scenario.
  static func plan(_ specText: String, days: Int = 4, replications: Int = 2) throws -> SweepPlan {
    try SweepPlan(
      scenario: try document(days: days, replications: replications), spec: try spec(specText))
  }

  /// A job writing into `directory`.
  static func job(
    _ plan: SweepPlan, _ directory: String, shard: Shard = .whole, daily: Bool = false,
    resumes: Bool = false, jobs: Int = 2, limit: Int? = nil, scenarioBytes: [UInt8]? = nil
  ) -> SweepJob {
    SweepJob(
      plan: plan, tool: "growthsim test",
      scenarioBytes: scenarioBytes ?? Array(scenarioText().utf8), overrides: [],
      directory: directory, shard: shard, writesDaily: daily, resumes: resumes, jobs: jobs,
      pointLimit: limit)
  }

  /// A fresh directory under the system's temporary directory.
  static func temporaryDirectory() throws -> String {
    try TestFolder.make("sweep")
  }

  /// Every file in `directory` (not hidden ones) with its bytes.
  static func contents(of directory: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
      files[name] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
    }
    return files
  }

  /// A two-parameter spec: a budget range and a stock range.
  static let lhsSpec = #"""
    {"design": "lhs", "points": 13, "seed": 5, "parameters": [
      {"pointer": "/policies/0/ads/dailyBudget", "low": 0, "high": 4000},
      {"pointer": "/merchants/0/skus/0/stock", "low": 50, "high": 900}]}
    """#
}
