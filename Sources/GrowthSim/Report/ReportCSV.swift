import Foundation

/// Reads the CSV files growthsim wrote, for the report: the header, then each row's cells as
/// text, a line at a time so a large `daily.csv` never sits in memory whole.
struct ReportCSV {
  let path: String
  let header: [String]
  private let reader: LineReader
  /// The line number of the last row read (the header is line 1).
  private(set) var line = 1

  /// Opens `path` and reads its header; `nil` if there is no such file.
  init?(path: String) throws(ReportError) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    self.path = path
    do {
      reader = try LineReader(path: path)
    } catch {
      throw .file(error)
    }
    let first: ArraySlice<UInt8>?
    do {
      first = try reader.next()
    } catch {
      throw .file(error)
    }
    guard var first else {
      throw .format(path: path, line: 1, reason: "the file is empty")
    }
    if first.last != 10 { first.append(10) }
    header = try Self.cells(first, path: path, line: 1)
  }

  /// The next row's cells, or `nil` at the end.
  mutating func next() throws(ReportError) -> [Substring]? {
    let bytes: ArraySlice<UInt8>?
    do {
      bytes = try reader.next()
    } catch {
      throw .file(error)
    }
    guard var bytes else { return nil }
    line += 1
    if bytes.last != 10 { bytes.append(10) }
    let cells: [Substring]
    if bytes.contains(UInt8(ascii: "\"")) {
      cells = try Self.cells(bytes, path: path, line: line).map { Substring($0) }
    } else {
      // Most rows quote nothing: one string per line, cut at the commas (a large daily.csv
      // would otherwise make a string of every cell).
      cells = String(decoding: bytes.dropLast(), as: UTF8.self)
        .split(separator: ",", omittingEmptySubsequences: false)
    }
    guard cells.count == header.count else {
      throw .format(
        path: path, line: line,
        reason: "expected \(header.count) cells as in the header, got \(cells.count)")
    }
    return cells
  }

  /// The index of `column`, or a format error naming it.
  func index(of column: String) throws(ReportError) -> Int {
    guard let index = header.firstIndex(of: column) else {
      throw .format(path: path, line: 1, reason: "no column '\(column)'")
    }
    return index
  }

  /// Every row of a small file at once.
  mutating func rows() throws(ReportError) -> [[Substring]] {
    var rows: [[Substring]] = []
    while let row = try next() { rows.append(row) }
    return rows
  }

  private static func cells(
    _ line: ArraySlice<UInt8>, path: String, line number: Int
  ) throws(ReportError) -> [String] {
    switch SweepPartRows.fields(of: line) {
    case .success(let fields): return fields.map { String(decoding: $0, as: UTF8.self) }
    case .failure(let fault): throw .format(path: path, line: number, reason: fault.rule)
    }
  }
}

extension Substring {
  /// The cell as a number; NaN when empty or not one (an undefined ROI, say).
  var number: Double { Double(self) ?? .nan }
}
