#if canImport(Glibc)
  import Glibc
#endif

/// A file that could not be read or written, with the operating system's reason.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path involved.
  public var path: String
  /// The reason, such as `No such file or directory`.
  public var reason: String

  /// `PATH: reason`.
  public var description: String { "\(path): \(reason)" }

  init(_ path: String, errno code: Int32) {
    self.path = path
    reason = String(cString: strerror(code))
  }

  init(_ path: String, _ reason: String) {
    self.path = path
    self.reason = reason
  }

  /// The reason of a write stopped by a `Cancellation`.
  public static let interruptedReason = "interrupted before it was complete"

  /// Whether the write was stopped by a `Cancellation` rather than failing.
  public var isInterruption: Bool { reason == Self.interruptedReason }

  /// Throws the interruption of writing `path` if `cancellation` asked to stop.
  static func check(_ cancellation: Cancellation?, writing path: String) throws(FileError) {
    if cancellation?.isCancelled == true { throw FileError(path, interruptedReason) }
  }
}

/// Reading inputs and writing results, with POSIX calls: precise reasons on failure, and
/// output that is either complete or absent (RELIABILITY.md §3.4).
public enum Files {
  /// Reads a whole file of at most `limit` bytes.
  public static func read(_ path: String, limit: Int = 16 << 20) throws(FileError) -> [UInt8] {
    let descriptor = try openRegularFile(path)
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path, errno: errno)
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      guard bytes.count <= limit else {
        throw FileError(
          path,
          "larger than \(limit >> 20) MiB (the file-mib limit; raise it with --limit file-mib=N)")
      }
    }
    return bytes
  }

  /// Creates `directory` and its parents if they do not exist (`mkdir -p`).
  public static func makeDirectory(_ directory: String) throws(FileError) {
    var path = directory.hasPrefix("/") ? "" : "."
    for component in directory.split(separator: "/") {
      path += "/" + component
      if mkdir(path, 0o755) != 0 {
        let code = errno
        var status = stat()
        guard code == EEXIST, stat(path, &status) == 0 else {
          throw code == EEXIST && isDanglingLink(path)
            ? FileError(path, danglingLinkReason) : FileError(path, errno: code)
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
          throw FileError(path, "exists and is not a directory")
        }
      }
    }
  }

  /// The reason given for a symbolic link whose target does not exist (`mkdir` says only
  /// "File exists").
  static let danglingLinkReason = "is a symbolic link to something that does not exist"

  /// Whether `path` is a symbolic link whose target does not exist.
  static func isDanglingLink(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
      && stat(path, &status) != 0
  }

  /// Writes every file completely or not at all.
  ///
  /// Each goes to a new temporary file in its own directory (`Temporary`) and is synced; only
  /// when all are complete are they put in place together (`replaceAll`: a failure part way
  /// puts the earlier files back) and the directories synced. A failure while writing removes
  /// the temporary files and leaves every earlier file untouched. `cancellation` is polled
  /// between pieces of 1 MiB: a stop then removes the temporary files as a failure does.
  public static func writeAll(
    _ files: [(path: String, bytes: [UInt8])], cancellation: Cancellation? = nil
  ) throws(FileError) {
    var temporaries: [String] = []
    do throws(FileError) {
      for file in files {
        temporaries.append(
          try writeTemporary(file.bytes, beside: file.path, cancellation: cancellation))
      }
      // The last moment to stop: after it the set is completed.
      try FileError.check(cancellation, writing: files.first?.path ?? "")
      try replaceAll(Array(zip(temporaries, files.map(\.path))))
    } catch {
      for temporary in temporaries { unlink(temporary) }
      throw error
    }
  }

  /// The directory part of a path: `a/b.csv` → `a`, `b.csv` → ``.
  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  private static func writeTemporary(
    _ bytes: [UInt8], beside path: String, cancellation: Cancellation?
  ) throws(FileError) -> String {
    let (temporary, descriptor) = try Temporary.create(beside: path)
    var offset = 0
    while offset < bytes.count {
      if cancellation?.isCancelled == true {
        close(descriptor)
        unlink(temporary)
        throw FileError(path, FileError.interruptedReason)
      }
      let end = min(bytes.count, offset + (1 << 20))
      let written = bytes[offset..<end].withUnsafeBytes {
        write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let code = errno
        close(descriptor)
        unlink(temporary)
        throw FileError(path, errno: code)
      }
      offset += written
    }
    guard fsync(descriptor) == 0, close(descriptor) == 0 else {
      let code = errno
      unlink(temporary)
      throw FileError(path, errno: code)
    }
    return temporary
  }
}
