#if canImport(Glibc)
  import Glibc
#endif

extension Files {
  /// Opens `path` for reading if it is a regular file, else throws "not a regular file".
  ///
  /// The file is opened without blocking and checked on its descriptor before any read: a
  /// named pipe (`mkfifo f.json`) would otherwise block the open until a writer came, and a
  /// check by name before the open could be raced. Reads then block as usual.
  static func openRegularFile(_ path: String) throws(FileError) -> Int32 {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { throw FileError(path, errno: errno) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let error = FileError(path, errno: errno)
      close(descriptor)
      throw error
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      close(descriptor)
      throw FileError(path, "not a regular file")
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return descriptor
  }
}
