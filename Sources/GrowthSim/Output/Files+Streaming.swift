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
    // The kernel's record may end right after the name's NUL, short of `d_name`'s 256 bytes:
    // read the name in place up to its NUL, never the whole array (AddressSanitizer caught a
    // read past the end of `opendir`'s buffer).
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
    while let entry = readdir(stream) {
      let name = String(
        cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
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

  /// Removes `directory` if it is empty; one with anything in it stays as it is.
  static func removeIfEmpty(_ directory: String) {
    _ = rmdir(directory)
  }

  /// Syncs a directory, so that renames in it survive a crash.
  static func syncDirectory(_ directory: String) {
    let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY)
    if descriptor >= 0 {
      _ = fsync(descriptor)
      close(descriptor)
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
