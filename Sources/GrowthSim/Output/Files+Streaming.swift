import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Files {
  /// Whether `path` exists (as anything).
  public static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  /// The names in `directory`, sorted, without `.` and `..`.
  public static func list(_ directory: String) throws(FileError) -> [String] {
    guard let stream = opendir(directory) else { throw FileError(directory, errno: errno) }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// Renames `from` to `to`, replacing `to`.
  static func move(_ from: String, to destination: String) throws(FileError) {
    guard rename(from, destination) == 0 else { throw FileError(destination, errno: errno) }
  }

  /// Removes a file; a missing file is not an error.
  static func remove(_ path: String) throws(FileError) {
    guard unlink(path) == 0 || errno == ENOENT else { throw FileError(path, errno: errno) }
  }

  /// Syncs a directory, so that renames in it survive a crash.
  static func syncDirectory(_ directory: String) {
    let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY)
    if descriptor >= 0 {
      _ = fsync(descriptor)
      close(descriptor)
    }
  }

  /// Removes the temporary files that an interrupted write of one of `paths` left behind
  /// (`.NAME.tmp-PID`, see `writeAll`); other files are left alone, so concurrent shards
  /// writing into one directory do not disturb each other.
  static func removeTemporaries(of paths: [String], in directory: String) throws(FileError) {
    let prefixes = paths.map { ".\($0.split(separator: "/").last.map(String.init) ?? $0).tmp-" }
    for name in try list(directory) where prefixes.contains(where: name.hasPrefix) {
      try remove(directory + "/" + name)
    }
  }

  /// Writes `bytes` to the open `descriptor` in full, retrying after interruptions.
  static func writeFully(
    _ bytes: ArraySlice<UInt8>, to descriptor: Int32, path: String
  ) throws(FileError) {
    var offset = bytes.startIndex
    while offset < bytes.endIndex {
      let written = bytes[offset...].withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw FileError(path, errno: errno)
      }
      offset += written
    }
  }
}

/// An open file that bytes are appended to: a sweep's journal.
///
/// Each `append` goes straight to the operating system, so what was appended survives the
/// process being killed (`kill -9`); `sync` also makes it survive a power cut.
final class AppendFile {
  let path: String
  private var descriptor: Int32

  /// Opens an existing file, cutting it to `length` bytes first if given.
  init(path: String, truncatingTo length: Int? = nil) throws(FileError) {
    self.path = path
    descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileError(path, errno: errno) }
    if let length, ftruncate(descriptor, off_t(length)) != 0 {
      let code = errno
      Glibc.close(descriptor)
      throw FileError(path, errno: code)
    }
  }

  deinit {
    if descriptor >= 0 { Glibc.close(descriptor) }
  }

  func append(_ bytes: [UInt8]) throws(FileError) {
    try Files.writeFully(bytes[...], to: descriptor, path: path)
  }

  /// Flushes to disk and closes.
  func close() throws(FileError) {
    let result = fsync(descriptor) == 0 && Glibc.close(descriptor) == 0
    descriptor = -1
    guard result else { throw FileError(path, errno: errno) }
  }
}

/// A new file written in pieces to a temporary name beside its destination; `finish` syncs
/// it, `commit` moves it into place, and a file that is never committed is removed.
final class StreamingFile {
  let path: String
  let temporary: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var isCommitted = false

  init(path: String) throws(FileError) {
    self.path = path
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    temporary = directory + ".\(name).tmp-\(getpid())"
    descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw FileError(path, errno: errno) }
    buffer.reserveCapacity(1 << 16)
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    if !isCommitted { unlink(temporary) }
  }

  func write(_ bytes: some Sequence<UInt8>) throws(FileError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { try flush() }
  }

  private func flush() throws(FileError) {
    try Files.writeFully(buffer[...], to: descriptor, path: path)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is buffered, syncs and closes; the file is then ready for `Files.move`.
  func finish() throws(FileError) {
    try flush()
    let result = fsync(descriptor) == 0 && close(descriptor) == 0
    descriptor = -1
    guard result else { throw FileError(path, errno: errno) }
  }

  /// Moves the finished file into place.
  func commit() throws(FileError) {
    try Files.move(temporary, to: path)
    isCommitted = true
  }
}

/// Reads a file line by line in 64 KiB blocks, so memory does not grow with its size.
final class LineReader {
  let path: String
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var isAtEnd = false
  /// Bytes of the file consumed by the lines returned so far.
  private(set) var offset = 0

  init(path: String) throws(FileError) {
    self.path = path
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileError(path, errno: errno) }
  }

  deinit { close(descriptor) }

  /// The next line with its `\n`; at the end of the file, a last line without one, then `nil`.
  func next() throws(FileError) -> ArraySlice<UInt8>? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 10) {
        let line = buffer[start...newline]
        start = newline + 1
        offset += line.count
        return line
      }
      if isAtEnd {
        guard start < buffer.count else { return nil }
        let line = buffer[start...]
        start = buffer.count
        offset += line.count
        return line
      }
      buffer.removeFirst(start)
      start = 0
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path, errno: errno)
      }
      if count == 0 { isAtEnd = true }
      buffer.append(contentsOf: chunk[0..<count])
    }
  }
}
