import Foundation

#if canImport(Glibc)
  import Glibc
#endif

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
    descriptor = try Files.openRegularFile(path)
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
