/// The marker file through which growthsim proves which files of an output folder it wrote.
///
/// It is `.growthsim` (`.growthsim.part-K-of-N` for a sweep shard), a text file such as
///
/// ```
/// growthsim output folder
/// file daily.csv
/// file summary.csv
/// running 3f9a0c4b5e6d7a81
/// ```
///
/// `file` lines name the files written (and about to be written) there; `running` lines name
/// the `Temporary` nonce of a run at work in the folder, whose temporaries a later run may
/// remove once it holds the folder's lock. It holds no time or pid, so the same runs leave
/// the same bytes (Results/ keeps its markers under version control).
struct OutputMarker: Equatable {
  /// The names growthsim wrote, sorted.
  var files: Set<String> = []
  /// The nonces of runs at work.
  var running: Set<String> = []

  static let heading = "growthsim output folder"

  /// The marker's file name for a scope (`""`, or a shard's `.part-K-of-N`).
  static func name(scope: String) -> String { ".growthsim" + scope }

  /// Whether `name` is a marker's name: `.growthsim` or `.growthsim.part-K-of-N`.
  static func isMarkerName(_ name: String) -> Bool {
    name == ".growthsim"
      || (name.hasPrefix(".growthsim.part-")
        && SweepFiles.shard(ofPartNamed: "sweep" + name.dropFirst(".growthsim".count) + ".csv")
          != nil)
  }

  init(files: Set<String> = [], running: Set<String> = []) {
    self.files = files
    self.running = running
  }

  /// Reads the marker at `path`; `nil` if there is none, or it is not a regular file (a
  /// symbolic link proves nothing) or not a marker.
  init?(path: String) {
    guard let bytes = Files.readRegularFile(path, limit: 4 << 20) else { return nil }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    guard lines.first == Substring(Self.heading) else { return nil }
    for line in lines.dropFirst() {
      if line.hasPrefix("file ") {
        files.insert(String(line.dropFirst(5)))
      } else if line.hasPrefix("running ") {
        running.insert(String(line.dropFirst(8)))
      }
    }
  }

  /// The file's bytes, names sorted.
  var bytes: [UInt8] {
    let lines =
      [Self.heading] + files.sorted().map { "file " + $0 }
      + running.sorted().map { "running " + $0 }
    return Array(lines.map { $0 + "\n" }.joined().utf8)
  }
}
