#if canImport(Glibc)
  import Glibc
#endif

extension Files {
  /// The bytes of the regular file at `path` itself, never through a symbolic link and never
  /// waiting on a pipe; `nil` if there is no such file or it is larger than `limit`.
  static func readRegularFile(_ path: String, limit: Int) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
      status.st_size <= limit
    else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
    var done = 0
    while done < bytes.count {
      let count = bytes[done...].withUnsafeMutableBytes {
        Glibc.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return nil }
      done += count
    }
    return bytes
  }

  /// Rewrites the small file at `path` in place, creating it if needed: one write from the
  /// start, then cut to length, then synced.
  ///
  /// For a file only its writer changes while holding a lock (a folder's marker): a killed
  /// writer leaves the old or the new bytes (one `write` of a few KiB is not torn by a
  /// signal), never a temporary file. A symbolic link or other non-file at `path` is removed,
  /// never followed.
  static func overwrite(_ path: String, with bytes: [UInt8]) throws(FileError) {
    var descriptor = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
    var status = stat()
    if descriptor < 0 || fstat(descriptor, &status) != 0 || (status.st_mode & S_IFMT) != S_IFREG {
      if descriptor >= 0 { close(descriptor) }
      try remove(path)
      descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else { throw FileError(path, errno: errno) }
    }
    defer { close(descriptor) }
    let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    guard written == bytes.count else { throw FileError(path, errno: written < 0 ? errno : EIO) }
    guard ftruncate(descriptor, off_t(bytes.count)) == 0, fsync(descriptor) == 0 else {
      throw FileError(path, errno: errno)
    }
    syncDirectory(parent(of: path))
  }
}
