// libFuzzer entry point over the scenario loader and validator and the sweep spec reader.
//
// Built outside SwiftPM, together with the library's sources, by Scripts/fuzz.sh
// (`swiftc -sanitize=fuzzer,address -parse-as-library`, RELIABILITY.md §2.1), so a plain
// `swift build` or `swift test` never sees it. Any input must be rejected with an error or
// accepted; a trap, a sanitizer report, a hang or a leak is a finding.

/// The default scenario parsed once, the base for sweep specs the fuzzer writes.
nonisolated(unsafe) let defaultDocument =
  (try? JSONParser.parse(Array(DefaultScenario.json.utf8))) ?? .null

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
  // The scenario path of `growthsim run FILE`: parse, check every rule.
  if let scenario = try? Scenario.decode(from: bytes) {
    // Simulate what is small enough to stay fast: one replication of a short horizon.
    var small = scenario
    small.experiment.replications = 1
    if small.calendar.days <= 20, small.merchants.count <= 3 {
      _ = RunResult.run(small, jobs: 1)
    }
  }
  // The sweep path: the bytes as a spec over the default scenario, its first points checked.
  if let spec = try? SweepSpec.decode(from: bytes),
    let plan = try? SweepPlan(scenario: defaultDocument, spec: spec)
  {
    for point in 0..<min(plan.pointCount, 4) {
      _ = try? plan.scenario(forPoint: point)
    }
  }
  // `--set` and `--vary` arguments: the bytes as one command-line word.
  let word = String(decoding: bytes.prefix(256), as: UTF8.self)
  if let override = ScenarioOverride(argument: word) {
    var document = defaultDocument
    try? ScenarioOverride.apply([override], to: &document)
  }
  _ = SweepParameter.shorthand(word)
  return 0
}
