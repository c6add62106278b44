import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An open file that bytes are appended to: a sweep's journal.
///
/// Each `append` goes straight to the operating system, so what was appended survives the
/// process being killed (`kill -9`); `sync` also makes it survive a power cut.
final class AppendFile {
  let path: String
  private var descriptor: Int32

  /// Opens an existing file (never through a symbolic link), cutting it to `length` bytes
  /// first if given.
  init(path: String, truncatingTo length: Int? = nil) throws(FileError) {
    self.path = path
    descriptor = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
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
