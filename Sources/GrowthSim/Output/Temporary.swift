import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Temporary files that nobody else can create or redirect first.
///
/// A temporary is named `.NAME.NONCE-SERIAL.growthsim-tmp`, beside the file it becomes: NONCE
/// is 16 hex digits read once per process from `/dev/urandom`, so the names cannot be guessed
/// ahead of time, and SERIAL counts the process's temporaries. It is created with
/// `O_CREAT | O_EXCL | O_NOFOLLOW`: a file or symbolic link already at the name (planted or
/// not) is never opened, written through or truncated; the next serial is tried instead.
/// An `OutputFolder.Claim` lists the nonce in the folder's marker while it works, which is
/// how a later run tells a killed run's temporaries from a user's files.
enum Temporary {
  /// The suffix of every temporary's name.
  static let suffix = ".growthsim-tmp"

  /// This process's nonce: 16 hex digits.
  static let nonce: String = {
    var value: UInt64 = 0
    let descriptor = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
    if descriptor >= 0 {
      _ = withUnsafeMutableBytes(of: &value) { Glibc.read(descriptor, $0.baseAddress, 8) }
      close(descriptor)
    }
    if value == 0 {
      // No /dev/urandom (a bare chroot): the clock and pid still vary; exclusive creation
      // keeps the files safe even if the name were guessed.
      var now = timespec()
      clock_gettime(CLOCK_REALTIME, &now)
      value =
        UInt64(bitPattern: Int64(now.tv_nsec)) ^ UInt64(now.tv_sec) << 30
        ^ UInt64(getpid()) << 17
      value = (value ^ (value >> 31)) &* 0xBF58_476D_1CE4_E5B9
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }()

  private static let serial = Atomic<Int>(0)

  /// Creates a new, empty temporary beside `path`, open for reading and writing.
  ///
  /// - Returns: its path and descriptor.
  static func create(beside path: String) throws(FileError) -> (path: String, descriptor: Int32) {
    var lastError = EEXIST
    for _ in 0..<100 {
      let temporary = name(beside: path)
      let descriptor = open(
        temporary, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      if descriptor >= 0 { return (temporary, descriptor) }
      lastError = errno
      guard lastError == EEXIST else { break }
    }
    throw FileError(path, errno: lastError)
  }

  /// A name for a temporary beside `path` that this process has not used before.
  static func name(beside path: String) -> String {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let number = serial.add(1, ordering: .relaxed).newValue
    return directory + ".\(name).\(nonce)-\(number)\(suffix)"
  }

  /// The nonce of a temporary's name, or `nil` if `name` is not shaped like one.
  static func nonce(ofName name: String) -> String? {
    guard name.hasPrefix("."), name.hasSuffix(suffix) else { return nil }
    let stem = name.dropLast(suffix.count)
    guard let dot = stem.lastIndex(of: "."), dot > stem.startIndex else { return nil }
    let tag = stem[stem.index(after: dot)...]
    let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 16,
      parts[0].allSatisfy({ $0.isHexDigit && !$0.isUppercase }),
      !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return String(parts[0])
  }
}
