/// `manifest.json`: what a sweep is — the tool, the scenario's SHA-256, the `--set`
/// overrides, the resolved spec (design, seed, replications, parameters), the number of
/// points, whether daily series are written, and the shard.
///
/// It holds no time, host or path, so the same sweep always writes the same bytes. `--resume`
/// refuses to continue unless the new manifest equals the one on disk, and `merge` checks that
/// parts come from one sweep by comparing their manifests.
public struct SweepManifest: Sendable, Equatable {
  /// The manifest as a JSON object, members in file order.
  public let document: JSONValue

  /// Describes a sweep of `plan` over the scenario file `scenarioBytes` (the scenario is
  /// identified by its `/name` and the SHA-256 of those bytes, never by its path).
  public init(
    tool: String, scenarioBytes: [UInt8], overrides: [ScenarioOverride], plan: SweepPlan,
    writesDaily: Bool, shard: Shard
  ) {
    let scenario: [(key: String, value: JSONValue)] = [
      ("name", .string(plan.scenarioName)), ("sha256", .string(SHA256.hex(scenarioBytes))),
      ("bytes", .integer(scenarioBytes.count)),
    ]
    document = .object(
      JSONObject(members: [
        ("tool", .string(tool)),
        ("scenario", .object(JSONObject(members: scenario))),
        ("set", .array(overrides.map { .string($0.description) })),
        ("sweep", plan.spec.document),
        ("points", .integer(plan.pointCount)),
        ("daily", .bool(writesDaily)),
        ("shard", Self.shardDocument(shard, points: shard.pointCount(of: plan.pointCount))),
      ]))
  }

  /// Reads a manifest file's bytes.
  init?(bytes: [UInt8]) {
    guard let document = try? JSONParser.parse(bytes), case .object = document else { return nil }
    self.document = document
  }

  private init(document: JSONValue) {
    self.document = document
  }

  /// The file's bytes: two-space indented JSON and a final newline.
  public var bytes: [UInt8] { Array((document.prettyJSONText() + "\n").utf8) }

  /// The shard member: `{"index": K, "count": N, "points": P}`.
  static func shardDocument(_ shard: Shard, points: Int) -> JSONValue {
    .object(
      JSONObject(members: [
        ("index", .integer(shard.index)), ("count", .integer(shard.count)),
        ("points", .integer(points)),
      ]))
  }

  /// The member named `key`, if the manifest is an object that has it.
  func member(_ key: String) -> JSONValue? {
    guard case .object(let object) = document else { return nil }
    return object[key]
  }

  /// A whole number member, such as `points`.
  func integer(_ key: String, in value: JSONValue? = nil) -> Int? {
    guard case .number(let number)? = value ?? member(key) else { return nil }
    return number.exactInteger
  }

  /// The rows each point has in `sweep.csv`: one per compared policy, or one.
  var rowsPerPoint: Int {
    guard case .object(let sweep)? = member("sweep"), case .array(let policies)? = sweep["policies"]
    else { return 1 }
    return max(1, policies.count)
  }

  /// The shard it describes.
  var shard: Shard? {
    guard case .object(let shard)? = member("shard"),
      let index = integer("index", in: shard["index"]),
      let count = integer("count", in: shard["count"])
    else { return nil }
    return Shard(index: index, count: count)
  }

  /// The same manifest for the whole sweep, as `merge` writes it.
  var unsharded: SweepManifest {
    guard case .object(var object) = document, let points = integer("points") else { return self }
    object.setMember("shard", Self.shardDocument(.whole, points: points))
    return SweepManifest(document: .object(object))
  }

  /// Why `other` describes another sweep, or `nil` if it describes this one.
  func difference(from other: SweepManifest) -> String? {
    guard case .object(let mine) = document, case .object(let theirs) = other.document else {
      return "it is not a sweep manifest"
    }
    for key in Set(mine.keys + theirs.keys).sorted(by: Self.keyOrder)
    where mine[key] != theirs[key] {
      let was = theirs[key].map(\.jsonText) ?? "absent"
      let now = mine[key].map(\.jsonText) ?? "absent"
      switch key {
      case "scenario":
        return "the scenario file differs (it was \(was), now \(now))"
      case "sweep": return "the sweep spec differs (it was \(was), now \(now))"
      case "set": return "the --set overrides differ (they were \(was), now \(now))"
      case "tool": return "another growthsim build started it (\(was), this is \(now))"
      default: return "its \(key) differs (it was \(was), now \(now))"
      }
    }
    return nil
  }

  private static func keyOrder(_ lhs: String, _ rhs: String) -> Bool {
    let order = ["scenario", "set", "sweep", "tool", "points", "daily", "shard"]
    let left = order.firstIndex(of: lhs) ?? order.count
    let right = order.firstIndex(of: rhs) ?? order.count
    return left != right ? left < right : lhs < rhs
  }
}
