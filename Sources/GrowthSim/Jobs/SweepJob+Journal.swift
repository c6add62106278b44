/// The open journals of a run, and how many of the shard's points they already hold.
struct JournalState {
  let table: AppendFile
  let daily: AppendFile?
  let done: Int

  /// Syncs the journals to disk and closes them.
  func close() throws(FileError) {
    try table.close()
    try daily?.close()
  }
}

extension SweepJob {
  /// Opens the journals to continue (`resumes`), or starts new ones; `nil` if this very sweep
  /// is already complete in the directory.
  func openJournals(header: [UInt8], total: Int) throws(SweepRunError) -> JournalState? {
    let manifestPartial = SweepFiles.partial(files.manifest)
    let tablePartial = SweepFiles.partial(files.table)
    let dailyPartial = SweepFiles.partial(files.daily)
    if Files.exists(manifestPartial) {
      guard resumes else { throw .unfinished(directory: files.directory) }
      try checkManifest(at: manifestPartial)
      // A run stopped while renaming its files into place: take them back as journals.
      for path in [files.table, files.daily]
      where !Files.exists(SweepFiles.partial(path)) && Files.exists(path) {
        try io { () throws(FileError) in try Files.move(path, to: SweepFiles.partial(path)) }
      }
      if Files.exists(tablePartial), !writesDaily || Files.exists(dailyPartial) {
        var (done, tableLength) = try scanTable(header: header, upTo: total)
        var dailyLength: Int? = nil
        if writesDaily {
          let (dailyDone, length) = try scanDaily(holding: done)
          dailyLength = length
          if dailyDone < done {
            (done, tableLength) = try scanTable(header: header, upTo: dailyDone)
          }
        }
        return try io { () throws(FileError) in
          JournalState(
            table: try AppendFile(path: tablePartial, truncatingTo: tableLength),
            daily: try dailyLength.map { length throws(FileError) in
              try AppendFile(path: dailyPartial, truncatingTo: length)
            }, done: done)
        }
      }
    } else if resumes, Files.exists(files.manifest), Files.exists(files.table),
      !writesDaily || Files.exists(files.daily)
    {
      try checkManifest(at: files.manifest)
      return nil
    }
    var start = [(manifestPartial, manifest.bytes), (tablePartial, header)]
    let writesDaily = self.writesDaily
    return try io { () throws(FileError) in
      if writesDaily {
        start.append((dailyPartial, SweepDailyTable.header))
      } else {
        try Files.remove(dailyPartial)
      }
      try Files.writeAll(start)
      return JournalState(
        table: try AppendFile(path: tablePartial),
        daily: writesDaily ? try AppendFile(path: dailyPartial) : nil, done: 0)
    }
  }

  /// Refuses to continue another sweep's files.
  private func checkManifest(at path: String) throws(SweepRunError) {
    let bytes = try io { () throws(FileError) in try Files.read(path) }
    guard let existing = SweepManifest(bytes: bytes) else {
      throw .mismatch(path: path, reason: "it is not a sweep manifest")
    }
    if let reason = manifest.difference(from: existing) {
      throw .mismatch(path: path, reason: reason)
    }
  }

  /// Counts the points whose rows the table journal holds completely, in point order, up to
  /// `limit` (a point has one row per policy).
  ///
  /// Returns the points done and the journal's length with exactly those rows; a torn or
  /// foreign line ends the count.
  private func scanTable(
    header: [UInt8], upTo limit: Int
  ) throws(SweepRunError) -> (done: Int, length: Int) {
    let path = SweepFiles.partial(files.table)
    let reader = try io { () throws(FileError) in try LineReader(path: path) }
    guard let first = try io(reader.next), first.elementsEqual(header) else {
      throw .corrupt(path: path, reason: "its header is not this sweep's")
    }
    let rowsPerPoint = plan.policyIDs.count
    var (done, rows) = (0, 0)
    var length = reader.offset
    while done < limit, let line = try io(reader.next) {
      let prefix = "\(files.shard.point(at: done)),".utf8
      guard line.last == 10, line.starts(with: prefix) else { break }
      rows += 1
      if rows == rowsPerPoint {
        (done, rows) = (done + 1, 0)
        length = reader.offset
      }
    }
    return (done, length)
  }

  /// Checks the daily journal against `done` points: the points whose rows it surely holds
  /// (every point but the last one present is followed by the next), and the length that
  /// keeps exactly their rows.
  private func scanDaily(holding done: Int) throws(SweepRunError) -> (done: Int, length: Int) {
    let path = SweepFiles.partial(files.daily)
    let reader = try io { () throws(FileError) in try LineReader(path: path) }
    guard let first = try io(reader.next), first.elementsEqual(SweepDailyTable.header) else {
      throw .corrupt(path: path, reason: "its header is not a sweep's")
    }
    var position = -1
    var length = reader.offset
    var lastStart = reader.offset
    while let line = try io(reader.next) {
      guard line.last == 10, let point = Self.leadingInteger(line),
        let found = files.shard.position(of: point), found < done,
        found == position || found == position + 1
      else { break }
      if found != position {
        position = found
        lastStart = length
      }
      length = reader.offset
    }
    // The journal holds every row of points 0…position − 1; point `position` is complete
    // only if the table says so too (its rows are appended before its table row).
    return position + 1 >= done ? (done, length) : (max(0, position), lastStart)
  }

  /// The decimal number a line starts with, before its first comma.
  private static func leadingInteger(_ line: ArraySlice<UInt8>) -> Int? {
    guard let comma = line.firstIndex(of: UInt8(ascii: ",")), comma > line.startIndex else {
      return nil
    }
    var value = 0
    for byte in line[..<comma] {
      guard (48...57).contains(byte), value < Int.max / 10 - 10 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value
  }
}

/// Runs a file operation, reporting its failure as a sweep error.
func io<T>(_ body: () throws(FileError) -> T) throws(SweepRunError) -> T {
  do {
    return try body()
  } catch {
    throw .file(error)
  }
}
