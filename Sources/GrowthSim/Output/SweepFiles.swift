/// The files of one sweep (or one shard of it) in its output directory.
///
/// | file | whole sweep | shard K of N |
/// | --- | --- | --- |
/// | table | `sweep.csv` | `sweep.part-K-of-N.csv` |
/// | daily series (`--daily`) | `sweep-daily.csv` | `sweep-daily.part-K-of-N.csv` |
/// | manifest | `manifest.json` | `manifest.part-K-of-N.json` |
///
/// While a sweep runs, each lives as `NAME.partial`; the table and daily journals grow one
/// point at a time, in point order, and are renamed into place when the last point is in.
public struct SweepFiles: Sendable, Equatable {
  /// The output directory.
  public let directory: String
  /// The shard.
  public let shard: Shard

  /// The files of `shard` in `directory`.
  public init(directory: String, shard: Shard) {
    self.directory =
      directory.hasSuffix("/") && directory.count > 1
      ? String(directory.dropLast()) : directory
    self.shard = shard
  }

  private var suffix: String { shard == .whole ? "" : ".part-\(shard.index)-of-\(shard.count)" }
  /// The scope of the folder's lock and marker these files take (`OutputClaim`): `""`, or
  /// the shard's `.part-K-of-N`, so the shards of one sweep may share a folder.
  var scope: String { suffix }
  /// The names of every file a run of these files may leave, journals included.
  var names: [String] {
    (all + all.map(Self.partial)).map { $0.split(separator: "/").last.map(String.init) ?? $0 }
  }
  private func path(_ name: String) -> String { directory + "/" + name }

  /// The table's path.
  public var table: String { path("sweep\(suffix).csv") }
  /// The daily series' path.
  public var daily: String { path("sweep-daily\(suffix).csv") }
  /// The manifest's path.
  public var manifest: String { path("manifest\(suffix).json") }
  /// Every final path.
  var all: [String] { [table, daily, manifest] }

  /// The journal of a final path.
  static func partial(_ path: String) -> String { path + ".partial" }

  /// The shard K of N named by a part table's file name, `sweep.part-K-of-N.csv`.
  static func shard(ofPartNamed name: String) -> Shard? {
    guard name.hasPrefix("sweep.part-"), name.hasSuffix(".csv") else { return nil }
    let middle = name.dropFirst("sweep.part-".count).dropLast(".csv".count)
    let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[1] == "of",
      let index = Int(parts[0]), let count = Int(parts[2]),
      String(index) == parts[0], String(count) == parts[2]
    else { return nil }
    return Shard(index: index, count: count)
  }
}
