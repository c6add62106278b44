import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A new file written in pieces to a new temporary (`Temporary`) beside its destination; `finish` syncs
/// it, `commit` moves it into place, and a file that is never committed is removed.
final class StreamingFile {
  let path: String
  let temporary: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var isCommitted = false

  init(path: String) throws(FileError) {
    self.path = path
    (temporary, descriptor) = try Temporary.create(beside: path)
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
    try Self.commit([self])
  }

  /// Moves finished files into place, all or none (`Files.replaceAll`).
  static func commit(_ files: [StreamingFile]) throws(FileError) {
    try Files.replaceAll(files.map { ($0.temporary, $0.path) })
    for file in files { file.isCommitted = true }
  }
}
