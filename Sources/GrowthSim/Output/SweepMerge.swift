/// Joins the parts of a sharded sweep into exactly the files the unsharded sweep writes.
public enum SweepMerge {
  /// One shard's files, found from its part table.
  private struct Part {
    var files: SweepFiles
    var manifest: SweepManifest
  }

  /// Merges the parts named by `inputs` (part tables `sweep.part-K-of-N.csv`, or directories
  /// holding them) into `sweep.csv`, `manifest.json` and, if the sweep has them, daily series,
  /// in `directory`.
  ///
  /// The manifests must agree on everything but the shard, every shard 1…N must be present
  /// once, and every row must be where its point id says; the files are streamed, so memory
  /// does not grow with their size, and written all or none.
  ///
  /// - Returns: the paths written.
  public static func merge(
    _ inputs: [String], into directory: String
  ) throws(SweepRunError) -> [String] {
    let parts = try collect(inputs)
    guard let first = parts.first else {
      throw .parts(
        "no sweep parts (sweep.part-K-of-N.csv) found in " + inputs.joined(separator: ", "))
    }
    let count = first.files.shard.count
    var byIndex: [Int: Part] = [:]
    for part in parts {
      let shard = part.files.shard
      guard shard.count == count else {
        throw .parts(
          "\(part.files.table) is a part of \(shard.count) shards, "
            + "but \(first.files.table) is a part of \(count)")
      }
      if let earlier = byIndex[shard.index] {
        throw .parts(
          "shard \(shard) is given twice: \(earlier.files.table) and \(part.files.table)")
      }
      if let reason = first.manifest.unsharded.difference(from: part.manifest.unsharded) {
        throw .parts(
          "\(part.files.manifest) is not from the same sweep as \(first.files.manifest): \(reason)")
      }
      guard part.manifest.shard == shard else {
        throw .parts("\(part.files.manifest) does not describe shard \(shard)")
      }
      byIndex[shard.index] = part
    }
    let missing = (1...count).filter { byIndex[$0] == nil }
    guard missing.isEmpty else {
      let list = missing.prefix(10).map { "\($0)/\(count)" }.joined(separator: ", ")
      throw .parts("missing shard(s) \(list)\(missing.count > 10 ? ", …" : "") of \(count)")
    }
    let ordered = (1...count).compactMap { byIndex[$0] }
    let manifest = first.manifest.unsharded
    guard let total = manifest.integer("points") else {
      throw .corrupt(path: first.files.manifest, reason: "it has no point count")
    }
    let output = SweepFiles(directory: directory, shard: .whole)
    let claim = try io { () throws(FileError) in
      try OutputClaim(output.directory, names: output.names)
    }
    // The files' temporaries are gone when `write` returns, before the claim lets go.
    defer { claim.release() }
    return try write(ordered.map(\.files), manifest: manifest, total: total, into: output)
  }

  /// Streams the parts into the merged files and puts them in place, all or none.
  private static func write(
    _ parts: [SweepFiles], manifest: SweepManifest, total: Int, into output: SweepFiles
  ) throws(SweepRunError) -> [String] {
    let daily = manifest.member("daily") == .bool(true)
    let table = try io { () throws(FileError) in try StreamingFile(path: output.table) }
    try interleave(
      parts.map(\.table), total: total, into: table, rowsPerPoint: manifest.rowsPerPoint)
    var finished = [table]
    if daily {
      let dailyFile = try io { () throws(FileError) in try StreamingFile(path: output.daily) }
      try interleave(parts.map(\.daily), total: total, into: dailyFile, rowsPerPoint: nil)
      finished.append(dailyFile)
    }
    return try io { () throws(FileError) in
      let manifestFile = try StreamingFile(path: output.manifest)
      try manifestFile.write(manifest.bytes)
      finished.append(manifestFile)
      for file in finished { try file.finish() }
      try StreamingFile.commit(finished)
      if !daily { try Files.remove(output.daily) }
      return finished.map(\.path)
    }
  }

  /// The parts named by `inputs`, with their manifests.
  private static func collect(_ inputs: [String]) throws(SweepRunError) -> [Part] {
    var parts: [Part] = []
    for name in inputs {
      let trimmed = name.count > 1 && name.hasSuffix("/") ? String(name.dropLast()) : name
      var tables: [(directory: String, shard: Shard)] = []
      if let shard = SweepFiles.shard(
        ofPartNamed: trimmed.split(separator: "/").last.map(String.init) ?? trimmed)
      {
        let slash = trimmed.lastIndex(of: "/")
        tables.append((slash.map { String(trimmed[..<$0]) } ?? ".", shard))
      } else {
        let names = try input { () throws(FileError) in try Files.list(trimmed) }
        tables += names.compactMap(SweepFiles.shard(ofPartNamed:)).map { (trimmed, $0) }
      }
      for (directory, shard) in tables {
        let files = SweepFiles(directory: directory, shard: shard)
        let bytes = try input { () throws(FileError) in try Files.read(files.manifest) }
        guard let manifest = SweepManifest(bytes: bytes) else {
          throw .corrupt(path: files.manifest, reason: "it is not a sweep manifest")
        }
        parts.append(Part(files: files, manifest: manifest))
      }
    }
    return parts
  }

  /// Writes the header of the first part, then point by point the rows of the part that
  /// holds the point (point p is in part p mod N), checking each row's point id and, unless
  /// `rowsPerPoint` is `nil`, their number.
  private static func interleave(
    _ paths: [String], total: Int, into output: StreamingFile, rowsPerPoint: Int?
  ) throws(SweepRunError) {
    let readers = try input { () throws(FileError) in
      try paths.map { path throws(FileError) in try LineReader(path: path) }
    }
    var header: ArraySlice<UInt8>? = nil
    for reader in readers {
      let line = try input(reader.next)
      guard let line, line.last == 10, header == nil || header == line else {
        throw .corrupt(path: reader.path, reason: "its header differs from the other parts'")
      }
      header = line
    }
    try io { () throws(FileError) in try output.write(header ?? []) }
    var pending = [ArraySlice<UInt8>?](repeating: nil, count: readers.count)
    for point in 0..<total {
      let part = point % readers.count
      let prefix = Array("\(point),".utf8)
      var rows = 0
      while true {
        if pending[part] == nil { pending[part] = try input(readers[part].next) }
        guard let line = pending[part], line.last == 10, line.starts(with: prefix) else { break }
        try io { () throws(FileError) in try output.write(line) }
        pending[part] = nil
        rows += 1
        if rows == rowsPerPoint { break }
      }
      guard rows > 0 else {
        throw .corrupt(path: readers[part].path, reason: "it has no row for point \(point)")
      }
      if let rowsPerPoint, rows != rowsPerPoint {
        throw .corrupt(
          path: readers[part].path,
          reason: "it has \(rows) of the \(rowsPerPoint) rows of point \(point)")
      }
    }
    for (index, reader) in readers.enumerated() {
      var extra = pending[index]
      if extra == nil { extra = try input(reader.next) }
      if extra != nil {
        throw .corrupt(path: reader.path, reason: "it has rows after its last point")
      }
    }
  }

  /// Runs a read, reporting its failure as unreadable input.
  private static func input<T>(_ body: () throws(FileError) -> T) throws(SweepRunError) -> T {
    do {
      return try body()
    } catch {
      throw .input(error)
    }
  }
}
