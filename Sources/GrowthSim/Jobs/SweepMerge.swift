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
  /// Every row of every part is checked as it is copied (`SweepPartRows`): a part that
  /// fails is named with its line and the rule broken, and nothing is written. When
  /// `cancellation` asks to stop, the error is an interruption and nothing is written.
  public static func merge(
    _ inputs: [String], into directory: String, cancellation: Cancellation? = nil
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
    // The files' temporaries are gone when `write` returns, before the claim lets go; a
    // folder the claim made is removed again if nothing was written.
    defer { claim.release() }
    return try write(
      ordered.map(\.files), manifest: manifest, total: total, into: output,
      cancellation: cancellation)
  }

  /// Streams the parts into the merged files and puts them in place, all or none.
  private static func write(
    _ parts: [SweepFiles], manifest: SweepManifest, total: Int, into output: SweepFiles,
    cancellation: Cancellation?
  ) throws(SweepRunError) -> [String] {
    let daily = manifest.member("daily") == .bool(true)
    let policies = policyIDs(of: manifest)
    let table = try io { () throws(FileError) in try StreamingFile(path: output.table) }
    try interleave(
      parts.map(\.table), total: total, into: table, rowsPerPoint: manifest.rowsPerPoint,
      policies: policies, header: tableHeader(of: manifest), cancellation: cancellation)
    var finished = [table]
    if daily {
      let dailyFile = try io { () throws(FileError) in try StreamingFile(path: output.daily) }
      try interleave(
        parts.map(\.daily), total: total, into: dailyFile, rowsPerPoint: nil,
        policies: policies, header: SweepDailyTable.header, cancellation: cancellation)
      finished.append(dailyFile)
    }
    return try io { () throws(FileError) in
      try FileError.check(cancellation, writing: output.table)
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
    _ paths: [String], total: Int, into output: StreamingFile, rowsPerPoint: Int?,
    policies: [String], header expected: [UInt8]?, cancellation: Cancellation?
  ) throws(SweepRunError) {
    let readers = try input { () throws(FileError) in
      try paths.map { path throws(FileError) in try LineReader(path: path) }
    }
    // Lines read from each part, for messages (the header is line 1).
    var lines = [Int](repeating: 0, count: readers.count)
    var header: ArraySlice<UInt8>? = nil
    for (index, reader) in readers.enumerated() {
      let line = try input(reader.next)
      lines[index] = 1
      guard let line, line.last == 10, header == nil || header == line else {
        throw .corrupt(path: reader.path, reason: "its header differs from the other parts'")
      }
      header = line
    }
    if let expected, let header, !header.elementsEqual(expected) {
      throw .corrupt(
        path: readers[0].path + ":1", reason: "the header is not the one this sweep writes")
    }
    let rules: SweepPartRows
    switch SweepPartRows.make(
      header: header ?? [], isTable: rowsPerPoint != nil, policies: policies)
    {
    case .success(let made): rules = made
    case .failure(let fault): throw .corrupt(path: readers[0].path + ":1", reason: fault.rule)
    }
    try io { () throws(FileError) in try output.write(header ?? []) }
    var pending = [ArraySlice<UInt8>?](repeating: nil, count: readers.count)
    for point in 0..<total {
      let part = point % readers.count
      let prefix = Array("\(point),".utf8)
      var rows = 0
      if point % 1024 == 0 {
        try io { () throws(FileError) in try FileError.check(cancellation, writing: output.path) }
      }
      while true {
        if pending[part] == nil {
          pending[part] = try input(readers[part].next)
          lines[part] += 1
        }
        guard let line = pending[part], line.last == 10, line.starts(with: prefix) else { break }
        if let fault = rules.check(line, position: rows) {
          throw .corrupt(path: "\(readers[part].path):\(lines[part])", reason: fault.rule)
        }
        if rows % 65536 == 65535 {
          try io { () throws(FileError) in try FileError.check(cancellation, writing: output.path) }
        }
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

  /// The header `sweep.csv` has for the sweep `manifest` describes, or `nil` if the manifest
  /// does not list its parameters' pointers (then the parts' headers are checked by shape).
  private static func tableHeader(of manifest: SweepManifest) -> [UInt8]? {
    guard case .object(let sweep)? = manifest.member("sweep"),
      case .array(let parameters)? = sweep["parameters"]
    else { return nil }
    var named: [SweepParameter] = []
    for parameter in parameters {
      guard case .object(let object) = parameter, case .string(let text)? = object["pointer"],
        let pointer = JSONPointer(text)
      else { return nil }
      var name: String? = nil
      if case .string(let given)? = object["name"] { name = given }
      named.append(SweepParameter(pointer: pointer, domain: .values([]), name: name))
    }
    return SweepTable.header(
      parameters: SweepSpec.columnNames(named),
      comparesPolicies: !policyIDs(of: manifest).isEmpty, isAdaptive: sweep["precision"] != nil)
  }

  /// The policies a sweep compares, in order (empty when it compares none).
  private static func policyIDs(of manifest: SweepManifest) -> [String] {
    guard case .object(let sweep)? = manifest.member("sweep"),
      case .array(let list)? = sweep["policies"]
    else { return [] }
    return list.compactMap {
      if case .string(let id) = $0 { return id }
      return nil
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
